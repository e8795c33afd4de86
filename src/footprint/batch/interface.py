"""The batch's types: roster entries, summary rows and the small interfaces.

The interfaces are deliberately small so that other implementations fit
without touching the runner:

- :class:`JobQueue` runs jobs and yields their results as they finish: a
  thread pool today; Celery workers on several machines later (with the
  rate limits in Redis behind ``footprint.fetch.ratelimit.RateLimiter``).
- :class:`BatchListener` hears what happens, for a progress display. The
  runner never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from footprint.models import Subject
from footprint.status import ExitStatus

J = TypeVar("J")
R = TypeVar("R")


@dataclass(frozen=True)
class RosterEntry:
    """One valid roster row: where it was, the subject, and its key within the batch."""

    row: int
    subject: Subject
    key: str


@dataclass(frozen=True)
class RowProblem:
    row: int
    reason: str


@dataclass(frozen=True)
class Roster:
    source: str
    entries: tuple[RosterEntry, ...]
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryRow:
    """One subject's line in index.html, summary.csv and summary.json."""

    row: int
    key: str
    name: str
    folder: str
    status: str  # "done", "failed", "pending"
    risk_level: str = ""
    risk_score: float | None = None
    severities: dict[str, int] = field(default_factory=dict, hash=False)
    findings: int = 0
    new_findings: int | None = None  # None: no history, so nothing to compare with
    alerts: int = 0  # new findings at or above the alert threshold
    coverage_problems: tuple[str, ...] = ()
    scan_id: str = ""
    previous_scan_id: str | None = None
    report: str = ""  # the report file to link, relative to the batch folder
    error: str = ""
    finished_at: str = ""
    # False when the scan could not tell which physician the subject is: its risk is not an all-clear.
    pinned: bool = True
    possible_pages: int = 0  # pages that may be about the subject, to answer with `footprint review`

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "key": self.key,
            "name": self.name,
            "folder": self.folder,
            "status": self.status,
            "risk_level": self.risk_level,
            "risk_score": self.risk_score,
            "severities": dict(self.severities),
            "findings": self.findings,
            "new_findings": self.new_findings,
            "alerts": self.alerts,
            "coverage_problems": list(self.coverage_problems),
            "scan_id": self.scan_id,
            "previous_scan_id": self.previous_scan_id,
            "report": self.report,
            "error": self.error,
            "finished_at": self.finished_at,
            "pinned": self.pinned,
            "possible_pages": self.possible_pages,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SummaryRow:
        return cls(
            row=int(data["row"]),
            key=str(data["key"]),
            name=str(data["name"]),
            folder=str(data.get("folder", "")),
            status=str(data["status"]),
            risk_level=str(data.get("risk_level") or ""),
            risk_score=None if data.get("risk_score") is None else float(data["risk_score"]),
            severities={str(k): int(v) for k, v in (data.get("severities") or {}).items()},
            findings=int(data.get("findings") or 0),
            new_findings=None if data.get("new_findings") is None else int(data["new_findings"]),
            alerts=int(data.get("alerts") or 0),
            coverage_problems=tuple(str(p) for p in data.get("coverage_problems") or ()),
            scan_id=str(data.get("scan_id") or ""),
            previous_scan_id=data.get("previous_scan_id"),
            report=str(data.get("report") or ""),
            error=str(data.get("error") or ""),
            finished_at=str(data.get("finished_at") or ""),
            pinned=bool(data.get("pinned", True)),
            possible_pages=int(data.get("possible_pages") or 0),
        )


@dataclass(frozen=True)
class BatchResult:
    out: str
    rows: tuple[SummaryRow, ...]
    problems: tuple[RowProblem, ...]
    skipped_done: int  # finished in an earlier run of this batch
    wall_s: float
    alert_on: str
    exit_status: ExitStatus
    files: tuple[str, ...] = ()

    @property
    def done(self) -> int:
        return sum(1 for r in self.rows if r.status == "done")

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.status == "failed")

    @property
    def alerts(self) -> int:
        return sum(r.alerts for r in self.rows)


class JobQueue(Protocol):
    """Runs ``work`` over ``jobs`` and yields each result as it finishes (any order).

    ``work`` never raises: it returns failures as values. :meth:`stop`
    means: start no more jobs; results of running ones may still arrive.
    A queue on other machines cannot ship ``work`` (it closes over this
    process's shared fetcher): its workers run the same scan with their own
    fetcher over a shared RateLimiter (Redis) and send back the scans, which
    the runner commits here as usual.
    """

    def run(self, work: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]: ...

    def stop(self) -> None: ...


class BatchListener(Protocol):
    """What a progress display hears. Methods may be called from worker threads."""

    def started(self, total: int, already_done: int) -> None: ...

    def stage(self, entry: RosterEntry, stage: str) -> None: ...

    def finished(self, entry: RosterEntry, row: SummaryRow) -> None: ...


class SilentListener:
    def started(self, total: int, already_done: int) -> None:
        pass

    def stage(self, entry: RosterEntry, stage: str) -> None:
        pass

    def finished(self, entry: RosterEntry, row: SummaryRow) -> None:
        pass
