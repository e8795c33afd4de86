"""Progress displays for ``footprint batch`` (used by the CLI; the runner never prints).

:class:`LiveDisplay` is for a terminal: an overall bar with the count, the
rate and the time left, the subjects in flight with their current stage,
and failures printed above it as they happen. :class:`PlainDisplay` writes
one line per finished subject, for logs and cron mail. Both are
:class:`~footprint.batch.interface.BatchListener`\\ s and thread-safe.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from footprint.batch.interface import RosterEntry, SummaryRow
from footprint.terminal import esc, one_line

MAX_SHOWN = 12


def describe(row: SummaryRow) -> str:
    """One finished subject in a line of plain text (names and errors cleaned of control characters)."""
    if row.status == "failed":
        return one_line(f"{row.name} (row {row.row}) failed: {row.error}")
    counts = ", ".join(f"{n} {s}" for s, n in row.severities.items() if n and s != "info") or "no findings"
    risk = f"risk {row.risk_level} {row.risk_score or 0:.0f}" if row.pinned else "NOT PINNED DOWN, risk not assessed"
    parts = [f"{row.name}: {risk}", counts]
    if row.new_findings is not None:
        parts.append(f"{row.new_findings} new")
    if row.alerts:
        parts.append(f"{row.alerts} over the alert threshold")
    if row.possible_pages:
        parts.append(f"{row.possible_pages} possible page(s) to review (footprint review)")
    if row.coverage_problems:
        parts.append("could not check " + ", ".join(row.coverage_problems))
    if row.error:
        parts.append(f"INCOMPLETE: {row.error}")
    return one_line(" · ".join(parts))


class RateColumn(ProgressColumn):
    """Subjects per minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed * 60:.1f}/min", style="progress.data.speed")


class LiveDisplay:
    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(
            TextColumn("[bold]batch[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console,
        )
        self._task = self.progress.add_task("batch", total=None)
        self._flying: dict[str, tuple[str, str, float]] = {}
        self._lock = threading.Lock()
        self._live = Live(self, console=console, refresh_per_second=4, transient=True)

    def __rich__(self) -> RenderableType:
        with self._lock:
            flying = sorted(self._flying.values(), key=lambda f: f[2])
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column(style="bold")
        table.add_column()
        now = time.monotonic()
        for name, stage, since in flying[:MAX_SHOWN]:
            table.add_row(esc(name), f"{esc(stage)} [dim]{now - since:.0f}s[/]")
        if len(flying) > MAX_SHOWN:
            table.add_row("", f"[dim]and {len(flying) - MAX_SHOWN} more[/]")
        return Group(self.progress, table)

    def __enter__(self) -> LiveDisplay:
        self._live.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._live.stop()

    def started(self, total: int, already_done: int) -> None:
        self.progress.update(self._task, total=total, completed=already_done)
        if already_done:
            self.console.print(f"{already_done} of {total} subjects already done in this batch; resuming")

    def stage(self, entry: RosterEntry, stage: str) -> None:
        with self._lock:
            since = self._flying.get(entry.key, ("", "", time.monotonic()))[2]
            self._flying[entry.key] = (entry.subject.name, stage, since)

    def finished(self, entry: RosterEntry, row: SummaryRow) -> None:
        with self._lock:
            self._flying.pop(entry.key, None)
        self.progress.advance(self._task)
        if row.status == "failed":
            self.console.print(f"[red]failed[/]: {esc(describe(row))}")


class PlainDisplay:
    """One line per subject on ``out``; failures on ``err`` as well. ``quiet``: failures only."""

    def __init__(self, out: Console, err: Console, quiet: bool = False) -> None:
        self.out, self.err, self.quiet = out, err, quiet
        self._lock = threading.Lock()
        self._total = 0
        self._count = 0
        self._began = time.monotonic()

    def __enter__(self) -> PlainDisplay:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        pass

    def started(self, total: int, already_done: int) -> None:
        self._total, self._count = total, already_done
        if not self.quiet:
            resumed = f" ({already_done} already done, resuming)" if already_done else ""
            self.out.print(f"batch: {total} subjects{resumed}", highlight=False, soft_wrap=True)

    def stage(self, entry: RosterEntry, stage: str) -> None:
        pass

    def finished(self, entry: RosterEntry, row: SummaryRow) -> None:
        with self._lock:
            self._count += 1
            width = len(str(self._total))
            line = f"[{self._count:>{width}}/{self._total}] {describe(row)}"
        if row.status == "failed":
            self.err.print(f"failed: {describe(row)}", markup=False, highlight=False, soft_wrap=True)
        if not self.quiet:
            self.out.print(line, markup=False, highlight=False, soft_wrap=True)
