"""The fetcher: turns probes into pages, or into Skipped with a reason.

Reads ``[fetch]``, ``[browser]`` and ``[mirrors]``. For each probe it checks
the address (no private address a configured endpoint does not cover) and
robots.txt, follows redirects hop by hop (each hop checked the same way and
rate-limited; a hop to a login page stops there; a redirect the probe
accepts as its answer is not followed), reads the answer through
:class:`Transfer` (cache, retries, capped body, total timeout) and lets
``verdict`` say what the answer is (a page, a wall, a missing record, a
failure). Sites marked ``requires_browser`` are rendered by Chromium.
Every outcome is counted for the report's coverage section.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from urllib.parse import urljoin, urlsplit

from footprint.config import Settings
from footprint.fetch import blocks, content, http_status, verdict
from footprint.fetch.browser import Browser
from footprint.fetch.cache import HttpCache
from footprint.fetch.gate import Gate
from footprint.fetch.mirrors import to_canonical, to_mirror
from footprint.fetch.ratelimit import RateLimiter, TokenBuckets
from footprint.fetch.robots import MAX_REDIRECTS as ROBOTS_REDIRECTS
from footprint.fetch.robots import RobotsCache, RobotsFile
from footprint.fetch.secrets import request_extras
from footprint.fetch.stats import FetchStats
from footprint.fetch.transfer import Transfer
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Page,
    Probe,
    ProbePurpose,
    Skipped,
)
from footprint.sites import SiteDefinition, by_id

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_WHOLE_SITE = "robots.txt forbids crawlers the whole site"
ROBOTS_MAX_BYTES = 500_000


class Fetcher:
    """Fetches probes concurrently within per-host rate limits. Thread-safe."""

    def __init__(
        self,
        settings: Settings,
        sites: dict[str, SiteDefinition] | None = None,
        limiter: RateLimiter | None = None,
        browser: Browser | None = None,
    ) -> None:
        self.settings = settings
        self.fetch_settings = settings.fetch
        self.sites = by_id() if sites is None else sites
        # Whatever keeps the buckets (this process, or Redis for workers on several machines) learns
        # every site's rate here and every Crawl-delay below, through the one RateLimiter interface.
        self.limiter: RateLimiter = limiter or TokenBuckets(settings.fetch.rate_limit_rps)
        for site in self.sites.values():
            if site.rate_limit_rps:
                self.limiter.set_rate(urlsplit(site.base_url).netloc, site.rate_limit_rps)
        self.stats = FetchStats()
        self.cache = HttpCache.from_settings(settings.fetch)
        self.transfer = Transfer(settings, self.limiter, self.cache, self.stats)
        self.robots = RobotsCache(settings.fetch.user_agent, self._download_robots)
        self.browser = browser or Browser(settings.browser, settings.fetch.user_agent)
        # The browser's every request goes through this: robots.txt, rate limits, max_bytes, no retries.
        self.gate = Gate.over(self.transfer, self.robots if settings.fetch.obey_robots else None, settings)
        self.counters: Counter[str] = Counter()
        self.per_site_requests: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    # -- counting ----------------------------------------------------------
    def _count(self, key: str, n: int = 1) -> None:
        with self._count_lock:
            self.counters[key] += n

    def _sync_counters(self) -> None:
        """Fold the transfer statistics into ``counters`` and ``per_site_requests``."""
        totals = self.stats.totals()
        by_site = self.stats.requests_by_site()
        with self._count_lock:
            for key, value in totals.items():
                self.counters[key] = value
            for site_id, requests in by_site.items():
                self.per_site_requests[site_id] = requests  # a Counter's update() would add

    def _site_for(self, url: str) -> str:
        for site in self.sites.values():
            if site.owns(url):
                return site.id
        return urlsplit(url).netloc

    def _download_robots(self, url: str) -> RobotsFile:
        """A robots.txt, following up to five redirects (RFC 9309), each hop checked like any request."""
        site = self._site_for(url)
        for _hop in range(ROBOTS_REDIRECTS + 1):
            answer = self.transfer.get(url, site, "any", hop="robots", max_bytes=ROBOTS_MAX_BYTES)
            self._sync_counters()
            if answer.failure is not None and answer.status < 400:
                return RobotsFile(failure=answer.detail)
            location = answer.header("Location")
            if answer.status not in REDIRECTS or not location:
                return RobotsFile(answer.status, content.decode(answer.body, answer.content_type))
            url = to_canonical(urljoin(answer.url, location), self.settings.mirrors)
            if not url.startswith(("http://", "https://")) or self._unmirrored(url):
                return RobotsFile(failure=f"redirected to {url}, which footprint does not fetch")
        return RobotsFile(answer.status, too_many_redirects=True)

    # -- public ------------------------------------------------------------
    def fetch_all(self, probes: Iterable[Probe]) -> list[Page | Skipped]:
        """Fetch every probe; results keep the probes' order."""
        todo = list(probes)
        results: list[Page | Skipped | None] = [None] * len(todo)
        for index, result in self.fetch_each(todo):
            results[index] = result
        return [r for r in results if r is not None]

    def fetch_each(self, probes: Sequence[Probe]) -> Iterator[tuple[int, Page | Skipped]]:
        """Fetch every probe; yield (index in ``probes``, result) as each is in, while the others go on."""
        if not probes:
            return
        workers = max(1, min(self.fetch_settings.max_workers, len(probes)))
        # Hosts take turns in the queue, so no host's rate limit holds up the workers others could use.
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            pending = {pool.submit(self.fetch, probes[i]): i for i in _interleave_by_host(list(probes))}
            for done in as_completed(pending):
                yield pending[done], done.result()

    def fetch(self, probe: Probe) -> Page | Skipped:
        try:
            return self._fetch(probe)
        except Exception as exc:  # noqa: BLE001 - one hostile answer never ends a scan
            log.warning("could not fetch %s: %s: %s", probe.url, type(exc).__name__, exc)
            return Skipped(probe, CoverageStatus.HTTP_ERROR, f"unexpected answer: {type(exc).__name__}", probe.page_url)
        finally:
            self._sync_counters()

    def _unmirrored(self, url: str) -> bool:
        """True when only mirrors may be fetched and ``url`` is neither mapped to one nor on one."""
        if not self.fetch_settings.mirrors_only or to_mirror(url, self.settings.mirrors) != url:
            return False
        return _origin(url) not in {_origin(target) for target in self.settings.mirrors.values()}

    def _offline(self, probe: Probe, url: str) -> Skipped:
        why = f"no mirror for {urlsplit(url).netloc} ([fetch] mirrors_only)"
        return Skipped(probe, CoverageStatus.SKIPPED, why, probe.page_url)

    def host_rate(self, host: str) -> float:
        """Requests per second allowed to ``host`` now (site definitions and Crawl-delay included)."""
        return self.limiter.rate(host)

    def close(self) -> None:
        self.browser.close()
        if self.cache is not None:
            self.cache.close()

    # -- the steps ---------------------------------------------------------
    def _fetch(self, probe: Probe) -> Page | Skipped:
        if not probe.url.startswith(("http://", "https://")):
            return Skipped(probe, CoverageStatus.SKIPPED, "not an http(s) URL")
        if self._unmirrored(probe.url):
            return self._offline(probe, probe.url)
        site = self.sites.get(probe.site_id)
        if site is not None and site.requires_browser:
            return self._render(probe, site)
        started = time.monotonic()
        extra = request_extras(probe)
        if extra is None:
            why = "an API key it needs is not set in the environment"
            return Skipped(probe, CoverageStatus.SKIPPED, why, probe.page_url)
        kind = content.expected_kind(probe)
        url = probe.url
        visited = [url]
        for _hop in range(self.fetch_settings.max_redirects + 1):
            first = url == probe.url
            refused = self._address_refusal(probe, url, first) or self._robots_refusal(probe, url)
            if refused is not None:
                return refused
            # Only the first hop carries the method, form and secrets: a redirect is followed with a plain GET.
            # The probe's accepted statuses are its own answers (a username check's "no such account"):
            # not retried, and a redirect among them is not followed.
            accept = probe.accept_status if first else ()
            answer = self.transfer.get(
                url,
                probe.site_id,
                kind,
                hop="page" if first else "redirect",
                method=probe.method if first else "GET",
                extra=extra if first else None,
                accept=accept,
            )
            follow = answer.status in REDIRECTS and answer.status not in accept
            if answer.failure is None and follow and answer.header("Location"):
                nxt = to_canonical(urljoin(answer.url, answer.header("Location")), self.settings.mirrors)
                if verdict.absent_redirect(probe, site, nxt):
                    # Threads sends a missing account to its login page: the redirect is the answer.
                    return Page(probe, answer.status, "", "text/html", nxt, time.monotonic() - started)
                stop = verdict.redirect_stop(probe, answer, nxt, visited, self._count)
                if stop is not None:
                    return stop
                if self._unmirrored(nxt):
                    return self._offline(probe, nxt)
                visited.append(nxt)
                url = nxt
                continue
            return verdict.judge(
                probe, site, kind, answer, url, time.monotonic() - started, self._count, self.fetch_settings.max_bytes
            )
        return Skipped(
            probe,
            CoverageStatus.HTTP_ERROR,
            f"more than {self.fetch_settings.max_redirects} redirects",
            probe.page_url,
        )

    def _address_refusal(self, probe: Probe, url: str, first: bool) -> Skipped | None:
        """A private address no configured endpoint covers is not asked for, nor is its robots.txt."""
        refusal = self.transfer.addresses.refusal(to_mirror(url, self.settings.mirrors))
        if refusal is None:
            return None
        self._count("refused_address")
        log.warning("not fetching %s: %s", url, refusal)
        why = refusal if first else f"redirected to {url}: {refusal}"
        return Skipped(probe, CoverageStatus.SKIPPED, why, probe.page_url)

    def _robots_refusal(self, probe: Probe, url: str) -> Skipped | None:
        # A service is an API the user configured or an official registry API, not a crawl.
        if not self.fetch_settings.obey_robots or probe.purpose == ProbePurpose.SERVICE:
            return None
        refusal = self.robots.refusal(url)
        if refusal is not None:
            self._count("robots_disallowed")
            if refusal == "robots.txt disallows this URL" and self.robots.refusal(_origin(url) + "/") is not None:
                # Facebook, X and Reddit refuse every crawler but named search engines the whole site.
                refusal = ROBOTS_WHOLE_SITE
            return Skipped(probe, CoverageStatus.ROBOTS_DISALLOWED, refusal, probe.page_url)
        delay = self.robots.crawl_delay(url)
        if delay:
            self.limiter.crawl_delay(urlsplit(url).netloc, delay)
        return None

    def fetch_bytes(self, url: str, site_id: str, max_bytes: int) -> bytes | None:
        """Raw bytes of one small image, or None: robots.txt, rate limits, retries, cache and mirrors apply.

        Reads at most ``max_bytes + 1`` bytes, so a caller can tell a file that is too big.
        """
        if not url.startswith(("http://", "https://")) or self._unmirrored(url):
            return None
        if self.transfer.addresses.refusal(to_mirror(url, self.settings.mirrors)) is not None:
            self._count("refused_address")
            return None
        if self.fetch_settings.obey_robots and not self.robots.allowed(url):
            self._count("robots_disallowed")
            return None
        try:
            answer = self.transfer.get(url, site_id, "image", hop="image", max_bytes=max_bytes + 1)
        finally:
            self._sync_counters()
        if answer.failure is not None or answer.refused_type or answer.status != 200:
            return None
        return answer.body

    def annotate(self, rows: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
        """Coverage rows with this scan's requests, retries, cache hits, bytes and seconds per site."""
        return tuple(self.stats.annotate(tuple(rows)))

    def robots_notes(self) -> dict[str, str]:
        """Why a site's robots.txt was treated as allow-all, by site id (sites whose robots.txt was fine: none)."""
        notes: dict[str, list[str]] = {}
        for origin, note in list(self.robots.notes.items()):
            notes.setdefault(self._site_for(origin), []).append(note)
        return {site: "; ".join(dict.fromkeys(found)) for site, found in notes.items()}

    def _render(self, probe: Probe, site: SiteDefinition) -> Page | Skipped:
        """A page from a site that only works in a browser."""
        # robots.txt first: a site that forbids crawlers forbids a browser too, whether or not one is installed.
        refused = self._address_refusal(probe, probe.url, True) or self._robots_refusal(probe, probe.url)
        if refused is not None:
            return refused
        if not self.browser.available():
            return Skipped(probe, CoverageStatus.SKIPPED, f"needs a browser: {self.browser.missing_reason}", probe.url)
        started = time.monotonic()
        # The browser asks the gate for the page and everything on it: rate-limited, counted, capped.
        net = self.gate.page(probe.url, probe.site_id, scripts=True)
        rendered = self.browser.render(probe.url, net, self.fetch_settings.max_bytes)
        if net.budget.truncated:
            self._count("truncated")
        if rendered.error:
            return Skipped(probe, CoverageStatus.HTTP_ERROR, f"the browser could not load the page: {rendered.error}")
        final = to_canonical(rendered.url, self.settings.mirrors)
        block = blocks.detect(rendered.status, final, rendered.html, site)
        if block is not None:
            return Skipped(
                probe, block, f"{verdict.BLOCK_WORDS[block]} (HTTP {rendered.status}, in the browser)", probe.url
            )
        gap = http_status.gap(rendered.status)
        if gap is not None:
            return Skipped(probe, gap, f"HTTP {rendered.status}", probe.url)
        return Page(probe, rendered.status, rendered.html, "text/html", final, time.monotonic() - started)


def _interleave_by_host(probes: list[Probe]) -> list[int]:
    """Probe indexes, taking one per host in turn (first come, first served within a host)."""
    queues: dict[str, list[int]] = {}
    for i, probe in enumerate(probes):
        queues.setdefault(urlsplit(probe.url).netloc, []).append(i)
    order: list[int] = []
    while queues:
        for host in list(queues):
            order.append(queues[host].pop(0))
            if not queues[host]:
                del queues[host]
    return order


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
