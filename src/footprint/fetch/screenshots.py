"""Evidence screenshots of confirmed pages and of the pages behind findings.

Reads ``[browser] screenshots`` and ``max_screenshots``. Cheap by design:
only pages matched as *confirmed* and pages with findings, at most
``max_screenshots`` of them, each through the same rate limit and
robots.txt as any fetch. PNGs go to an owner-only temporary folder; the
report moves them next to itself. No browser: no screenshots, nothing else
changes.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from footprint.fetch.mirrors import to_mirror
from footprint.models import Decision, Finding, Match

if TYPE_CHECKING:
    from footprint.fetch.fetcher import Fetcher

log = logging.getLogger(__name__)


def targets(matches: tuple[Match, ...], findings: tuple[Finding, ...], limit: int) -> list[tuple[str, str]]:
    """(url, site) pairs worth a screenshot, findings first (worst first), then confirmed pages."""
    out: dict[str, str] = {}
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        if f.url.startswith(("http://", "https://")):
            out.setdefault(f.url, f.site)
    for m in matches:
        if m.result.decision == Decision.CONFIRMED and m.page.url.startswith(("http://", "https://")):
            out.setdefault(m.page.url, m.page.site_id)
    return list(out.items())[: max(0, limit)]


def capture(
    fetcher: Fetcher, matches: tuple[Match, ...], findings: tuple[Finding, ...]
) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
    """The matches and findings with screenshot paths set where one was taken."""
    settings = fetcher.settings.browser
    if not (settings.enabled and settings.screenshots):
        return matches, findings
    wanted = targets(matches, findings, settings.max_screenshots)
    if not wanted or not fetcher.browser.available():
        return matches, findings
    folder = Path(tempfile.mkdtemp(prefix="footprint-evidence-"))
    os.chmod(folder, 0o700)
    shots: dict[str, str] = {}
    for n, (url, site) in enumerate(wanted, start=1):
        if fetcher.fetch_settings.obey_robots and not fetcher.robots.allowed(url):
            continue
        path = folder / f"{n:02d}-{re.sub(r'[^a-z0-9_-]+', '-', site.lower())}.png"
        fetcher.limiter.acquire(urlsplit(url).netloc)
        if fetcher.browser.screenshot(to_mirror(url, fetcher.settings.mirrors), path):
            os.chmod(path, 0o600)
            shots[url] = str(path)
    if shots:
        log.info("%d evidence screenshot(s) in %s", len(shots), folder)
    return (
        tuple(
            replace(m, page=replace(m.page, screenshot=shots[m.page.url])) if m.page.url in shots else m
            for m in matches
        ),
        tuple(replace(f, screenshot=shots[f.url]) if f.url in shots else f for f in findings),
    )
