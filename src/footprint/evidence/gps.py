"""Photo GPS: the position stored in images the subject posted, for location_exposure.

For each confirmed social page, up to ``limit`` of the subject's own photos
without a known position are fetched (at most ``max_bytes`` each) and their
EXIF GPS read with ``exif.py``. Photos others posted are never fetched:
their position is not the subject's.

The one part of the evidence step that runs before assess: a position in a
photo is an exposure in itself, so the assessment must know it. It needs
one thing from the fetch stage, :data:`FetchBytes` (a fetcher's
``fetch_bytes``: robots.txt, rate limits, cache and mirrors apply).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from footprint.assess.detectors.base import SOCIAL_KINDS
from footprint.evidence.exif import gps_from_image
from footprint.extract.social import normalise_handle
from footprint.models import Identity, Match, Photo

FetchBytes = Callable[[str, str, int], bytes | None]  # (url, site_id, max_bytes) -> bytes or None
IMAGE_MAX_BYTES = 2_000_000
IMAGE_LIMIT = 10


def with_photo_gps(
    identity: Identity,
    matches: Iterable[Match],
    fetch: FetchBytes,
    *,
    limit: int = IMAGE_LIMIT,
    max_bytes: int = IMAGE_MAX_BYTES,
) -> tuple[Match, ...]:
    """The matches, with GPS filled in on the subject's own photos where the image carries one."""
    handles = {normalise_handle(h) for h in identity.subject.handles}
    budget = [limit]

    def locate(photo: Photo, site_id: str) -> Photo:
        if photo.gps is not None or photo.posted_by not in handles or budget[0] <= 0 or not photo.url:
            return photo
        budget[0] -= 1
        data = fetch(photo.url, site_id, max_bytes)
        gps = gps_from_image(data, max_bytes=max_bytes) if data else None
        return replace(photo, gps=gps) if gps else photo

    out = []
    for m in matches:
        page = m.page
        if handles and page.photos and page.kind in SOCIAL_KINDS and m.result.decision.is_match:
            photos = tuple(locate(p, page.site_id) for p in page.photos)
            m = replace(m, page=replace(page, photos=photos))
        out.append(m)
    return tuple(out)
