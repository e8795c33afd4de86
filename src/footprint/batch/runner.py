"""Runs a roster: subjects concurrently, one shared fetcher, nothing finished ever lost.

For each subject, in a worker: :func:`footprint.pipeline.run` through its own
view of one :class:`~footprint.fetch.shared.SharedFetcher`, so the per-host
rate limits, the robots.txt cache and every fetched page are shared by the
whole batch. Then, in the calling thread, one subject at a time: record the
scan in history, write its report folder (into ``DIR/.partial/`` first,
then renamed into place), and only then append it to the journal. A subject
is counted done once its journal line is on disk.

Prints nothing: a :class:`~footprint.batch.interface.BatchListener` hears
the progress.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from footprint import pipeline, report
from footprint.alerts import alerting_changes
from footprint.batch.interface import (
    BatchListener,
    BatchResult,
    JobQueue,
    Recorder,
    Roster,
    RosterEntry,
    SilentListener,
    SummaryRow,
)
from footprint.batch.jobqueue import ThreadQueue
from footprint.batch.journal import Journal, JournalState
from footprint.batch.summary import exit_status, write_summary
from footprint.config import Settings
from footprint.errors import BatchError, BatchInterruptedError, FootprintError, UsageError
from footprint.fetch import Fetcher
from footprint.fetch.ratelimit import RateLimiter
from footprint.fetch.shared import DEFAULT_MEMO_BYTES, FetchCancelledError, SharedFetcher
from footprint.models import CoverageStatus, Scan, Severity

log = logging.getLogger(__name__)

PARTIAL = ".partial"
CHECKED = (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND)


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    formats: tuple[str, ...] = ("html", "json")
    concurrency: int = 4
    resume: bool = False
    alert_on: Severity | None = Severity.HIGH  # None: never alert
    memo_bytes: int = DEFAULT_MEMO_BYTES


@dataclass(frozen=True)
class _Outcome:
    entry: RosterEntry
    scan: Scan | None
    error: str = ""
    cancelled: bool = False


def run_batch(
    roster: Roster,
    settings: Settings,
    options: BatchOptions,
    *,
    recorder: Recorder | None = None,
    listener: BatchListener | None = None,
    queue: JobQueue | None = None,
    limiter: RateLimiter | None = None,
) -> BatchResult:
    """Scan every valid roster entry into ``options.out``; see the module docstring.

    Raises BatchInterruptedError on Ctrl-C (finished subjects are kept and the
    summary is written for them), BatchError when the folder is unusable.
    """
    hear = listener or SilentListener()
    out = _prepare(options.out)
    journal = Journal(out)
    if journal.exists() and not options.resume:
        raise UsageError(f"{out} already holds a batch; add --resume to finish it, or choose another --out")
    state = journal.open()
    started = time.monotonic()
    try:
        shutil.rmtree(out / PARTIAL, ignore_errors=True)  # half-written folders of a killed run
        folders, todo, rows = _plan(roster, state, out)
        skipped = len(roster.entries) - len(todo)
        hear.started(len(roster.entries), skipped)
        fetcher = Fetcher(settings, pipeline.sites_in_scope(settings), limiter)
        shared = SharedFetcher(fetcher, options.memo_bytes, settings.fetch.max_workers)
        jobs = queue or ThreadQueue(options.concurrency)

        def work(entry: RosterEntry) -> _Outcome:
            return _scan(entry, settings, shared, hear)

        try:
            for outcome in jobs.run(work, todo):
                if outcome.cancelled:
                    continue
                row = _commit(outcome, folders[outcome.entry.key], out, options, recorder)
                journal.record(row)
                rows[row.key] = row
                hear.finished(outcome.entry, row)
        except KeyboardInterrupt:
            jobs.stop()
            shared.stop()
            result = _result(roster, rows, folders, options, skipped, started, out)
            raise BatchInterruptedError(
                f"interrupted: {result.done} of {len(roster.entries)} subjects finished and kept in {out}"
            ) from None
        finally:
            # Whatever ended the loop, start nothing more and cut short the scans in flight.
            jobs.stop()
            shared.stop()
            fetcher.close()  # the HTTP cache and the browser, if one was started
        _remove_empty(out / PARTIAL)
        return _result(roster, rows, folders, options, skipped, started, out)
    finally:
        journal.close()


def _plan(
    roster: Roster, state: JournalState, out: Path
) -> tuple[dict[str, str], list[RosterEntry], dict[str, SummaryRow]]:
    """Folders for everyone, the subjects still to scan, and the rows an earlier run left."""
    folders = plan_folders(roster.entries, state)
    todo = [e for e in roster.entries if not _finished(e, state, folders, out)]
    redo = {e.key for e in todo}
    # What an earlier run left stands until this run redoes it (a failure stays visible).
    rows = {k: r for k, r in state.rows.items() if k not in redo or r.status != "done"}
    return folders, todo, rows


def plan_folders(entries: tuple[RosterEntry, ...], state: JournalState) -> dict[str, str]:
    """Each subject's report folder name: its slug, with -2, -3... for namesakes; stable across resumes."""
    plan = {e.key: state.rows[e.key].folder for e in entries if e.key in state.rows and state.rows[e.key].folder}
    taken = set(plan.values())
    for entry in entries:
        if entry.key in plan:
            continue
        base = entry.subject.slug
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        plan[entry.key] = name
        taken.add(name)
    return plan


