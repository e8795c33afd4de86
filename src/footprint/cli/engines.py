"""``--engine`` and ``--broker``, shared by ``batch`` and ``watch run``, and the engine they choose.

The broker URL comes from ``--broker``, else ``$FOOTPRINT_BROKER``, else
``[engine] broker`` (a ``FOOTPRINT_ENGINE_BROKER`` variable is that key).
The Celery modules are imported only when the Celery engine is chosen, so
a plain install (without the ``celery`` extra) runs the local engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from footprint.cli.options import F
from footprint.errors import UsageError

if TYPE_CHECKING:
    from footprint.batch.engine import Engine
    from footprint.config import Settings

ENGINES = ("local", "celery")
EXTRA = "the Celery engine needs the celery extra: pip install 'footprint[celery]'"


def engine_options(fn: F) -> F:
    options: list[Callable[[F], F]] = [
        click.option(
            "--engine",
            type=click.Choice(ENGINES),
            help="Where the scans run: local threads, or 'footprint worker' processes on any machine "
            "reached through --broker [default: [engine] name, else local].",
        ),
        click.option(
            "--broker",
            metavar="URL",
            help="The Redis URL the Celery engine and its workers share, e.g. redis://HOST:6379/0 "
            "[env: FOOTPRINT_BROKER; config: [engine] broker].",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def broker_url(settings: Settings, broker: str | None) -> str:
    """The broker to use; a UsageError when none is given anywhere."""
    from footprint.config import EngineSettings

    url = broker or settings.engine.broker
    if not url:
        raise UsageError("the Celery engine needs a broker: --broker redis://HOST:6379/0, or FOOTPRINT_BROKER")
    EngineSettings(broker=url)  # a Redis URL, or a ConfigError that says what is expected
    return url


def choose(settings: Settings, engine: str | None, broker: str | None, concurrency: int) -> Engine | None:
    """The Celery engine when asked for (flag, else config); None for the default local engine."""
    if (engine or settings.engine.name) != "celery":
        return None
    url = broker_url(settings, broker)
    try:
        from footprint.batch.celery_engine import CeleryEngine
    except ImportError:
        raise UsageError(EXTRA) from None
    return CeleryEngine(url, settings.engine)
