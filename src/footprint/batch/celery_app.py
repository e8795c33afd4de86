"""The Celery side of a batch on several machines: the app, the scan task and what a worker keeps.

One task, ``footprint.scan``: a subject and the coordinator's settings in
(:func:`footprint.batch.wire.job`), the finished scan out
(:func:`footprint.batch.wire.result`), or ``{"status": "failed", "error": ...}``,
or ``{"status": "cancelled"}`` when the coordinator stopped the run. The
task never raises: a failure is the subject's row, as in a local batch.

Nothing is lost, nothing done twice: tasks are acknowledged late (after
they finish) and rejected when the worker process dies, so a task a
killed worker held goes back to the queue (Redis hands it to another
worker once ``[engine] visibility_timeout_s`` has passed); the coordinator
delivers each subject once whatever comes back. A worker takes one task
per thread at a time (prefetch 1).

Each worker process keeps one fetcher per batch run (its robots.txt cache
and fetched pages shared by that run's subjects on this worker, as in a
local batch) over :class:`~footprint.fetch.redis_buckets.RedisBuckets`, so
every worker of every machine keeps to one rate per host. Progress and
cancellation go through a :class:`Board` in the same Redis.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from celery import Celery

from footprint import pipeline
from footprint.batch import wire
from footprint.batch.engine import scan_entry
from footprint.batch.interface import RosterEntry
from footprint.config import EngineSettings, Settings
from footprint.evidence import Evidence
from footprint.fetch import Fetcher
from footprint.fetch.ratelimit import RateLimiter
from footprint.fetch.redis_buckets import LimiterUnavailableError
from footprint.fetch.shared import FetchCancelledError, SharedFetcher

log = logging.getLogger(__name__)

TASK = "footprint.scan"
QUEUE = "footprint"
RUNS_KEPT = 2  # fetchers of the latest runs a worker keeps between tasks
BOARD_PREFIX = "footprint:run:"


class Board(Protocol):
    """Where workers say what stage each subject is in, and learn that a run was stopped."""

    def stage(self, run: str, key: str, stage: str) -> bool:
        """Record ``key``'s stage; whether the run was stopped (one look, not two)."""
        ...

    def stages(self, run: str) -> dict[str, str]: ...

    def cancel(self, run: str) -> None: ...

    def cancelled(self, run: str) -> bool: ...


class RedisBoard:
    """A :class:`Board` in Redis: a hash of stages and a flag per run, expiring with the results."""

    def __init__(self, client: Any, expires_s: int) -> None:
        self.client = client
        self.expires_s = expires_s

    def stage(self, run: str, key: str, stage: str) -> bool:
        name = f"{BOARD_PREFIX}{run}:stages"
        pipe = self.client.pipeline(transaction=False)  # one round trip: a worker says this at every stage
        pipe.hset(name, key, stage)
        pipe.expire(name, self.expires_s)
        pipe.exists(f"{BOARD_PREFIX}{run}:cancelled")
        return bool(pipe.execute()[-1])

    def stages(self, run: str) -> dict[str, str]:
        raw = self.client.hgetall(f"{BOARD_PREFIX}{run}:stages")
        return {_text(k): _text(v) for k, v in raw.items()}

    def cancel(self, run: str) -> None:
        self.client.set(f"{BOARD_PREFIX}{run}:cancelled", "1", ex=self.expires_s)

    def cancelled(self, run: str) -> bool:
        return bool(self.client.exists(f"{BOARD_PREFIX}{run}:cancelled"))


