"""Evidence screenshots: the part of the page each finding is about, outlined, and confirmed pages.

Reads ``[browser] screenshots`` and ``max_screenshots``. Findings come first,
worst first: for each, the page it is on is opened once and every exposed
part on it is shot (:mod:`footprint.evidence.focus`); then, while the
budget lasts, the top of each confirmed page. Not shot: pages that are API
answers (a JSON document is not what a patient sees; the finding's text
says it all), items of the physician's own data export (the network would
show a login page), pages about someone else.

Every request goes through the fetcher's browser gate (robots.txt, the
host's rate limit, ``max_bytes``), with JavaScript off unless the site
needs it. PNGs go to an owner-only scratch folder (:mod:`footprint.scratch`)
that the report moves next to itself. A page is opened once per fetcher's
life, so a batch shoots a page that several subjects share once.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from footprint import scratch
from footprint.config import BrowserSettings
from footprint.evidence import focus
from footprint.evidence.focus import Needle
from footprint.fetch.browser import Browser, BrowserError
from footprint.fetch.gate import Gate
from footprint.models import Decision, Finding, Match, PageKind
from footprint.sites import SiteDefinition

log = logging.getLogger(__name__)

TOP = "#top"  # the memo key of a page's first screen


@dataclass(frozen=True)
class Target:
    """One page to open, and what to shoot on it."""

    url: str
    site: str
    needles: tuple[Needle, ...]
    top: bool  # the first screen too (a confirmed page)


def shootable(m: Match) -> bool:
    """A page a patient could open and see as it is: fetched over http(s), not an API answer or an export item."""
    page = m.page
    return page.kind != PageKind.EXPORT_ITEM and not page.from_api and page.url.startswith(("http://", "https://"))


def plan(matches: tuple[Match, ...], findings: tuple[Finding, ...], limit: int) -> list[Target]:
    """The pages to open, worst finding first, with at most ``limit`` shots in all."""
    pages = {m.page.url: m for m in matches if shootable(m) and m.result.decision.is_match}
    wanted: dict[str, list[Needle]] = {}
    budget = max(0, limit)
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        if f.url not in pages or f.source_ref or not (f.highlight or f.excerpt):
            continue
        needle = Needle(f.highlight, f.excerpt)
        if budget > 0 and needle not in wanted.get(f.url, []):
            wanted.setdefault(f.url, []).append(needle)
            budget -= 1
    tops: set[str] = set()
    for m in matches:
        if m.page.url in pages and m.result.decision == Decision.CONFIRMED and budget > 0 and m.page.url not in tops:
            tops.add(m.page.url)
            budget -= 1
    order = [*wanted, *(url for url in pages if url in tops and url not in wanted)]
    return [Target(url, pages[url].page.site_id, tuple(wanted.get(url, ())), url in tops) for url in order]


class Camera:
    """Evidence screenshots through one fetcher's browser and gate. Close it with the fetcher."""

    def __init__(
        self,
        browser: Browser,
        gate: Gate,
        settings: BrowserSettings,
        sites: Mapping[str, SiteDefinition],
    ) -> None:
        self.browser = browser
        self.gate = gate
        self.settings = settings
        self.sites = sites
        self._lock = threading.Lock()  # the browser takes one page at a time anyway
        self._memo: dict[tuple[str, str], Path | None] = {}
        self._folder: Path | None = None

    def capture(
        self, matches: tuple[Match, ...], findings: tuple[Finding, ...]
    ) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
        """The matches and findings with screenshot paths set where one was taken."""
        if not (self.settings.enabled and self.settings.screenshots):
            return matches, findings
        targets = plan(matches, findings, self.settings.max_screenshots)
        if not targets or not self.browser.available():
            return matches, findings
        folder = scratch.folder("footprint-evidence-")
        taken: dict[tuple[str, str], str] = {}
        for target in targets:
            for key, original in self._shots(target).items():
                if original is None:
                    continue
                name = f"{len(taken) + 1:02d}-{_slug(target.site)}{'-page' if key == TOP else ''}.png"
                try:
                    shutil.copyfile(original, folder / name)
                except OSError:
                    continue  # the process is stopping: its scratch folders are gone
                (folder / name).chmod(0o600)
                taken[(target.url, key)] = str(folder / name)
        if not taken:
            scratch.remove(folder)
            return matches, findings
        log.info("%d evidence screenshot(s) in %s", len(taken), folder)
        return _attach(matches, findings, taken)

    def close(self) -> None:
        if self._folder is not None:
            scratch.remove(self._folder)
            self._folder = None
        self._memo.clear()

    def _shots(self, target: Target) -> dict[str, Path | None]:
        """The memo's shots for ``target``, taking those it lacks in one visit of the page."""
        keys = [n.key for n in target.needles] + ([TOP] if target.top else [])
        with self._lock:
            missing = [n for n in target.needles if (target.url, n.key) not in self._memo]
            top = target.top and (target.url, TOP) not in self._memo
            if missing or top:
                self._visit(target, missing, top)
            return {key: self._memo.get((target.url, key)) for key in keys}

    def _visit(self, target: Target, needles: list[Needle], top: bool) -> None:
        site = self.sites.get(target.site)
        scripts = bool(site and site.requires_browser)  # JavaScript only where the page is nothing without it
        net = self.gate.page(target.url, target.site, scripts=scripts)
        try:
            photos = self.browser.visit(
                target.url, net, lambda page, response: focus.shoot(page, response, needles, top), scripts=scripts
            )
        except BrowserError as exc:
            log.info("no screenshot of %s: %s", target.url, exc)
            photos = focus.Photos(None, {})
        if net.budget.refused:
            refused = ", ".join(f"{n} ({why})" for why, n in sorted(net.budget.refused.items()))
            log.info("browser: %s: refused %s", target.url, refused)
        for needle in needles:
            shot = photos.shots.get(needle.key)
            self._memo[(target.url, needle.key)] = self._keep(target, shot.png if shot else None)
            if shot is None:
                log.info("%s: the exposed text was not found on the page as shown", target.url)
        if top:
            self._memo[(target.url, TOP)] = self._keep(target, photos.top)

    def _keep(self, target: Target, png: bytes | None) -> Path | None:
        if png is None:
            return None
        if self._folder is None:
            self._folder = scratch.folder("footprint-shots-")
        path = self._folder / f"{len(self._memo) + 1:04d}-{_slug(target.site)}.png"
        return path if scratch.write(path, png) else None


def _attach(
    matches: tuple[Match, ...], findings: tuple[Finding, ...], taken: dict[tuple[str, str], str]
) -> tuple[tuple[Match, ...], tuple[Finding, ...]]:
    def page_shot(m: Match) -> Match:
        path = taken.get((m.page.url, TOP))
        return replace(m, page=replace(m.page, screenshot=path)) if path else m

    def finding_shot(f: Finding) -> Finding:
        path = taken.get((f.url, Needle(f.highlight, f.excerpt).key))
        return replace(f, screenshot=path) if path else f

    return tuple(page_shot(m) for m in matches), tuple(finding_shot(f) for f in findings)


def _slug(site: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", site.lower())[:40]
