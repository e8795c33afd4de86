"""Evidence screenshots of confirmed pages and of the pages behind findings.

Reads ``[browser] screenshots`` and ``max_screenshots``. Cheap by design:
only pages matched as *confirmed* and pages with findings, at most
``max_screenshots`` of them, each through the same rate limit and
robots.txt as any fetch. PNGs go to an owner-only temporary folder; the
report moves them next to itself. A page is shot once per fetcher, so a
batch shoots a page that several subjects share once. No browser: no screenshots, nothing else
changes.

A :class:`Camera` is given the parts of a fetcher it needs (browser, rate
limiter, robots.txt cache, mirrors), never the fetcher itself.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from footprint.config import BrowserSettings
from footprint.fetch.browser import Browser
from footprint.fetch.mirrors import to_mirror
from footprint.fetch.ratelimit import RateLimiter
from footprint.fetch.robots import RobotsCache
from footprint.models import Decision, Finding, Match, PageKind

log = logging.getLogger(__name__)


def targets(matches: tuple[Match, ...], findings: tuple[Finding, ...], limit: int) -> list[tuple[str, str]]:
    """(url, site) pairs worth a screenshot, findings first (worst first), then confirmed pages.

    Only pages the scan fetched: a finding from the physician's own data
    export links to the network, where a screenshot would show a login page.
    """
    fetched = {m.page.url for m in matches if m.page.kind != PageKind.EXPORT_ITEM}
    out: dict[str, str] = {}
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        if f.url in fetched and not f.source_ref and f.url.startswith(("http://", "https://")):
            out.setdefault(f.url, f.site)
    for m in matches:
        if (
            m.result.decision == Decision.CONFIRMED
            and m.page.url in fetched
            and m.page.url.startswith(("http://", "https://"))
        ):
            out.setdefault(m.page.url, m.page.site_id)
    return list(out.items())[: max(0, limit)]


class ShotMemo:
    """Screenshots already taken, by URL, for one fetcher's life (a scan, or a whole batch).

    Each scan gets its own copy in its own folder (the report moves it), so
    a page that several subjects of a batch share is shot once. ``close``
    deletes the originals: they hold personal data.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()  # held while shooting: the browser takes one job at a time anyway
        self.shots: dict[str, Path | None] = {}
        self._folder: Path | None = None

    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="footprint-shots-"))
            os.chmod(self._folder, 0o700)
        return self._folder

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.shots.clear()


class Camera:
    """Evidence screenshots through one fetcher's browser, taken as politely as any of its requests.

    ``limiter`` is the fetcher's per-host rate limit, ``robots`` its
    robots.txt cache (None when robots.txt is not obeyed) and ``mirrors``
    the ``[mirrors]`` table. Close it with the fetcher.
    """

    def __init__(
        self,
        browser: Browser,
        settings: BrowserSettings,
        limiter: RateLimiter,
        robots: RobotsCache | None,
        mirrors: Mapping[str, str],
    ) -> None:
        self.browser = browser
        self.settings = settings
        self.limiter = limiter
        self.robots = robots
        self.mirrors = mirrors
        self.memo = ShotMemo()

    def capture(
        self, matches: tuple[Match, ...], findings: tuple[Finding, ...]
    ) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
        """The matches and findings with screenshot paths set where one was taken."""
        if not (self.settings.enabled and self.settings.screenshots):
            return matches, findings
        wanted = targets(matches, findings, self.settings.max_screenshots)
        if not wanted or not self.browser.available():
            return matches, findings
        folder = Path(tempfile.mkdtemp(prefix="footprint-evidence-"))
        os.chmod(folder, 0o700)
        shots: dict[str, str] = {}
        for n, (url, site) in enumerate(wanted, start=1):
            original = self._shot(url, site)
            if original is None:
                continue
            path = folder / f"{n:02d}-{_slug(site)}.png"
            shutil.copyfile(original, path)
            os.chmod(path, 0o600)
            shots[url] = str(path)
        if shots:
            log.info("%d evidence screenshot(s) in %s", len(shots), folder)
        else:
            folder.rmdir()
        return (
            tuple(
                replace(m, page=replace(m.page, screenshot=shots[m.page.url])) if m.page.url in shots else m
                for m in matches
            ),
            tuple(replace(f, screenshot=shots[f.url]) if f.url in shots else f for f in findings),
        )

    def close(self) -> None:
        self.memo.close()

    def _shot(self, url: str, site: str) -> Path | None:
        """The memo's screenshot of ``url``, taken now if it was not taken before."""
        memo = self.memo
        with memo.lock:
            if url in memo.shots:
                return memo.shots[url]
            path: Path | None = None
            if self.robots is None or self.robots.allowed(url):
                path = memo.folder() / f"{len(memo.shots) + 1:04d}-{_slug(site)}.png"
                self.limiter.acquire(urlsplit(url).netloc)
                if self.browser.screenshot(to_mirror(url, self.mirrors), path):
                    os.chmod(path, 0o600)
                else:
                    path = None
            memo.shots[url] = path
            return path


def _slug(site: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", site.lower())
