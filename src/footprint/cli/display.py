"""What a scan looks like on the terminal: the spinner, the summary, the line on what changed.

Shared by ``demo``, ``scan`` and ``watch run``. Rich's tables are imported
where they are drawn, so that ``footprint --help`` does not pay for them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING

from footprint.cli.env import Env
from footprint.terminal import clean, esc, plain

if TYPE_CHECKING:
    from pathlib import Path

    from rich.status import Status

    from footprint.batch import Roster
    from footprint.by_npi import RegistryNames
    from footprint.config import Settings
    from footprint.delivery import Delivered, Recovery
    from footprint.models import Scan

log = logging.getLogger("footprint")


def progress(env: Env, label: str) -> Status | None:
    """A spinner that names the current stage, or nothing when quiet or not on a terminal."""
    if env.quiet or not env.console.is_terminal:
        return None
    return env.console.status(stage_line(label, "starting"))


def stage_line(label: str, stage: str) -> str:
    """The spinner's text: whose scan (user text, escaped) and the stage it is in."""
    return f"[bold]{esc(label)}[/]: {esc(stage)}"


TOP_FINDINGS = 5


def summary(env: Env, scan: Scan, paths: list[Path]) -> None:
    """Risk, counts by severity, the worst findings, the sources that could not be checked, the report paths.

    A scan that could not pin the subject down says so first, lists the namesakes and how to pick one,
    and never passes for an all-clear; possible pages are a to-do, counted with the way to answer them.
    Names, titles and sites come from the user and the web: printed as text, never as markup.
    """
    from rich.table import Table

    from footprint import possible
    from footprint.coverage_words import unchecked_source
    from footprint.models import Severity
    from footprint.sites.labels import site_label

    counts = {s: sum(1 for f in scan.findings if f.severity == s) for s in Severity}
    pinned = possible.pinning(scan)
    maybe = len(possible.possible_pages(scan))
    tally = " · ".join(f"{counts[s]} {s.value}" for s in Severity if counts[s])
    name = esc(scan.subject.name)
    # Without web search most sources went unchecked: a low score would be false comfort.
    incomplete = " [yellow](incomplete: no web search)[/]" if search_failure(scan) else ""
    if pinned.pinned:
        unchecked = any(c.status.value not in ("found", "not_found") for c in scan.coverage)
        nothing = "no exposure on the pages confirmed as yours" if maybe else "no exposure found"
        # Never an unqualified all-clear when some sources could not be checked.
        found = tally or (f"{nothing} on the sources that could be checked" if unchecked or incomplete else nothing)
        env.say(
            f"\n[bold]{name}[/]: risk [bold]{scan.risk.level.upper()}[/] ({scan.risk.score:.0f}/100)"
            + incomplete
            + f" · {found}"
        )
        if pinned.summary:  # taken to be one namesake by what the pages agree on: say so, and how to correct it
            env.say(f"[yellow]{esc(pinned.summary)}.[/] {esc(pinned.hint)}.")
    else:
        env.say(
            f"\n[bold]{name}[/]: [bold red]NOT PINNED DOWN[/], risk not assessed "
            f"({scan.risk.score:.0f}/100 from the pages confirmed as yours only)"
            + incomplete
            + (f" · {tally}" if tally else "")
        )
        env.say(esc(pinned.summary))
        if pinned.namesakes:
            people = Table("physician", "specialty", "city", "state", "NPI", box=None, header_style="bold")
            for n in pinned.namesakes:
                who = f"{n.name}, {n.credential}" if n.credential else n.name
                people.add_row(plain(who), plain(n.specialty), plain(n.city), plain(n.state), plain(n.npi))
            env.say(people)
        env.say(f"[bold]What to do:[/] {esc(pinned.hint)}.")
    if scan.findings:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("severity")
        table.add_column("finding")
        table.add_column("site")
        for f in scan.findings[:TOP_FINDINGS]:
            table.add_row(f.severity.value, plain(f.title), plain(site_label(f.site)))
        env.say(table)
        more = len(scan.findings) - TOP_FINDINGS
        if more > 0:
            env.say(f"+{more} more in the report")
    if maybe and pinned.pinned:
        pages = "1 page" if maybe == 1 else f"{maybe} pages"
        env.say(
            f"[yellow]{pages} may be about you and {'was' if maybe == 1 else 'were'} not assessed[/]: "
            "see 'Is this you?' in the report, and answer with: footprint review"
        )
    problems = [c for c in scan.coverage if c.status.value not in ("found", "not_found")]
    if problems:
        env.say(
            f"[yellow]{len(problems)} source(s) could not be checked[/]: "
            + esc(", ".join(unchecked_source(site_label(c.site), c.status) for c in problems))
        )
    for path in paths:
        # Report paths are printed even with --quiet: they are the command's result.
        env.console.print(plain(f"report: {path}"), highlight=False, soft_wrap=True)


