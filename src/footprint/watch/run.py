"""``watch run`` on an engine: the due subjects scanned together, delivered here one by one, then a summary.

The subjects that are due are scanned on a batch engine
(:mod:`footprint.batch.engine`: threads of this process, or Celery workers),
each with its own watch's settings. Each finished scan comes back to this
process, which delivers it (:func:`footprint.delivery.deliver`: recorded,
reported into ``<out>/<name>-<time>/``, alerted with the watch's threshold)
and marks the watch run, as a scan on its own would. At the end the run
writes the batch's summary files (``summary.json``, ``summary.csv``,
``index.html``) into ``<reports>/watch-runs/<time>/``, one row per due
subject. Prints nothing: ``on_done`` and the listener hear what happens.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from footprint import report
from footprint.batch.engine import Engine, Job, Outcome
from footprint.batch.interface import BatchListener, BatchResult, RosterEntry, SummaryRow
from footprint.batch.runner import summarize
from footprint.batch.summary import exit_status, write_summary
from footprint.config import Settings
from footprint.delivery import Delivered, Delivery, deliver
from footprint.errors import FootprintError
from footprint.history import History
from footprint.models import Severity
from footprint.report.letterhead import Letterhead
from footprint.watch import Watch, store

log = logging.getLogger(__name__)

RUNS = "watch-runs"


@dataclass(frozen=True)
class Due:
    """A watch to scan now with its settings, or the reason it cannot be (a broken config file)."""

    watch: Watch
    settings: Settings | None
    error: str = ""


@dataclass(frozen=True)
class WatchRun:
    rows: tuple[SummaryRow, ...]
    alerted: tuple[str, ...]  # the subjects with new findings at or above their watch's threshold
    failed: int
    files: tuple[str, ...]
    wall_s: float


DoneFn = Callable[[Watch, Delivered | None, str], None]


def run_due(
    history: History,
    due: Sequence[Due],
    engine: Engine,
    summary_dir: Path,
    *,
    hear: BatchListener,
    on_done: DoneFn,
    environ: Mapping[str, str] | None = None,
) -> WatchRun:
    """Scan, deliver and summarise every due watch; see the module docstring.

    ``on_done(watch, delivered, error)`` is called in this thread for each
    subject as it is delivered (or fails: ``delivered`` None, ``error`` why).
    KeyboardInterrupt stops the engine and still writes the summary.
    """
    started = time.monotonic()
    entries = {d.watch.subject_key: RosterEntry(i, d.watch.subject, d.watch.subject_key) for i, d in enumerate(due, 1)}
    watches = {d.watch.subject_key: d for d in due}
    rows: dict[str, SummaryRow] = {}
    alerted: list[str] = []
    jobs = []
    for d in due:
        error = d.error or _unwritable(d.watch)
        if d.settings is None or error:
            rows[d.watch.subject_key] = _failed(entries[d.watch.subject_key], error)
            on_done(d.watch, None, error)
        else:
            jobs.append(Job(entries[d.watch.subject_key], d.settings))
    hear.started(len(due), 0)
    for key, row in rows.items():
        hear.finished(entries[key], row)
    try:
        for outcome in engine.run(jobs, hear):
            if outcome.cancelled or outcome.entry.key in rows:
                continue
            w = watches[outcome.entry.key]
            row, done = _deliver(history, w, outcome, summary_dir, environ)
            rows[row.key] = row
            if done is not None and done.due:
                alerted.append(w.watch.subject.name)
            on_done(w.watch, done, row.error)
            hear.finished(outcome.entry, row)
    finally:
        engine.stop()
        engine.close()
        files = _summary(entries, rows, summary_dir, time.monotonic() - started)
    ordered = tuple(rows.get(k) or _pending(e) for k, e in entries.items())
    failed = sum(1 for r in ordered if r.status != "done" or r.error)
    return WatchRun(ordered, tuple(alerted), failed, files, round(time.monotonic() - started, 3))


def summary_folder(base: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    return base / RUNS / stamp


def _deliver(
    history: History, due: Due, outcome: Outcome, summary_dir: Path, environ: Mapping[str, str] | None
) -> tuple[SummaryRow, Delivered | None]:
    w, settings = due.watch, due.settings
    base_row = _failed(outcome.entry, outcome.error)
    if outcome.scan is None or settings is None:
        return base_row, None
    scan = outcome.scan
    stamp = scan.started_at.astimezone().strftime("%Y%m%d-%H%M%S")
    folder = Path(w.options.out or _default_out()) / f"{w.subject.slug}-{stamp}"
    letterhead = Letterhead.of(settings.report)
    target = Delivery(folder, w.options.formats, w.options.alert_on, settings.browser.path, letterhead=letterhead)
    try:
        done = deliver(history, scan, target, settings.notify, environ)
    except FootprintError as exc:
        return replace(base_row, error=exc.user_message()), None
    except Exception as exc:  # a history or disk problem fails this subject, not the run
        log.debug("could not deliver %s", w.subject.name, exc_info=True)
        return replace(base_row, error=f"could not store the scan: {type(exc).__name__}: {exc}"), None
    store.mark_run(history, w, done.scan.finished_at, done.scan.id)
    alert_on = Severity(w.options.alert_on) if w.options.alert_on else None
    row = summarize(done, replace(base_row, folder=folder.name), summary_dir, alert_on=alert_on)
    if done.alert_error:
        row = replace(row, error=f"alert not sent: {done.alert_error}; the next watch run sends it")
    return row, done


def _unwritable(w: Watch) -> str:
    try:
        report.check_out(Path(w.options.out or _default_out()))  # before the scan, not after it
    except FootprintError as exc:
        return exc.user_message()
    return ""


def _default_out() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("footprint")) / "reports"


def _failed(entry: RosterEntry, error: str) -> SummaryRow:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return SummaryRow(entry.row, entry.key, entry.subject.name, "", "failed", error=error, finished_at=now)


def _pending(entry: RosterEntry) -> SummaryRow:
    return SummaryRow(entry.row, entry.key, entry.subject.name, "", "pending")


def _summary(
    entries: Mapping[str, RosterEntry], rows: Mapping[str, SummaryRow], folder: Path, wall: float
) -> tuple[str, ...]:
    if not entries:
        return ()
    ordered = [rows.get(k) or _pending(e) for k, e in entries.items()]
    result = BatchResult(str(folder), tuple(ordered), (), 0, round(wall, 3), "per watch", exit_status(ordered, ()))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return tuple(str(p) for p in write_summary(result, "watch run", folder))
