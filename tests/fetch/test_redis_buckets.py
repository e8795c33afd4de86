"""Token buckets in a real redis-server: one rate per host across processes, Crawl-delays and pauses shared."""

from __future__ import annotations

import itertools
import multiprocessing
import time
from typing import Any

import pytest

from tests.redisserver import free_port

redis = pytest.importorskip("redis", reason="the celery extra (redis) is not installed")

from footprint.fetch.redis_buckets import LimiterUnavailableError, RedisBuckets  # noqa: E402

RATE = 10.0


def _grants(url: str, host: str, n: int, start_at: float, out: Any) -> None:
    buckets = RedisBuckets.from_url(url, RATE)
    while time.monotonic() < start_at:
        time.sleep(0.001)
    times = []
    for _ in range(n):
        buckets.acquire(host)
        times.append(time.monotonic())  # CLOCK_MONOTONIC: one clock for every process of this machine
    out.put(times)


def test_two_processes_together_keep_to_one_host_s_rate(redis_server: Any) -> None:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start_at = time.monotonic() + 3.0  # both processes are up and connected by then
    procs = [ctx.Process(target=_grants, args=(redis_server.url, "a.example", 8, start_at, out)) for _ in range(2)]
    for proc in procs:
        proc.start()
    times = sorted(out.get(timeout=60) + out.get(timeout=60))
    for proc in procs:
        proc.join(10)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 16
    assert min(gaps) >= 1 / RATE - 0.02, gaps  # never two grants in one slot, whichever process asked
    assert (len(times) - 1) / (times[-1] - times[0]) <= RATE * 1.05, gaps


def test_a_crawl_delay_one_worker_read_slows_every_worker(redis_server: Any) -> None:
    reader, other = (RedisBuckets.from_url(redis_server.url, 100.0) for _ in range(2))
    reader.crawl_delay("b.example", 0.4)
    assert other.rate("b.example") == pytest.approx(2.5)  # it never read that robots.txt itself
    other.acquire("b.example")
    started = time.monotonic()
    other.acquire("b.example")
    assert time.monotonic() - started >= 0.38
    reader.crawl_delay("b.example", 0.1)  # a shorter delay does not undo the longer one
    assert other.rate("b.example") == pytest.approx(2.5)


def test_a_pause_holds_back_every_worker_on_that_host_only(redis_server: Any) -> None:
    one, two = (RedisBuckets.from_url(redis_server.url, 100.0) for _ in range(2))
    one.acquire("c.example")
    one.pause("c.example", 0.5)
    started = time.monotonic()
    two.acquire("c.example")
    assert time.monotonic() - started >= 0.45
    started = time.monotonic()
    two.acquire("d.example")
    assert time.monotonic() - started < 0.2


def test_each_worker_s_site_rate_spaces_its_requests(redis_server: Any) -> None:
    buckets = RedisBuckets.from_url(redis_server.url, 100.0)
    buckets.set_rate("slow.example", 4.0)
    times = []
    for _ in range(3):
        buckets.acquire("slow.example")
        times.append(time.monotonic())
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.24
    assert buckets.rate("slow.example") == 4.0 and buckets.rate("other.example") == 100.0


def test_redis_out_of_reach_stops_the_scan_instead_of_sending_unlimited() -> None:
    buckets = RedisBuckets.from_url(f"redis://127.0.0.1:{free_port()}/0", 1.0, retry_s=0.5)
    started = time.monotonic()
    with pytest.raises(LimiterUnavailableError, match="cannot be reached"):
        buckets.acquire("e.example")
    assert time.monotonic() - started < 5
