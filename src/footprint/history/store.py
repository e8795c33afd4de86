"""The history database: SQLite in WAL mode, one transaction per recorded scan.

A scan is written only once it is complete, in a single ``BEGIN IMMEDIATE``
transaction: a scan interrupted by Ctrl-C, ``kill -9`` or a crash leaves no
trace, and readers always see whole scans. A busy timeout lets two footprint
processes write at once; SQLite serialises them.

A scan recorded with a :class:`~footprint.history.outbox.Delivery` gets its
outbox row in the same transaction: what it still owes (the report, the
alert) survives any crash until :mod:`footprint.delivery` marks it done.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

import platformdirs

from footprint.errors import HistoryError
from footprint.history import answers, diff, keys, outbox
from footprint.history.migrations import migrate
from footprint.history.outbox import Delivery, Pending, State
from footprint.history.rollback import roll_back
from footprint.identity import fold
from footprint.models import Changes, FindingStatus, Risk, Scan

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0
# Called with the scan id inside its write transaction, rows written but not committed.
WriteHook = Callable[[str], None]


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("footprint")) / "history.sqlite3"


@dataclass(frozen=True)
class ScanSummary:
    """One stored scan, as ``footprint history`` lists it."""

    id: str
    subject_key: str
    subject_name: str
    started_at: str
    finished_at: str
    risk: Risk
    findings: int
    new: int
    previous_scan_id: str | None
    report_path: str | None
    owes: str = ""  # "report" or "alert" while an interrupted run's work is unfinished


@dataclass(frozen=True)
class ScanDiff:
    """Two scans of one subject and what changed from the first to the second."""

    before: ScanSummary
    after: ScanSummary
    changes: Changes
    findings: dict[str, diff.StoredFinding]  # every finding id of both scans


# Its one placeholder, before any WHERE clause's, is the status that counts as new.
SUMMARY_SQL = """
    SELECT s.id, subj.key, subj.name, s.started_at, s.finished_at, s.risk_score, s.risk_level,
           (SELECT COUNT(*) FROM findings f WHERE f.scan_id = s.id),
           (SELECT COUNT(*) FROM findings f WHERE f.scan_id = s.id AND f.status = ?),
           s.previous_scan_id, s.report_path,
           (SELECT o.state FROM outbox o WHERE o.scan_id = s.id AND o.state != 'done')
    FROM scans s JOIN subjects subj ON subj.id = s.subject_id
"""
# A scan still waiting for its report is no later scan's "previous scan": what it found was never reported.
PREVIOUS_SQL = """
    SELECT s.id FROM scans s WHERE s.subject_id = ?
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.scan_id = s.id AND o.state = 'report')
    ORDER BY s.seq DESC LIMIT 1
