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

from footprint import discover, outbound, probes, registry, review, secondpass, usernames
from footprint.config import Settings, check_site_ids
from footprint.coverage import Checks, coverage_rows, known_url_rows, outcome
from footprint.errors import ParseError
from footprint.fetch import Fetcher, robots
from footprint.fetch.protocol import PageSource
from footprint.models import (
    CoverageRow,
    CoverageStatus,
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
    who, npi_row = registry.resolve(subject, settings, fetcher.fetch)

    say("search")
    search = discover.web_search(who, settings, fetcher.fetch, sites.values())

    say("discover")
    datasets = probes.site_datasets(who, sites.values(), settings, fetcher.fetch)
    from footprint import results  # not at import: it reads names with nameparser

    from_results, opened = results.select(who, search.results, sites, settings.search.open_results)
    first = probes.dedupe(
        [
            *probes.known_url_probes(who, sites),
            *from_results,
            *probes.handle_probes(who, sites.values()),
            *probes.site_probes(who, sites.values(), datasets),
            *usernames.candidate_probes(who, sites.values(), settings.sites.username_candidates),
        ]
    )

    outcomes = _Outcomes()
    seen = {p.url for p in first}
    _fetch_rounds(fetcher, first, sites, outcomes, seen, say)

    _later_stages().join()
    from footprint import assess
    from footprint.exports import merge

    say("match")
    known, judged = _judge(who, outcomes, sites)
    # A second discovery pass: the forms the confirmed pages write (an everyday name, a practice, "Dr. Seun").
    more = secondpass.run(known, judged, search, settings, fetcher.fetch, sites, seen, opened, say, outcomes.linked)
    # The other profiles the confirmed pages link to (sameAs, "find me on"), each remembering which page linked it.
    linked = outbound.follow(judged, outcomes.linked, sites, seen, settings.search.follow_links)
    # The registry record the pages chose opens the pages keyed by its NPI (NPI Profile's /npi/{npi}).
    linked += probes.npi_keyed_probes(who, known, sites.values(), settings, fetcher.fetch, seen)
    search = more.search if more is not None else search
    if more is not None and more.handles:  # an account or a post at a handle a confirmed page gives is theirs
        who = replace(who, learned_handles=more.handles)
    if (more is not None and (more.probes or more.handles)) or linked:  # new results alone change nothing
        _fetch_rounds(fetcher, [*(more.probes if more is not None else ()), *linked], sites, outcomes, seen, say)
        say("match")
        known, judged = _judge(who, outcomes, sites)
    # The videos of circles only the second pass's pages showed (a society's page a learned name found).
    opened += secondpass.opened(more)
    late = secondpass.late_circles(known, judged, more, search, settings, fetcher.fetch, sites, seen, opened)
    if late is not None:
        search, more = late.search, secondpass.joined(more, late)
        if late.probes:
            _fetch_rounds(fetcher, list(late.probes), sites, outcomes, seen, say)
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
    checks = Checks(tuple(outcomes.fetched), tuple(outcomes.skipped), tuple(outcomes.judged))
    rows = [
        npi_row,
        *secondpass.describe(search.coverage, more),
        *coverage_rows(
            who, sites, crawled, checks, fetcher.per_site_requests, search.gap, {e.network for e in exports}
        ),
        *known_url_rows(who, crawled, checks),
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
    from footprint.match.subject_mentions import with_subject_mentions

    # Why a page was fetched decides what it can mean (a handle the user gave, one derived from the name,
    # a URL the user gave): match.provenance, applied inside match() from the probe's source on the page.
    named = {s.id: s.name for s in sites.values()}
    # The subject's own name where the page's reader read no person (match.subject_mentions).
    pages = tuple(with_subject_mentions(who, page) for page in outcomes.pages)
    first = tuple(Match(page, match(who, page, where=named.get(page.site_id, ""))) for page in pages)

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
    wanted: list[Probe],
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
    read: list[Extracted | Skipped | None] = [None] * len(wanted)
    links: list[tuple[str, ...]] = [()] * len(wanted)
    for index, got in fetcher.fetch_each(wanted):
        _later_stages().join()  # the side thread's imports are done before a page is read
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