class MemoryBoard:
    """A :class:`Board` in this process (Celery's eager mode in tests)."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, str]] = {}
        self.stopped: set[str] = set()

    def stage(self, run: str, key: str, stage: str) -> bool:
        self.seen.setdefault(run, {})[key] = stage
        return run in self.stopped

    def stages(self, run: str) -> dict[str, str]:
        return dict(self.seen.get(run, {}))

    def cancel(self, run: str) -> None:
        self.stopped.add(run)

    def cancelled(self, run: str) -> bool:
        return run in self.stopped


@dataclass
class Runtime:
    """What one worker process keeps between tasks.

    ``local`` is the worker's own settings (its [engine], its machine's
    paths); ``limiter`` makes the rate limiter for a run's settings.
    """

    local: Settings
    limiter: Callable[[Settings], RateLimiter]
    board: Board
    hostname: str = field(default_factory=socket.gethostname)
    _runs: dict[str, _Leased] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @contextmanager
    def lease(self, run: str, settings: Settings) -> Iterator[tuple[SharedFetcher, Evidence]]:
        """The run's shared fetcher (made on first use); the oldest idle runs' fetchers are closed."""
        key = run + json.dumps(asdict(settings), sort_keys=True, default=str)
        with self._lock:
            leased = self._runs.get(key)
            if leased is None:
                sites = pipeline.sites_in_scope(settings)
                fetcher = Fetcher(settings, sites, self.limiter(settings))
                leased = self._runs[key] = _Leased(
                    fetcher,
                    SharedFetcher(fetcher, max_workers=settings.fetch.max_workers),
                    Evidence.for_fetcher(fetcher, settings, sites),
                )
            leased.users += 1
            leased.used = time.monotonic()
            idle = sorted((v.used, k) for k, v in self._runs.items() if v.users == 0 and k != key)
            closing = [self._runs.pop(k) for _, k in idle[: max(0, len(self._runs) - RUNS_KEPT)]]
        for old in closing:
            old.close()
        try:
            yield leased.shared, leased.evidence
        finally:
            with self._lock:
                leased.users -= 1

    def close(self) -> None:
        with self._lock:
            runs, self._runs = list(self._runs.values()), {}
        for leased in runs:
            leased.close()


@dataclass
class _Leased:
    fetcher: Fetcher
    shared: SharedFetcher
    evidence: Evidence
    users: int = 0
    used: float = 0.0

    def close(self) -> None:
        self.evidence.close()
        self.fetcher.close()  # the HTTP cache and the browser, if one was started


_runtime: Runtime | None = None


def install(runtime: Runtime | None) -> Runtime | None:
    """Make ``runtime`` this process's (``footprint worker`` does, as do tests); returns the previous one."""
    global _runtime
    previous, _runtime = _runtime, runtime
    return previous


def scan_task(job: dict[str, Any]) -> dict[str, Any]:
    """The task: one subject's scan on this worker; see the module docstring."""
    runtime = _runtime
    if runtime is None:
        return {"status": "failed", "error": "this worker was not started with 'footprint worker'"}
    try:
        run, key = str(job["run"]), str(job["key"])
        entry = RosterEntry(int(job.get("row") or 0), wire.subject_from_job(job), key)
        settings = wire.settings_from_wire(job["settings"], runtime.local)
    except (KeyError, TypeError, ValueError) as exc:
        return {"status": "failed", "error": f"not a task this worker understands: {exc}"}
    except Exception as exc:  # noqa: BLE001 - a FootprintError (a setting this version rejects) or worse
        return {"status": "failed", "error": f"the coordinator's settings do not work here: {exc}"}
    if runtime.board.cancelled(run):
        return {"status": "cancelled"}
    started = time.monotonic()

    def progress(stage: str) -> None:
        if runtime.board.stage(run, key, f"{stage} on {runtime.hostname}"):
            raise FetchCancelledError("the coordinator stopped the batch")

    try:
        with runtime.lease(run, settings) as (shared, evidence):
            outcome = scan_entry(entry, settings, shared.view(), evidence, progress)
    except LimiterUnavailableError as exc:
        return {"status": "failed", "error": str(exc)}
    if outcome.cancelled:
        return {"status": "cancelled"}
    if outcome.scan is None:
        log.info("task %s of run %s failed on this worker: %s", key, run[:8], outcome.error)
        return {"status": "failed", "error": outcome.error}
    try:
        packed = wire.result(outcome.scan, int(runtime.local.engine.max_result_mb * wire.MB))
    except wire.WireError as exc:
        return {"status": "failed", "error": str(exc)}
    log.info("task %s of run %s scanned in %.1f s", key, run[:8], time.monotonic() - started)
    return {**packed, "worker": runtime.hostname, "seconds": round(time.monotonic() - started, 3)}


def make_app(broker: str, engine: EngineSettings) -> Celery:
    """The Celery app of a coordinator or a worker: Redis as broker and result store."""
    app = Celery("footprint", broker=broker, backend=broker, set_as_current=False)
    restore_every = max(1, min(10, engine.visibility_timeout_s // 4))
    transport = {
        "visibility_timeout": engine.visibility_timeout_s,
        "unacked_restore_interval": restore_every,
        "unacked_restore_throttle": 1,
    }
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        result_expires=engine.result_expires_s,
        broker_transport_options=transport,
        result_backend_transport_options={"retry_policy": {"timeout": 30.0}},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_send_sent_event=False,
        result_cache_max=-1,
    )
    app.task(name=TASK, acks_late=True, reject_on_worker_lost=True)(scan_task)
    return app


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
