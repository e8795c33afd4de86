"""Job queues for a batch: :class:`ThreadQueue` runs subjects on threads of this process.

It implements :class:`footprint.batch.interface.JobQueue`. The threads are
daemons: when a batch is interrupted, the process exits without waiting for
scans still in flight (they are not marked done, so a resume redoes them).
A queue backed by Celery workers fits the same two methods.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

J = TypeVar("J")
R = TypeVar("R")

_END = object()


class ThreadQueue:
    """Up to ``workers`` jobs at once, results yielded as each finishes."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self, work: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        todo: queue.SimpleQueue[Any] = queue.SimpleQueue()
        count = 0
        for job in jobs:
            todo.put(job)
            count += 1
        done: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threads = [
            threading.Thread(target=self._worker, args=(work, todo, done), daemon=True, name=f"batch-{i}")
            for i in range(min(self.workers, count))
        ]
        for _ in threads:
            todo.put(_END)
        for thread in threads:
            thread.start()
        running = len(threads)
        while running:
            # A timeout keeps the wait interruptible by Ctrl-C on every platform.
            try:
                item = done.get(timeout=0.5)
            except queue.Empty:
                continue
            if item is _END:
                running -= 1
                continue
            if isinstance(item, _Raised):
                raise item.error
            yield item

    def _worker(self, work: Callable[[Any], Any], todo: queue.SimpleQueue[Any], done: queue.SimpleQueue[Any]) -> None:
        while not self._stop.is_set():
            job = todo.get()
            if job is _END:
                break
            try:
                done.put(work(job))
            except BaseException as exc:  # noqa: BLE001 - handed to the consuming thread
                done.put(_Raised(exc))
        done.put(_END)


class _Raised:
    def __init__(self, error: BaseException) -> None:
        self.error = error
