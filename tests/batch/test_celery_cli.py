"""``--engine celery`` and ``footprint worker`` as a user meets them: one line for every broker problem."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from footprint.batch import BatchOptions, read_roster, run_batch
from footprint.batch.interface import SilentListener
from footprint.config import load
from footprint.errors import EngineError
from footprint.sandbox import Sandbox
from tests.batch_support import config_for, fictional_rows, write_csv
from tests.redisserver import free_port

pytest.importorskip("celery", reason="the celery extra is not installed")

from footprint.batch.celery_engine import CeleryEngine


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_the_celery_engine_without_a_broker_says_how_to_give_one(run_cli, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", fictional_rows(1))
    result = run_cli("batch", str(roster), "--out", str(tmp_path / "out"), "--engine", "celery")
    assert result.code == 2 and "--broker redis://HOST:6379/0, or FOOTPRINT_BROKER" in _one_line(result.err)
    worker = run_cli("worker")
    assert worker.code == 2 and "needs a broker" in _one_line(worker.err)
    wrong = run_cli("worker", "--broker", "amqp://guest@rabbit//")
    assert wrong.code == 2 and "must be a Redis URL" in _one_line(wrong.err)


def test_a_broker_out_of_reach_is_one_line_and_exit_1(run_cli, run_cli_with, tmp_path: Path) -> None:
    url = f"redis://:s3cret-pass@127.0.0.1:{free_port()}/0"
    roster = write_csv(tmp_path / "r.csv", fictional_rows(1))
    result = run_cli_with(
        {"FOOTPRINT_BROKER": url}, "batch", str(roster), "--out", str(tmp_path / "o"), "--engine", "celery"
    )
    line = _one_line(result.err)
    assert result.code == 1 and "cannot reach the broker redis://:[redacted]@127.0.0.1" in line
    assert "s3cret-pass" not in result.err
    worker = run_cli("worker", "--broker", url)
    assert worker.code == 1 and "cannot reach the broker" in _one_line(worker.err)


class StopRedisAfterStart(SilentListener):
    def __init__(self, server: Any) -> None:
        self.server = server

    def started(self, total: int, already_done: int) -> None:
        # No worker runs: the tasks wait in Redis, and Redis goes away under the coordinator.
        threading.Timer(1.0, self.server.stop).start()


def test_a_broker_lost_mid_batch_is_retried_then_said_in_one_line(
    redis_server: Any, sandbox: Sandbox, tmp_path: Path
) -> None:
    settings = load(config_for(sandbox, tmp_path / "c.toml"), {})
    roster = read_roster(write_csv(tmp_path / "r.csv", fictional_rows(2)))
    engine = CeleryEngine(redis_server.url, settings.engine, poll_s=0.2, retry_s=2.0)
    started = time.monotonic()
    with pytest.raises(EngineError) as caught:
        run_batch(
            roster,
            settings,
            BatchOptions(out=tmp_path / "out"),
            listener=StopRedisAfterStart(redis_server),
            engine=engine,
        )
    assert 2.0 <= time.monotonic() - started < 30
    message = caught.value.user_message()
    assert "lost the connection to the broker" in message and "0 of 2 subjects finished and kept" in message
    assert "rerun with --resume" in message
    assert (tmp_path / "out" / "summary.json").is_file()  # the summary says what is pending


def test_engine_settings_come_from_the_config_and_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[engine]\nname = "celery"\nbroker = "redis://file:6379/0"\nresult_expires_s = 600\n')
    assert load(config, {}).engine.broker == "redis://file:6379/0"
    from_env = load(config, {"FOOTPRINT_BROKER": "redis://env:6379/1"}).engine
    assert from_env.broker == "redis://env:6379/1" and from_env.result_expires_s == 600 and from_env.name == "celery"
    config.write_text('[engine]\nname = "spark"\n')
    from footprint.errors import ConfigError

    with pytest.raises(ConfigError, match="name must be one of local, celery"):
        load(config, {})


def test_a_worker_puts_the_secret_filter_on_every_handler_celery_logs_through(tmp_path: Path) -> None:
    """Celery's task logger gets a handler of its own: a key in a logged URL still never reaches it."""
    import io
    import logging

    from footprint.cli.worker import redact_worker_logging

    secret = "places-key-7c1d0a9e"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    task_logger = logging.getLogger("celery.task")
    task_logger.addHandler(handler)
    others = [h for name in ("", "celery", "celery.worker", "kombu") for h in logging.getLogger(name or None).handlers]
    kept = {id(h): list(h.filters) for h in others}  # pytest's own handlers get their filters back
    try:
        assert redact_worker_logging({"GOOGLE_PLACES_API_KEY": secret}) >= 1
        assert redact_worker_logging({"GOOGLE_PLACES_API_KEY": secret}) == 0  # once per handler
        task_logger.warning("GET https://places.example/v1?q=x&key=%s failed", secret)
        task_logger.warning("the key was %s", secret)
    finally:
        task_logger.removeHandler(handler)
        for h in others:
            h.filters = kept[id(h)]
    text = stream.getvalue()
    assert secret not in text and text.count("[redacted]") == 2, text
