"""One coverage row per source a scan had in scope, honest about what it could and could not check.

A row says what happened on the source: pages about the subject (``found``), pages about someone else,
pages left "possible", nothing (``not_found``, only when something did look), or why nothing could be
checked (robots.txt, a captcha, a login wall, no API key, no web search) with where to check by hand.
The pipeline gathers what it fetched and skipped (:class:`Checks`); this module turns it into rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from footprint import usernames
from footprint.coverage_words import BLOCK_ORDER
from footprint.fetch.fetcher import ROBOTS_WHOLE_SITE
from footprint.models import (
    CoverageOutcome,
    CoverageRow,
    CoverageStatus,
    Decision,
    Identity,
    Match,
    MatchResult,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.search.chain import UNCHECKED
from footprint.sites import SiteDefinition


@dataclass(frozen=True)
class Checks:
    """What a scan asked of the web: every probe fetched, every one skipped (and why), and how each page
    read was judged, with the probe it came from."""

    fetched: tuple[Probe, ...]
    skipped: tuple[Skipped, ...]
    judged: tuple[tuple[Probe, MatchResult], ...]


# Checks that speak for the subject without web search: the site's own search, a handle or a
# URL the user gave, and what those pages link to. A derived handle's absence proves nothing.
DIRECT = frozenset({ProbeSource.SITE_SEARCH, ProbeSource.HANDLE, ProbeSource.KNOWN_URL, ProbeSource.LINK})


def coverage_rows(
    who: Identity,
    sites: Mapping[str, SiteDefinition],
    matches: Sequence[Match],
    checks: Checks,
    requests_by_site: Mapping[str, int],
    search_gap: str = "",
    exported: set[str] | frozenset[str] = frozenset(),
) -> list[CoverageRow]:
    """One row per site in scope, honest about what could not be checked.

    Without web search (``search_gap`` says why), a site nothing else checked
    is "skipped", never "not found". ``exported``: the networks whose own data
    exports the user gave.
    """
    rows = []
    name = f"{who.subject.given_name} {who.subject.family_name}"
    direct = {p.site_id for p in checks.fetched if p.source in DIRECT}
    for site in sites.values():
        requests = requests_by_site.get(site.id, 0)
        mine = [m for m in matches if m.page.site_id == site.id]
        confirmed = [m for m in mine if m.result.decision.is_match]
        problems = [s for s in checks.skipped if s.probe.site_id == site.id and s.status != CoverageStatus.NOT_FOUND]
        manual = site.manual_search_url(name) or site.base_url
        # A site where a handle the user gave was checked: its row says what happened to that handle.
        handle_row = usernames.coverage_row(site, checks.fetched, checks.skipped, checks.judged, requests)
        if handle_row is not None:
            rows.append(handle_row)
        elif confirmed:
            detail = f"{len(confirmed)} page(s) about the subject"
            rejected = len(mine) - len(confirmed)
            if rejected:
                detail += f"; {rejected} about someone else"
            if problems:  # found, but not everything: say what could not be checked (a site that blocked us)
                worst = _worst(problems)
                detail += f"; {len(problems)} page(s) not checked ({worst.status.value}: {worst.detail})"
            rows.append(CoverageRow(site.id, CoverageStatus.FOUND, detail, None, requests))
        elif problems:
            worst = _worst(problems)
            if worst.status == CoverageStatus.ROBOTS_DISALLOWED and worst.detail == ROBOTS_WHOLE_SITE:
                # The whole site is off limits: the manual check is the site's own search for the name,
                # not whichever page (a guessed handle) happened to be refused first.
                rows.append(CoverageRow(site.id, worst.status, _robots_detail(site, exported), manual, requests))
            else:
                rows.append(CoverageRow(site.id, worst.status, worst.detail, _by_hand(worst, manual), requests))
        elif unchecked := _unchecked(site, who):
            rows.append(CoverageRow(site.id, CoverageStatus.SKIPPED, unchecked[0], unchecked[1] or manual, requests))
        elif site.requires_browser and not requests:
            rows.append(CoverageRow(site.id, CoverageStatus.SKIPPED, "needs a browser", manual, requests))
        else:
            unsearched = bool(search_gap) and site.id not in direct  # only web search could have said
            how = UNCHECKED + search_gap if unsearched else "searched" if requests else "not in web search results"
            maybe = sum(1 for m in mine if m.result.decision == Decision.POSSIBLE)
            others = len(mine) - maybe
            detail = how + (f"; {maybe} possible match(es) to review" if maybe else "")
            detail += f"; {others} page(s) about others" if others else ""
            status = CoverageStatus.SKIPPED if unsearched else CoverageStatus.NOT_FOUND
            rows.append(CoverageRow(site.id, status, detail, manual, requests))
    return rows


def _robots_detail(site: SiteDefinition, exported: set[str] | frozenset[str]) -> str:
    """What a site whose robots.txt forbids footprint means for the user: a manual check, or their own data."""
    from footprint.exports import READERS

    said = f"{site.name} forbids crawlers in its robots.txt and footprint obeys it: check by hand"
    reader = READERS.get(site.id)
    if reader is None:
        return said
    if site.id in exported:
        return f"{said}; your own {reader.label} data export was read instead (see '{site.id} export')"
    return f"{said}, or read your own {reader.label} data export: footprint scan --export {site.id}=PATH"


def _by_hand(skipped: Skipped, manual: str) -> str:
    """Where a person checks what could not be: the page the probe stood for; for an API answer no page stands for
    (a site's search through its API, a JSON no one reads by hand), the site's own search."""
    probe = skipped.probe
    if probe.purpose == ProbePurpose.API and skipped.manual_check_url in ("", probe.url):
        return manual
    return skipped.manual_check_url or manual


def _worst(problems: Sequence[Skipped]) -> Skipped:
    return min(problems, key=lambda s: BLOCK_ORDER.index(s.status) if s.status in BLOCK_ORDER else 99)


def known_url_rows(who: Identity, matches: Sequence[Match], checks: Checks) -> list[CoverageRow]:
    """One row per URL the user gave (``--known-url``), with what happened to it: read, 404, a loop, a 503..."""
    rows = []
    for url in who.subject.known_urls:
        probe = next(
            (p for p in checks.fetched if p.source == ProbeSource.KNOWN_URL and url in (p.page_url, p.url)), None
        )
        name = f"known URL {url}"
        if probe is None:
            rows.append(CoverageRow(name, CoverageStatus.SKIPPED, "the same page as another URL given", url))
            continue
        gap = next((s for s in checks.skipped if s.probe == probe), None)
        page = next((m for m in matches if m.page.url == probe.page_url), None)
        if gap is not None:
            rows.append(CoverageRow(name, gap.status, gap.detail, url, 1))
        elif page is not None:
            about = "about the subject" if page.result.decision.is_match else f"judged {page.result.decision.value}"
            rows.append(CoverageRow(name, CoverageStatus.FOUND, f"read: {about}", url, 1))
        else:
            rows.append(CoverageRow(name, CoverageStatus.SKIPPED, "fetched, but not read", url, 1))
    return rows


def outcome(row: CoverageRow, mine: list[Match]) -> CoverageOutcome:
    """What a source's check came to: about the subject, about someone else, possible, not found, or
    could not check (a source that could not be checked never reads as found because of another page)."""
    if row.status == CoverageStatus.FOUND:
        return CoverageOutcome.FOUND
    if row.status != CoverageStatus.NOT_FOUND:
        return CoverageOutcome.COULD_NOT_CHECK
    if any(m.result.decision == Decision.POSSIBLE for m in mine):
        return CoverageOutcome.POSSIBLE
    if any(m.result.decision == Decision.REJECTED and m.page.people for m in mine):
        return CoverageOutcome.ABOUT_SOMEONE_ELSE
    return CoverageOutcome.NOT_FOUND


def _unchecked(site: SiteDefinition, who: Identity) -> tuple[str, str | None] | None:
    """Why a site was not checked automatically, and where to check it by hand; None when it was."""
    from footprint.config import secret

    if site.api_key_env and not secret(site.api_key_env):
        return f"needs an API key: set {site.api_key_env} in the environment", None
    if site.manual_only:
        from footprint.sites.boards import DOCINFO, board_for

        board = board_for(who.subject.state)
        if board is None:
            return "no public API; the state is unknown: check the licence on DocInfo.org", DOCINFO
        return f"no public API: check the licence with the {board.name}", board.url
    return None
