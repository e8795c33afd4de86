"""Token buckets in Redis: one rate limit per host across every worker of a batch, on any machine.

:class:`RedisBuckets` is a :class:`~footprint.fetch.ratelimit.RateLimiter`
with the same rules as the in-process :class:`~footprint.fetch.ratelimit.TokenBuckets`
(a burst of one; a slot is granted only when it has come and the next one
counts from that grant; a Crawl-delay only slows a host down and applies to
the slot already handed out; a pause holds every requester back), kept
where every worker sees it:

- one hash per host, ``<prefix><host>``, with ``next`` (when the next
  request may start), ``last`` (when the last one was granted) and
  ``delay`` (the longest robots.txt Crawl-delay any worker has read);
- every read-and-update is one Lua script, which Redis runs atomically, so
  two workers can never be granted the same slot;
- times are Redis's own clock (``TIME``), so the workers' clocks need not agree.

Each worker passes its own spacing for the host (its site definition's rate,
or the default) with every request; every worker of a batch runs with the
coordinator's settings, so they agree. A host's hash expires a day after its
last request.

When Redis cannot be reached for ``retry_s`` seconds, :meth:`acquire` raises
:class:`LimiterUnavailableError`: a scan that cannot keep to the rate limit
stops, instead of sending requests unlimited or recording every site as
unreachable.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import redis

log = logging.getLogger(__name__)

PREFIX = "footprint:rate:"
TTL_MS = 86_400_000
RETRY_S = 30.0

# KEYS[1] the host's hash; ARGV[1] this worker's spacing for the host (seconds), ARGV[2] the TTL (ms).
# Returns {1, "0"} when the slot is granted, else {0, seconds to wait}.
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local interval = tonumber(ARGV[1])
local delay = tonumber(redis.call('HGET', KEYS[1], 'delay') or '0')
if delay > interval then interval = delay end
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
if now >= nxt then
  redis.call('HSET', KEYS[1], 'next', string.format('%.6f', now + interval), 'last', string.format('%.6f', now))
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {1, '0'}
end
return {0, string.format('%.6f', nxt - now)}
"""

# ARGV[1] the Crawl-delay (seconds), ARGV[2] the TTL. The slot already handed out moves back to last + delay.
CRAWL_DELAY = """
local delay = tonumber(ARGV[1])
if delay <= tonumber(redis.call('HGET', KEYS[1], 'delay') or '0') then return 0 end
redis.call('HSET', KEYS[1], 'delay', string.format('%.6f', delay))
local last = redis.call('HGET', KEYS[1], 'last')
if last then
  local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
  local later = tonumber(last) + delay
  if later > nxt then redis.call('HSET', KEYS[1], 'next', string.format('%.6f', later)) end
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""

# ARGV[1] the pause (seconds), ARGV[2] the TTL: no slot before now + pause.
PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local later = now + tonumber(ARGV[1])
if later > tonumber(redis.call('HGET', KEYS[1], 'next') or '0') then
  redis.call('HSET', KEYS[1], 'next', string.format('%.6f', later))
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""


class LimiterUnavailableError(BaseException):
    """Redis, which holds the rate limits, could not be reached: the scan stops.

    A BaseException, like :class:`~footprint.fetch.shared.FetchCancelledError`,
    so that the fetcher's ``except Exception`` does not turn it into a
    coverage row of a scan that then looks complete.
    """


class RedisBuckets:
    """A RateLimiter whose buckets live in Redis; see the module docstring. Thread-safe."""

    def __init__(
        self, client: redis.Redis, default_rps: float, *, prefix: str = PREFIX, retry_s: float = RETRY_S
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.retry_s = retry_s
        self._default = default_rps
        self._per_host: dict[str, float] = {}
        self._delays: dict[str, float] = {}  # the Crawl-delays this worker has read or passed on
        self._lock = threading.Lock()
        self._acquire = client.register_script(ACQUIRE)
        self._crawl_delay = client.register_script(CRAWL_DELAY)
        self._pause = client.register_script(PAUSE)

    @classmethod
    def from_url(cls, url: str, default_rps: float, **kw: Any) -> RedisBuckets:
        return cls(redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5), default_rps, **kw)

    def set_rate(self, host: str, rps: float) -> None:
        with self._lock:
            self._per_host[host] = rps

    def crawl_delay(self, host: str, seconds: float) -> None:
        with self._lock:
            if seconds <= self._delays.get(host, 0.0):
                return  # every page of a host asks: Redis hears a delay once per worker
            self._delays[host] = seconds
        self._call(self._crawl_delay, host, seconds)

    def rate(self, host: str) -> float:
        interval = self._interval(host)
        try:
            shared = float(self._with_retries(lambda: self.client.hget(self._key(host), "delay")) or 0.0)
        except (TypeError, ValueError):
            shared = 0.0
        interval = max(interval, shared)
        return 1.0 / interval if interval > 0 else self._per_host.get(host, self._default)

    def pause(self, host: str, seconds: float) -> None:
        self._call(self._pause, host, seconds)

    def acquire(self, host: str) -> float:
        began = time.monotonic()
        interval = self._interval(host)
        while True:
            granted, wait = self._call(self._acquire, host, interval)
            if int(granted):
                return time.monotonic() - began
            time.sleep(max(float(wait), 0.001))

    # -- plumbing -----------------------------------------------------------
    def _key(self, host: str) -> str:
        return self.prefix + host

    def _interval(self, host: str) -> float:
        # This worker's own knowledge too: a host's hash may have expired since it read robots.txt.
        rps = self._per_host.get(host, self._default)
        return max(1.0 / rps if rps > 0 else 0.0, self._delays.get(host, 0.0))

    def _call(self, script: Any, host: str, value: float) -> Any:
        return self._with_retries(lambda: script(keys=[self._key(host)], args=[f"{value:.6f}", TTL_MS]))

    def _with_retries(self, call: Any) -> Any:
        deadline = time.monotonic() + self.retry_s
        pause = 0.2
        while True:
            try:
                return call()
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                if time.monotonic() + pause > deadline:
                    raise LimiterUnavailableError(f"the rate limits in Redis cannot be reached: {exc}") from None
                log.warning("Redis (the rate limits) did not answer: %s; trying again in %.1f s", exc, pause)
                time.sleep(pause)
                pause = min(pause * 2, 5.0)
