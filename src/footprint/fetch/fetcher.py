"""The fetcher: turns probes into pages, or into Skipped with a reason.

Reads the ``[fetch]`` and ``[mirrors]`` settings. Requests go through the
mirror map, the robots.txt cache and the per-host rate limiter; every
outcome is counted for the report's coverage section.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests

from footprint.config import Settings
from footprint.fetch import blocks
from footprint.fetch.mirrors import to_canonical, to_mirror
from footprint.fetch.ratelimit import RateLimiter, TokenBuckets
from footprint.fetch.robots import RobotsCache
from footprint.models import CoverageStatus, Page, Probe, Skipped
from footprint.sites import SiteDefinition, by_id

log = logging.getLogger(__name__)

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/json", "application/activity+json")


BLOCK_WORDS = {
    CoverageStatus.LOGIN_WALL: "the site asks visitors to log in",
    CoverageStatus.CAPTCHA: "the site shows a captcha or bot challenge",
    CoverageStatus.BLOCKED: "the site refused the request",
}


class Fetcher:
    """Fetches probes concurrently within per-host rate limits. Thread-safe."""

    def __init__(
        self,
        settings: Settings,
        sites: dict[str, SiteDefinition] | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.settings = settings
        self.fetch_settings = settings.fetch
        self.sites = by_id() if sites is None else sites
        self._local = threading.local()
        buckets = TokenBuckets(settings.fetch.rate_limit_rps)
        for site in self.sites.values():
            if site.rate_limit_rps:
                buckets.set_rate(self._request_host(site.base_url), site.rate_limit_rps)
        self._buckets = buckets
        self.limiter: RateLimiter = limiter or buckets
        self.robots = RobotsCache(settings.fetch.user_agent, self._download_robots)
        self.counters: Counter[str] = Counter()
        self.per_site_requests: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    # -- plumbing ---------------------------------------------------------
    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.fetch_settings.user_agent
            session.headers["Accept-Language"] = "en-US,en;q=0.8"
            session.max_redirects = self.fetch_settings.max_redirects
            if self.fetch_settings.proxy:
                session.proxies = {"http": self.fetch_settings.proxy, "https": self.fetch_settings.proxy}
            self._local.session = session
        return session

    def _request_host(self, canonical_url: str) -> str:
        return urlsplit(canonical_url).netloc or canonical_url

    def _count(self, key: str, site_id: str | None = None, n: int = 1) -> None:
        with self._count_lock:
            self.counters[key] += n
            if site_id:
                self.per_site_requests[site_id] += n

    def _download_robots(self, url: str) -> tuple[int, str] | None:
        self.limiter.acquire(urlsplit(url).netloc)
        try:
            resp = self._session().get(
                to_mirror(url, self.settings.mirrors),
                timeout=(self.fetch_settings.connect_timeout_s, self.fetch_settings.read_timeout_s),
            )
        except requests.RequestException:
            return None
        self._count("requests")
        return resp.status_code, resp.text[:500_000]

    # -- public -----------------------------------------------------------
    def fetch_all(self, probes: Iterable[Probe]) -> list[Page | Skipped]:
        """Fetch every probe; results keep the probes' order."""
        todo = list(probes)
        if not todo:
            return []
        workers = max(1, min(self.fetch_settings.max_workers, len(todo)))
        # Each host's first request goes before any host's second: a worker waiting on one
        # host's rate limit then never holds up the hosts that could be fetched meanwhile.
        seen: Counter[str] = Counter()
        turns = []
        for probe in todo:
            host = urlsplit(probe.url).netloc
            turns.append(seen[host])
            seen[host] += 1
        order = sorted(range(len(todo)), key=lambda i: (turns[i], i))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            done = list(pool.map(self.fetch, [todo[i] for i in order]))
        results: list[Page | Skipped] = [done[0]] * len(todo)
        for position, i in enumerate(order):
            results[i] = done[position]
        return results

    def fetch(self, probe: Probe) -> Page | Skipped:
        site = self.sites.get(probe.site_id)
        manual = probe.url
        if not probe.url.startswith(("http://", "https://")):
            return Skipped(probe, CoverageStatus.SKIPPED, "not an http(s) URL")
        target = to_mirror(probe.url, self.settings.mirrors)
        # Rate limits and robots.txt belong to the real site, so both key on the canonical URL.
        host = urlsplit(probe.url).netloc
        # A "service" is an API the user configured or an official registry API, not a crawl.
        obey = self.fetch_settings.obey_robots and probe.purpose != "service"
        if obey and not self.robots.allowed(probe.url):
            self._count("robots_disallowed")
            return Skipped(probe, CoverageStatus.ROBOTS_DISALLOWED, "robots.txt disallows this URL", manual)
        if obey:
            delay = self.robots.crawl_delay(probe.url)
            if delay and delay > 1.0 / max(self._buckets.rate(host), 1e-9):
                self._buckets.set_rate(host, 1.0 / delay)
        self.limiter.acquire(host)
        started = time.monotonic()
        extra = _request_extras(probe)
        if extra is None:
            return Skipped(probe, CoverageStatus.SKIPPED, "an API key it needs is not set in the environment", manual)
        try:
            resp = self._session().request(
                probe.method,
                target,
                timeout=(self.fetch_settings.connect_timeout_s, self.fetch_settings.read_timeout_s),
                allow_redirects=True,
                **extra,
            )
        except requests.Timeout:
            self._count("requests", probe.site_id)
            return Skipped(probe, CoverageStatus.TIMEOUT, "the site did not answer in time", manual)
        except requests.TooManyRedirects:
            self._count("requests", probe.site_id)
            return Skipped(probe, CoverageStatus.HTTP_ERROR, "too many redirects", manual)
        except requests.RequestException as exc:
            self._count("requests", probe.site_id)
            return Skipped(probe, CoverageStatus.HTTP_ERROR, f"request failed: {type(exc).__name__}", manual)
        self._count("requests", probe.site_id)
        elapsed = time.monotonic() - started
        final_url = _without_secrets(to_canonical(resp.url, self.settings.mirrors), probe)
        body = resp.content[: self.fetch_settings.max_bytes].decode(resp.encoding or "utf-8", errors="replace")
        block = blocks.detect(resp.status_code, final_url, body, site)
        if block is not None:
            self._count(f"blocked/{block.value}")
            where = f"HTTP {resp.status_code}" + (f", redirected to {final_url}" if final_url != probe.url else "")
            return Skipped(probe, block, f"{BLOCK_WORDS[block]} ({where})", manual)
        if resp.status_code in probe.accept_status:
            pass  # the caller reads this status itself (a username check's "no such account")
        elif resp.status_code == 404 or resp.status_code == 410:
            return Skipped(probe, CoverageStatus.NOT_FOUND, f"HTTP {resp.status_code}", manual)
        elif resp.status_code >= 400:
            return Skipped(probe, CoverageStatus.HTTP_ERROR, f"HTTP {resp.status_code}", manual)
        content_type = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return Page(
            probe=probe,
            status=resp.status_code,
            body=body,
            content_type=content_type,
            final_url=final_url,
            elapsed_s=elapsed,
        )


def _request_extras(probe: Probe) -> dict[str, Any] | None:
    """Headers, form body and secret parameters for a request; None when a secret is missing."""
    from footprint.config import secret

    headers = dict(probe.headers)
    for name, env in probe.secret_headers:
        value = secret(env)
        if value is None:
            return None
        headers[name] = value
    params = {}
    for name, env in probe.secret_params:
        value = secret(env)
        if value is None:
            return None
        params[name] = value
    extra: dict[str, Any] = {}
    if headers:
        extra["headers"] = headers
    if params:
        extra["params"] = params
    if probe.form:
        extra["data"] = list(probe.form)
    return extra


def _without_secrets(url: str, probe: Probe) -> str:
    """The URL with secret query parameters removed, so a key never reaches a page or a report."""
    if not probe.secret_params:
        return url
    parts = urlsplit(url)
    names = {name for name, _ in probe.secret_params}
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    return urlunsplit(parts._replace(query=urlencode(kept)))
