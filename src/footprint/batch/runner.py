"""Runs a roster: subjects on an engine, delivered here, nothing finished ever lost.

The subjects are scanned on an engine (:mod:`footprint.batch.engine`):
threads of this process over one shared fetcher by default, or Celery
workers on any machine. Whatever the engine, each finished scan comes back
here, and in the calling thread, one subject at a time,
:func:`footprint.delivery.deliver` records it in history with what it
owes, writes its report folder (moved into place whole), sends its alert;
and only then is it appended to the journal. A subject is counted done
once its journal line is on disk, and delivered once per journal key in a
run, however often an engine hands its scan back. A run killed between
recording and journaling leaves the scan owing its report or alert: the
next run of this batch finishes it from the history
(:func:`footprint.delivery.recover`) instead of scanning the subject again.

Prints nothing: a :class:`~footprint.batch.interface.BatchListener` hears
the progress.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from footprint import possible
from footprint.batch.engine import Engine, Job, Outcome
from footprint.batch.interface import (
    BatchListener,
    BatchResult,
    JobQueue,
    Roster,
    RosterEntry,
    SilentListener,
    SummaryRow,
)
from footprint.batch.journal import Journal, JournalState, fingerprint
from footprint.batch.summary import exit_status, write_summary
from footprint.config import Settings
from footprint.coverage_words import unchecked_source
from footprint.delivery import Delivered, Delivery, deliver, recover
from footprint.errors import BatchError, BatchInterruptedError, EngineError, FootprintError, UsageError
from footprint.fetch.ratelimit import RateLimiter
from footprint.fetch.shared import DEFAULT_MEMO_BYTES
from footprint.history import History
from footprint.models import CoverageStatus, Severity
from footprint.report.letterhead import Letterhead
from footprint.sites.labels import site_label

log = logging.getLogger(__name__)

PARTIAL = ".partial"  # where batches before the outbox staged report folders
CHECKED = (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND)


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    formats: tuple[str, ...] = ("html", "json")
    concurrency: int = 4
    resume: bool = False
    alert_on: Severity | None = Severity.HIGH  # None: never alert
    memo_bytes: int = DEFAULT_MEMO_BYTES


def run_batch(
    roster: Roster,
    settings: Settings,
    options: BatchOptions,
    *,
    history: History | None = None,
    listener: BatchListener | None = None,
    engine: Engine | None = None,
    queue: JobQueue | None = None,
    limiter: RateLimiter | None = None,
    environ: Mapping[str, str] | None = None,
) -> BatchResult:
    """Scan every valid roster entry into ``options.out``; see the module docstring.

    ``engine`` defaults to a :class:`~footprint.batch.local.LocalEngine`
    of ``options.concurrency`` threads (with ``queue`` and ``limiter``, when
    given); the engine is closed when the batch ends. Without ``history``
    nothing is recorded (and every finding counts as new). Raises
    BatchInterruptedError on Ctrl-C, EngineError when the engine cannot go
    on (a broker out of reach): either way finished subjects are kept and
    the summary is written for them. BatchError when the folder is
    unusable, UsageError when the folder holds a batch (of another roster,
    or without ``resume``).
    """
    hear = listener or SilentListener()
    out = _prepare(options.out)
    journal = Journal(out)
    if journal.exists() and not options.resume:
        raise UsageError(f"{out} already holds a batch; add --resume to finish it, or choose another --out")
    state = journal.open(fingerprint(roster))
    started = time.monotonic()
    try:
        _clear_leftovers(out)
        folders, todo, rows = _plan(roster, state, out)
        skipped = len(roster.entries) - len(todo)
        hear.started(len(roster.entries), skipped)
        if history is not None:
            entries = {e.key: e for e in roster.entries}
            for row in _finish_interrupted(history, out, entries, folders, options, settings, environ):
                journal.record(row)
                rows[row.key] = row
                hear.finished(entries[row.key], row)
            todo = [e for e in todo if rows.get(e.key) is None or rows[e.key].status != "done"]
        if engine is None:
            from footprint.batch.local import LocalEngine

            engine = LocalEngine(options.concurrency, memo_bytes=options.memo_bytes, queue=queue, limiter=limiter)
        delivered: set[str] = set()
        try:
            for outcome in engine.run([Job(e, settings) for e in todo], hear):
                if outcome.cancelled or outcome.entry.key in delivered:
                    _discard(outcome)  # a task handed back twice (a redelivery) is delivered once
                    continue
                delivered.add(outcome.entry.key)
                row = _commit(outcome, folders[outcome.entry.key], out, options, settings, history, environ)
                journal.record(row)
                rows[row.key] = row
                hear.finished(outcome.entry, row)
        except (KeyboardInterrupt, EngineError) as exc:
            engine.stop()
            # Ctrl-C may land after a subject's journal line was written but before it was counted here:
            # the journal is what --resume reads, so the summary counts what it holds.
            rows.update({k: r for k, r in journal.written().done.items() if k not in rows or rows[k].status != "done"})
            result = _result(roster, rows, folders, options, skipped, started, out)
            kept = f"{result.done} of {len(roster.entries)} subjects finished and kept in {out}"
            if isinstance(exc, EngineError):
                raise EngineError(f"{exc}; {kept}", "rerun with --resume once it is back") from None
            raise BatchInterruptedError(f"interrupted: {kept}") from None
        finally:
            # Whatever ended the loop, start nothing more and cut short the scans in flight.
            engine.stop()
            engine.close()
        return _result(roster, rows, folders, options, skipped, started, out)
    finally:
        journal.close()


def job_key(out: Path, entry_key: str) -> str:
    """How a subject of this batch is named in the history's outbox."""
    return f"{out.resolve()}#{entry_key}"


