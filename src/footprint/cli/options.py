"""Options several commands share, and the settings a command's ``--config`` names.

Settings are read by :func:`load_settings` only, so every command layers
them the same way: defaults < the config file (``--config`` or
``$FOOTPRINT_CONFIG``) < ``FOOTPRINT_<TABLE>_<KEY>`` variables < flags.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from footprint.alerts import THRESHOLDS
from footprint.cli.env import Env

if TYPE_CHECKING:
    from footprint.config import Settings

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "The history database [default: history.sqlite3 in the user data folder; env: FOOTPRINT_DB]."
CONFIG_HELP = "TOML settings file [env: FOOTPRINT_CONFIG]."
FORMATS_HELP = (
    "Report formats, comma-separated: html, json, csv, pdf (pdf needs Chromium; "
    "skipped with a message when there is none). [default: html,json]"
)


def db_option(fn: F) -> F:
    return click.option("--db", "db", metavar="PATH", envvar="FOOTPRINT_DB", help=DB_HELP)(fn)


def alert_option(default: str | None) -> Callable[[F], F]:
    shown = f" [default: {default}]" if default else " [default: no alert]"
    return click.option(
        "--alert-on",
        "alert_on",
        type=click.Choice(THRESHOLDS),
        default=default,
        help="Exit with status 3 when new findings reach this severity" + shown + ".",
    )


def config_option(help_text: str = CONFIG_HELP) -> Callable[[F], F]:
    """``--config FILE``; without it, :func:`config_path` falls back to ``$FOOTPRINT_CONFIG``."""
    return click.option("--config", "config_file", metavar="FILE", help=help_text)


def config_path(env: Env, config_file: str | None) -> str | None:
    """The config file a command uses: ``--config``, else ``$FOOTPRINT_CONFIG``, else none."""
    return config_file or env.environ.get("FOOTPRINT_CONFIG") or None


def load_settings(env: Env, config_file: str | None, **flags: dict[str, Any]) -> Settings:
    """The settings for a command: its config file, the ``FOOTPRINT_*`` variables, then ``flags`` (by table).

    Checked in full here, site ids included, so that a mistake is one line before any work starts
    (a batch's folder, a watch added for 3 a.m.), not a failure later.
    """
    from footprint import config, pipeline

    settings = config.load(config_path(env, config_file), env.environ)
    if any(flags.values()):
        settings = settings.with_overrides(**{table: values for table, values in flags.items() if values})
    pipeline.sites_in_scope(settings)
    return settings
