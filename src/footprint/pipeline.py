"""Runs the stages for one subject and returns a Scan. Prints nothing.

identity -> discover -> fetch -> extract -> match -> assess. Fetching goes
in rounds: the first round's listing and account pages name profile pages,
which the second round fetches. A failure on one source becomes a coverage
row and never ends the scan.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from footprint import assess, discover, identity
from footprint.assess.images import with_photo_gps
from footprint.config import Settings
from footprint.exports import ExportResult, merge
from footprint.extract import ParseError, extract
from footprint.fetch import Fetcher
from footprint.fetch.protocol import PageSource
from footprint.match import match
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Extracted,
    Match,
    Page,
    Probe,
    Scan,
    Skipped,
    Subject,
)
from footprint.sites import SiteDefinition, catalog

log = logging.getLogger(__name__)

MAX_ROUNDS = 3
ProgressFn = Callable[[str], None]


def sites_in_scope(settings: Settings) -> dict[str, SiteDefinition]:
    enabled = set(settings.sites.enabled)
    disabled = set(settings.sites.disabled)
    return {s.id: s for s in catalog() if (not enabled or s.id in enabled) and s.id not in disabled}


@dataclass
class _Outcomes:
    pages: list[Extracted] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    fetched: list[Probe] = field(default_factory=list)


def run(
    subject: Subject,
    settings: Settings,
    *,
    fetcher: PageSource | None = None,
    progress: ProgressFn | None = None,
    exports: Sequence[ExportResult] = (),
) -> Scan:
    """Scan one subject end to end; ``exports`` are the physician's own data downloads, already read."""
    sites = sites_in_scope(settings)
    if fetcher is not None:  # a batch passes one subject's view of a fetcher shared by every subject
        return _run(subject, settings, sites, fetcher, progress, exports)
    own = Fetcher(settings, sites)
    try:
        return _run(subject, settings, sites, own, progress, exports)
    finally:
        own.close()


def _run(
    subject: Subject,
    settings: Settings,
    sites: dict[str, SiteDefinition],
    fetcher: PageSource,
    progress: ProgressFn | None,
    exports: Sequence[ExportResult],
) -> Scan:
    say = progress or (lambda _stage: None)
    started = datetime.now(UTC)
    say("identity")
    who, npi_row = identity.resolve(subject, settings, fetcher.fetch)

    say("search")
    search = discover.web_search(who, settings, fetcher.fetch)

    say("discover")
    probes = discover.dedupe(
        [
            *discover.known_url_probes(who, sites),
            *discover.result_probes(search.results, sites),
            *discover.handle_probes(who, sites.values()),
            *discover.site_probes(who, sites.values()),
        ]
    )

    outcomes = _Outcomes()
    seen = {p.url for p in probes}
    for round_no in range(1, MAX_ROUNDS + 1):
        if not probes:
            break
        say(f"fetch (round {round_no}, {len(probes)} pages)")
        probes = _fetch_round(fetcher, probes, sites, outcomes, seen)

    say("match")
    matches = tuple(Match(page, match(who, page)) for page in outcomes.pages)
    matches = with_photo_gps(who, matches, fetcher.fetch_bytes) + merge.matches(who, exports)

    say("assess")
    findings = merge.link_findings(assess.assess(merge.with_owner_handles(who, exports), matches, sites), exports)
    matches, findings = fetcher.capture_evidence(matches, findings)  # screenshots, when a browser exists
    crawled = [m for m in matches if m.page.kind != "export_item"]
    coverage = (
        npi_row,
        *search.coverage,
        *_coverage(who, sites, crawled, outcomes, fetcher),
        *merge.coverage(who, exports),
    )
    coverage = fetcher.annotate(coverage)  # requests, retries, cache hits, bytes and seconds per site
    counters = dict(fetcher.counters)
    return Scan(
        id=uuid.uuid4().hex[:12],
        identity=who,
        started_at=started,
        finished_at=datetime.now(UTC),
        search_results=search.results,
        matches=matches,
        findings=findings,
        coverage=coverage,
        risk=assess.risk(findings),
        counters=counters,
    )


def _fetch_round(
    fetcher: PageSource,
    probes: list[Probe],
    sites: dict[str, SiteDefinition],
    outcomes: _Outcomes,
    seen: set[str],
) -> list[Probe]:
    """Fetch and extract one round; return the follow-up probes it discovered."""
    follow: list[Probe] = []
    for probe, got in zip(probes, fetcher.fetch_all(probes), strict=True):
        outcomes.fetched.append(probe)
        if isinstance(got, Skipped):
            outcomes.skipped.append(got)
            continue
        page = _extract(got, sites, outcomes)
        if page is None:
            continue
        outcomes.pages.append(page)
        site = sites.get(probe.site_id)
        if site is not None and page.links:
            follow.extend(discover.link_probes(page.links[:20], site, seen))
    return follow


def _extract(page: Page, sites: dict[str, SiteDefinition], outcomes: _Outcomes) -> Extracted | None:
    try:
        return extract(page, sites.get(page.probe.site_id))
    except ParseError as exc:
        outcomes.skipped.append(Skipped(page.probe, CoverageStatus.PARSE_ERROR, str(exc), page.probe.page_url))
    except Exception as exc:  # noqa: BLE001 - one hostile page never ends a scan
        log.warning("could not read %s: %s", page.probe.page_url, exc)
        outcomes.skipped.append(
            Skipped(
                page.probe, CoverageStatus.PARSE_ERROR, f"unreadable page: {type(exc).__name__}", page.probe.page_url
            )
        )
    return None


BLOCK_ORDER = (
    CoverageStatus.CAPTCHA,
    CoverageStatus.LOGIN_WALL,
    CoverageStatus.BLOCKED,
    CoverageStatus.ROBOTS_DISALLOWED,
    CoverageStatus.TIMEOUT,
    CoverageStatus.HTTP_ERROR,
    CoverageStatus.PARSE_ERROR,
)


def _coverage(who, sites, matches, outcomes, fetcher) -> list[CoverageRow]:  # type: ignore[no-untyped-def]
    """One row per site in scope, honest about what could not be checked."""
    rows = []
    name = f"{who.subject.given_name} {who.subject.family_name}"
    for site in sites.values():
        requests = fetcher.per_site_requests.get(site.id, 0)
        mine = [m for m in matches if m.page.site_id == site.id]
        confirmed = [m for m in mine if m.result.decision.is_match]
        problems = [s for s in outcomes.skipped if s.probe.site_id == site.id and s.status != CoverageStatus.NOT_FOUND]
        manual = site.manual_search_url(name) or site.base_url
        if confirmed:
            detail = f"{len(confirmed)} page(s) about the subject"
            rejected = len(mine) - len(confirmed)
            if rejected:
                detail += f"; {rejected} about someone else"
            rows.append(CoverageRow(site.id, CoverageStatus.FOUND, detail, None, requests))
        elif problems:
            worst = min(problems, key=lambda s: BLOCK_ORDER.index(s.status) if s.status in BLOCK_ORDER else 99)
            rows.append(CoverageRow(site.id, worst.status, worst.detail, worst.manual_check_url or manual, requests))
        elif site.requires_browser and not requests:
            rows.append(CoverageRow(site.id, CoverageStatus.SKIPPED, "needs a browser", manual, requests))
        else:
            how = "searched" if requests else "not in web search results"
            detail = f"{how}; {len(mine)} page(s) about others" if mine else how
            rows.append(CoverageRow(site.id, CoverageStatus.NOT_FOUND, detail, manual, requests))
    return rows
