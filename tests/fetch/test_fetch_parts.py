"""The fetch stage's small parts: retry timing, text decoding, the cache's place, pausing a host."""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from footprint.config import FetchSettings
from footprint.fetch import cache, content
from footprint.fetch.ratelimit import TokenBuckets
from footprint.fetch.retry import RetryPolicy, parse_retry_after
from footprint.models import TransferFailure


def test_retry_after_as_seconds_or_as_an_http_date() -> None:
    now = datetime(2026, 11, 24, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Tue, 24 Nov 2026 12:01:30 GMT", now) == 90.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_retry_after_over_the_cap_is_not_waited_out() -> None:
    policy = RetryPolicy(retries=3, backoff_s=0.5, retry_after_cap_s=60)
    assert policy.wait(1, "30") == 30.0
    assert policy.wait(1, "3600") is None


def test_backoff_grows_exponentially_with_jitter_and_a_ceiling() -> None:
    policy = RetryPolicy(backoff_s=1.0, backoff_max_s=8.0)
    rng = random.Random(7)
    waits = [[policy.backoff(attempt, rng) for _ in range(50)] for attempt in (1, 2, 3, 6)]
    for ws, step in zip(waits, (1.0, 2.0, 4.0, 8.0), strict=True):
        assert all(step / 2 <= w <= step for w in ws)
        assert len({round(w, 6) for w in ws}) > 40, "no jitter"


def test_what_is_retried() -> None:
    policy = RetryPolicy()
    assert [policy.reason(s, None) for s in (429, 500, 502, 503, 504)] == ["429", "500", "502", "503", "504"]
    assert policy.reason(404, None) is None and policy.reason(403, None) is None
    assert (
        policy.reason(None, TransferFailure.TIMEOUT) == "timeout" and policy.reason(200, TransferFailure.DECODE) is None
    )


def test_text_is_decoded_by_header_then_meta_then_utf8_then_windows_1252() -> None:
    assert content.decode("café".encode("cp1252"), "text/html; charset=ISO-8859-1") == "café"
    meta = b'<meta charset="windows-1252"><p>caf\xe9</p>'
    assert "café" in content.decode(meta, "text/html")
    assert content.decode("café".encode(), "text/html") == "café"
    assert content.decode(b"caf\xe9 \x93quoted\x94", "") == "café “quoted”"


def test_content_types_by_what_the_probe_expects() -> None:
    assert content.accepts("html", "text/html; charset=utf-8")
    assert content.accepts("json", "application/activity+json")
    assert content.accepts("image", "image/png")
    assert not content.accepts("html", "application/pdf")
    assert not content.accepts("json", "text/html")
    assert not content.accepts("image", "text/html")


def test_the_cache_lives_in_the_user_cache_directory_owner_only() -> None:
    store = cache.HttpCache.from_settings(FetchSettings())
    assert store is not None
    assert store.path == Path(os.environ["XDG_CACHE_HOME"]) / "footprint" / "http-cache.sqlite"
    assert store.path.parent.stat().st_mode & 0o077 == 0
    assert cache.HttpCache.from_settings(FetchSettings(cache=False)) is None


def test_pausing_a_host_delays_every_thread_s_next_request() -> None:
    buckets = TokenBuckets(100.0)
    buckets.acquire("a.example")
    buckets.pause("a.example", 0.3)
    started = time.monotonic()
    buckets.acquire("a.example")
    assert time.monotonic() - started >= 0.28
    started = time.monotonic()
    buckets.acquire("b.example")
    assert time.monotonic() - started < 0.05
