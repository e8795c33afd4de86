"""The evidence step: what shows an exposure, gathered once the findings are known.

Two parts, each with only the narrow piece of the fetch stage it needs:

- screenshots (:mod:`.screenshots`, :mod:`.focus`): after assess, the part
  of the page each finding is about, outlined and shot at readable size,
  through the fetcher's browser and its gate (robots.txt, rate limits,
  ``max_bytes``);
- photo GPS (:mod:`.gps`, :mod:`.exif`): the position in photos the subject
  posted, read with the fetcher's ``fetch_bytes``. It runs before assess,
  because a position in a photo is an exposure in itself.

A batch makes one :class:`Evidence` for all its subjects, so that a page
several of them share is shot once. Without a browser there are no
screenshots and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from footprint.evidence.screenshots import Camera
from footprint.models import Finding, Identity, Match

if TYPE_CHECKING:
    from footprint.config import Settings
    from footprint.evidence.gps import FetchBytes
    from footprint.fetch import Fetcher
    from footprint.sites import SiteDefinition

__all__ = ["Evidence"]


class Evidence:
    """The evidence step's tools: a camera (or None) and a way to read image bytes (or None)."""

    def __init__(self, camera: Camera | None = None, images: FetchBytes | None = None) -> None:
        self.camera = camera
        self.images = images

    @classmethod
    def for_fetcher(cls, fetcher: Fetcher, settings: Settings, sites: Mapping[str, SiteDefinition]) -> Evidence:
        """Evidence gathered through ``fetcher``'s browser, gate and image fetching."""
        return cls(Camera(fetcher.browser, fetcher.gate, settings.browser, sites), fetcher.fetch_bytes)

    def photo_gps(self, identity: Identity, matches: Iterable[Match]) -> tuple[Match, ...]:
        """The matches with the position of the subject's own photos filled in, where an image carries one."""
        if self.images is None:
            return tuple(matches)
        from footprint.evidence.gps import with_photo_gps  # it reads the assessment's kinds of page: imported late

        return with_photo_gps(identity, matches, self.images)

    def screenshots(
        self, matches: tuple[Match, ...], findings: tuple[Finding, ...]
    ) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
        """The matches and findings with evidence screenshots attached where one could be taken."""
        if self.camera is None:
            return matches, findings
        return self.camera.capture(matches, findings)

    def close(self) -> None:
        if self.camera is not None:
            self.camera.close()
