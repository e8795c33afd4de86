"""Per-scan fetch counters, per site, for the report's coverage rows.

Counts requests, retries by reason, cache hits, bytes received and seconds
spent waiting on each site's answers. Thread-safe. :func:`annotate` copies
them onto coverage rows; rows for services name their site differently
(``search:searxng`` is the ``searxng`` site id), which ``ALIASES`` records.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field, replace

from footprint.models import CoverageRow

ALIASES = {"search:searxng": "searxng", "search:brave": "brave", "search:duckduckgo": "duckduckgo"}


@dataclass
class SiteStats:
    requests: int = 0
    retries: Counter[str] = field(default_factory=Counter)
    cache_hits: int = 0
    bytes: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class RequestRecord:
    """One request on the wire (cache hits are not requests), for benchmarks and -vv logs."""

    site_id: str
    host: str
    url: str
    started: float
    finished: float
    kind: str  # "page", "robots", "redirect", "retry"


class FetchStats:
    def __init__(self) -> None:
        self.sites: dict[str, SiteStats] = {}
        self.requests: list[RequestRecord] = []
        self._lock = threading.Lock()

    def _site(self, site_id: str) -> SiteStats:
        return self.sites.setdefault(site_id, SiteStats())

    def request(self, record: RequestRecord, wire_bytes: int) -> None:
        with self._lock:
            stats = self._site(record.site_id)
            stats.requests += 1
            stats.bytes += wire_bytes
            stats.seconds += record.finished - record.started
            self.requests.append(record)

    def browser_request(self, site_id: str, host: str, url: str, started: float, finished: float) -> None:
        self.request(RequestRecord(site_id, host, url, started, finished, "browser"), 0)

    def retry(self, site_id: str, reason: str) -> None:
        with self._lock:
            self._site(site_id).retries[reason] += 1

    def cache_hit(self, site_id: str) -> None:
        with self._lock:
            self._site(site_id).cache_hits += 1

    def totals(self) -> dict[str, int]:
        """Scan-wide counters: ``requests``, ``retries``, ``retry/<reason>``, ``cache_hits``, ``bytes``."""
        with self._lock:
            out: Counter[str] = Counter()
            for s in self.sites.values():
                out["requests"] += s.requests
                out["cache_hits"] += s.cache_hits
                out["bytes"] += s.bytes
                out["retries"] += sum(s.retries.values())
                for reason, n in s.retries.items():
                    out[f"retry/{reason}"] += n
            return dict(out)

    def requests_by_site(self) -> dict[str, int]:
        """Requests so far by site id: a copy taken under the lock, since other fetch threads add sites
        while one thread reads (iterating ``sites`` itself then fails: "dictionary changed size")."""
        with self._lock:
            return {site_id: s.requests for site_id, s in self.sites.items()}

    def annotate(self, rows: list[CoverageRow] | tuple[CoverageRow, ...]) -> list[CoverageRow]:
        """The rows with this scan's counters for their site filled in."""
        out = []
        with self._lock:
            for row in rows:
                stats = self.sites.get(ALIASES.get(row.site, row.site))
                if stats is None:
                    out.append(row)
                    continue
                out.append(
                    replace(
                        row,
                        requests=stats.requests,
                        retries=sum(stats.retries.values()),
                        retry_reasons=dict(stats.retries),
                        cache_hits=stats.cache_hits,
                        bytes=stats.bytes,
                        seconds=round(stats.seconds, 3),
                    )
                )
        return out
