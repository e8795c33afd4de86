"""Per-host rate limiting: a token bucket per host, shared by every thread.

Reads ``[fetch] rate_limit_rps`` and each site definition's ``rate_limit_rps``.
The fetcher takes its limiter through one interface, :class:`RateLimiter`,
and tells it every rate it learns: each site definition's rate when it is
made, each robots.txt ``Crawl-delay`` when it reads one, each Retry-After
or backoff as a pause. Whatever keeps the buckets therefore obeys them all:
:class:`TokenBuckets` in this process (a scan, a local batch), or
:class:`~footprint.fetch.redis_buckets.RedisBuckets` in Redis, shared by
every worker of a batch on several machines.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class RateLimiter(Protocol):
    """One bucket per host, a burst of one: requests to a host are spaced at least 1/rate apart."""

    def acquire(self, host: str) -> float:
        """Block until a request to ``host`` may start; return the seconds waited."""
        ...

    def rate(self, host: str) -> float:
        """Requests per second allowed to ``host`` now (a Crawl-delay included)."""
        ...

    def set_rate(self, host: str, rps: float) -> None:
        """``host``'s own rate (its site definition's), instead of the default."""
        ...

    def crawl_delay(self, host: str, seconds: float) -> None:
        """robots.txt asks for ``seconds`` between requests: ``host`` is never asked faster than that."""
        ...

    def pause(self, host: str, seconds: float) -> None:
        """No request to ``host`` starts for ``seconds`` (a Retry-After or a backoff), from any thread."""
        ...


class TokenBuckets:
    """In-process token buckets, one per host, with a burst of one request.

    A burst of one means requests to one host are spaced at least 1/rate
    apart, which is what a site's published crawl rate expects.
    """

    def __init__(self, default_rps: float, per_host: dict[str, float] | None = None) -> None:
        self._default = default_rps
        self._per_host = dict(per_host or {})
        self._delays: dict[str, float] = {}
        self._next_slot: dict[str, float] = {}
        self._last_grant: dict[str, float] = {}
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)

    def set_rate(self, host: str, rps: float) -> None:
        with self._lock:
            self._per_host[host] = rps
            self._respace(host)

    def crawl_delay(self, host: str, seconds: float) -> None:
        with self._lock:
            if seconds > self._delays.get(host, 0.0):
                self._delays[host] = seconds
                self._respace(host)

    def rate(self, host: str) -> float:
        interval = self._interval(host)
        return 1.0 / interval if interval > 0 else self._per_host.get(host, self._default)

    def pause(self, host: str, seconds: float) -> None:
        with self._lock:
            now = time.monotonic()
            self._next_slot[host] = max(self._next_slot.get(host, now), now + seconds)

    def acquire(self, host: str) -> float:
        # A slot is granted only when it has come, and the next one counts from the moment it was
        # granted: a thread that overslept pushes its successors back instead of bunching them up.
        interval = self._interval(host)
        began = time.monotonic()
        with self._wakeup:
            while True:
                now = time.monotonic()
                ready = self._next_slot.get(host, now)
                if now >= ready:
                    self._next_slot[host] = now + interval
                    self._last_grant[host] = now
                    return now - began
                self._wakeup.wait(ready - now)

    def _interval(self, host: str) -> float:
        """Seconds between two requests to ``host``: its rate's, or its Crawl-delay when that is longer."""
        rps = self._per_host.get(host, self._default)
        return max(1.0 / rps if rps > 0 else 0.0, self._delays.get(host, 0.0))

    def _respace(self, host: str) -> None:
        # A slower rate (a Crawl-delay) applies to the slot already handed out, too.
        if host in self._last_grant:
            self._next_slot[host] = max(self._next_slot.get(host, 0.0), self._last_grant[host] + self._interval(host))