def risk_words(scan: Scan) -> str:
    """The risk in a few words for one-line summaries (``watch run``); never an all-clear for an unpinned subject."""
    from footprint import possible

    maybe = len(possible.possible_pages(scan))
    waiting = f"; {maybe} possible page(s) to review (footprint review)" if maybe else ""
    if not possible.pinning(scan).pinned:
        return f"NOT PINNED DOWN, risk not assessed{waiting}"
    return f"risk {scan.risk.level} ({scan.risk.score:.0f}/100){waiting}"


def search_failure(scan: Scan) -> str | None:
    """One line when no search backend answered (:func:`footprint.search.chain.failure`)."""
    from footprint.search.chain import failure

    return failure(scan.coverage)


def changes_line(scan: Scan) -> str:
    """What changed since the subject's previous scan, in one line."""
    c = scan.changes
    if c is None:
        return "first scan of this subject in the history: every finding is new"
    parts = [f"{len(c.new)} new", f"{len(c.resolved)} resolved", f"{len(c.persisting)} persisting"]
    parts += [f"{len(c.not_rechecked)} not re-checked (export not given)"] if c.not_rechecked else []
    parts += [f"{len(c.ratings)} rating(s) moved"] if c.ratings else []
    parts += [f"{len(c.reviews)} new review(s)"] if c.reviews else []
    parts += [f"{len(c.coverage)} coverage change(s)"] if c.coverage else []
    when = f" of {c.since_finished_at[:10]}" if c.since_finished_at else ""
    return f"since scan {c.since_scan_id}{when}: " + ", ".join(parts)


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
        alerted += f"; {len(d.moved)} rating or review change(s) that alert" if d.moved else ""
        line = (
            f"finished scan {scan.id} of {scan.subject.name} ({scan.finished_at:%Y-%m-%d %H:%M} UTC),"
            f" which an interrupted run had recorded: {what}{alerted}"
        )
        env.console.print(clean(line), markup=False, highlight=False, soft_wrap=True)
    for problem in done.problems:
        env.err.print(clean(f"footprint: warning: {problem}"), markup=False, highlight=False, soft_wrap=True)


@contextmanager
def registry_names(env: Env, settings: Settings) -> Iterator[RegistryNames]:
    """A roster's NPI-only rows named by the NPI registry, each lookup on the spinner (or in the log with -v),
    and afterwards how many names the registry gave."""
    from footprint.by_npi import RegistryNames

    status = progress(env, "roster")

    def heard(npi: str, name: str) -> None:
        line = f"NPI {npi} is {name} in the NPI registry ({names.asked} so far)"
        if status is not None:
            status.update(stage_line("roster", line))
        log.info("%s", plain(line))

    with status or nullcontext(), RegistryNames(settings, heard) as names:
        yield names
    if names.asked:
        env.say(plain(f"{names.asked} name(s) taken from the NPI registry for rows that give only the NPI"))
