"""``footprint history`` and ``footprint diff``, and opening the history database for any command.

The commands mirror :class:`footprint.history.History`: ``history`` lists
stored scans, ``diff`` compares two of them. The library is imported when a
command runs, not when the command line starts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from footprint.cli.env import Env
from footprint.cli.options import db_option
from footprint.errors import HistoryError
from footprint.terminal import clean, esc, plain

if TYPE_CHECKING:
    from footprint.history import History, ScanDiff, ScanSummary


def open_history(db: str | None, must_exist: bool = False) -> History:
    """The history database; for commands that only read it, a missing one is an error, not a new file."""
    from footprint.history import History, default_db_path

    path = Path(db) if db else default_db_path()
    if must_exist and not path.exists():
        raise HistoryError(f"no history database at {path}", "scans are recorded by 'footprint scan' and 'watch run'")
    return History(path)


@click.command("history")
@click.argument("subject", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Show at most this many.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format."
)
@db_option
@click.pass_obj
def history_command(env: Env, subject: str | None, limit: int, fmt: str, db: str | None) -> None:
    """List stored scans, newest first, with their risk scores and reports.

    SUBJECT narrows the list: an NPI, or part of a name ("castellwright").
    A scan whose run was interrupted before its report was written or its
    alert sent says so; the next run for that subject finishes it.

    \b
    Example:
      footprint history castellwright
    """
    with open_history(db, must_exist=True) as h:
        rows = h.scans(subject, limit)
    if fmt == "json":
        click.echo(json.dumps([_summary_json(r) for r in rows], indent=2))
        return
    if not rows:
        env.say(plain("no scans stored" + (f" for {subject!r}" if subject else "")))
        return
    # One line per scan, its report on the next: a path is worth reading whole, at any terminal width.
    header = f"{'scan':<12}  {'finished (UTC)':<16}  {'risk':<12}  findings  {'new':>4}  subject"
    env.console.print(header, style="bold", markup=False, highlight=False)
    for r in rows:
        finished = r.finished_at[:16].replace("T", " ")
        risk = f"{r.risk.score:.0f} {r.risk.level}"
        line = f"{r.id:<12}  {finished:<16}  {risk:<12}  {r.findings:>8}  {r.new:>4}  {r.subject_name}"
        env.console.print(clean(line), markup=False, highlight=False, soft_wrap=True)
        env.console.print(clean(f"{'':14}report: {_report_cell(r)}"), markup=False, highlight=False, soft_wrap=True)


def _report_cell(r: ScanSummary) -> str:
    if r.owes == "report":
        return "(not written yet: the next run for this subject writes it)"
    shown = r.report_path or "(none)"
    return f"{shown} (alert not sent yet)" if r.owes == "alert" else shown


@click.command("diff")
@click.argument("scan_a", required=False)
@click.argument("scan_b", required=False)
@click.option("--subject", help="Whose last two scans to compare (when no scan ids are given).")
@click.option("--json", "json_file", metavar="FILE", help="Also write the changes as JSON to FILE.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Print the changes as text or as JSON.",
)
@db_option
@click.pass_obj
def diff_command(
    env: Env,
    scan_a: str | None,
    scan_b: str | None,
    subject: str | None,
    json_file: str | None,
    fmt: str,
    db: str | None,
) -> None:
    """Show what changed between two scans of one subject.

    With no SCAN ids: the subject's last two scans (--subject, or the only
    subject stored). With one: that scan against the one before it. Ids may
    be abbreviated. Findings are compared by their stable id: new,
    resolved, persisting; then ratings that moved, new reviews and sites
    whose coverage changed.

    \b
    Example:
      footprint diff --subject castellwright --json changes.json
    """
    with open_history(db, must_exist=True) as h:
        if scan_a and scan_b:
            pair = (scan_a, scan_b)
        elif scan_a:
            after = h.scan(scan_a)
            if not after.previous_scan_id:
                raise click.UsageError(f"scan {after.id} is the first of its subject; name two scans")
            pair = (after.previous_scan_id, after.id)
        else:
            pair = h.latest_pair(subject)
        result = h.compare(*pair)
    doc = diff_document(result)
    if json_file:
        from footprint import report

        report.write_private(Path(json_file), (json.dumps(doc, indent=2) + "\n").encode("utf-8"))
    if fmt == "json":
        click.echo(json.dumps(doc, indent=2))
        return
    _print_diff(env, result)


def diff_document(d: ScanDiff) -> dict[str, Any]:
    from footprint.report.model import changes_document

    def rows(ids: tuple[str, ...]) -> list[dict[str, Any]]:
        out = []
        for i in ids:
            f = d.findings[i]
            out.append({"id": f.id, "category": f.category, "severity": f.severity.value, "title": f.title,
                        "url": f.url, "site": f.site})  # fmt: skip
        return out

    c = d.changes
    doc = changes_document(c)
    doc.update(
        before=_summary_json(d.before),
        after=_summary_json(d.after),
        new=rows(c.new),
        resolved=rows(c.resolved),
        persisting=rows(c.persisting),
        changed=rows(c.changed),
    )
    return doc


def _summary_json(r: ScanSummary) -> dict[str, Any]:
    return {
        "id": r.id,
        "subject": r.subject_name,
        "subject_key": r.subject_key,
        "started_at": r.started_at,
        "finished_at": r.finished_at,
        "risk": {"score": r.risk.score, "level": r.risk.level},
        "findings": r.findings,
        "previous_scan_id": r.previous_scan_id,
        "report": r.report_path,
        "owes": r.owes or None,
    }


def _print_diff(env: Env, d: ScanDiff) -> None:
    c = d.changes
    b, a = d.before, d.after
    env.console.print(
        f"[bold]{esc(a.subject_name)}[/]: scan {b.id} ({b.finished_at[:10]}, risk {b.risk.score:.0f}) → "
        f"{a.id} ({a.finished_at[:10]}, risk {a.risk.score:.0f})"
    )
    for label, ids in (("new", c.new), ("resolved", c.resolved), ("changed", c.changed)):
        env.console.print(f"\n[bold]{label}[/] ({len(ids)})")
        for i in ids:
            f = d.findings[i]
            line = f"  {f.severity.value:<8} {esc(f.title)}  [dim]{esc(f.site)} {esc(f.id)}[/]"
            env.console.print(line, highlight=False)
    env.console.print(f"\n[bold]persisting[/] ({len(c.persisting)})")
    if c.ratings:
        env.console.print("\n[bold]ratings that moved[/]")
        for r in c.ratings:
            moved = f"{r.before.value:g} ({r.before.count}) → {r.after.value:g} ({r.after.count})"
            env.console.print(clean(f"  {r.site}: {moved}"), markup=False)
    if c.reviews:
        env.console.print("\n[bold]new reviews[/]")
        for n in c.reviews:
            stars = f"{n.review.rating:g}/{n.review.scale:g}" if n.review.rating is not None else "unrated"
            env.console.print(clean(f"  {n.site} {n.review.date} {stars}: {n.review.text[:100]}"), markup=False)
    if c.coverage:
        env.console.print("\n[bold]coverage that changed[/]")
        for cc in c.coverage:
            was = cc.before.value if cc.before else "absent"
            now = cc.after.value if cc.after else "absent"
            line = f"  {cc.site}: {was} → {now}" + (f" ({cc.detail})" if cc.detail else "")
            env.console.print(clean(line), markup=False)
