"""The second discovery pass: what the confirmed pages taught, searched for and opened, and told in the report.

After the first fetch and a provisional match, ``footprint.learned`` collects the forms the confirmed
pages write for the subject (an everyday name, the practice, "Dr. Seun", a handle). This pass
reconsiders every result search returned with them, asks up to ``[search] learned_queries`` more
queries (none the first pass asked, and none to a backend that failed earlier in the scan), and
opens what now plausibly names the subject within what is left of ``[search] open_results``.

What it asked and opened is written into the web-search coverage row of the backend that answered
(its detail and its request count), so the report shows the pass like the first one. When search
had a gap (no backend answered), the pass still reconsiders whatever results came back, and the
row says that no query was asked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from footprint import discover, discover_homes, language_videos, practice_videos, probes
from footprint.models import CoverageRow, CoverageStatus, Identity, Match, Probe, SearchResult
from footprint.search.chain import ANSWERED, PREFIX

if TYPE_CHECKING:
    from footprint import learned as learned_forms
    from footprint.config import Settings
    from footprint.search.interface import FetchFn
    from footprint.sites import SiteDefinition

log = logging.getLogger(__name__)
SHOWN_QUERIES = 3  # queries quoted in the coverage detail; the rest are counted


@dataclass(frozen=True)
class SecondPass:
    """What the pass added: every search result so far (its new ones last), the probes to open, what it asked."""

    search: discover.SearchPass
    probes: tuple[Probe, ...]
    asked: tuple[str, ...]
    new_results: int
    note: str  # why no query was asked ("" when some were, or none was wanted)
    # Handles the confirmed pages give as the subject's, each with the page that gave it, and how many username
    # checks of them the pass made (``footprint.usernames_learned``).
    handles: tuple[tuple[str, str], ...] = ()
    checks: int = 0


def run(
    who: Identity,
    judged: tuple[Match, ...],
    search: discover.SearchPass,
    settings: Settings,
    fetch: FetchFn,
    sites: dict[str, SiteDefinition],
    seen: set[str],
    opened: int,
    say: Callable[[str], None],
    linked: Mapping[str, tuple[str, ...]] | None = None,
) -> SecondPass | None:
    """The pass for ``who`` as the provisional match knows it (a registry record pinned), given the first
    pass's ``search`` and the ``opened`` results it opened. ``seen`` (URLs already probed) grows by the
    probes returned. None when nothing was learned and no query is wanted. ``linked``: the profile links
    each page gives, from which the subject's own handles are learned too."""
    from footprint import learned, results, usernames_learned

    taught = learned.learn(who, judged, search.results)
    own = usernames_learned.learn(who, judged, linked or {}, taught.givens)
    # Searched quoted, and opened when a result carries one: only the handles a confirmed page gives as the
    # subject's (a post's author that tags the subject is a friend), none the user gave (the first pass asks those).
    taught = replace(taught, handles=tuple(h for h, _ in own))
    wanted = learned.queries(who, taught, search.name_queries, settings.search.learned_queries)
    if settings.search.learned_queries:
        wanted = [
            *wanted,
            *(q for q in workplace_queries(who, taught) if q not in search.name_queries and q not in wanted),
        ]
    # The household's query once a record pinned since the first pass gives the town ("Carmody Hamden"): the first
    # pass had no town to ask it with when the registry kept several physicians of the name. With the same family,
    # town and state the first pass asked the registry about, its answer stands (asked or not), and no request goes.
    household = (
        discover.household_query(who, settings, fetch, search.household)
        if not search.gap and settings.search.learned_queries
        else ""
    )
    if household and household not in search.name_queries and household not in wanted:
        wanted = [*wanted, household]
    # The home a confirmed people-search record gives, searched as its real-estate and neighbourhood pages write it
    # (``discover_homes``): beside the learned queries, as the household's, when the second pass asks any.
    if settings.search.learned_queries:
        homes = discover_homes.queries(taught.homes)
        wanted = [*wanted, *(q for q in homes if q not in search.name_queries and q not in wanted)]
        # The videos of the workplaces (the typed practice, those confirmed pages name) and of the circles whose own
        # pages the match took for the subject's (a society's newsletter, a club's roster): ``practice_videos``.
        from footprint.nameforms import NameForms  # the name matcher (rapidfuzz) loads after the first requests

        circles = practice_videos.publishers(judged, NameForms.of(who).families())
        videos = practice_videos.queries((*_workplaces(who, taught), *circles))
        # The health talks of the communities whose language the confirmed pages say the subject speaks
        # (``language_videos``).
        videos += language_videos.queries(language_videos.spoken(judged), who)
        wanted = [*wanted, *(v for v in videos if v not in wanted and v not in search.name_queries)]
    note = ""
    if wanted and search.gap:
        note, wanted = f"no query asked: {search.gap}", []
    if not taught and not wanted:
        return None
    say("search (what the confirmed pages taught)")
    log.info("learned %s; asking %s", taught, wanted)
    extra = None
    if wanted:
        extra = discover.ask(wanted, settings, fetch, tuple(sites.values()), search.results, search.down)
        if not extra.coverage and extra.gap:
            note, wanted = f"no query asked: {extra.gap}", []
    new = extra.results if extra is not None else ()
    again = {r.url: r for r in extra.again} if extra is not None else {}
    everything = _with_asked(search, extra, (*(again.get(r.url, r) for r in search.results), *new))
    left = max(0, settings.search.open_results - opened)
    # Judged with the place and field confirmed pages wrote when the user gave none ("Savannah", "vascular surgeon").
    # A language's talks past its first few are not opened (``language_videos.beyond_first``).
    skip = seen | language_videos.beyond_first(everything.results)
    found, _ = results.select(learned.hinted(who, taught), everything.results, sites, left, taught, skip)
    to_open = _unseen(found, seen)
    checks = tuple(usernames_learned.probes(own, sites.values(), seen))
    return SecondPass(everything, (*to_open, *checks), tuple(wanted), len(new), note, own, len(checks))