def _finish_interrupted(
    history: History,
    out: Path,
    entries: dict[str, RosterEntry],
    folders: dict[str, str],
    options: BatchOptions,
    settings: Settings,
    environ: Mapping[str, str] | None,
) -> list[SummaryRow]:
    """Report and alert what a killed run of this batch recorded: the rows to journal (done, not scanned again)."""
    found = recover(history, settings.notify, job_prefix=job_key(out, ""), environ=environ)
    for problem in found.problems:
        log.warning("%s", problem)
    rows = []
    for done in found.delivered:
        entry = entries.get(done.job.rpartition("#")[2])
        if entry is None:
            continue
        base = SummaryRow(entry.row, entry.key, entry.subject.name, folders[entry.key], "failed", finished_at=_now())
        rows.append(summarize(done, base, out, alert_on=options.alert_on))
    return rows


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
    # The next suffix to try per slug: 100,000 namesakes (all "subject") cost 100,000 steps, not 5 billion.
    following: dict[str, int] = {}
    for entry in entries:
        if entry.key in plan:
            continue
        base = entry.subject.slug
        name, n = base, following.get(base, 2)
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        following[base] = n
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


def _discard(outcome: Outcome) -> None:
    if outcome.scan is not None:
        from footprint.batch.wire import discard_screenshots

        discard_screenshots(outcome.scan)


def _commit(
    outcome: Outcome,
    folder: str,
    out: Path,
    options: BatchOptions,
    settings: Settings,
    history: History | None,
    environ: Mapping[str, str] | None,
) -> SummaryRow:
    """Deliver the scan (record, report, alert): the row to journal (done, or failed with the reason)."""
    entry = outcome.entry
    base = SummaryRow(entry.row, entry.key, entry.subject.name, folder, "failed", finished_at=_now())
    if outcome.scan is None:
        return replace(base, error=outcome.error)
    alert_on = options.alert_on.value if options.alert_on else None
    target = Delivery(
        out / folder,
        options.formats,
        alert_on,
        settings.browser.path,
        job_key(out, entry.key),
        letterhead=Letterhead.of(settings.report),
    )
    try:
        done = deliver(history, outcome.scan, target, settings.notify, environ)
    except FootprintError as exc:
        return replace(base, error=exc.user_message())
    except Exception as exc:  # a history or disk problem fails this subject, not the batch
        log.debug("could not store %s", entry.subject.name, exc_info=True)
        return replace(base, error=f"could not store the scan: {type(exc).__name__}: {exc}")
    for problem in done.problems:
        log.warning("%s", problem)
    return summarize(done, base, out, alert_on=options.alert_on, recorded=history is not None)


def _clear_leftovers(out: Path) -> None:
    """Report folders half-staged by a killed run: they hold personal data and nothing finished."""
    shutil.rmtree(out / PARTIAL, ignore_errors=True)
    with contextlib.suppress(OSError):
        for path in out.iterdir():
            if path.name.startswith(".") and ".footprint-" in path.name and path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)


def _incomplete(done: Delivered) -> str:
    """Why a finished subject still needs attention: no search backend answered, an alert not sent."""
    from footprint.search.chain import failure

    problems = [failure(done.scan.coverage) or ""]
    if done.alert_error:
        problems.append(f"alert not sent: {done.alert_error}; --resume sends it")
    return "; ".join(p for p in problems if p)


def summarize(
    done: Delivered, base: SummaryRow, out: Path, *, alert_on: Severity | None, recorded: bool = True
) -> SummaryRow:
    """The subject's summary row: risk, counts by severity, what is new, what could not be checked."""
    scan = done.scan
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
        alerts += len(done.moved)  # new negative reviews, rating drops
    link = done.link
    return replace(
        base,
        status="done",
        risk_level=scan.risk.level,
        risk_score=scan.risk.score,
        severities={s.value: counts.get(s.value, 0) for s in Severity},
        findings=len(scan.findings),
        new_findings=new_count,
        alerts=alerts,
        coverage_problems=tuple(
            unchecked_source(site_label(c.site), c.status) for c in scan.coverage if c.status not in CHECKED
        ),
        scan_id=scan.id,
        previous_scan_id=scan.previous_scan_id,
        report=os.path.relpath(link, out.resolve()) if link else "",
        pinned=possible.pinning(scan).pinned,
        possible_pages=len(possible.possible_pages(scan)),
        error=_incomplete(done),
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
        row = rows.get(entry.key)
        if row is None:  # most rows of a big roster stopped early: no copy to make (Ctrl-C stays prompt)
            row = SummaryRow(entry.row, entry.key, entry.subject.name, folders[entry.key], "pending")
        elif (row.row, row.name) != (entry.row, entry.subject.name):
            row = replace(row, row=entry.row, name=entry.subject.name)
        ordered.append(row)
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
