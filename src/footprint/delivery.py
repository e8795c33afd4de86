"""Delivery: a finished scan recorded, reported and alerted, as one unit that survives a crash.

Every command that scans ends here (``scan``, ``demo``, ``watch run``,
``batch``, and a batch's coordinator whatever engine ran the scans):
:func:`deliver` takes the finished :class:`~footprint.models.Scan` and

1. finishes what dead runs left unfinished for the same subject
   (:func:`recover`), so that this scan is compared with a reported one;
2. records the scan with its outbox row in one transaction: the report it
   owes and from which severity it alerts (:mod:`footprint.history.outbox`);
3. writes the report, every format moved into place together; when that
   fails the scan is forgotten again, so a report that was never written
   never makes what it found "persisting";
4. marks the report written, sends the alert for new findings at or above
   the threshold (and for new reviews of two stars or less and rating
   drops, :func:`footprint.alerts.alerting_changes`), and marks the scan
   delivered.

A run killed anywhere after step 2 leaves the outbox row, and the next run
that opens the history for that subject writes the report and sends the
alert. Prints nothing: the caller says what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from footprint import alerts, notify, report
from footprint.config import NotifySettings
from footprint.errors import FootprintError, NotifyError
from footprint.history import Delivery, History, Pending, State, subject_key
from footprint.history.outbox import working
from footprint.models import AlertableChange, Finding, Scan
from footprint.report import Written
from footprint.status import ExitStatus

log = logging.getLogger(__name__)

__all__ = ["Delivered", "Delivery", "Recovery", "deliver", "recover"]


@dataclass(frozen=True)
class Delivered:
    """A scan recorded, its report written and its alert sent (or the reason it was not)."""

    scan: Scan  # as recorded: previous scan, changes, each finding new or persisting
    written: Written
    due: tuple[Finding, ...] = ()  # new findings at or above the alert threshold
    sent: tuple[str, ...] = ()  # the notification channels used
    alert_error: str = ""  # why the alert could not be sent; the next run tries again
    recovered: bool = False  # an earlier, interrupted run's scan, finished now
    job: str = ""
    earlier: tuple[Delivered, ...] = ()  # interrupted runs' scans of this subject finished first
    problems: tuple[str, ...] = ()  # what could not be finished of those, one line each
    moved: tuple[AlertableChange, ...] = ()  # new negative reviews and rating drops that alert too

    @property
    def alerted(self) -> bool:
        """New findings at or above the threshold, or changes that alert like them."""
        return bool(self.due or self.moved)

    @property
    def status(self) -> ExitStatus:
        """ALERT when this scan or one finished with it has something at or above the threshold."""
        return ExitStatus.ALERT if self.alerted or any(e.alerted for e in self.earlier) else ExitStatus.OK

    @property
    def link(self) -> Path | None:
        """The report file an alert links: the HTML when there is one."""
        return _link(self.written)


@dataclass(frozen=True)
class Recovery:
    delivered: tuple[Delivered, ...] = ()
    problems: tuple[str, ...] = ()


def deliver(
    history: History | None,
    scan: Scan,
    delivery: Delivery,
    notify_settings: NotifySettings,
    environ: Mapping[str, str] | None = None,
) -> Delivered:
    """Record ``scan``, write its report, alert; see the module docstring.

    Raises ReportError (the scan is not kept) or HistoryError. A notification
    that fails is not raised: it is ``alert_error``, and stays owed.
    """
    delivery = replace(delivery, folder=report.folder.place(delivery.folder))
    if history is None:
        written = _write(scan, delivery)
        return _alert(None, scan, delivery, written, notify_settings, environ)
    earlier = recover(history, notify_settings, subject=subject_key(scan.identity), environ=environ)
    with working(scan.id):
        recorded = history.record(scan, delivery)
        try:
            written = _write(recorded, delivery)
        except Exception:
            history.discard(recorded.id)
            raise
        history.reported(recorded.id, _link(written))
        done = _alert(history, recorded, delivery, written, notify_settings, environ)
    return replace(done, earlier=earlier.delivered, problems=earlier.problems)


def recover(
    history: History,
    notify_settings: NotifySettings,
    *,
    subject: str | None = None,
    job_prefix: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Recovery:
    """Finish the scans that runs killed before they were reported or alerted.

    Only those of ``subject`` (a subject key) or of one batch (``job_prefix``)
    when given; all of them otherwise. Work a live run owns is left to it.
    A report that cannot be written now gets its scan forgotten (the next
    scan of that subject reports what it found); an alert that cannot be
    sent stays owed. Each is a line in ``problems``.
    """
    done, problems = [], []
    for pending in history.take_pending(subject_key=subject, job_prefix=job_prefix):
        scan = pending.scan
        when = f"scan {scan.id} of {scan.subject.name} ({scan.finished_at:%Y-%m-%d %H:%M} UTC)"
        try:
            with working(scan.id):
                finished = _finish(history, pending, notify_settings, environ)
        except Exception as exc:  # one stored scan must never stop every later run
            log.debug("finishing scan %s failed", scan.id, exc_info=True)
            message = exc.user_message() if isinstance(exc, FootprintError) else f"{type(exc).__name__}: {exc}"
            if history.discard(scan.id):
                problems.append(f"{when}: its report cannot be written ({message}); it is forgotten")
            else:
                history.delivery_failed(scan.id, message)
                problems.append(f"{when}: {message}")
            continue
        done.append(finished)
        if finished.alert_error:
            problems.append(f"{when}: {finished.alert_error}; it will be sent on the next run")
    return Recovery(tuple(done), tuple(problems))


def _finish(
    history: History, pending: Pending, notify_settings: NotifySettings, environ: Mapping[str, str] | None
) -> Delivered:
    d = pending.delivery
    if pending.state == State.REPORT:
        written = report.write_all(pending.scan, d.folder, d.formats, browser_path=d.browser_path)
        history.reported(pending.scan.id, _link(written))
    else:
        written = Written((pending.report,) if pending.report else ())
    done = _alert(history, pending.scan, d, written, notify_settings, environ)
    return replace(done, recovered=True)


def _alert(
    history: History | None,
    scan: Scan,
    delivery: Delivery,
    written: Written,
    notify_settings: NotifySettings,
    environ: Mapping[str, str] | None,
) -> Delivered:
    due = alerts.alerting(scan, delivery.alert_on)
    moved = alerts.alerting_changes(scan, delivery.alert_on)  # new negative reviews, rating drops
    try:
        sent = notify.send(notify_settings, scan, due, _link(written), environ, changes=moved)
    except NotifyError as exc:
        if history is not None:
            history.delivery_failed(scan.id, exc.user_message())
        return Delivered(scan, written, due, alert_error=str(exc), job=delivery.job, moved=moved)
    if history is not None:
        history.delivered(scan.id)
    return Delivered(scan, written, due, tuple(sent), job=delivery.job, moved=moved)


def _link(written: Written) -> Path | None:
    paths = written.paths
    return next((p for p in paths if p.suffix == ".html"), paths[0] if paths else None)


def _write(scan: Scan, delivery: Delivery) -> Written:
    return report.write_all(
        scan, delivery.folder, delivery.formats, browser_path=delivery.browser_path, letterhead=delivery.letterhead
    )
