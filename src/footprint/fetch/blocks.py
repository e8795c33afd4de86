"""Block detection: login walls, captchas and challenges become coverage, never "not found".

Generic markers live in ``markers.yaml``; each site definition adds its own under
``block_markers``. The check looks at the status, the final URL and the body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources

import yaml

from footprint.models import CoverageStatus
from footprint.sites import SAFE_LOADER, SiteDefinition


def _load_markers() -> dict[CoverageStatus, tuple[str, ...]]:
    text = resources.files("footprint.fetch").joinpath("markers.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    return {CoverageStatus(kind): tuple(str(m) for m in found) for kind, found in raw.items()}


GENERIC_MARKERS: dict[CoverageStatus, tuple[str, ...]] = _load_markers()

LOGIN_PATH = re.compile(r"/(login|signin|sign-in|accounts/login|authwall|checkpoint)(\b|/|\?|\.)", re.I)


def detect(
    status: int,
    final_url: str,
    body: str,
    site: SiteDefinition | None,
    headers: Mapping[str, str] | None = None,
) -> CoverageStatus | None:
    """The block a response shows, or None when it looks like a real answer."""
    # Cloudflare marks its challenge pages with this header, whatever the page says.
    if headers is not None and headers.get("cf-mitigated", "").lower() == "challenge":
        return CoverageStatus.CAPTCHA
    if LOGIN_PATH.search(final_url):
        return CoverageStatus.LOGIN_WALL
    head = body[:200_000]
    markers = dict(GENERIC_MARKERS)
    if site is not None:
        for name, extra in site.block_markers.items():
            key = CoverageStatus(name)
            markers[key] = (*extra, *markers.get(key, ()))
    for kind in (CoverageStatus.CAPTCHA, CoverageStatus.LOGIN_WALL):
        if any(m in head for m in markers.get(kind, ())):
            return kind
    # "Access Denied" in the text of a normal page is news, not a block.
    if status >= 400 and any(m in head for m in markers.get(CoverageStatus.BLOCKED, ())):
        return CoverageStatus.BLOCKED
    if status in (401, 403, 429) or (status == 503 and "cloudflare" in head.lower()):
        return CoverageStatus.BLOCKED
    return None
