"""Fetching in rounds: each round's pages read as they come in, what they add taken in the probes' order, the
profiles they link to and their JSON review pages fetched in the next round."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from footprint import outbound, probes, usernames
from footprint.errors import ParseError
from footprint.fetch.protocol import PageSource
from footprint.models import (
    CoverageStatus,
    Extracted,
    MatchResult,
    Page,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.sites import SiteDefinition
from footprint.stage_imports import later_stages

log = logging.getLogger("footprint.pipeline")  # the scan's log, as before these lines left the pipeline

MAX_ROUNDS = 3

ProgressFn = Callable[[str], None]


@dataclass
class Outcomes:
    pages: list[Extracted] = field(default_factory=list)
    origins: list[Probe] = field(default_factory=list)  # the probe each page came from, in the same order
    skipped: list[Skipped] = field(default_factory=list)
    fetched: list[Probe] = field(default_factory=list)
    judged: list[tuple[Probe, MatchResult]] = field(default_factory=list)
    linked: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page URL -> the profiles it links to


def fetch_rounds(
    fetcher: PageSource,
    probes: list[Probe],
    sites: dict[str, SiteDefinition],
    outcomes: Outcomes,
    seen: set[str],
    say: ProgressFn,
) -> None:
    """Fetch ``probes``, then what their pages link to, for up to ``MAX_ROUNDS`` rounds."""
    for round_no in range(1, MAX_ROUNDS + 1):
        if not probes:
            break
        say(f"fetch (round {round_no}, {len(probes)} pages)")
        probes = _fetch_round(fetcher, probes, sites, outcomes, seen)


def _fetch_round(
    fetcher: PageSource,
    wanted: list[Probe],
    sites: dict[str, SiteDefinition],
    outcomes: Outcomes,
    seen: set[str],
) -> list[Probe]:
    """Fetch and extract one round; return the follow-up probes it discovered.

    Each page is read as soon as it is in, while the rest are still on the wire; what the pages
    add to the scan is then taken in the probes' order, so the scan is the same whatever order
    the answers came in.
    """
    follow: list[Probe] = []
    read: list[Extracted | Skipped | None] = [None] * len(wanted)
    links: list[tuple[str, ...]] = [()] * len(wanted)
    for index, got in fetcher.fetch_each(wanted):
        later_stages().join()  # the side thread's imports are done before a page is read
        read[index] = _read(wanted[index], got, sites)
        if isinstance(got, Page):
            links[index] = outbound.profile_links(got, sites)
    for probe, page, linked in zip(wanted, read, links, strict=True):
        if page is None:
            continue  # not answered (a fetcher that was stopped)
        outcomes.fetched.append(probe)
        if isinstance(page, Skipped):
            outcomes.skipped.append(page)
            continue
        if probe.parser == Parser.REVIEWS_JSON:
            follow.extend(_add_reviews(page, probe, sites.get(probe.site_id), outcomes, seen))
            continue
        if probe.purpose == ProbePurpose.USERNAME:
            page = usernames.with_handle(page, probe.handle)
        elif probe.purpose == ProbePurpose.API and not page.people and not page.posts:
            if page.links and (lister := sites.get(probe.site_id)) is not None:
                # A search answer that lists records and names nobody itself (ClinicalTrials.gov's studies):
                # each record is read as its own page; the listing is none.
                follow.extend(probes.link_probes(page.links[:20], lister, seen))
                continue
            # A registry or API answer that names nobody: this record does not exist.
            outcomes.skipped.append(Skipped(probe, CoverageStatus.NOT_FOUND, "no record", probe.page_url))
            continue
        outcomes.pages.append(page)
        outcomes.origins.append(probe)
        if linked:
            outcomes.linked[page.url] = linked
        site = sites.get(probe.site_id)
        if site is not None and page.links:
            follow.extend(probes.link_probes(page.links[:20], site, seen))
        more = site.reviews_api_for(page.url) if site is not None else None
        if site is not None and more and more not in seen:
            seen.add(more)
            follow.append(_reviews_probe(site, more, page))
    return follow


def _reviews_probe(site: SiteDefinition, url: str, page: Extracted) -> Probe:
    """The site's JSON page of more reviews for ``page`` (RateMDs' ?json=true&page=N)."""
    return Probe(site.id, url, ProbePurpose.API, ProbeSource.LINK, page.kind, parser=Parser.REVIEWS_JSON,
                 origin_url=page.url)  # fmt: skip


def _add_reviews(
    found: Extracted, probe: Probe, site: SiteDefinition | None, outcomes: Outcomes, seen: set[str]
) -> list[Probe]:
    """Add a JSON page's reviews to the page they belong to; the next JSON page, within the definition's limit."""
    for i, page in enumerate(outcomes.pages):
        if page.url == probe.origin_url:
            outcomes.pages[i] = replace(page, reviews=tuple(dict.fromkeys((*page.reviews, *found.reviews))))
            break
    else:
        return []
    read = sum(1 for p in outcomes.fetched if p.parser == Parser.REVIEWS_JSON and p.origin_url == probe.origin_url)
    following = found.links[0] if found.links else ""
    if site is None or site.reviews_api is None or read >= site.reviews_api.max_pages or following in seen:
        return []
    seen.add(following)
    return [replace(probe, url=following)]


def _read(probe: Probe, got: Page | Skipped, sites: dict[str, SiteDefinition]) -> Extracted | Skipped:
    """A fetched answer read: the page's contents, or why there is none (no such account, unreadable)."""
    if probe.purpose == ProbePurpose.USERNAME:
        got = usernames.checked(got, sites.get(probe.site_id))  # the page only when the account exists
    if isinstance(got, Skipped):
        return got
    return _extract(got, sites)


def _extract(page: Page, sites: dict[str, SiteDefinition]) -> Extracted | Skipped:
    from footprint.extract import extract

    try:
        return extract(page, sites.get(page.probe.site_id))
    except ParseError as exc:
        return Skipped(page.probe, CoverageStatus.PARSE_ERROR, str(exc), page.probe.page_url)
    except Exception as exc:  # noqa: BLE001 - one hostile page never ends a scan
        log.warning("could not read %s: %s", page.probe.page_url, exc)
        why = f"unreadable page: {type(exc).__name__}"
        return Skipped(page.probe, CoverageStatus.PARSE_ERROR, why, page.probe.page_url)
