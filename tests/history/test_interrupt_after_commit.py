"""Ctrl-C that lands just after a write transaction committed stays a Ctrl-C.

Python raises KeyboardInterrupt at the next bytecode after SQLite returns, so
it can arrive after COMMIT but still inside the transaction's block. Rolling
back then failed with "no transaction is active", and that error replaced the
interrupt: a 100,000-row batch recorded it as one subject's failure and went on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from footprint.history import History
from tests.scans import finding, make_scan

HOME = finding("home_address", "high", "4417 SE Larkspur Ct")


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_an_interrupt_after_commit_is_raised_as_the_interrupt(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        with pytest.raises(KeyboardInterrupt), h.transaction() as db:
            db.execute("CREATE TABLE kept (x)")
            db.execute("COMMIT")
            raise KeyboardInterrupt
        assert not h.db.in_transaction
        h.record(make_scan((HOME,)))  # the store is usable afterwards
    assert _count(tmp_path / "h.db", "kept") == 0 and _count(tmp_path / "h.db", "scans") == 1


def test_a_scan_interrupted_after_its_commit_is_kept_and_the_interrupt_goes_on(tmp_path: Path) -> None:
    def commit_then_interrupt(scan_id: str) -> None:
        h.db.execute("COMMIT")
        raise KeyboardInterrupt

    with History(tmp_path / "h.db") as h:
        h.before_commit = commit_then_interrupt
        with pytest.raises(KeyboardInterrupt):
            h.record(make_scan((HOME,)))
    assert _count(tmp_path / "h.db", "scans") == 1


def test_an_error_before_commit_still_undoes_the_whole_scan(tmp_path: Path) -> None:
    def fail(scan_id: str) -> None:
        raise KeyboardInterrupt

    with History(tmp_path / "h.db") as h:
        h.before_commit = fail
        with pytest.raises(KeyboardInterrupt):
            h.record(make_scan((HOME,)))
        assert not h.db.in_transaction
    assert _count(tmp_path / "h.db", "scans") == 0