WORKPLACES = 3  # workplaces confirmed pages name, each searched by its name beside the learned queries


def workplace_queries(who: Identity, taught: learned_forms.Learned) -> list[str]:
    """Each workplace the confirmed pages name, quoted with the town ('"Arkansas River Medical Center" Tulsa'), at most
    ``WORKPLACES``, not the one the user typed (the first pass asked it). A hospital's team page or a group's
    directory lists its doctors in the page, where search does not show them, and only the organisation's name
    finds it. Asked beside the learned queries, as the household's and the videos' are, not within their budget:
    there a second workplace fell behind the learned name's other forms ("Zhou, Ming", "Ming Z.", a member name),
    whose pages the name queries mostly return already."""
    from footprint import learned, query_hints
    from footprint.identity import fold

    city, state, _ = query_hints.hints(learned.hinted(who, taught))
    typed = fold(who.subject.practice or "")
    out = [" ".join(f'"{p}" {city or state}'.split()) for p in taught.practices if fold(p) != typed]
    return list(dict.fromkeys(out))[:WORKPLACES]


LATE_CIRCLES = 2  # circles first seen on the second pass's pages whose videos are asked after it


@dataclass(frozen=True)
class LateCircles:
    """The circles' video queries asked after the second pass, every search result so far, and the videos to open."""

    search: discover.SearchPass
    probes: tuple[Probe, ...]
    asked: tuple[str, ...]
    new_results: int = 0


def opened(done: SecondPass | None) -> int:
    """The search results the second pass opened (its username checks aside)."""
    return len(done.probes) - done.checks if done is not None else 0


def joined(done: SecondPass | None, late: LateCircles) -> SecondPass:
    """The second pass as the report tells it: with the circles' video queries asked after it and what they opened."""
    if done is None:
        return SecondPass(late.search, late.probes, late.asked, late.new_results, "")
    probes, asked, new = (*done.probes, *late.probes), (*done.asked, *late.asked), done.new_results + late.new_results
    return replace(done, search=late.search, probes=probes, asked=asked, new_results=new)


def late_circles(
    who: Identity,
    judged: tuple[Match, ...],
    done: SecondPass | None,
    search: discover.SearchPass,
    settings: Settings,
    fetch: FetchFn,
    sites: dict[str, SiteDefinition],
    seen: set[str],
    opened: int,
) -> LateCircles | None:
    """The videos of the circles that only the second pass's pages showed: a society's newsletter or a club's roster
    that a learned name found ("Eilidh Owen" on the St Andrew's Society's page) is taken for the subject's after that
    pass asked its video queries, so its channel (the Burns Supper's chapter list naming her) is asked now, at most
    ``LATE_CIRCLES`` of them, each a query no pass asked, and a video opened when its title writes the circle's own
    words (``practice_videos.from_workplace``), within what is left of ``[search] open_results``. None when no new
    circle, no learned query is allowed, or search had a gap."""
    from footprint import learned, results
    from footprint.nameforms import NameForms

    if search.gap or not settings.search.learned_queries:
        return None
    asked = {*search.name_queries, *(done.asked if done is not None else ())}
    circles = practice_videos.publishers(judged, NameForms.of(who).families())
    wanted = [q for q in dict.fromkeys(practice_videos.query(c) for c in circles) if q and q not in asked]
    wanted = wanted[:LATE_CIRCLES]
    if not wanted:
        return None
    extra = discover.ask(wanted, settings, fetch, tuple(sites.values()), search.results, search.down)
    everything = _with_asked(search, extra, (*search.results, *extra.results))
    videos = [r for r in extra.results if practice_videos.from_workplace(r)]
    left = max(0, settings.search.open_results - opened)
    found, _ = results.select(who, videos, sites, left, learned.Learned(), seen)
    return LateCircles(everything, _unseen(found, seen), tuple(wanted), len(extra.results))


