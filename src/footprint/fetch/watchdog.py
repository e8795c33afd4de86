"""The total timeout: a watchdog that shuts a request's socket when its time is up.

requests' timeouts bound each socket operation (one connect, one read), not
the answer: a server that sends its headers or its body a byte every two
seconds never trips a 15-second read timeout. So every request runs under a
:class:`Watch` with a deadline (``[fetch] total_timeout_s`` from the moment
it starts). The connection registers its socket with the watch of the
thread that opened or reused it (:mod:`footprint.fetch.connection`), and one
watchdog thread shuts those sockets down when the deadline passes, which
ends whatever read is waiting, headers included.
"""

from __future__ import annotations

import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Watch:
    """One request's deadline and the sockets it uses. Thread-safe."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline  # time.monotonic()
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._done = False
        self._lock = threading.Lock()

    def attach(self, sock: socket.socket) -> None:
        """Watch ``sock`` too (a new connection, or a kept-alive one reused)."""
        with self._lock:
            if not self._done and not self.expired:
                self._sockets.append(sock)
                return
            late = self.expired and not self._done
        if late:
            _shut(sock)

    def fire(self) -> None:
        """The deadline passed: shut every socket of a request still running."""
        with self._lock:
            if self._done:
                return
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)

    def finish(self) -> None:
        with self._lock:
            self._done = True
            self._sockets = []


def _shut(sock: socket.socket) -> None:
    # shutdown (not close) wakes a thread blocked in recv on this socket; the owner closes it.
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed or never connected


class Watchdog:
    """One daemon thread firing the watches whose deadline has passed."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Watch]] = []
        self._order = itertools.count()
        self._wakeup = threading.Condition()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, seconds: float) -> Iterator[Watch]:
        """A watch ending ``seconds`` from now; finished (never fired) when the block ends."""
        watch = Watch(time.monotonic() + seconds)
        with self._wakeup:
            heapq.heappush(self._heap, (watch.deadline, next(self._order), watch))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="fetch-watchdog", daemon=True)
                self._thread.start()
            self._wakeup.notify()
        try:
            yield watch
        finally:
            watch.finish()

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while not self._heap:
                    self._wakeup.wait()
                deadline, _, watch = self._heap[0]
                now = time.monotonic()
                if deadline > now:
                    self._wakeup.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
            watch.fire()


WATCHDOG = Watchdog()
