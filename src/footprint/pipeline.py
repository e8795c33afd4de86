"""Runs the stages for one subject and returns a Scan. Prints nothing.

identity -> discover -> fetch -> extract -> match -> assess -> evidence.
Photo GPS, the one part of the evidence step that the assessment needs,
runs just before assess; screenshots of what each finding is about, after
it. Fetching goes
in rounds: the first round's listing and account pages name profile pages,
which the second round fetches. A failure on one source becomes a coverage
row and never ends the scan. After a provisional match, a second discovery
pass searches for and opens what the confirmed pages taught (an everyday
name, the practice: ``footprint.learned``), and everything is matched again.

The stages after fetching (extract, match, assess and what they read with)
take longer to import than a username check takes to answer. They are
imported on a side thread while the first requests are on the wire
(:func:`_later_stages`), and the scan waits for that thread before it reads
a page, so no two threads ever import them at once.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from footprint import discover, identity, outbound, review, secondpass, usernames
from footprint.config import Settings, check_site_ids
from footprint.errors import ParseError
from footprint.fetch import Fetcher, robots
from footprint.fetch.fetcher import ROBOTS_WHOLE_SITE
from footprint.fetch.protocol import PageSource
from footprint.models import (
    CoverageOutcome,
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    Page,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
    Scan,
    Skipped,
    Subject,
)
from footprint.search.chain import UNCHECKED
from footprint.sites import SiteDefinition, catalog

if TYPE_CHECKING:
    from footprint.evidence import Evidence
    from footprint.exports import ExportResult

log = logging.getLogger(__name__)

MAX_ROUNDS = 3
ProgressFn = Callable[[str], None]
# Imported while the first requests wait on the network. trafilatura (the main text of a page that
# names nobody in its headlines) is imported by the first such page otherwise: after the last answers
# came in, when nothing else is left to do. Not extruct: the first page with JSON-LD, microdata or
# RDFa imports it (extract.structured); a scan of pages with none never needs it.
LATER_STAGES = (
    "footprint.extract",
    "footprint.match",
    "footprint.assess",
    "footprint.evidence.gps",
    "footprint.exports.merge",
    "trafilatura",
)
_preload_lock = threading.Lock()
_preload: threading.Thread | None = None


def _import_later_stages() -> None:
    """Import the later stages; what importing made (modules, functions, compiled patterns) is then
    left out of the garbage collector's rounds: it lives as long as the process, and walking it over
    and over while the scan reads pages costs more than the rest of those rounds."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        for name in LATER_STAGES:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - the stage's own import raises it again, where it is used
                log.debug("could not import %s ahead of time: %s", name, exc)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _later_stages() -> threading.Thread:
    """The one side thread (per process) importing the stages after fetching; started on the first call."""
    global _preload
    with _preload_lock:
        if _preload is None:
            _preload = threading.Thread(target=_import_later_stages, name="footprint-preload", daemon=True)
            _preload.start()
        return _preload


def warm_stages() -> None:
    """Import the later stages now and wait for them (a long-lived worker, before its first subject)."""
    _later_stages().join()


def sites_in_scope(settings: Settings) -> dict[str, SiteDefinition]:
    enabled = set(settings.sites.enabled)
    disabled = set(settings.sites.disabled)
    pool = list(catalog())
    if settings.sites.username_sites:
        from footprint.sites import whatsmyname

        known = {s.id for s in pool}
        pool += [s for s in whatsmyname.load(settings.sites.username_sites) if s.id not in known]
    check_site_ids(settings.sites, (s.id for s in pool))  # a typo must not scan nothing, and say "LOW"
    return {s.id: s for s in pool if (not enabled or s.id in enabled) and s.id not in disabled}


@dataclass
class _Outcomes:
    pages: list[Extracted] = field(default_factory=list)
    origins: list[Probe] = field(default_factory=list)  # the probe each page came from, in the same order
    skipped: list[Skipped] = field(default_factory=list)
    fetched: list[Probe] = field(default_factory=list)
    judged: list[tuple[Probe, MatchResult]] = field(default_factory=list)
    linked: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page URL -> the profiles it links to


def run(
    subject: Subject,
    settings: Settings,
    *,
    fetcher: PageSource | None = None,
    evidence: Evidence | None = None,
    progress: ProgressFn | None = None,
    exports: Sequence[ExportResult] = (),
) -> Scan:
    """Scan one subject end to end; ``exports`` are the physician's own data downloads, already read.

    A batch passes one subject's view of a fetcher shared by every subject,
    and the evidence tools made from that fetcher; a caller that passes a
    fetcher but no evidence gets no screenshots and no photo GPS.
    """
    from footprint.evidence import Evidence

    sites = sites_in_scope(settings)
    if fetcher is not None:
        return _run(subject, settings, sites, fetcher, evidence or Evidence(), progress, exports)
    own = Fetcher(settings, sites)
    kit = evidence or Evidence.for_fetcher(own, settings, sites)
    try:
        return _run(subject, settings, sites, own, kit, progress, exports)
    finally:
        if evidence is None:
            kit.close()
        own.close()


