"""What the pipeline needs from a fetcher, as a Protocol.

:class:`footprint.fetch.Fetcher` is the implementation for one scan; a batch
wraps one shared Fetcher (:mod:`footprint.fetch.shared`) so that every
subject draws on the same rate limits, robots.txt cache and fetched pages.
Evidence (screenshots, photo GPS) is not fetched through this interface:
the evidence step (:mod:`footprint.evidence`) has its own, narrower one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from footprint.models import CoverageRow, Page, Probe, Skipped


class PageSource(Protocol):
    """Turns probes into pages or Skipped, and counts what it did for the coverage section."""

    @property
    def counters(self) -> Mapping[str, int]: ...

    @property
    def per_site_requests(self) -> Mapping[str, int]: ...

    def fetch(self, probe: Probe) -> Page | Skipped: ...

    def fetch_all(self, probes: Iterable[Probe]) -> list[Page | Skipped]: ...

    def fetch_each(self, probes: Sequence[Probe]) -> Iterator[tuple[int, Page | Skipped]]:
        """Every probe fetched concurrently: (its index in ``probes``, its result) as each comes in.

        The caller reads the pages that are in while the rest are still on the wire.
        """
        ...

    def annotate(self, rows: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
        """Coverage rows with the request counts, retries, cache hits, bytes and seconds per site."""
        ...

    def robots_notes(self) -> Mapping[str, str]:
        """Why a site's robots.txt was treated as allow-all, by site id."""
        ...
