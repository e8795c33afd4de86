"""The command line. The one place where errors become user messages and exit statuses.

Commands mirror library functions: ``demo`` and ``scan`` run
:func:`footprint.pipeline.run`; ``sites`` reads the catalog. Nothing below
this module prints.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from footprint import __version__, alerts, cli_export, config, pipeline, report
from footprint.cli_batch import batch
from footprint.cli_history import (
    alert,
    alert_option,
    changes_line,
    db_option,
    diff_command,
    history_command,
    open_history,
    record_and_report,
)
from footprint.cli_watch import watch_group
from footprint.errors import FootprintError, UsageError
from footprint.history import History
from footprint.identity import make_subject
from footprint.models import Scan, Severity
from footprint.sandbox import Sandbox, demo_subject
from footprint.status import ExitStatus

log = logging.getLogger("footprint")

EPILOG = """\b
Exit statuses:
  0    finished; nothing new at or above the alert threshold
  1    could not finish (network, sandbox, report, internal error)
  2    bad flags, unreadable config or invalid subject
  3    finished; NEW findings at or above the alert threshold (--alert-on, default high)
  130  interrupted (Ctrl-C)
"""


@dataclass
class Env:
    """What commands print to; swapped for a recording console in tests."""

    console: Console
    err: Console
    quiet: bool = False
    verbose: int = 0

    def say(self, *args: Any) -> None:
        if not self.quiet:
            self.console.print(*args)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EPILOG)
@click.version_option(__version__, prog_name="footprint")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors and report paths.")
@click.option("-v", "--verbose", count=True, help="Say more: -v what happens, -vv every request.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Audit a physician's public digital footprint.

    footprint searches ratings sites, directories, official records, social
    networks and people-search sites; decides which results are really the
    physician; flags what is exposed; and writes a report that says what to
    fix and how.

    \b
    Start here:
      footprint demo                      a full audit of a fictional doctor, offline
      footprint scan "Dr. Jane Q. Doe, MD" --specialty Dermatology --city Portland --state OR
      footprint sites list                the sites footprint knows
    """
    env = ctx.ensure_object(Env) if isinstance(ctx.obj, Env) else None
    if env is None:
        ctx.obj = env = Env(Console(highlight=False), Console(stderr=True, highlight=False))
    env.quiet, env.verbose = quiet, verbose
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = RichHandler(console=env.err, show_time=False, show_path=False, markup=False)
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)


def _load_settings(config_file: str | None) -> config.Settings:
    return config.load(config_file)


def _progress(env: Env, label: str) -> Any:
    """A spinner that names the current stage, or nothing when quiet or not on a terminal."""
    if env.quiet or not env.console.is_terminal:
        return None
    return env.console.status(f"[bold]{label}[/]: starting")


def _run_scan(env: Env, subject: Any, settings: config.Settings, label: str, exports: Any = ()) -> Scan:
    status = _progress(env, label)
    if status is None:
        return pipeline.run(subject, settings, progress=lambda stage: log.info("%s: %s", label, stage), exports=exports)
    with status:
        return pipeline.run(
            subject, settings, progress=lambda stage: status.update(f"[bold]{label}[/]: {stage}"), exports=exports
        )


def _report_folder(out: str | None, scan: Scan) -> Path:
    if out:
        return Path(out)
    stamp = scan.started_at.astimezone().strftime("%Y%m%d-%H%M%S")
    return Path("footprint-reports") / f"{scan.subject.slug}-{stamp}"


def _summary(env: Env, scan: Scan, paths: list[Path]) -> None:
    counts = {s: sum(1 for f in scan.findings if f.severity == s) for s in Severity}
    env.say(
        f"\n[bold]{scan.subject.name}[/]: risk [bold]{scan.risk.level.upper()}[/] ({scan.risk.score:.0f}/100) · "
        + " · ".join(f"{counts[s]} {s.value}" for s in Severity if counts[s])
    )
    if scan.findings:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("severity")
        table.add_column("finding")
        table.add_column("site")
        for f in scan.findings[:5]:
            table.add_row(f.severity.value, f.title, f.site)
        env.say(table)
    problems = [c for c in scan.coverage if c.status.value not in ("found", "not_found")]
    if problems:
        env.say(
            f"[yellow]{len(problems)} source(s) could not be checked[/]: "
            + ", ".join(f"{c.site} ({c.status.value})" for c in problems)
        )
    for path in paths:
        # Report paths are printed even with --quiet: they are the command's result.
        env.console.print(f"report: {path}", highlight=False, soft_wrap=True)


