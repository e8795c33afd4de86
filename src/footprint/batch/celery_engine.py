"""The Celery engine, coordinator side: one task per subject, scans back as they finish.

:meth:`CeleryEngine.run` checks that the broker answers, enqueues one
``footprint.scan`` task per job (each with a new id: a run that is resumed
later enqueues afresh), then waits for the results in Redis, yielding each
finished scan as an :class:`~footprint.batch.engine.Outcome` (rebuilt by
:func:`footprint.batch.wire.unpack`) and forgetting its result once the
caller has taken it. Meanwhile it passes the workers' stages to the
progress display. Workers need nothing of this machine but Redis.

A broker that stops answering is tried again for :data:`RETRY_S` seconds,
then :class:`~footprint.errors.EngineError` says so in one line. :meth:`stop`
(Ctrl-C) marks the run stopped: tasks not yet started end at once, scans
in flight at their next stage, and nothing more is taken from Redis.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import redis
from kombu.exceptions import OperationalError

from footprint.batch import wire
from footprint.batch.celery_app import TASK, RedisBoard, make_app
from footprint.batch.engine import Job, Outcome
from footprint.batch.interface import BatchListener
from footprint.config import EngineSettings
from footprint.errors import EngineError

log = logging.getLogger(__name__)

RETRY_S = 60.0
POLL_S = 0.5
LOST = (redis.ConnectionError, redis.TimeoutError, OperationalError, ConnectionError, TimeoutError)


def safe_url(url: str) -> str:
    """The broker URL without its password, for messages."""
    from footprint.redaction import SecretFilter

    return SecretFilter({}).redact(url)


def check_broker(url: str, attempts: int = 3) -> Any:
    """A Redis client that answered PING; EngineError in one line when none does."""
    client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
    pause = 0.5
    for attempt in range(1, attempts + 1):
        try:
            client.ping()
            return client
        except redis.RedisError as exc:
            if attempt == attempts:
                raise EngineError(f"cannot reach the broker {safe_url(url)}: {exc}") from None
            time.sleep(pause)
            pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover


class CeleryEngine:
    """Scans on ``footprint worker`` processes reached through ``broker``; see the module docstring."""

    def __init__(
        self, broker: str, engine: EngineSettings, *, poll_s: float = POLL_S, retry_s: float = RETRY_S
    ) -> None:
        self.broker = broker
        self.engine = engine
        self.poll_s = poll_s
        self.retry_s = retry_s
        self.run_id = uuid.uuid4().hex
        self.app = make_app(broker, engine)
        self._board: RedisBoard | None = None
        self._stopped = False

    def run(self, jobs: Sequence[Job], hear: BatchListener) -> Iterator[Outcome]:
        if not jobs:
            return
        client = check_broker(self.broker)
        self._board = board = RedisBoard(client, self.engine.result_expires_s)
        task = self.app.tasks[TASK]
        waiting: dict[str, Job] = {}
        for job in jobs:
            task_id = f"footprint-{self.run_id}-{len(waiting)}"
            self._retrying(
                lambda j=job, t=task_id: task.apply_async(
                    args=[wire.job(self.run_id, j.entry, j.settings)], task_id=t, retry=False
                ),
                "enqueue the batch",
            )
            waiting[task_id] = job
        log.info("%d task(s) of run %s on %s", len(waiting), self.run_id[:8], safe_url(self.broker))
        shown: dict[str, str] = {}
        finished: set[str] = set()
        by_key = {job.entry.key: job for job in waiting.values()}
        while waiting and not self._stopped:
            for task_id, meta in self._ready(list(waiting)):
                job = waiting.pop(task_id)
                finished.add(job.entry.key)
                yield self._outcome(job, meta)
                self._forget(task_id)
                if self._stopped:
                    return
            for key, stage in self._retrying(lambda: board.stages(self.run_id), "read the workers' progress").items():
                if key in by_key and shown.get(key) != stage and key not in finished:
                    shown[key] = stage
                    hear.stage(by_key[key].entry, stage)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._board is not None:
            try:
                self._board.cancel(self.run_id)
            except redis.RedisError as exc:
                log.warning("could not tell the workers to stop (%s): they finish what they hold", exc)

    def close(self) -> None:
        self.stop()
        self.app.close()

    # -- plumbing -----------------------------------------------------------
    def _ready(self, ids: list[str]) -> list[tuple[str, dict[str, Any]]]:
        """The results among ``ids`` that are in, then a pause of one poll when some are still out.

        One look in Redis per poll (an MGET of the ids still out), not four: while the workers
        scan, the coordinator shares their cores, and its looks were a third of its CPU time.
        """
        backend = self.app.backend
        found: list[tuple[str, dict[str, Any]]] = []

        def poll() -> None:
            found.clear()  # a retried poll starts again
            for task_id, meta in backend.get_many(set(ids), interval=self.poll_s, max_iterations=1):
                found.append((str(task_id), meta))

        self._retrying(poll, "read the results")
        return found

    def _outcome(self, job: Job, meta: dict[str, Any]) -> Outcome:
        status = meta.get("status")
        value = meta.get("result")
        if status != "SUCCESS" or not isinstance(value, dict):
            return Outcome(job.entry, None, f"the worker failed: {status}: {value}")
        if value.get("status") == "cancelled":
            return Outcome(job.entry, None, "cancelled", cancelled=True)
        if value.get("status") != "done":
            return Outcome(job.entry, None, str(value.get("error") or "the worker sent no scan"))
        try:
            scan = wire.unpack(value)
        except wire.WireError as exc:
            return Outcome(job.entry, None, f"the worker's answer cannot be read: {exc}")
        log.debug("%s scanned by %s in %s s", job.entry.key, value.get("worker"), value.get("seconds"))
        return Outcome(job.entry, scan)

    def _forget(self, task_id: str) -> None:
        try:
            self.app.backend.forget(task_id)
        except LOST as exc:  # it expires by itself
            log.debug("could not forget %s: %s", task_id, exc)

    def _retrying(self, call: Any, what: str) -> Any:
        deadline = time.monotonic() + self.retry_s
        pause = 0.5
        while True:
            try:
                return call()
            except LOST as exc:
                if time.monotonic() + pause > deadline:
                    raise EngineError(f"lost the connection to the broker {safe_url(self.broker)}: {exc}") from None
                log.warning("the broker did not answer (%s); trying again to %s in %.0f s", exc, what, pause)
                time.sleep(pause)
                pause = min(pause * 2, 10.0)
