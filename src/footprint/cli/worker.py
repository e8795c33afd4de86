"""``footprint worker``: scans a batch's subjects on this machine, for a coordinator anywhere.

Mirrors :mod:`footprint.batch.celery_app`. A worker needs only Redis (the
broker, the results and the per-host rate limits); the coordinator sends
each subject with its settings and gets the finished scan back. The
worker keeps footprint's own logging, redaction included, instead of
Celery's, and never logs a scan.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

import click

from footprint.cli.engines import EXTRA, broker_url
from footprint.cli.env import Env
from footprint.cli.options import config_option, config_path, load_settings
from footprint.errors import UsageError

EPILOG = """\b
Run one worker per CPU core on each machine (each runs --concurrency
subjects at once on threads); see the README's 'Workers on several
machines' for a systemd unit. SIGTERM stops a worker after the subjects it
holds; a worker killed outright has its subjects handed to another worker
after [engine] visibility_timeout_s.

\b
Exit statuses:
  0    stopped (SIGTERM, Ctrl-C)
  1    the broker could not be reached, or the worker failed
  2    bad flags or config, no broker given, the celery extra not installed
"""


@click.command("worker", epilog=EPILOG)
@click.option(
    "--broker",
    metavar="URL",
    help="The Redis URL, e.g. redis://HOST:6379/0 [env: FOOTPRINT_BROKER; config: [engine] broker].",
)
@click.option(
    "--concurrency",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Subjects this worker scans at once.",
)
@config_option("TOML settings of this machine: [engine], and paths such as [browser] path [env: FOOTPRINT_CONFIG].")
@click.pass_obj
def worker_command(env: Env, broker: str | None, concurrency: int, config_file: str | None) -> int:
    """Scan subjects of 'footprint batch --engine celery' (and 'watch run') on this machine.

    The scans use the settings of the batch that sent them, with this
    machine's own [engine], [browser] path, [fetch] cache_path and [sites]
    username_sites. Every worker keeps to one rate per host together, with
    the buckets in Redis.

    \b
    Example:
      footprint -v worker --broker redis://queue.internal:6379/0 --concurrency 4
    """
    settings = load_settings(env, config_path(env, config_file))
    url = broker_url(settings, broker)
    try:
        from celery.signals import after_setup_logger, after_setup_task_logger, setup_logging, worker_ready

        from footprint.batch import celery_app
        from footprint.batch.celery_engine import check_broker
        from footprint.fetch.redis_buckets import RedisBuckets
    except ImportError:
        raise UsageError(EXTRA) from None

    client = check_broker(url)
    hostname = f"footprint-{os.getpid()}@{socket.gethostname()}"
    runtime = celery_app.Runtime(
        settings,
        limiter=lambda s: RedisBuckets(client, s.fetch.rate_limit_rps),
        board=celery_app.RedisBoard(client, settings.engine.result_expires_s),
        hostname=hostname,
    )
    # footprint's handler (with the redaction filter) stays the only one: Celery configures no logging of its own.
    setup_logging.connect(_keep_logging, weak=False)

    def redact(**_: object) -> None:
        redact_worker_logging(env.environ)

    for signal in (after_setup_logger, after_setup_task_logger, worker_ready):
        signal.connect(redact, weak=False)  # a handler Celery adds after all gets the secret filter too
    redact_worker_logging(env.environ)
    logging.getLogger("celery.app.trace").setLevel(logging.WARNING)  # its success line prints the whole scan
    app = celery_app.make_app(url, settings.engine)
    app.conf.worker_redirect_stdouts = False
    _warm_up()
    previous = celery_app.install(runtime)
    try:
        worker = app.Worker(
            hostname=hostname,
            pool="threads",
            concurrency=concurrency,
            queues=[celery_app.QUEUE],
            quiet=True,
            without_gossip=True,
            without_mingle=True,
            loglevel=logging.getLevelName(logging.getLogger().level),
        )
        env.say(f"worker {hostname}: {concurrency} at once; waiting for subjects")
        worker.start()
        code = int(worker.exitcode or 0)
    finally:
        celery_app.install(previous)
        runtime.close()
    return code


def _warm_up() -> None:
    """Import and compile what a scan needs before taking a subject (:mod:`footprint.warmup`); never fatal."""
    from footprint.warmup import warm_up

    try:
        warm_up()
    except Exception as exc:  # noqa: BLE001 - the first subject then pays for it, as a one-off scan does
        logging.getLogger(__name__).warning("could not warm up before the first subject: %s", exc)


CELERY_LOGGERS = ("celery", "celery.task", "celery.redirected", "celery.worker", "kombu")


def redact_worker_logging(environ: Mapping[str, str] | None = None) -> int:
    """Put the secret filter (:func:`footprint.redaction.install`) on every handler a worker logs through.

    The root logger's handler (footprint's own) has it already when the
    command line set it up; this covers any other on the root or on Celery's
    loggers. Returns how many handlers it installed it on.
    """
    from footprint.redaction import SecretFilter, install

    added = 0
    for name in ("", *CELERY_LOGGERS):
        for handler in logging.getLogger(name or None).handlers:
            if not any(isinstance(f, SecretFilter) for f in handler.filters):
                install(handler, environ)
                added += 1
    return added


def _keep_logging(**_: object) -> None:
    """Celery's setup_logging signal: answered, so Celery leaves the root logger and its handlers alone."""