def _with_asked(
    search: discover.SearchPass, extra: discover.SearchPass | None, results: Sequence[SearchResult]
) -> discover.SearchPass:
    """The scan's search as it stands after a later ask (``extra``; None when nothing was asked): ``results``, the
    ask's coverage rows told after the earlier ones, and the backends that went down in either."""
    rows, down = (extra.coverage, extra.down) if extra is not None else ((), ())
    return replace(
        search,
        results=tuple(results),
        coverage=told(search.coverage, rows),
        down=tuple(dict.fromkeys((*search.down, *down))),
    )


def _unseen(found: Sequence[Probe], seen: set[str]) -> tuple[Probe, ...]:
    """The probes of ``found`` (duplicates merged) whose URLs were not probed yet; ``seen`` grows by them."""
    to_open = tuple(p for p in probes.dedupe(found) if p.url not in seen)
    seen.update(p.url for p in to_open)
    return to_open


def _workplaces(who: Identity, taught: learned_forms.Learned) -> tuple[str, ...]:
    """The subject's workplaces: the practice the user typed, then those confirmed pages name."""
    return tuple(p for p in (who.subject.practice or "", *taught.practices) if p)


def told(first: Sequence[CoverageRow], second: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
    """The first pass's search rows with the second pass's requests added to the same backend's row (a
    backend only the second pass reached gets its own); a row that now has results says found."""
    rows = {r.site: r for r in first}
    for row in second:
        had = rows.get(row.site)
        if had is None:
            rows[row.site] = replace(row, detail=f"second pass: {row.detail}" if row.detail else "second pass")
            continue
        found = had.status == CoverageStatus.FOUND or row.status == CoverageStatus.FOUND
        status = CoverageStatus.FOUND if found and had.status in ANSWERED else had.status
        rows[row.site] = replace(had, status=status, requests=had.requests + row.requests)
    return tuple(rows.values())


def describe(rows: Sequence[CoverageRow], done: SecondPass | None) -> tuple[CoverageRow, ...]:
    """``rows`` with the second pass told in the detail of the first web-search row that answered (else
    the first web-search row): the queries it asked, the new results, the pages it opened. Unchanged
    when there was no second pass or no web-search row."""
    if done is None:
        return tuple(rows)
    search_rows = [r for r in rows if r.site.startswith(PREFIX)]
    if not search_rows:
        return tuple(rows)
    target = next((r for r in search_rows if r.status in ANSWERED), search_rows[0])
    said = summary(done)
    return tuple(replace(r, detail=f"{r.detail}; {said}" if r.detail else said) if r is target else r for r in rows)


def summary(done: SecondPass) -> str:
    """ "second pass (what confirmed pages wrote): 2 queries ("Kwabena Osei" Albuquerque; ...), 3 new
    results, 2 pages opened"."""
    shown = "; ".join(done.asked[:SHOWN_QUERIES]) + ("; ..." if len(done.asked) > SHOWN_QUERIES else "")
    asked = f"{len(done.asked)} {'query' if len(done.asked) == 1 else 'queries'} ({shown})" if done.asked else ""
    parts = [
        asked or done.note or "no new query",
        f"{done.new_results} new result{'s' if done.new_results != 1 else ''}" if done.asked else "",
        f"{len(done.probes) - done.checks} page{'s' if len(done.probes) - done.checks != 1 else ''} opened",
        _handles_said(done),
    ]
    return "second pass (what confirmed pages wrote): " + ", ".join(p for p in parts if p)


def _handles_said(done: SecondPass) -> str:
    """ "handles your confirmed pages give: @seunmovesdoc, checked on 12 username sites"; "" when none."""
    if not done.handles:
        return ""
    shown = ", ".join(f"@{h}" for h, _ in done.handles[:SHOWN_QUERIES])
    return f"handles your confirmed pages give: {shown} ({done.checks} username check{'s' if done.checks != 1 else ''})"
