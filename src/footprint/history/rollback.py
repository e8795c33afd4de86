"""Undo an open write transaction without hiding why it is being undone."""

from __future__ import annotations

import contextlib
import sqlite3


def roll_back(db: sqlite3.Connection) -> None:
    """Roll back ``db``'s open transaction, if one is still open; never raise.

    Called while an error or a Ctrl-C is on its way out. Ctrl-C can land just
    after COMMIT returned (Python raises it at the next bytecode): there is
    nothing left to undo then, and SQLite's "cannot rollback - no transaction
    is active" must not replace the interrupt (a batch read that as one
    subject's failure and ran on through 100,000 rows).
    """
    if not db.in_transaction:
        return
    with contextlib.suppress(sqlite3.Error):
        db.execute("ROLLBACK")
