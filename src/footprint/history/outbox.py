"""The outbox: what a recorded scan still owes, so that "recorded, reported, alerted" is one unit.

A scan is recorded together with its outbox row, in one transaction. The row
says where the report goes and from which severity the scan alerts, and
keeps the recorded scan itself until the work is done::

    report ──report written──▶ alert ──alert sent (or none due)──▶ done

A run killed in between leaves the row behind, and the next run that opens
the history for that subject finishes the work (:mod:`footprint.delivery`).
Until its report exists a scan is no later scan's "previous scan", so what
it found is never taken as already reported. Each row names the process
working on it (host, pid and the pid's start time): a live run's work is
never taken over, a dead run's always is. Within one process, a row is
left alone while :func:`working` on it, and may be tried again after.
"""

from __future__ import annotations

import enum
import json
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from footprint.history import scanjson
from footprint.models import Scan

if TYPE_CHECKING:
    from footprint.report.letterhead import Letterhead


class State(enum.StrEnum):
    REPORT = "report"  # recorded; the report is still to be written
    ALERT = "alert"  # reported; the alert is still to be sent
    DONE = "done"


@dataclass(frozen=True)
class Delivery:
    """Where a scan's report goes and from which severity it alerts; kept with the scan until both are done."""

    folder: Path
    formats: tuple[str, ...]
    alert_on: str | None = None
    browser_path: str = ""
    job: str = ""  # a batch's "<batch folder>#<roster key>": how --resume finds its own
    # Who prepared the report (the PDF's cover). Not stored with the outbox row: a report finished by a
    # later run, after a crash, has no "prepared by".
    letterhead: Letterhead | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Pending:
    """A recorded scan whose report or alert an earlier run did not finish."""

    scan: Scan  # as recorded: previous scan, changes and each finding's status filled in
    delivery: Delivery
    state: State
    attempts: int = 0  # failed tries so far
    report: Path | None = None  # once written (state ALERT): the file the alert links


COLUMNS = (
    "o.scan_id, o.state, o.folder, o.formats, o.alert_on, o.browser_path, o.job, o.scan_json, o.owner, o.attempts,"
    " s.report_path"
)


def insert(db: sqlite3.Connection, scan: Scan, delivery: Delivery) -> None:
    now = _now()
    db.execute(
        "INSERT INTO outbox (scan_id, state, folder, formats, alert_on, browser_path, job, scan_json, owner,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            scan.id,
            State.REPORT.value,
            str(delivery.folder),
            json.dumps(list(delivery.formats)),
            delivery.alert_on,
            delivery.browser_path,
            delivery.job,
            scanjson.dumps(scan),
            me(),
            now,
            now,
        ),
    )


def move(db: sqlite3.Connection, scan_id: str, state: State, error: str = "") -> None:
    """Record progress; a finished row lets go of its copy of the scan (the history holds the rest)."""
    keep = "scan_json" if state != State.DONE else "''"
    db.execute(
        f"UPDATE outbox SET state = ?, scan_json = {keep}, last_error = ?, updated_at = ? WHERE scan_id = ?",  # noqa: S608
        (state.value, error, _now(), scan_id),
    )


def failed(db: sqlite3.Connection, scan_id: str, error: str) -> None:
    db.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE scan_id = ?",
        (error, _now(), scan_id),
    )


def open_rows(db: sqlite3.Connection, where: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
    """Unfinished rows matching ``where`` (on ``o`` the outbox, ``subj`` the subject), oldest first."""
    sql = (
        f"SELECT {COLUMNS} FROM outbox o JOIN scans s ON s.id = o.scan_id"  # noqa: S608 - fixed fragments
        f" JOIN subjects subj ON subj.id = s.subject_id WHERE o.state != ? AND ({where}) ORDER BY s.seq"
    )
    return list(db.execute(sql, (State.DONE.value, *args)).fetchall())


_BUSY: set[str] = set()
_BUSY_LOCK = threading.Lock()


@contextmanager
def working(scan_id: str) -> Iterator[None]:
    """This process is delivering ``scan_id``: no other thread of it takes the row meanwhile."""
    with _BUSY_LOCK:
        _BUSY.add(scan_id)
    try:
        yield
    finally:
        with _BUSY_LOCK:
            _BUSY.discard(scan_id)


def take(db: sqlite3.Connection, row: tuple[object, ...]) -> bool:
    """Make this process the row's owner, unless a live process (or a thread of this one) works on it."""
    scan_id, owner = str(row[0]), str(row[8])
    if owner == me():
        with _BUSY_LOCK:
            return scan_id not in _BUSY
    if alive(owner):
        return False
    cursor = db.execute(
        "UPDATE outbox SET owner = ?, updated_at = ? WHERE scan_id = ? AND owner = ?", (me(), _now(), scan_id, owner)
    )
    return cursor.rowcount == 1


def pending(row: tuple[object, ...]) -> Pending:
    """The row as a Pending; ValueError when its stored scan cannot be read back."""
    delivery = Delivery(
        folder=Path(str(row[2])),
        formats=tuple(str(f) for f in json.loads(str(row[3]))),
        alert_on=str(row[4]) if row[4] else None,
        browser_path=str(row[5]),
        job=str(row[6]),
    )
    report = Path(str(row[10])) if row[10] else None
    return Pending(scanjson.loads(str(row[7])), delivery, State(str(row[1])), int(str(row[9])), report)


def me() -> str:
    """This process: host, pid and the pid's start time (a reused pid is another process)."""
    return f"{socket.gethostname()}:{os.getpid()}:{_started(os.getpid())}"


def alive(owner: str) -> bool:
    """Whether the process named by ``owner`` (see :func:`me`) still runs; one on another host never counts."""
    host, _, rest = owner.partition(":")
    pid_text, _, started = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process with that pid: alive, though not ours
    return _started(pid) == started


def _started(pid: int) -> str:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""  # no /proc: the pid alone decides
    return stat.rpartition(")")[2].split()[19]  # field 22, after the command name in parentheses


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
