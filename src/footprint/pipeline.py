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

from footprint import assess, discover, identity, review, usernames
from footprint.assess.images import with_photo_gps
from footprint.config import Settings
from footprint.errors import ParseError
from footprint.exports import ExportResult, merge
from footprint.extract import extract
from footprint.fetch import Fetcher, robots
from footprint.fetch.protocol import PageSource
from footprint.match import match
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Identity,
    Match,
    Page,
    PageKind,
    Probe,
    ProbePurpose,
    ProbeSource,
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
    pool = list(catalog())
    if settings.sites.username_sites:
        from footprint.sites import whatsmyname

        known = {s.id for s in pool}
        pool += [s for s in whatsmyname.load(settings.sites.username_sites) if s.id not in known]
    return {s.id: s for s in pool if (not enabled or s.id in enabled) and s.id not in disabled}


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
    search = discover.web_search(who, settings, fetcher.fetch, sites.values())

    say("discover")
    probes = discover.dedupe(
        [
            *discover.known_url_probes(who, sites),
            *discover.result_probes(search.results, sites),
            *discover.handle_probes(who, sites.values()),
            *discover.site_probes(who, sites.values()),
            *usernames.candidate_probes(who, sites.values(), settings.sites.username_candidates),
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
    matches = review.set_aside(who, matches)  # pages the user said are not them (footprint review)
    matches = with_photo_gps(who, matches, fetcher.fetch_bytes) + merge.matches(who, exports)

    say("assess")
    findings = merge.link_findings(assess.assess(merge.with_owner_handles(who, exports), matches, sites), exports)
    matches, findings = fetcher.capture_evidence(matches, findings)  # screenshots, when a browser exists
    crawled = [m for m in matches if m.page.kind != PageKind.EXPORT_ITEM]
    rows = [
        npi_row,
        *search.coverage,
        *_coverage(who, sites, crawled, outcomes, fetcher),
        *_known_url_rows(who, crawled, outcomes),
        *merge.coverage(who, exports),
    ]
    firsts: dict[str, CoverageRow] = {}
    for row in rows:
        firsts.setdefault(row.site, row)  # one row per source: the first that speaks for it
    coverage = fetcher.annotate(tuple(firsts.values()))  # requests, retries, cache hits, bytes and seconds per site
    coverage = robots.with_notes(coverage, fetcher.robots_notes())  # a robots.txt that could not be read
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
        gap = usernames.gap(got, sites.get(probe.site_id)) if probe.purpose == ProbePurpose.USERNAME else None
        if gap is not None:
            outcomes.skipped.append(gap)
            continue
        page = _extract(got, sites, outcomes)
        if page is None:
            continue
        if probe.purpose == ProbePurpose.USERNAME:
            page = usernames.with_handle(page, probe.handle)
        elif probe.purpose == ProbePurpose.API and not page.people and not page.posts:
            # A registry or API answer that names nobody: this record does not exist.
            outcomes.skipped.append(Skipped(probe, CoverageStatus.NOT_FOUND, "no record", probe.page_url))
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
            if problems:  # found, but not everything: say what could not be checked (a site that blocked us)
                worst = _worst(problems)
                detail += f"; {len(problems)} page(s) not checked ({worst.status.value}: {worst.detail})"
            rows.append(CoverageRow(site.id, CoverageStatus.FOUND, detail, None, requests))
        elif problems:
            worst = _worst(problems)
            rows.append(CoverageRow(site.id, worst.status, worst.detail, worst.manual_check_url or manual, requests))
        elif unchecked := _unchecked(site, who):
            rows.append(CoverageRow(site.id, CoverageStatus.SKIPPED, unchecked[0], unchecked[1] or manual, requests))
        elif site.requires_browser and not requests:
            rows.append(CoverageRow(site.id, CoverageStatus.SKIPPED, "needs a browser", manual, requests))
        else:
            how = "searched" if requests else "not in web search results"
            maybe = sum(1 for m in mine if m.result.decision == Decision.POSSIBLE)
            others = len(mine) - maybe
            detail = how + (f"; {maybe} possible match(es) to review" if maybe else "")
            detail += f"; {others} page(s) about others" if others else ""
            rows.append(CoverageRow(site.id, CoverageStatus.NOT_FOUND, detail, manual, requests))
    return rows


def _worst(problems: Sequence[Skipped]) -> Skipped:
    return min(problems, key=lambda s: BLOCK_ORDER.index(s.status) if s.status in BLOCK_ORDER else 99)


def _known_url_rows(who: Identity, matches: Sequence[Match], outcomes: _Outcomes) -> list[CoverageRow]:
    """One row per URL the user gave (``--known-url``), with what happened to it: read, 404, a loop, a 503..."""
    rows = []
    for url in who.subject.known_urls:
        probe = next(
            (p for p in outcomes.fetched if p.source == ProbeSource.KNOWN_URL and url in (p.page_url, p.url)), None
        )
        name = f"known URL {url}"
        if probe is None:
            rows.append(CoverageRow(name, CoverageStatus.SKIPPED, "the same page as another URL given", url))
            continue
        gap = next((s for s in outcomes.skipped if s.probe == probe), None)
        page = next((m for m in matches if m.page.url == probe.page_url), None)
        if gap is not None:
            rows.append(CoverageRow(name, gap.status, gap.detail, url, 1))
        elif page is not None:
            about = "about the subject" if page.result.decision.is_match else f"judged {page.result.decision.value}"
            rows.append(CoverageRow(name, CoverageStatus.FOUND, f"read: {about}", url, 1))
        else:
            rows.append(CoverageRow(name, CoverageStatus.SKIPPED, "fetched, but not read", url, 1))
    return rows


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