"""


class History:
    """The store of past scans. Usable as a context manager.

    ``before_commit`` runs inside each scan's write transaction just before it
    commits: the crash tests kill the process there.
    """

    def __init__(self, path: Path | None = None, *, before_commit: WriteHook | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.before_commit = before_commit
        self.lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fresh = not self.path.exists()
            # One connection shared by threads (a batch's workers), serialised by the lock.
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            if fresh:
                os.chmod(self.path, 0o600)  # scans hold personal data
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"cannot open the history database {self.path}: {exc}") from None
        except OSError as exc:
            raise HistoryError(f"cannot create the history database {self.path}: {exc.strerror}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any error or interrupt."""
        with self.lock:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise HistoryError(f"the history database {self.path} is busy: {exc}") from None
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                roll_back(self.db)
                raise

    def record(self, scan: Scan, delivery: Delivery | None = None) -> Scan:
        """Store a finished scan in one transaction; return it with its changes filled in.

        The previous scan is the subject's latest stored one whose report was
        written. Each finding's status becomes ``new`` or ``persisting``;
        ``changes`` stays None on a subject's first scan. With ``delivery``,
        the scan's outbox row is written in the same transaction.
        """
        try:
            with self.transaction() as db:
                previous = self._write(db, scan)
                changes = diff.changes(db, previous, scan.id) if previous else None
                if changes and changes.persisting:
                    marks = ",".join("?" * len(changes.persisting))
                    db.execute(
                        f"UPDATE findings SET status = ? WHERE scan_id = ? AND id IN ({marks})",  # noqa: S608 - only placeholders
                        (FindingStatus.PERSISTING.value, scan.id, *changes.persisting),
                    )
                persisting = set(changes.persisting) if changes else set()
                findings = tuple(
                    replace(f, status=FindingStatus.PERSISTING if f.id in persisting else FindingStatus.NEW)
                    for f in scan.findings
                )
                recorded = replace(scan, previous_scan_id=previous, changes=changes, findings=findings)
                if delivery is not None:
                    outbox.insert(db, recorded, delivery)
                if self.before_commit is not None:
                    self.before_commit(scan.id)
        except sqlite3.IntegrityError:
            raise HistoryError(f"scan {scan.id} is already in the history database {self.path}") from None
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"cannot write to the history database {self.path}: {exc}") from None
        return recorded

    def _write(self, db: sqlite3.Connection, scan: Scan) -> str | None:
        subject_id = self._subject_id(db, scan)
        row = db.execute(PREVIOUS_SQL, (subject_id,)).fetchone()
        previous: str | None = row[0] if row else None
        db.execute(
            "INSERT INTO scans (id, subject_id, started_at, finished_at, risk_score, risk_level, previous_scan_id,"
            " counters_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                scan.id,
                subject_id,
                scan.started_at.isoformat(),
                scan.finished_at.isoformat(),
                scan.risk.score,
                scan.risk.level,
                previous,
                json.dumps(dict(scan.counters)),
            ),
        )
        for m in scan.matches:
            p = m.page
            db.execute(
                "INSERT OR IGNORE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (scan.id, p.url, p.site_id, p.kind, p.title, m.result.decision.value, m.result.score),
            )
            if p.rating is not None:
                db.execute(
                    "INSERT OR IGNORE INTO ratings VALUES (?, ?, ?, ?, ?, ?)",
                    (scan.id, p.url, p.site_id, p.rating.value, p.rating.scale, p.rating.count),
                )
            for r in p.reviews:
                db.execute(
                    "INSERT OR IGNORE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        scan.id,
                        p.url,
                        p.site_id,
                        diff.review_fingerprint(r),
                        r.rating,
                        r.scale,
                        r.date,
                        r.author,
                        r.text,
                        r.reply,
                    ),
                )
        for f in scan.findings:
            db.execute(
                "INSERT OR IGNORE INTO findings (scan_id, id, category, severity, title, url, site, excerpt,"
                " match_confidence, status, export) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    scan.id,
                    f.id,
                    f.category,
                    f.severity.value,
                    f.title,
                    f.url,
                    f.site,
                    f.excerpt,
                    f.match_confidence,
                    FindingStatus.NEW.value,
                    f.export,
                ),
            )
        answers.record_possible(db, scan)  # "Is this you?": what `footprint review` asks about
        for c in scan.coverage:
            db.execute(
                "INSERT OR IGNORE INTO coverage VALUES (?, ?, ?, ?, ?)",
                (scan.id, c.site, c.status.value, c.detail, c.manual_check_url),
            )
        return previous

    def _subject_id(self, db: sqlite3.Connection, scan: Scan) -> int:
        key, by_name = keys.subject_key(scan.identity), keys.name_key(scan.subject)
        npi = keys.npi_of(scan.identity)
        found = db.execute("SELECT id FROM subjects WHERE key = ?", (key,)).fetchone()
        if found is None and npi:
            # Scanned before without an NPI: the same person, now better known.
            found = db.execute("SELECT id FROM subjects WHERE name_key = ? AND npi IS NULL", (by_name,)).fetchone()
            if found:
                db.execute("UPDATE subjects SET key = ?, npi = ? WHERE id = ?", (key, npi, found[0]))
        elif found is None:
            same_name = db.execute("SELECT id FROM subjects WHERE name_key = ?", (by_name,)).fetchall()
            found = same_name[0] if len(same_name) == 1 else None
        if found is not None:
            db.execute(
                "UPDATE subjects SET name = ?, subject_json = ? WHERE id = ?",
                (scan.subject.name, keys.subject_to_json(scan.subject), found[0]),
            )
            return int(found[0])
        cursor = db.execute(
            "INSERT INTO subjects (key, name_key, npi, name, subject_json, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (key, by_name, npi, scan.subject.name, keys.subject_to_json(scan.subject), scan.finished_at.isoformat()),
        )
        return int(cursor.lastrowid or 0)

    # The outbox: what a recorded scan still owes --------------------------

    def reported(self, scan_id: str, path: Path | None) -> None:
        """The scan's report is written (at ``path``, absolute; None when no format could be made here)."""
        with self._writing(), self.transaction() as db:
            db.execute("UPDATE scans SET report_path = ? WHERE id = ?", (str(path) if path else None, scan_id))
            outbox.move(db, scan_id, State.ALERT)

    def delivered(self, scan_id: str) -> None:
        """The scan's alert is sent, or none was due: it owes nothing more."""
        with self._writing(), self.transaction() as db:
            outbox.move(db, scan_id, State.DONE)

    def delivery_failed(self, scan_id: str, error: str) -> None:
        """Keep the scan owing what it owes, with the reason, for the next run to try again."""
        with self._writing(), self.transaction() as db:
            outbox.failed(db, scan_id, error)

    def discard(self, scan_id: str) -> bool:
        """Forget a scan whose report could not be written, as if it had never run; True when it was removed.

        Only a scan still owing its report can go: no other scan was compared with it.
        """
        with self._writing(), self.transaction() as db:
            owes = db.execute("SELECT 1 FROM outbox WHERE scan_id = ? AND state = ?", (scan_id, State.REPORT.value))
            if owes.fetchone() is None:
                return False
            db.execute("DELETE FROM scans WHERE id = ?", (scan_id,))
            return True

    def take_pending(self, *, subject_key: str | None = None, job_prefix: str | None = None) -> list[Pending]:
        """Claim the unfinished work of runs that died: one subject's, one batch's, or (neither given) all of it.

        A row whose owner still runs is left alone. A row whose stored scan
        cannot be read back is given up (a scan without its report is
        forgotten) and logged.
        """
        where = "1 = 1"
        args: tuple[str, ...] = ()
        if subject_key is not None:
            where, args = "subj.key = ?", (subject_key,)
        elif job_prefix is not None:
            where, args = "substr(o.job, 1, length(?)) = ?", (job_prefix, job_prefix)
        taken: list[Pending] = []
        with self._writing(), self.transaction() as db:
            for row in outbox.open_rows(db, where, args):
                if not outbox.take(db, row):
                    continue
                try:
                    taken.append(outbox.pending(row))
                except ValueError as exc:
                    log.warning("scan %s: its unfinished delivery cannot be read back (%s); given up", row[0], exc)
                    if row[1] == State.REPORT.value:
                        db.execute("DELETE FROM scans WHERE id = ?", (row[0],))
                    else:
                        outbox.move(db, str(row[0]), State.DONE, f"given up: {exc}")
        return taken

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"cannot write to the history database {self.path}: {exc}") from None

    # Reading ---------------------------------------------------------------

    def scans(self, subject: str | None = None, limit: int | None = None) -> list[ScanSummary]:
        """Stored scans, newest first; ``subject`` matches an NPI, a subject key or part of a name."""
        where, args = "", []
        if subject:
            where = " WHERE subj.key = ? OR subj.npi = ? OR subj.name_key LIKE ? OR subj.name LIKE ?"
            folded = fold(subject)
            args = [subject, subject, f"%{folded}%", f"%{subject}%"]
        sql = SUMMARY_SQL + where + " ORDER BY s.seq DESC" + (f" LIMIT {int(limit)}" if limit else "")
        with self.lock:
            return [_summary(r) for r in self.db.execute(sql, [FindingStatus.NEW.value, *args]).fetchall()]

    def scan(self, scan_id: str) -> ScanSummary:
        """One scan by its id or an unambiguous prefix of it."""
        with self.lock:
            sql = SUMMARY_SQL + " WHERE s.id LIKE ? ORDER BY s.seq"
            rows = self.db.execute(sql, (FindingStatus.NEW.value, f"{scan_id}%")).fetchall()
        if not rows:
            raise HistoryError(f"no scan {scan_id!r} in {self.path}", "run 'footprint history' to list scans")
        if len(rows) > 1 and rows[0][0] != scan_id:
            raise HistoryError(f"scan id {scan_id!r} is ambiguous: {', '.join(r[0] for r in rows[:5])}", "")
        return _summary(rows[0])

    def compare(self, before: str, after: str) -> ScanDiff:
        a, b = self.scan(before), self.scan(after)
        if a.subject_key != b.subject_key:
            raise HistoryError(f"scans {a.id} and {b.id} are of different subjects", "")
        with self.lock:
            both = {**diff.findings(self.db, a.id), **diff.findings(self.db, b.id)}
            return ScanDiff(a, b, diff.changes(self.db, a.id, b.id), both)

    def latest_pair(self, subject: str | None) -> tuple[str, str]:
        """The ids of a subject's last two scans (the only subject's when None)."""
        latest = self.scans(subject)
        subjects = {s.subject_key for s in latest}
        if len(subjects) > 1:
            names = sorted({s.subject_name for s in latest})
            raise HistoryError(f"several subjects match: {'; '.join(names[:5])}", "name one with --subject")
        if len(latest) < 2:
            who = f" of {subject!r}" if subject else ""
            raise HistoryError(f"need two scans{who} to compare; found {len(latest)}", "run a scan again later")
        return latest[1].id, latest[0].id


def _summary(r: tuple[object, ...]) -> ScanSummary:
    return ScanSummary(
        id=str(r[0]),
        subject_key=str(r[1]),
        subject_name=str(r[2]),
        started_at=str(r[3]),
        finished_at=str(r[4]),
        risk=Risk(float(r[5]), str(r[6])),  # type: ignore[arg-type]
        findings=int(r[7]),  # type: ignore[call-overload]
        new=int(r[8]),  # type: ignore[call-overload]
        previous_scan_id=str(r[9]) if r[9] else None,
        report_path=str(r[10]) if r[10] else None,
        owes=str(r[11]) if r[11] else "",
    )