def _prepare(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BatchError(f"cannot create the batch folder {out}: {exc.strerror}") from None
    if not out.is_dir():
        raise BatchError(f"{out} is not a folder")
    return out


def _finished(entry: RosterEntry, state: JournalState, folders: dict[str, str], out: Path) -> bool:
    row = state.done.get(entry.key)
    if row is None:
        return False
    if row.report and not (out / row.report).is_file():
        log.warning("the report for %s is missing from %s; scanning again", entry.subject.name, out)
        return False
    return folders.get(entry.key) == row.folder


def _scan(entry: RosterEntry, settings: Settings, shared: SharedFetcher, hear: BatchListener) -> _Outcome:
    """One subject, in a worker thread. Never raises: a failure is this subject's row."""
    try:
        scan = pipeline.run(
            entry.subject, settings, fetcher=shared.view(), progress=lambda stage: hear.stage(entry, stage)
        )
    except FetchCancelledError:
        return _Outcome(entry, None, "cancelled", cancelled=True)
    except FootprintError as exc:
        return _Outcome(entry, None, exc.user_message())
    except Exception as exc:  # one subject never ends the batch
        log.debug("scan of %s failed", entry.subject.name, exc_info=True)
        return _Outcome(entry, None, f"internal error: {type(exc).__name__}: {exc}")
    return _Outcome(entry, scan)


def _commit(outcome: _Outcome, folder: str, out: Path, options: BatchOptions, recorder: Recorder | None) -> SummaryRow:
    """History, then the report folder: the row to journal (done, or failed with the reason)."""
    entry = outcome.entry
    base = SummaryRow(entry.row, entry.key, entry.subject.name, folder, "failed", finished_at=_now())
    if outcome.scan is None:
        return replace(base, error=outcome.error)
    try:
        scan = recorder.record(outcome.scan) if recorder is not None else outcome.scan
        written = write_folder(scan, out, folder, options.formats)
    except FootprintError as exc:
        return replace(base, error=exc.user_message())
    except Exception as exc:  # a history or disk problem fails this subject, not the batch
        log.debug("could not store %s", entry.subject.name, exc_info=True)
        return replace(base, error=f"could not store the scan: {type(exc).__name__}: {exc}")
    return summarize(scan, base, written, recorded=recorder is not None, alert_on=options.alert_on)


def write_folder(scan: Scan, out: Path, folder: str, formats: tuple[str, ...]) -> list[str]:
    """Write the reports into DIR/.partial/<folder>, make them durable, then move them into place."""
    partial = out / PARTIAL / folder
    shutil.rmtree(partial, ignore_errors=True)
    (out / PARTIAL).mkdir(exist_ok=True, mode=0o700)
    paths = report.write(scan, partial, formats)
    for path in paths:
        _fsync(path)
    target = out / folder
    if target.exists():
        _remove_stale(target)
    os.rename(partial, target)
    _fsync(out)
    return [f"{folder}/{p.name}" for p in paths]


def _remove_stale(folder: Path) -> None:
    """A folder a killed run finished but never journaled: replace it, if it holds only reports."""
    names = {p.name for p in folder.iterdir()}
    if not all(n.startswith("report.") for n in names):
        raise BatchError(f"{folder} exists and holds other files; move it away and resume")
    shutil.rmtree(folder)


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # missing, or holds what a worker still writes


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def summarize(
    scan: Scan, base: SummaryRow, written: list[str], *, recorded: bool, alert_on: Severity | None
) -> SummaryRow:
    """The subject's summary row: risk, counts by severity, what is new, what could not be checked."""
    counts = Counter(f.severity.value for f in scan.findings)
    if not recorded:
        new_count, new_ids = None, {f.id for f in scan.findings}
    elif scan.changes is None or scan.previous_scan_id is None:
        # The first scan of this subject: everything is new.
        new_ids = {f.id for f in scan.findings}
        new_count = len(new_ids)
    else:
        new_ids = set(scan.changes.new)
        new_count = len(new_ids)
    alerts = 0
    if alert_on is not None:
        alerts = sum(1 for f in scan.findings if f.id in new_ids and f.severity.rank >= alert_on.rank)
        alerts += len(alerting_changes(scan, alert_on)) if recorded else 0  # new negative reviews, rating drops
    link = next((w for w in written if w.endswith(".html")), written[0] if written else "")
    return replace(
        base,
        status="done",
        risk_level=scan.risk.level,
        risk_score=scan.risk.score,
        severities={s.value: counts.get(s.value, 0) for s in Severity},
        findings=len(scan.findings),
        new_findings=new_count,
        alerts=alerts,
        coverage_problems=tuple(f"{c.site} ({c.status.value})" for c in scan.coverage if c.status not in CHECKED),
        scan_id=scan.id,
        previous_scan_id=scan.previous_scan_id,
        report=link,
    )


def _result(
    roster: Roster,
    rows: dict[str, SummaryRow],
    folders: dict[str, str],
    options: BatchOptions,
    skipped: int,
    started: float,
    out: Path,
) -> BatchResult:
    ordered = []
    for entry in roster.entries:
        row = rows.get(entry.key) or SummaryRow(entry.row, entry.key, entry.subject.name, folders[entry.key], "pending")
        ordered.append(replace(row, row=entry.row, name=entry.subject.name))
    alert_on = options.alert_on.value if options.alert_on else "never"
    result = BatchResult(
        out=str(out),
        rows=tuple(ordered),
        problems=roster.problems,
        skipped_done=skipped,
        wall_s=round(time.monotonic() - started, 3),
        alert_on=alert_on,
        exit_status=exit_status(ordered, roster.problems),
    )
    files = write_summary(result, roster.source, out)
    return replace(result, files=tuple(str(f) for f in files))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
