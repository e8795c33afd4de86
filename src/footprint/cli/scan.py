"""``footprint demo`` and ``footprint scan``: one physician, scanned, recorded, reported.

Both check ``--out`` before anything else, run :func:`footprint.pipeline.run`
and end the same way: :func:`footprint.delivery.deliver` records the scan,
writes the report and alerts, then the summary is printed. The pipeline is
imported when a command runs, not when the command line starts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import click

from footprint.alerts import DEFAULT_THRESHOLD
from footprint.cli.display import changes_line, progress, recovered, search_failure, stage_line, summary
from footprint.cli.env import Env
from footprint.cli.export import read_all, read_samples
from footprint.cli.history import open_history
from footprint.cli.options import FORMATS_HELP, alert_option, config_option, db_option, load_settings
from footprint.errors import NotifyError
from footprint.status import ExitStatus
from footprint.terminal import one_line, plain

if TYPE_CHECKING:
    from collections.abc import Sequence

    from footprint.config import Settings
    from footprint.exports import ExportResult
    from footprint.history import History
    from footprint.models import Scan, Subject

log = logging.getLogger("footprint")

EPILOG = """\b
Exit statuses:
  0    finished; nothing new at or above the alert threshold
  1    could not finish (network, sandbox, report, internal error), or no
       search backend answered (the report says what could not be checked)
  2    bad flags, unreadable config, invalid subject, or an --out that cannot
       take the report (a file, unwritable, another physician's report)
  3    finished; NEW findings at or above the alert threshold (--alert-on, default high)
  130  interrupted (Ctrl-C)
"""


def run_scan(env: Env, subject: Subject, settings: Settings, label: str, exports: Sequence[ExportResult] = ()) -> Scan:
    """Run the pipeline for one subject, naming each stage on a spinner (or in the log)."""
    from footprint import pipeline

    status = progress(env, label)
    if status is None:
        return pipeline.run(subject, settings, progress=lambda stage: log.info("%s: %s", label, stage), exports=exports)
    with status:
        return pipeline.run(
            subject, settings, progress=lambda stage: status.update(stage_line(label, stage)), exports=exports
        )


DEFAULT_REPORTS = Path("footprint-reports")


def report_folder(out: str | None, scan: Scan) -> Path:
    if out:
        return Path(out).expanduser().resolve()  # the user's own link is followed
    stamp = scan.started_at.astimezone().strftime("%Y%m%d-%H%M%S")
    return DEFAULT_REPORTS / f"{scan.subject.slug}-{stamp}"


def name_by_npi(npi: str | None, settings: Settings) -> str:
    """The name the NPI registry keeps for ``npi``, for a scan given the number alone."""
    from footprint.by_npi import RegistryNames
    from footprint.errors import UsageError

    if not npi or not npi.strip():
        raise UsageError("give the physician's NAME, or --npi to take the name from the NPI registry")
    with RegistryNames(settings) as name_of:
        name = name_of(npi)
    log.info("NPI %s is %s in the NPI registry", npi.strip(), name)
    return name


def check_out(out: str | None, subject: Subject) -> None:
    """Before the scan: ``--out`` (else the default reports folder) can take this subject's report."""
    from footprint import report

    if out:
        report.check_out(Path(out), subject)
    else:
        report.check_out(DEFAULT_REPORTS)


def finish(
    env: Env,
    scan: Scan,
    out: str | None,
    formats: tuple[str, ...],
    history: History,
    settings: Settings,
    alert_on: str | None,
) -> ExitStatus:
    """Record the scan, write its report, alert (:func:`footprint.delivery.deliver`); print the summary.

    ERROR when no search backend answered (the sources that rely on web search
    could not be checked), else the delivery's status.
    """
    from footprint.delivery import Delivery, deliver
    from footprint.report import Letterhead

    letterhead = Letterhead.of(settings.report)
    target = Delivery(report_folder(out, scan), formats, alert_on, settings.browser.path, letterhead=letterhead)
    done = deliver(history, scan, target, settings.notify, env.environ)
    recovered(env, done)
    summary(env, done.scan, list(done.written.paths))
    for line in done.written.skipped:
        # A requested format that could not be made is said even with --quiet; the rest were written.
        click.echo(f"footprint: {one_line(line)}", err=True)
    env.say(plain(changes_line(done.scan)))
    unsent = done.alert_error or next((e.alert_error for e in done.earlier if e.alert_error), "")
    if unsent:
        raise NotifyError(unsent)  # after the summary: the report is there, the alert stays owed
    gap = search_failure(done.scan)
    if gap:
        click.echo(f"footprint: error: {one_line(gap)}", err=True)  # even with --quiet: the scan is incomplete
        return ExitStatus.ERROR
    return done.status


@click.command("demo", epilog=EPILOG)
@click.option("--out", metavar="DIR", help="Write the report here instead of ./footprint-reports/<name>-<time>/.")
@click.option("--format", "formats", metavar="LIST", default="html,json", show_default=False, help=FORMATS_HELP)
@click.option(
    "--with-export", is_flag=True, help="Also read the bundled sample Facebook, Instagram, X and LinkedIn exports."
)
@click.option("--variant", metavar="NAME", help="Serve the sandbox web as it looks later, e.g. month2 (what changed).")
@db_option
@alert_option(None)
@click.pass_obj
def demo_command(
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
    from footprint import report
    from footprint.history import answers
    from footprint.sandbox import Sandbox, demo_subject

    chosen = report.parse_formats(formats)
    check_out(out, demo_subject())
    samples = read_samples() if with_export else []
    with open_history(db) as history:
        subject = answers.apply(history, demo_subject())  # what `footprint review` was told
        with Sandbox(variant) as web:
            settings = web.settings()
            scan = run_scan(env, subject, settings, "demo", samples)
        return int(finish(env, scan, out, chosen, history, settings, alert_on))


@click.command("scan", epilog=EPILOG)
@click.argument("name", required=False)
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
@config_option()
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
@alert_option(DEFAULT_THRESHOLD)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the HTTP cache for this scan.")
@click.option("--refresh", is_flag=True, help="Fetch every page again and overwrite its cached copy.")
@click.pass_obj
def scan_command(
    env: Env,
    name: str | None,
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
    credentials if you like: "Dr. Jane Q. Doe, MD". With --npi alone, the
    name is the one the NPI registry keeps for that number. Sites, search backends
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
    from footprint import report
    from footprint.history import answers
    from footprint.identity import make_subject

    settings = load_settings(env, config_file, sites={"username_sites": username_sites} if username_sites else {})
    chosen = report.parse_formats(formats or settings.report.formats)
    if no_cache or refresh:
        settings = settings.with_overrides(fetch={"cache": not no_cache and settings.fetch.cache, "refresh": refresh})
    if not name or not name.strip():
        name = name_by_npi(npi, settings)
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
    check_out(out, subject)
    read = read_all(export_specs)
    with open_history(db) as history:
        subject = answers.apply(history, subject)  # pages answered "mine" or "not me" with `footprint review`
        result = run_scan(env, subject, settings, subject.name, read)
        return int(finish(env, result, out, chosen, history, settings, alert_on))
