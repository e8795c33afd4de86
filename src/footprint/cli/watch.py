"""``footprint watch``: scheduled re-scans that record each scan and alert on what is new.

Each watched subject is scanned with its own ``--config`` file, else the
one ``watch run`` names (``--config`` or ``$FOOTPRINT_CONFIG``), with the
``FOOTPRINT_*`` settings variables on top, as every command reads them.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from footprint.cli.display import registry_names, roster_notes
from footprint.cli.engines import engine_options
from footprint.cli.env import Env
from footprint.cli.history import open_history
from footprint.cli.options import F, alert_option, config_option, config_path, db_option, load_settings
from footprint.errors import UsageError
from footprint.status import ExitStatus
from footprint.terminal import clean, plain

if TYPE_CHECKING:
    from footprint.delivery import Delivered
    from footprint.history import History
    from footprint.watch import Watch, WatchOptions

log = logging.getLogger("footprint")

WATCH_EPILOG = """\b
Exit statuses of 'watch run':
  0    every due scan finished; nothing new at or above the alert threshold
  1    at least one scan (or roster row, or notification) failed; the others still ran
  3    at least one scan found NEW findings at or above its alert threshold
"""


def default_reports_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("footprint")) / "reports"


def _absolute(path: str | None) -> str | None:
    # The scheduler runs in another folder: keep paths that still work from there.
    return str(Path(path).expanduser().resolve()) if path else None


@click.group("watch", epilog=WATCH_EPILOG)
def watch_group() -> None:
    """Scheduled re-scans: what is new since last month.

    \b
    Set up a monthly scan in three lines:
      footprint watch add "Dr. Jane Q. Doe, MD" --state OR --npi 1234567893 --every monthly
      footprint watch install-schedule        # a daily 'watch run' in your crontab
      footprint watch list                     # what is watched and when it runs next

    'watch run' scans every subject that is due, records the scan in the
    history, writes its report and sends the [notify] alerts for new findings.
    """


def _scan_options(fn: F) -> F:
    options = [
        click.option("--specialty", help="The specialty (improves matching)."),
        click.option("--city", help="The practice's city."),
        click.option("--state", help="The practice's state, e.g. OR."),
        click.option("--npi", help="The 10-digit NPI; decisive for matching."),
        click.option("--handle", "handles", multiple=True, metavar="HANDLE", help="A social handle (repeatable)."),
        click.option("--known-url", "known_urls", multiple=True, metavar="URL", help="A page about them (repeatable)."),
        click.option("--also-known-as", "aka", multiple=True, metavar="NAME", help="Another name (repeatable)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _run_options(fn: F) -> F:
    options = [
        click.option(
            "--roster", metavar="FILE", help="Watch every row of this roster (CSV or JSON lines, as for 'batch')."
        ),
        click.option("--every", default="monthly", show_default=True, help="monthly, weekly, daily or Nd (days)."),
        config_option("TOML settings each scan uses [env: FOOTPRINT_CONFIG]."),
        click.option("--out", metavar="DIR", help="Reports go to DIR/<name>-<time>/ [default: user data folder]."),
        click.option("--format", "formats", default="html,json", show_default=True, help="Report formats."),
        alert_option("high"),
        db_option,
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _options(env: Env, config_file: str | None, out: str | None, formats: str, alert_on: str | None) -> WatchOptions:
    from footprint import report
    from footprint.watch import WatchOptions

    config_file = config_path(env, config_file)
    if config_file:
        load_settings(env, config_file)  # fail now, not at 3 a.m.
    if out:
        report.check_out(Path(out))
    return WatchOptions(_absolute(config_file), _absolute(out), report.parse_formats(formats), alert_on)


def _add_roster(env: Env, history: History, path: str, options: WatchOptions, every: str) -> int:
    """Watch every row of a roster, read as ``batch`` reads it (:func:`footprint.batch.read_roster`)."""
    from footprint.batch import read_roster
    from footprint.watch import parse_every, store

    label, days = parse_every(every)
    settings = load_settings(env, options.config)
    with registry_names(env, settings) as name_of:
        roster = read_roster(path, name_of)
    roster_notes(env, roster)
    for entry in roster.entries:
        store.add(history, entry.subject, options, label, days)
    env.say(plain(f"{len(roster.entries)} subject(s) from {path} watched {label}"))
    return len(roster.problems)


@watch_group.command("add")
@click.argument("name", required=False)
@_scan_options
@_run_options
@click.pass_obj
def watch_add(
    env: Env, name: str | None, specialty: str | None, city: str | None, state: str | None, npi: str | None,
    handles: tuple[str, ...], known_urls: tuple[str, ...], aka: tuple[str, ...], roster: str | None, every: str,
    config_file: str | None, out: str | None, formats: str, alert_on: str | None, db: str | None,
) -> int:  # fmt: skip
    """Watch a physician (NAME, as for 'scan', or --npi alone), or every row of --roster FILE.

    Adding a subject that is already watched updates its options and keeps
    when it last ran.

    \b
    Example:
      footprint watch add "Dr. Jane Q. Doe, MD" --specialty Dermatology --state OR --every monthly
      footprint watch add --roster clients.csv --every 30d --config footprint.toml
    """
    from footprint.identity import make_subject
    from footprint.watch import parse_every, store

    if not name and not roster and not npi:
        raise UsageError("name a physician, give --npi, or give --roster FILE")
    label, days = parse_every(every)
    options = _options(env, config_file, out, formats, alert_on)
    if not name and not roster:  # the NPI alone: the name the registry keeps for it
        from footprint.cli.scan import name_by_npi

        name = name_by_npi(npi, load_settings(env, options.config))
    with open_history(db) as history:
        problems = _add_roster(env, history, roster, options, every) if roster else 0
        if name:
            subject = make_subject(name, specialty=specialty, city=city, state=state, npi=npi, handles=handles,
                                   known_urls=known_urls, also_known_as=aka)  # fmt: skip
            watch, new = store.add(history, subject, options, label, days)
            env.say(plain(f"{'watching' if new else 'updated'} {subject.name}: {label} (watch {watch.id})"))
    return int(ExitStatus.ERROR if problems else ExitStatus.OK)


@watch_group.command("list")
@db_option
@click.pass_obj
def watch_list(env: Env, db: str | None) -> None:
    """List watched physicians, how often they are scanned and when next."""
    from rich.table import Table

    from footprint.watch import store

    now = datetime.now(UTC)
    with open_history(db) as history:
        watches = store.all_watches(history)
    if not watches:
        env.say('nothing watched yet; add one with: footprint watch add "Dr. Jane Q. Doe, MD" --every monthly')
        return
    table = Table("id", "subject", "every", "last run (UTC)", "next", "last scan", box=None, header_style="bold")
    for w in watches:
        last = w.last_run_at.strftime("%Y-%m-%d %H:%M") if w.last_run_at else "never"
        upcoming = "due now" if w.due(now) else f"{w.next_run():%Y-%m-%d}"
        table.add_row(str(w.id), plain(w.subject.name), plain(w.every), last, upcoming, plain(w.last_scan_id or ""))
    env.console.print(table)


@watch_group.command("remove")
@click.argument("which")
@db_option
@click.pass_obj
def watch_remove(env: Env, which: str, db: str | None) -> None:
    """Stop watching WHICH: a watch id, an NPI or part of a name. Past scans stay in the history."""
    from footprint.watch import store

    with open_history(db) as history:
        gone = store.remove(history, which)
    env.say(plain(f"no longer watching {gone.subject.name}"))


@watch_group.command("run", epilog=WATCH_EPILOG)
@click.option("--all", "run_all", is_flag=True, help="Scan every watched subject now, due or not.")
@_run_options
@click.option(
    "--concurrency", default=4, show_default=True, type=click.IntRange(1, 64), help="Subjects scanned at once (local)."
)
@engine_options
@click.pass_obj
def watch_run(
    env: Env, run_all: bool, roster: str | None, every: str, config_file: str | None, out: str | None,
    formats: str, alert_on: str | None, db: str | None, concurrency: int, engine: str | None, broker: str | None,
) -> int:  # fmt: skip
    """Scan every watched subject that is due; record, report and alert.

    The due subjects are scanned several at once (--concurrency), or on
    'footprint worker' processes with --engine celery, each with its own
    watch's settings; a progress display shows them. Each scan is recorded,
    reported and alerted here as it finishes, and the run ends with a
    summary (index.html, summary.csv, summary.json in
    <reports>/watch-runs/<time>/) and the names of the subjects that alerted.

    With --roster FILE, the roster's rows are watched first (with the
    options given here), so a roster kept as a file stays the source of
    truth. A subject that fails never stops the others. A subject watched
    without a config file uses the one given here (--config or
    FOOTPRINT_CONFIG).
    """
    from footprint.batch.display import LiveDisplay
    from footprint.batch.interface import SilentListener
    from footprint.cli import watch_steps as steps
    from footprint.cli.engines import choose
    from footprint.watch import run, store

    run_settings = load_settings(env, config_file)  # [engine] and the broker: the run's own config
    chosen = choose(run_settings, engine, broker, concurrency)
    handed_over = False  # run_due stops and closes the engine it is given; until then, it is ours to close
    try:
        failures = 0
        with open_history(db) as history:
            if roster:
                failures += _add_roster(env, history, roster, _options(env, config_file, out, formats, alert_on), every)
            watches = store.all_watches(history)
            alerted, unfinished = steps.finish_interrupted(env, history, watches, config_file)
            failures += unfinished
            now = datetime.now(UTC)
            due = [steps.due(env, history, w, config_file) for w in watches if run_all or w.due(now)]
            if not due:
                env.say("nothing is due")
                return int(ExitStatus.ERROR if failures else ExitStatus.ALERT if alerted else ExitStatus.OK)
            if chosen is None:
                from footprint.batch.local import LocalEngine

                chosen = LocalEngine(concurrency)
            live = not env.quiet and env.err.is_terminal
            display = LiveDisplay(env.err) if live else None
            hear = display or SilentListener()
            base = Path(out or default_reports_dir())
            gaps: list[Watch] = []

            def said(w: Watch, done: Delivered | None, error: str) -> None:
                if steps.said(env, w, done, error):
                    gaps.append(w)

            handed_over = True
            with display or contextlib.nullcontext():
                result = run.run_due(
                    history,
                    due,
                    chosen,
                    run.summary_folder(base),
                    hear=hear,
                    on_done=said,
                    environ=env.environ,
                )
    finally:
        if chosen is not None and not handed_over:
            chosen.close()
    failures += result.failed + len(gaps)
    steps.end(env, result)
    if failures:
        return int(ExitStatus.ERROR)
    return int(ExitStatus.ALERT if alerted or result.alerted else ExitStatus.OK)


@watch_group.command("install-schedule")
@click.option("--systemd", is_flag=True, help="Write a systemd user timer and service instead of a crontab line.")
@click.option("--print", "dry_run", is_flag=True, help="Show what would be installed; change nothing.")
@click.option("--at", "at_text", default="06:17", show_default=True, metavar="HH:MM", help="When to run each day.")
@click.option("--tabfile", metavar="FILE", help="Edit this crontab file instead of your crontab.")
@click.option("--unit-dir", metavar="DIR", help="Where --systemd writes units [default: ~/.config/systemd/user].")
@db_option
@click.pass_obj
def watch_install_schedule(
    env: Env, systemd: bool, dry_run: bool, at_text: str, tabfile: str | None, unit_dir: str | None, db: str | None
) -> None:
    """Run 'footprint watch run' every day, from cron or a systemd user timer.

    The daily run scans only what is due, so monthly watches scan monthly.
    Installing again replaces the earlier footprint entry.
    """
    from footprint.watch import schedule

    at = schedule.parse_at(at_text)
    argv = schedule.command(db)
    if systemd:
        units = schedule.systemd_units(argv, at)
        folder = Path(unit_dir) if unit_dir else schedule.default_unit_dir()
        if dry_run:
            for name, text in units.items():
                click.echo(clean(f"# {folder / name}\n{text}"))
            return
        for path in schedule.write_units(units, folder):
            click.echo(clean(f"wrote {path}"))
        click.echo(f"enable it with:\n  {schedule.ENABLE}")
        return
    line = schedule.install_cron(argv, at, Path(tabfile) if tabfile else None, dry_run)
    where = tabfile or "your crontab"
    click.echo(clean(line if dry_run else f"added to {where}:\n  {line}"))
