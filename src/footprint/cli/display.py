"""What a scan looks like on the terminal: the spinner, the summary, the line on what changed.

Shared by ``demo``, ``scan`` and ``watch run``. Rich's tables are imported
where they are drawn, so that ``footprint --help`` does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from footprint.cli.env import Env
from footprint.terminal import clean, esc, plain

if TYPE_CHECKING:
    from pathlib import Path

    from rich.status import Status

    from footprint.batch import Roster
    from footprint.delivery import Delivered, Recovery
    from footprint.models import Scan


def progress(env: Env, label: str) -> Status | None:
    """A spinner that names the current stage, or nothing when quiet or not on a terminal."""
    if env.quiet or not env.console.is_terminal:
        return None
    return env.console.status(stage_line(label, "starting"))


def stage_line(label: str, stage: str) -> str:
    """The spinner's text: whose scan (user text, escaped) and the stage it is in."""
    return f"[bold]{esc(label)}[/]: {esc(stage)}"


def summary(env: Env, scan: Scan, paths: list[Path]) -> None:
    """Risk, counts by severity, the worst findings, the sources that could not be checked, the report paths.

    Names, titles and sites come from the user and the web: printed as text, never as markup.
    """
    from rich.table import Table

    from footprint.models import Severity

    counts = {s: sum(1 for f in scan.findings if f.severity == s) for s in Severity}
    # Without web search most sources went unchecked: a low score would be false comfort.
    incomplete = " [yellow](incomplete: no web search)[/]" if search_failure(scan) else ""
    env.say(
        f"\n[bold]{esc(scan.subject.name)}[/]: risk [bold]{scan.risk.level.upper()}[/] ({scan.risk.score:.0f}/100)"
        + incomplete
        + "".join(f" · {counts[s]} {s.value}" for s in Severity if counts[s])
    )
    if scan.findings:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("severity")
        table.add_column("finding")
        table.add_column("site")
        for f in scan.findings[:5]:
            table.add_row(f.severity.value, plain(f.title), plain(f.site))
        env.say(table)
    problems = [c for c in scan.coverage if c.status.value not in ("found", "not_found")]
    if problems:
        env.say(
            f"[yellow]{len(problems)} source(s) could not be checked[/]: "
            + esc(", ".join(f"{c.site} ({c.status.value})" for c in problems))
        )
    for path in paths:
        # Report paths are printed even with --quiet: they are the command's result.
        env.console.print(plain(f"report: {path}"), highlight=False, soft_wrap=True)


def search_failure(scan: Scan) -> str | None:
    """One line when no search backend answered: the backends tried, why, and how many sources went unchecked."""
    from footprint.search.chain import UNCHECKED, unanswered

    gap = unanswered(scan.coverage)
    if gap is None:
        return None
    unchecked = sum(1 for c in scan.coverage if c.detail.startswith(UNCHECKED))
    if not unchecked:
        return f"{gap}; pages only a web search finds were not looked for (see the report's coverage)"
    return f"{gap}; {unchecked} source(s) that rely on web search could not be checked (see the report's coverage)"


def changes_line(scan: Scan) -> str:
    """What changed since the subject's previous scan, in one line."""
    c = scan.changes
    if c is None:
        return "first scan of this subject in the history: every finding is new"
    parts = [f"{len(c.new)} new", f"{len(c.resolved)} resolved", f"{len(c.persisting)} persisting"]
    parts += [f"{len(c.ratings)} rating(s) moved"] if c.ratings else []
    parts += [f"{len(c.reviews)} new review(s)"] if c.reviews else []
    parts += [f"{len(c.coverage)} coverage change(s)"] if c.coverage else []
    return f"since scan {c.since_scan_id}: " + ", ".join(parts)


def roster_notes(env: Env, roster: Roster) -> None:
    """What ``batch`` and ``watch`` say about a roster they read: its notes, then each row not used."""
    for note in roster.notes:
        env.err.print(clean(f"note: roster {note}"), markup=False, highlight=False, soft_wrap=True)
    for problem in roster.problems:
        line = f"roster row {problem.row}: {problem.reason}; skipped"
        env.err.print(clean(line), markup=False, highlight=False, soft_wrap=True)


def recovered(env: Env, done: Delivered | Recovery) -> None:
    """Say what was finished of runs that were interrupted, and what could not be (even with --quiet)."""
    from footprint.delivery import Delivered

    finished = done.earlier if isinstance(done, Delivered) else done.delivered
    for d in finished:
        scan = d.scan
        what = f"report {d.link}" if d.link else "report written"
        alerted = f"; {len(d.due)} new finding(s) at or above the alert threshold" if d.due else ""
        line = (
            f"finished scan {scan.id} of {scan.subject.name} ({scan.finished_at:%Y-%m-%d %H:%M} UTC),"
            f" which an interrupted run had recorded: {what}{alerted}"
        )
        env.console.print(clean(line), markup=False, highlight=False, soft_wrap=True)
    for problem in done.problems:
        env.err.print(clean(f"footprint: warning: {problem}"), markup=False, highlight=False, soft_wrap=True)
