"""The command line. The one place where errors become user messages and exit statuses.

One module per command group: :mod:`.scan` (``demo``, ``scan``),
:mod:`.history` (``history``, ``diff``), :mod:`.watch`, :mod:`.batch`,
:mod:`.worker` (with :mod:`.engines`, the ``--engine`` both share),
:mod:`.sites`, :mod:`.export`; :mod:`.env` is what every command runs in,
:mod:`.options` the options several share, :mod:`.display` how a scan
looks on the terminal. Commands mirror library functions and import them
when they run, so that ``footprint --help`` starts quickly
(``tests/cli/test_startup.py`` keeps it so). Nothing below this package prints.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import NoReturn

import click

from footprint import __version__, scratch
from footprint.cli.batch import batch_command
from footprint.cli.check import check_command
from footprint.cli.env import Env
from footprint.cli.export import export_group
from footprint.cli.history import diff_command, history_command
from footprint.cli.review import review_command
from footprint.cli.sandbox import sandbox_group
from footprint.cli.scan import EPILOG, demo_command, scan_command
from footprint.cli.sites import sites_group
from footprint.cli.watch import watch_group
from footprint.cli.worker import worker_command
from footprint.errors import FootprintError, UsageError
from footprint.status import ExitStatus
from footprint.terminal import clean, one_line

VERBOSITY = re.compile(r"^(?:-q|--quiet|-v{1,3}|--verbose)$")


class RootGroup(click.Group):
    """The ``footprint`` group: -q, -v and -vv work after the subcommand too (``footprint scan X -v``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_verbosity(args))


def hoist_verbosity(args: list[str]) -> list[str]:
    """``args`` with every -q, -v, -vv (before a ``--``) moved to the front, where the group reads them."""
    end = args.index("--") if "--" in args else len(args)
    flags = [a for a in args[:end] if VERBOSITY.match(a)]
    return [*flags, *(a for a in args[:end] if not VERBOSITY.match(a)), *args[end:]]


@click.group(
    cls=RootGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EPILOG,
)
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
    from rich.logging import RichHandler

    env = ctx.obj if isinstance(ctx.obj, Env) else Env.for_terminal()
    ctx.obj = env
    env.quiet, env.verbose = quiet, verbose
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    from footprint.redaction import install

    handler = RichHandler(console=env.err, show_time=False, show_path=False, markup=False)
    install(handler, env.environ)  # no API key in any logger's line, urllib3's -vv request lines included
    handler.setFormatter(_CleanFormatter("%(message)s"))  # log lines carry scraped text and URLs
    logging.basicConfig(level=level, handlers=[handler], force=True)


class _CleanFormatter(logging.Formatter):
    """Log lines (ours and third-party libraries') without escape sequences or control characters."""

    def format(self, record: logging.LogRecord) -> str:
        return clean(super().format(record))


for command in (
    demo_command,
    scan_command,
    export_group,
    history_command,
    diff_command,
    review_command,
    watch_group,
    batch_command,
    worker_command,
    sites_group,
    sandbox_group,
    check_command,
):
    cli.add_command(command)


def _fail(message: str, status: ExitStatus) -> NoReturn:
    # Messages quote subjects, files and pages: one line, nothing a terminal would act on.
    click.echo(f"footprint: error: {one_line(message)}", err=True)
    sys.exit(int(status))


def main(argv: list[str] | None = None, env: Env | None = None) -> None:
    """Entry point: run the CLI; every error becomes one line and a documented exit status.

    ``env`` replaces the terminal's consoles and environment (tests pass their own).
    """
    scratch.guard()  # SIGTERM or Ctrl-C mid-screenshot leaves no evidence behind in $TMPDIR
    try:
        returned = cli.main(args=argv, prog_name="footprint", standalone_mode=False, obj=env)
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


def entry() -> None:
    """The ``footprint`` command (and ``python -m footprint``): :func:`main`, then a quick end.

    Everything the command made is still referenced when it ends, and the
    interpreter's last garbage collection walks all of it (the page readers,
    the site catalog): a tenth of a second, several on a busy machine. Frozen
    objects are left to the process's end instead. Exit handlers, thread
    joins and open files are unaffected; tests call :func:`main` instead.
    """
    import gc

    try:
        main()
    finally:
        gc.freeze()


__all__ = ["Env", "UsageError", "cli", "entry", "main"]
