"""``footprint history`` and ``footprint diff``, and the record-report-alert step every scan ends with.

The commands mirror :class:`footprint.history.History`: ``history`` lists
stored scans, ``diff`` compares two of them. The library is imported when a
command runs, not when the command line starts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from footprint.cli.env import Env
from footprint.cli.options import db_option
from footprint.errors import HistoryError
from footprint.status import ExitStatus

if TYPE_CHECKING:
    from footprint.config import Settings
    from footprint.history import History, ScanDiff, ScanSummary
    from footprint.models import Scan
    from footprint.report import Written


def open_history(db: str | None, must_exist: bool = False) -> History:
    """The history database; for commands that only read it, a missing one is an error, not a new file."""
    from footprint.history import History, default_db_path

    path = Path(db) if db else default_db_path()
    if must_exist and not path.exists():
        raise HistoryError(f"no history database at {path}", "scans are recorded by 'footprint scan' and 'watch run'")
    return History(path)


def record_and_report(
    history: History, scan: Scan, folder: Path, formats: tuple[str, ...], browser_path: str = ""
) -> tuple[Scan, Written]:
    """Record the scan, then write its report: stored first, so that the report can say what changed."""
    from footprint import report

    scan = history.record(scan)
    written = report.write_all(scan, folder, formats, browser_path=browser_path)
    if written.paths:
        history.set_report_path(scan.id, written.paths[0])
    return scan, written


def alert(scan: Scan, paths: Sequence[Path], settings: Settings, alert_on: str | None) -> ExitStatus:
    """Notify about new findings (and new negative reviews, rating drops) at or above ``alert_on``; ALERT when
    there are any.

    A notification that cannot be sent raises NotifyError (exit 1): a
    scheduled run must not fail silently.
    """
    from footprint import alerts, notify

    due = alerts.alerting(scan, alert_on)
    moved = alerts.alerting_changes(scan, alert_on)  # new negative reviews, rating drops
    html = next((p for p in paths if p.suffix == ".html"), paths[0] if paths else None)
    notify.send(settings.notify, scan, due, html, changes=moved)
    return ExitStatus.ALERT if due or moved else ExitStatus.OK


@click.command("history")
@click.argument("subject", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Show at most this many.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format."
)
@db_option
@click.pass_obj
def history_command(env: Env, subject: str | None, limit: int, fmt: str, db: str | None) -> None:
    """List stored scans, newest first, with their risk scores.

    SUBJECT narrows the list: an NPI, or part of a name ("castellwright").

    \b
    Example:
      footprint history castellwright
    """
    from rich.table import Table

    with open_history(db, must_exist=True) as h:
        rows = h.scans(subject, limit)
    if fmt == "json":
        click.echo(json.dumps([_summary_json(r) for r in rows], indent=2))
        return
    if not rows:
        env.say("no scans stored" + (f" for {subject!r}" if subject else ""))
        return
    table = Table("scan", "finished (UTC)", "subject", "risk", "findings", "new", box=None, header_style="bold")
    for r in rows:
        table.add_row(r.id, r.finished_at[:16].replace("T", " "), r.subject_name, f"{r.risk.score:.0f} {r.risk.level}",
                      str(r.findings), str(r.new))  # fmt: skip
    env.console.print(table)


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
    }


def _print_diff(env: Env, d: ScanDiff) -> None:
    from rich.markup import escape

    c = d.changes
    b, a = d.before, d.after
    env.console.print(
        f"[bold]{a.subject_name}[/]: scan {b.id} ({b.finished_at[:10]}, risk {b.risk.score:.0f}) → "
        f"{a.id} ({a.finished_at[:10]}, risk {a.risk.score:.0f})"
    )
    for label, ids in (("new", c.new), ("resolved", c.resolved), ("changed", c.changed)):
        env.console.print(f"\n[bold]{label}[/] ({len(ids)})")
        for i in ids:
            f = d.findings[i]
            line = f"  {f.severity.value:<8} {escape(f.title)}  [dim]{escape(f.site)} {f.id}[/]"
            env.console.print(line, highlight=False)
    env.console.print(f"\n[bold]persisting[/] ({len(c.persisting)})")
    if c.ratings:
        env.console.print("\n[bold]ratings that moved[/]")
        for r in c.ratings:
            moved = f"{r.before.value:g} ({r.before.count}) → {r.after.value:g} ({r.after.count})"
            env.console.print(f"  {r.site}: {moved}", markup=False)
    if c.reviews:
        env.console.print("\n[bold]new reviews[/]")
        for n in c.reviews:
            stars = f"{n.review.rating:g}/{n.review.scale:g}" if n.review.rating is not None else "unrated"
            env.console.print(f"  {n.site} {n.review.date} {stars}: {n.review.text[:100]}", markup=False)
    if c.coverage:
        env.console.print("\n[bold]coverage that changed[/]")
        for cc in c.coverage:
            was = cc.before.value if cc.before else "absent"
            now = cc.after.value if cc.after else "absent"
            env.console.print(f"  {cc.site}: {was} → {now}" + (f" ({cc.detail})" if cc.detail else ""), markup=False)
