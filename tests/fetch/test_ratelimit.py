"""The limiter interface: any RateLimiter the fetcher is given learns site rates, Crawl-delays and pauses."""

from __future__ import annotations

import time

import pytest

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.fetch.ratelimit import TokenBuckets
from footprint.models import Page
from footprint.sites import by_id
from tests.fetch.test_fetch_faults import CANON, RPS, assert_polite, probe
from tests.mockserver import MockWeb


class Recording:
    """A limiter of another kind than the fetcher's own (as Redis is), keeping what it was told."""

    def __init__(self, rps: float) -> None:
        self.buckets = TokenBuckets(rps)
        self.told: list[tuple[str, str, float]] = []

    def acquire(self, host: str) -> float:
        return self.buckets.acquire(host)

    def rate(self, host: str) -> float:
        return self.buckets.rate(host)

    def pause(self, host: str, seconds: float) -> None:
        self.buckets.pause(host, seconds)

    def set_rate(self, host: str, rps: float) -> None:
        self.told.append(("rate", host, rps))
        self.buckets.set_rate(host, rps)

    def crawl_delay(self, host: str, seconds: float) -> None:
        self.told.append(("crawl_delay", host, seconds))
        self.buckets.crawl_delay(host, seconds)


def test_a_limiter_passed_in_gets_every_site_definition_s_rate() -> None:
    limiter = Recording(100.0)
    sites = by_id()
    Fetcher(Settings().with_overrides(browser={"enabled": False}), sites, limiter=limiter)
    healthgrades = next(s for s in sites.values() if s.id == "healthgrades")
    assert ("rate", "www.healthgrades.com", healthgrades.rate_limit_rps) in limiter.told
    assert limiter.rate("www.healthgrades.com") == healthgrades.rate_limit_rps == 0.5
    assert limiter.rate("elsewhere.example") == 100.0


def test_a_limiter_passed_in_obeys_robots_crawl_delay() -> None:
    limiter = Recording(RPS)
    with MockWeb(robots="crawl-delay") as web:
        settings = Settings().with_overrides(
            fetch={"cache": False, "rate_limit_rps": RPS}, browser={"enabled": False}, mirrors={CANON: web.url}
        )
        fetcher = Fetcher(settings, sites={}, limiter=limiter)
        results = fetcher.fetch_all([probe(f"/ok/{n}") for n in range(3)])
        assert all(isinstance(r, Page) for r in results)
        assert ("crawl_delay", "www.example-clinic-ratings.com", 0.6) in limiter.told
        assert limiter.rate("www.example-clinic-ratings.com") == pytest.approx(1 / 0.6)
        assert_polite(web, 1 / 0.6)


def test_a_crawl_delay_never_speeds_a_host_up() -> None:
    buckets = TokenBuckets(0.5)
    buckets.crawl_delay("a.example", 0.1)  # faster than the rate: the rate stands
    assert buckets.rate("a.example") == 0.5
    buckets.set_rate("b.example", 10.0)
    buckets.crawl_delay("b.example", 0.5)
    buckets.crawl_delay("b.example", 0.2)  # a shorter delay learned later does not undo the longer one
    assert buckets.rate("b.example") == 2.0


def test_a_crawl_delay_learned_late_applies_to_the_slot_already_handed_out() -> None:
    buckets = TokenBuckets(100.0)
    buckets.acquire("a.example")
    buckets.crawl_delay("a.example", 0.3)
    started = time.monotonic()
    buckets.acquire("a.example")
    assert time.monotonic() - started >= 0.28