def _finish(
    env: Env,
    scan: Scan,
    out: str | None,
    formats: tuple[str, ...],
    history: History,
    settings: config.Settings,
    alert_on: str | None,
) -> ExitStatus:
    """Record the scan in the history, write its report, print the summary; return the alert status."""
    scan, written = record_and_report(history, scan, _report_folder(out, scan), formats, settings.browser.path)
    _summary(env, scan, list(written.paths))
    for line in written.skipped:
        # A requested format that could not be made is said even with --quiet; the rest were written.
        click.echo(f"footprint: {line}", err=True)
    env.say(changes_line(scan))
    return alert(scan, written.paths, settings, alert_on)


FORMATS_HELP = (
    "Report formats, comma-separated: html, json, csv, pdf (pdf needs Chromium; "
    "skipped with a message when there is none). [default: html,json]"
)


@cli.command(epilog=EPILOG)
@click.option("--out", metavar="DIR", help="Write the report here instead of ./footprint-reports/<name>-<time>/.")
@click.option("--format", "formats", metavar="LIST", default="html,json", show_default=False, help=FORMATS_HELP)
@click.option(
    "--with-export", is_flag=True, help="Also read the bundled sample Facebook, Instagram, X and LinkedIn exports."
)
@click.option("--variant", metavar="NAME", help="Serve the sandbox web as it looks later, e.g. month2 (what changed).")
@db_option
@alert_option(None)
@click.pass_obj
def demo(
    env: Env,
    out: str | None,
    formats: str,
    with_export: bool,
    variant: str | None,
    db: str | None,
    alert_on: str | None,
) -> int:
    """Run a full audit of a fictional physician on the bundled offline web.

    Starts the sandbox web on 127.0.0.1 (a free port), scans
    Dr. Imogen R. Castellwright, stops the sandbox, prints a summary and
    writes the report. Needs no network: a safe first run.
    """
    chosen = report.parse_formats(formats)
    samples = cli_export.read_samples() if with_export else []
    with open_history(db) as history:
        with Sandbox(variant) as web:
            settings = web.settings()
            scan = _run_scan(env, demo_subject(), settings, "demo", samples)
        return int(_finish(env, scan, out, chosen, history, settings, alert_on))


