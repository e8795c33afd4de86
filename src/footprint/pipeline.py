"""Runs the stages for one subject and returns a Scan. Prints nothing.

identity -> discover -> fetch -> extract -> match -> assess -> evidence.
Photo GPS, the one part of the evidence step that the assessment needs,
runs just before assess; screenshots of what each finding is about, after
it. Fetching (``fetch_rounds``) goes
in rounds: the first round's listing and account pages name profile pages,
which the second round fetches. A failure on one source becomes a coverage
row and never ends the scan. After a provisional match, a second discovery
pass searches for and opens what the confirmed pages taught (an everyday
name, the practice: ``footprint.learned``), and everything is matched again.

The stages after fetching (extract, match, assess and what they read with)
take longer to import than a username check takes to answer. They are
imported on a side thread while the first requests are on the wire
(``stage_imports.later_stages``), and the scan waits for that thread before it reads
a page, so no two threads ever import them at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from footprint import discover, outbound, probes, registry, review, secondpass, usernames
from footprint.config import Settings, check_site_ids
from footprint.coverage import Checks, coverage_rows, known_url_rows, outcome
from footprint.fetch import Fetcher, robots
from footprint.fetch.protocol import PageSource
from footprint.fetch_rounds import Outcomes, ProgressFn, fetch_rounds
from footprint.models import (
    CoverageRow,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    Scan,
    Subject,
)
from footprint.sites import SiteDefinition, catalog
from footprint.stage_imports import later_stages

if TYPE_CHECKING:
    from footprint.evidence import Evidence
    from footprint.exports import ExportResult


def warm_stages() -> None:
    """Import the later stages now and wait for them (a long-lived worker, before its first subject)."""
    later_stages().join()


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
    later_stages()
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

    outcomes = Outcomes()
    seen = {p.url for p in first}
    fetch_rounds(fetcher, first, sites, outcomes, seen, say)

    later_stages().join()
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
        fetch_rounds(fetcher, [*(more.probes if more is not None else ()), *linked], sites, outcomes, seen, say)
        say("match")
        known, judged = _judge(who, outcomes, sites)
    # The videos of circles only the second pass's pages showed (a society's page a learned name found).
    opened += secondpass.opened(more)
    late = secondpass.late_circles(known, judged, more, search, settings, fetcher.fetch, sites, seen, opened)
    if late is not None:
        search, more = late.search, secondpass.joined(more, late)
        if late.probes:
            fetch_rounds(fetcher, list(late.probes), sites, outcomes, seen, say)
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


def _judge(who: Identity, outcomes: Outcomes, sites: dict[str, SiteDefinition]) -> tuple[Identity, tuple[Match, ...]]:
    """Every page read so far matched: the identity (a registry record pinned by the user's own pages) and
    the matches, corroborated by kin, phones and workplaces."""
    from footprint.match import by_own_pages, by_own_town, match, same_account, with_kin
    from footprint.match.author_kin import with_author_kin
    from footprint.match.consensus import by_the_web
    from footprint.match.subject_mentions import with_subject_mentions

    # Why a page was fetched decides what it can mean (a handle the user gave, one derived from the name,
    # a URL the user gave): match.provenance, applied inside match() from the probe's source on the page.
    named = {s.id: s.name for s in sites.values()}
    # The subject's own name where the page's reader read no person (match.subject_mentions).
    # A relative writing the page names the subject by the given name and a kin word (match.author_kin).
    pages = tuple(with_author_kin(who, with_subject_mentions(who, page)) for page in outcomes.pages)
    first = tuple(Match(page, match(who, page, where=named.get(page.site_id, ""))) for page in pages)

    # Namesakes in the registry: a page the user gave says which record is theirs; all pages judged again.
    def judge(known: Identity, page: Extracted) -> MatchResult:
        return match(known, page, where=named.get(page.site_id, ""))

    who, first = by_own_pages(who, first, judge)
    # No town typed and no record chosen: the town of the user's own page is the subject's (match.pinning).
    who, first = by_own_town(who, first, judge)
    # No page of the user's says which: the pages of the name may agree on one registry record (match.consensus).
    who, first = by_the_web(who, first, judge)
    # What the pages judged the subject's taught, read once on the pages left "possible" (match.rejudge).
    return who, same_account(with_kin(who, first, judge))
