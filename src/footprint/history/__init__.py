"""History: every finished scan stored in SQLite, diffed against the subject's previous one.

``History(path).record(scan)`` writes a scan in one transaction and returns
it with ``previous_scan_id``, ``changes`` and each finding's ``status``
filled in. The database lives in the user data directory
(``default_db_path()``) unless a path is given (``--db PATH``). How a scan's
subject is recognised from one month to the next: :mod:`footprint.history.keys`.
What a recorded scan still owes (its report, its alert) until a run finishes
it: :mod:`footprint.history.outbox`.
"""

from __future__ import annotations

from footprint.history.keys import subject_key
from footprint.history.outbox import Delivery, Pending, State
from footprint.history.store import History, ScanDiff, ScanSummary, default_db_path

__all__ = [
    "Delivery",
    "History",
    "Pending",
    "ScanDiff",
    "ScanSummary",
    "State",
    "default_db_path",
    "subject_key",
]
