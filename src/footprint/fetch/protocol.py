"""What the pipeline needs from a fetcher, as a Protocol.

:class:`footprint.fetch.Fetcher` is the implementation for one scan; a batch
wraps one shared Fetcher (:mod:`footprint.fetch.shared`) so that every
subject draws on the same rate limits, robots.txt cache and fetched pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from footprint.models import CoverageRow, Finding, Match, Page, Probe, Skipped


class PageSource(Protocol):
    """Turns probes into pages or Skipped, and counts what it did for the coverage section."""

    @property
    def counters(self) -> Mapping[str, int]: ...

    @property
    def per_site_requests(self) -> Mapping[str, int]: ...

    def fetch(self, probe: Probe) -> Page | Skipped: ...

    def fetch_all(self, probes: Iterable[Probe]) -> list[Page | Skipped]: ...

    def fetch_bytes(self, url: str, site_id: str, max_bytes: int) -> bytes | None:
        """Raw bytes of one small file (an image), or None when it cannot be had."""
        ...

    def capture_evidence(
        self, matches: tuple[Match, ...], findings: tuple[Finding, ...]
    ) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
        """Matches and findings with evidence screenshots attached where one could be taken."""
        ...

    def annotate(self, rows: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
        """Coverage rows with the request counts, retries, cache hits, bytes and seconds per site."""
        ...

    def robots_notes(self) -> Mapping[str, str]:
        """Why a site's robots.txt was treated as allow-all, by site id."""
        ...