def _run(
    subject: Subject,
    settings: Settings,
    sites: dict[str, SiteDefinition],
    fetcher: PageSource,
    evidence: Evidence,
    progress: ProgressFn | None,
    exports: Sequence[ExportResult],
) -> Scan:
    say = progress or (lambda _stage: None)
    started = datetime.now(UTC)
    _later_stages()
    say("identity")
    who, npi_row = identity.resolve(subject, settings, fetcher.fetch)

    say("search")
    search = discover.web_search(who, settings, fetcher.fetch, sites.values())

    say("discover")
    datasets = discover.site_datasets(who, sites.values(), settings, fetcher.fetch)
    from footprint import results  # not at import: it reads names with nameparser

    from_results, opened = results.select(who, search.results, sites, settings.search.open_results)
    probes = discover.dedupe(
        [
            *discover.known_url_probes(who, sites),
            *from_results,
            *discover.handle_probes(who, sites.values()),
            *discover.site_probes(who, sites.values(), datasets),
            *usernames.candidate_probes(who, sites.values(), settings.sites.username_candidates),
        ]
    )

    outcomes = _Outcomes()
    seen = {p.url for p in probes}
    _fetch_rounds(fetcher, probes, sites, outcomes, seen, say)

    _later_stages().join()
    from footprint import assess
    from footprint.exports import merge

    say("match")
    known, judged = _judge(who, outcomes, sites)
    # A second discovery pass: the forms the confirmed pages write (an everyday name, a practice, "Dr. Seun").
    more = secondpass.run(known, judged, search, settings, fetcher.fetch, sites, seen, opened, say, outcomes.linked)
    # The other profiles the confirmed pages link to (sameAs, "find me on"), each remembering which page linked it.
    linked = outbound.follow(judged, outcomes.linked, sites, seen, settings.search.follow_links)
    search = more.search if more is not None else search
    if more is not None and more.handles:  # an account or a post at a handle a confirmed page gives is theirs
        who = replace(who, learned_handles=more.handles)
    if (more is not None and (more.probes or more.handles)) or linked:  # new results alone change nothing
        _fetch_rounds(fetcher, [*(more.probes if more is not None else ()), *linked], sites, outcomes, seen, say)
        say("match")
        known, judged = _judge(who, outcomes, sites)
    who = known
    outcomes.judged = [(probe, m.result) for probe, m in zip(outcomes.origins, judged, strict=True)]
    matches = review.set_aside(who, judged)  # pages the user said are not them (footprint review)
    matches = evidence.photo_gps(who, matches) + merge.matches(who, exports)

    say("assess")
    findings = merge.link_findings(assess.assess(merge.with_owner_handles(who, exports), matches, sites), exports)

    say("evidence")
    matches, findings = evidence.screenshots(matches, findings)  # when a browser exists
    crawled = [m for m in matches if m.page.kind != PageKind.EXPORT_ITEM]
    rows = [
        npi_row,
        *secondpass.describe(search.coverage, more),
        *_coverage(who, sites, crawled, outcomes, fetcher, search.gap, {e.network for e in exports}),
        *_known_url_rows(who, crawled, outcomes),
        *merge.coverage(who, exports),
    ]
    firsts: dict[str, CoverageRow] = {}
    for row in rows:
        firsts.setdefault(row.site, row)  # one row per source: the first that speaks for it
    coverage = fetcher.annotate(tuple(firsts.values()))  # requests, retries, cache hits, bytes and seconds per site
    coverage = robots.with_notes(coverage, fetcher.robots_notes())  # a robots.txt that could not be read
    coverage = robots.with_notes(coverage, {site: found.note for site, found in datasets.items()})  # which years
    coverage = tuple(replace(r, outcome=outcome(r, [m for m in crawled if m.page.site_id == r.site])) for r in coverage)
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


def _fetch_rounds(
    fetcher: PageSource,
    probes: list[Probe],
    sites: dict[str, SiteDefinition],
    outcomes: _Outcomes,
    seen: set[str],
    say: ProgressFn,
) -> None:
    """Fetch ``probes``, then what their pages link to, for up to ``MAX_ROUNDS`` rounds."""
    for round_no in range(1, MAX_ROUNDS + 1):
        if not probes:
            break
        say(f"fetch (round {round_no}, {len(probes)} pages)")
        probes = _fetch_round(fetcher, probes, sites, outcomes, seen)


