"""``footprint check``: what this machine can do, one line each, with the fix for each missing piece.

Exit 0 when a scan can run (a valid config, a writable history database,
a search backend that answers), 1 otherwise. The checks are
:mod:`footprint.checkup`; this module only prints them.
"""

from __future__ import annotations

from pathlib import Path

import click

from footprint.cli.env import Env
from footprint.cli.options import config_option, config_path, db_option
from footprint.status import ExitStatus
from footprint.terminal import one_line

MARKS = {"ok": "ok  ", "missing": "--  ", "FAIL": "FAIL"}


@click.command("check")
@config_option()
@db_option
@click.option(
    "--tabfile", metavar="FILE", type=click.Path(path_type=Path), help="Look for the schedule in this crontab file."
)
@click.option("--unit-dir", metavar="DIR", type=click.Path(path_type=Path), help="Look for the systemd timer here.")
@click.pass_obj
def check_command(
    env: Env, config_file: str | None, db: str | None, tabfile: Path | None, unit_dir: Path | None
) -> int:
    """Say what this machine can do: search backends, NPI registry, Chromium, API keys, files, schedule.

    One line each, "ok", "--" (missing, a scan runs without it) or "FAIL"
    (a scan cannot run), with the fix. Sends one test query to each search
    backend and to the NPI registry. Exits 0 when a scan can run.
    """
    from footprint import checkup, config
    from footprint.errors import ConfigError
    from footprint.history import default_db_path

    path = config_path(env, config_file)
    try:
        settings = config.load(path, env.environ)
        problem = None
    except ConfigError as exc:
        settings, problem = config.Settings(), exc
    checks = [checkup.config_check(path, problem)]
    checks += checkup.path_checks(Path(db) if db else default_db_path(), settings)
    if problem is None:
        checks += checkup.search_checks(settings, env.environ)
        checks.append(checkup.npi_check(settings))
    else:  # the endpoints to try are in the config that could not be read
        checks.append(checkup.Check("search", checkup.State.MISSING, "not tried: the config is not valid"))
    checks += checkup.browser_checks(settings)
    checks += checkup.key_checks(env.environ)
    checks.append(checkup.schedule_check(tabfile, unit_dir))
    for c in checks:
        said = f"{c.name}: {c.detail}" + (f" → {c.fix}" if c.fix and c.state != "ok" else "")
        # Details quote paths and what backends answered: printed as one line of text (footprint.terminal).
        env.console.print(f"{MARKS[c.state.value]} {one_line(said)}", markup=False, highlight=False, soft_wrap=True)
    ready = checkup.can_scan(checks)
    env.console.print("a scan can run" if ready else "a scan cannot run until each FAIL is fixed", markup=False)
    return int(ExitStatus.OK if ready else ExitStatus.ERROR)
