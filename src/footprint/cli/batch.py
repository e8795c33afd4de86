"""``footprint batch``: a consultant's roster, run unattended, resumable.

Mirrors :func:`footprint.batch.run_batch`; errors become one line in
:func:`footprint.cli.main` like every other command. The batch machinery is
imported when the command runs.
"""

from __future__ import annotations

import shlex
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from footprint.alerts import THRESHOLDS
from footprint.cli.display import registry_names, roster_notes
from footprint.cli.engines import engine_options
from footprint.cli.env import Env
from footprint.cli.options import config_option, config_path, load_settings
from footprint.errors import BatchInterruptedError
from footprint.terminal import plain

if TYPE_CHECKING:
    from footprint.batch import BatchResult

EPILOG = """\b
Exit statuses:
  0    every subject done; no new finding at or above --alert-on
  1    the batch could not run (output folder, journal, internal error)
  2    bad flags, an unreadable config, an empty or unreadable roster, an --out
       that is a file or unwritable, --resume with another roster
  3    new findings (or a new bad review or rating drop) at or above --alert-on (before 5 and 4)
  4    some roster rows were invalid and skipped (the others ran)
  5    some subjects failed (takes precedence over 4); their rows say why
  130  interrupted (Ctrl-C); finished subjects are kept: rerun with --resume

\b
Roster columns (CSV header, or JSON-lines keys; only name is required):
  name, specialty, city, state, npi, handles, known_urls, also_known_as,
  email, practice; several values in one cell are separated by ";"
"""

ALERT_LEVELS = [*THRESHOLDS, "info", "never"]  # every severity, worst first


@click.command("batch", epilog=EPILOG)
@click.argument("roster", type=click.Path(path_type=Path))
@click.option("--out", "out", metavar="DIR", required=True, type=click.Path(path_type=Path), help="The batch folder.")
@click.option(
    "--concurrency",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Subjects scanned at once (local engine; each worker has its own).",
)
@click.option("--resume", is_flag=True, help="Finish a batch in DIR: skip the subjects already done.")
@config_option()
@click.option("--format", "formats", metavar="LIST", help="Report formats per subject [default: html,json].")
@click.option(
    "--alert-on",
    type=click.Choice(ALERT_LEVELS),
    default="high",
    show_default=True,
    help="Exit 3 when a subject has a new finding at this severity or above.",
)
@click.option("--db", metavar="PATH", type=click.Path(path_type=Path), help="History database [default: the user's].")
@engine_options
@click.pass_obj
def batch_command(
    env: Env,
    roster: Path,
    out: Path,
    concurrency: int,
    resume: bool,
    config_file: str | None,
    formats: str | None,
    alert_on: str,
    db: Path | None,
    engine: str | None,
    broker: str | None,
) -> int:
    """Scan every physician of a roster and write a report for each, plus a summary.

    ROSTER is a CSV file (a header row naming the columns below) or JSON
    lines. Invalid rows are reported with their row number and skipped; the
    others run, several at once, within every site's rate limit across the
    whole batch. DIR gets one folder per subject (DIR/<name>/report.html),
    DIR/index.html (every subject, sortable), DIR/summary.csv and
    DIR/summary.json. A subject counts as done once its folder is written,
    its scan recorded and its alert sent ([notify] in the config); after
    Ctrl-C or a crash, --resume (with the same roster) finishes the rest.

    With --engine celery, each subject is a task for 'footprint worker'
    processes on any machine that reaches the Redis --broker; they share
    every site's rate limit in Redis and send the scans back here, where
    they are recorded, reported and alerted as in a local batch.

    \b
    Example:
      footprint batch clients.csv --out audits/2026-11 --concurrency 8
      footprint batch clients.csv --out audits/2026-11 --resume
      footprint batch clients.csv --out audits/2026-11 --engine celery --broker redis://queue.internal:6379/0
    """
    from footprint import report
    from footprint.batch import BatchOptions, read_roster, run_batch
    from footprint.batch.display import LiveDisplay, PlainDisplay
    from footprint.cli.engines import choose
    from footprint.history import History, answers
    from footprint.models import Severity

    report.check_out(out)  # a file or an unwritable folder: said now, before the roster is read
    config_file = config_path(env, config_file)
    settings = load_settings(env, config_file)
    chosen = report.parse_formats(formats or settings.report.formats)
    with registry_names(env, settings) as name_of:
        parsed = read_roster(roster, name_of)
    roster_notes(env, parsed)
    options = BatchOptions(
        out=out,
        formats=chosen,
        concurrency=concurrency,
        resume=resume,
        alert_on=None if alert_on == "never" else Severity(alert_on),
    )
    runner = choose(settings, engine, broker, concurrency)
    history = History(db)
    # Pages each subject answered "mine" or "not me" with `footprint review`; the entry keys stay as read.
    subjects = answers.apply_all(history, [e.subject for e in parsed.entries])
    entries = tuple(replace(e, subject=s) for e, s in zip(parsed.entries, subjects, strict=True))
    parsed = replace(parsed, entries=entries)
    # The live display draws on stderr, keeping stdout for the summary's paths.
    live = not env.quiet and env.err.is_terminal
    display = LiveDisplay(env.err) if live else PlainDisplay(env.console, env.err, env.quiet)
    try:
        with display, _terminate_as_interrupt():
            result = run_batch(
                parsed, settings, options, history=history, listener=display, engine=runner, environ=env.environ
            )
    except BatchInterruptedError as exc:
        again = ["footprint", "batch", str(roster), "--out", str(out)]
        again += ["--config", config_file] if config_file else []
        again += ["--format", formats] if formats else []
        again += ["--db", str(db)] if db else []
        again += ["--engine", engine] if engine else []
        again += ["--broker", broker] if broker and "@" not in broker else []  # never print a password
        raise BatchInterruptedError(str(exc), f"resume with: {shlex.join([*again, '--resume'])}") from None
    finally:
        history.close()
    _report(env, result)
    return int(result.exit_status)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (systemd stopping a job, a scheduler's timeout) stops the batch as cleanly as Ctrl-C."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _report(env: Env, result: BatchResult) -> None:
    total = len(result.rows)
    minutes, seconds = divmod(int(result.wall_s), 60)
    parts = [f"{result.done} of {total} done" + (f" ({result.skipped_done} earlier)" if result.skipped_done else "")]
    if result.failed:
        parts.append(f"{result.failed} failed")
    if result.problems:
        parts.append(f"{len(result.problems)} invalid row(s) skipped")
    if result.alerts:
        parts.append(f"{result.alerts} new finding(s) at {result.alert_on} or above")
    if not env.quiet:
        line = "\n[bold]batch[/]: " + " · ".join(parts) + f" · {minutes}m{seconds:02d}s"
        env.console.print(line, highlight=False, soft_wrap=True)
    # The summary's paths are the command's result: printed even with --quiet.
    for path in result.files:
        label = "index" if path.endswith(".html") else "summary"
        env.console.print(plain(f"{label}: {path}"), highlight=False, soft_wrap=True)


__all__ = ["batch_command"]