@cli.command(epilog=EPILOG)
@click.argument("name")
@click.option("--specialty", help='The specialty, e.g. "Dermatology" (improves matching).')
@click.option("--city", help="The practice's city.")
@click.option("--state", help="The practice's state, a two-letter code such as OR.")
@click.option("--npi", help="The physician's 10-digit NPI; decisive for matching.")
@click.option(
    "--handle",
    "handles",
    multiple=True,
    metavar="HANDLE",
    help="A social handle (repeatable); Mastodon as @user@instance.",
)
@click.option(
    "--known-url",
    "known_urls",
    multiple=True,
    metavar="URL",
    help="A page known to be about the physician (repeatable).",
)
@click.option("--also-known-as", "aka", multiple=True, metavar="NAME", help="A former or other name (repeatable).")
@click.option("--practice", metavar="NAME", help="The practice or hospital the physician works at; helps matching.")
@click.option(
    "--config",
    "config_file",
    metavar="FILE",
    envvar="FOOTPRINT_CONFIG",
    help="TOML settings file [env: FOOTPRINT_CONFIG].",
)
@click.option(
    "--username-sites",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="More sites to check handles on: a JSON list in the WhatsMyName format (bring your own copy).",
)
@click.option("--out", metavar="DIR", help="Write the report here instead of ./footprint-reports/<name>-<time>/.")
@click.option(
    "--format", "formats", metavar="LIST", help=FORMATS_HELP.replace("[default:", "[default: [report] formats, else")
)
@click.option(
    "--export",
    "export_specs",
    multiple=True,
    metavar="NETWORK=PATH",
    help="Your own data download to read too (repeatable): facebook, instagram, x or linkedin = the .zip or folder.",
)
@db_option
@alert_option(alerts.DEFAULT_THRESHOLD)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the HTTP cache for this scan.")
@click.option("--refresh", is_flag=True, help="Fetch every page again and overwrite its cached copy.")
@click.pass_obj
def scan(
    env: Env,
    name: str,
    specialty: str | None,
    city: str | None,
    state: str | None,
    npi: str | None,
    handles: tuple[str, ...],
    known_urls: tuple[str, ...],
    aka: tuple[str, ...],
    practice: str | None,
    config_file: str | None,
    username_sites: str | None,
    out: str | None,
    formats: str | None,
    export_specs: tuple[str, ...],
    db: str | None,
    alert_on: str | None,
    no_cache: bool,
    refresh: bool,
) -> int:
    """Scan the web for one physician and write a report.

    NAME is the physician as patients would search for them, with title and
    credentials if you like: "Dr. Jane Q. Doe, MD". Sites, search backends
    and the NPI registry are reached at their real addresses unless the
    config file's [mirrors], [search] and [npi] tables say otherwise.
    Each scan is recorded in the history (--db); the report and the
    summary say what changed since the physician's previous scan.
    Pages are cached for a day (see [fetch] in the README): --refresh
    fetches them again, --no-cache leaves the cache alone.

    \b
    Example:
      footprint scan "Dr. Jane Q. Doe, MD" --specialty Cardiology \\
          --city Portland --state OR --handle @janedoe@mastodon.social \\
          --export facebook=~/Downloads/facebook-janedoe.zip
    """
    settings = _load_settings(config_file)
    chosen = report.parse_formats(formats or settings.report.formats)
    if no_cache or refresh:
        settings = settings.with_overrides(fetch={"cache": not no_cache and settings.fetch.cache, "refresh": refresh})
    if username_sites:
        settings = settings.with_overrides(sites={"username_sites": username_sites})
    subject = make_subject(
        name,
        specialty=specialty,
        city=city,
        state=state,
        npi=npi,
        handles=handles,
        known_urls=known_urls,
        also_known_as=aka,
        practice=practice,
    )
    read = cli_export.read_all(export_specs)
    with open_history(db) as history:
        result = _run_scan(env, subject, settings, subject.name, read)
        return int(_finish(env, result, out, chosen, history, settings, alert_on))


cli.add_command(cli_export.export_group)
cli.add_command(history_command)
cli.add_command(diff_command)
cli.add_command(watch_group)
cli.add_command(batch)


def _fail(message: str, status: ExitStatus) -> NoReturn:
    click.echo(f"footprint: error: {message}", err=True)
    sys.exit(int(status))


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI; every error becomes one line and a documented exit status."""
    try:
        returned = cli.main(args=argv, prog_name="footprint", standalone_mode=False)
    except FootprintError as exc:
        _fail(exc.user_message(), exc.exit_status)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        sys.exit(int(ExitStatus.USAGE))
    except click.UsageError as exc:
        hint = f" (try '{exc.ctx.command_path} --help')" if exc.ctx else ""
        _fail(exc.format_message().replace("\n", " ") + hint, ExitStatus.USAGE)
    except click.ClickException as exc:
        _fail(exc.format_message(), ExitStatus.USAGE)
    except click.exceptions.Abort:
        _fail("interrupted", ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        _fail("interrupted", ExitStatus.INTERRUPTED)
    except OSError as exc:
        _fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), ExitStatus.ERROR)
    except Exception as exc:
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            logging.getLogger("footprint").exception("internal error")
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with -vv for details and report it)", ExitStatus.ERROR)
    else:
        sys.exit(int(returned) if isinstance(returned, int) else int(ExitStatus.OK))


from footprint.cli_sites import sites_group  # noqa: E402 - registered after cli is defined

cli.add_command(sites_group)

__all__ = ["UsageError", "cli", "main"]