def _judge(who: Identity, outcomes: _Outcomes, sites: dict[str, SiteDefinition]) -> tuple[Identity, tuple[Match, ...]]:
    """Every page read so far matched: the identity (a registry record pinned by the user's own pages) and
    the matches, corroborated by kin, phones and workplaces."""
    from footprint.match import by_own_pages, match, same_account, with_kin
    from footprint.match.consensus import by_the_web

    # Why a page was fetched decides what it can mean (a handle the user gave, one derived from the name,
    # a URL the user gave): match.provenance, applied inside match() from the probe's source on the page.
    named = {s.id: s.name for s in sites.values()}
    first = tuple(Match(page, match(who, page, where=named.get(page.site_id, ""))) for page in outcomes.pages)

    # Namesakes in the registry: a page the user gave says which record is theirs; all pages judged again.
    def judge(known: Identity, page: Extracted) -> MatchResult:
        return match(known, page, where=named.get(page.site_id, ""))

    who, first = by_own_pages(who, first, judge)
    # No page of the user's says which: the pages of the name may agree on one registry record (match.consensus).
    who, first = by_the_web(who, first, judge)
    # What the pages judged the subject's taught, read once on the pages left "possible" (match.rejudge).
    return who, same_account(with_kin(who, first, judge))


def _fetch_round(
    fetcher: PageSource,
    probes: list[Probe],
    sites: dict[str, SiteDefinition],
    outcomes: _Outcomes,
    seen: set[str],
) -> list[Probe]:
    """Fetch and extract one round; return the follow-up probes it discovered.

    Each page is read as soon as it is in, while the rest are still on the wire; what the pages
    add to the scan is then taken in the probes' order, so the scan is the same whatever order
    the answers came in.
    """
    follow: list[Probe] = []
    read: list[Extracted | Skipped | None] = [None] * len(probes)
    links: list[tuple[str, ...]] = [()] * len(probes)
    for index, got in fetcher.fetch_each(probes):
        _later_stages().join()  # the side thread's imports are done before a page is read
        read[index] = _read(probes[index], got, sites)
        if isinstance(got, Page):
            links[index] = outbound.profile_links(got, sites)
    for probe, page, linked in zip(probes, read, links, strict=True):
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
            # A registry or API answer that names nobody: this record does not exist.
            outcomes.skipped.append(Skipped(probe, CoverageStatus.NOT_FOUND, "no record", probe.page_url))
            continue
        outcomes.pages.append(page)
        outcomes.origins.append(probe)
        if linked:
            outcomes.linked[page.url] = linked
        site = sites.get(probe.site_id)
        if site is not None and page.links:
            follow.extend(discover.link_probes(page.links[:20], site, seen))
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
    found: Extracted, probe: Probe, site: SiteDefinition | None, outcomes: _Outcomes, seen: set[str]
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


BLOCK_ORDER = (
    CoverageStatus.CAPTCHA,
    CoverageStatus.LOGIN_WALL,
    CoverageStatus.BLOCKED,
    CoverageStatus.ROBOTS_DISALLOWED,
    CoverageStatus.TIMEOUT,
    CoverageStatus.HTTP_ERROR,
    CoverageStatus.PARSE_ERROR,
)


# Checks that speak for the subject without web search: the site's own search, a handle or a
# URL the user gave, and what those pages link to. A derived handle's absence proves nothing.
DIRECT = frozenset({ProbeSource.SITE_SEARCH, ProbeSource.HANDLE, ProbeSource.KNOWN_URL, ProbeSource.LINK})


def _coverage(who, sites, matches, outcomes, fetcher, search_gap="", exported=frozenset()) -> list[CoverageRow]:  # type: ignore[no-untyped-def]
    """One row per site in scope, honest about what could not be checked.

    Without web search (``search_gap`` says why), a site nothing else checked
    is "skipped", never "not found". ``exported``: the networks whose own data
    exports the user gave.
    """
    rows = []
    name = f"{who.subject.given_name} {who.subject.family_name}"
    direct = {p.site_id for p in outcomes.fetched if p.source in DIRECT}
    for site in sites.values():
        requests = fetcher.per_site_requests.get(site.id, 0)
        mine = [m for m in matches if m.page.site_id == site.id]
        confirmed = [m for m in mine if m.result.decision.is_match]
        problems = [s for s in outcomes.skipped if s.probe.site_id == site.id and s.status != CoverageStatus.NOT_FOUND]
        manual = site.manual_search_url(name) or site.base_url
        # A site where a handle the user gave was checked: its row says what happened to that handle.
        handle_row = usernames.coverage_row(site, outcomes.fetched, outcomes.skipped, outcomes.judged, requests)
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
                rows.append(
                    CoverageRow(site.id, worst.status, worst.detail, worst.manual_check_url or manual, requests)
                )
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
