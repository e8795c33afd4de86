"""Per-host rate limiting: a token bucket per host, shared by every thread.

Reads ``[fetch] rate_limit_rps`` and each site definition's ``rate_limit_rps``.
The interface is :class:`RateLimiter` so that a batch on several machines can
keep the buckets elsewhere (Redis) without the fetcher changing.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class RateLimiter(Protocol):
    def acquire(self, host: str) -> float:
        """Block until a request to ``host`` may start; return the seconds waited."""
        ...


class TokenBuckets:
    """In-process token buckets, one per host, with a burst of one request.

    A burst of one means requests to one host are spaced at least 1/rate
    apart, which is what a site's published crawl rate expects.
    """

    def __init__(self, default_rps: float, per_host: dict[str, float] | None = None) -> None:
        self._default = default_rps
        self._per_host = dict(per_host or {})
        self._next_slot: dict[str, float] = {}
        self._last_grant: dict[str, float] = {}
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)

    def set_rate(self, host: str, rps: float) -> None:
        with self._lock:
            self._per_host[host] = rps
            # A slower rate (a Crawl-delay) applies to the slot already handed out, too.
            if host in self._last_grant and rps > 0:
                self._next_slot[host] = max(self._next_slot.get(host, 0.0), self._last_grant[host] + 1.0 / rps)

    def rate(self, host: str) -> float:
        return self._per_host.get(host, self._default)

    def pause(self, host: str, seconds: float) -> None:
        """No request to ``host`` starts for ``seconds`` (a Retry-After or a backoff), in any thread."""
        with self._lock:
            now = time.monotonic()
            self._next_slot[host] = max(self._next_slot.get(host, now), now + seconds)

    def acquire(self, host: str) -> float:
        # A slot is granted only when it has come, and the next one counts from the moment it was
        # granted: a thread that overslept pushes its successors back instead of bunching them up.
        interval = 1.0 / self.rate(host) if self.rate(host) > 0 else 0.0
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
