"""Web search for the subject: ask the backends' chain the name queries and the ``site:`` ones, merge the results.

Results are kept in rank order (what a patient sees first), de-duplicated by URL and classified to sites by
their URL patterns; a backend that fails is asked nothing more in the scan. The queries' words are
``search_queries``; the pages to open, search results among them, are ``probes``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from footprint.config import Settings
from footprint.models import CoverageRow, Identity, SearchResult
from footprint.query_hints import hints
from footprint.search import backends_for
from footprint.search.chain import Chain, backend_names, unanswered
from footprint.search.interface import FetchFn, SearchOutcome
from footprint.search_queries import queries
from footprint.sites import SiteDefinition, site_for_url


@dataclass(frozen=True)
class SearchPass:
    results: tuple[SearchResult, ...]
    coverage: tuple[CoverageRow, ...]
    # Why web search told nothing ("" when a backend answered): the sources that rely on it
    # are then "could not check", never "not found".
    gap: str = ""
    # The name queries asked (``queries``; not the ``site:`` ones): a second pass asks none of them again.
    name_queries: tuple[str, ...] = ()
    # Backends that failed (down, refused, a captcha): a later pass of the same scan asks them nothing.
    down: tuple[str, ...] = ()
    # The family name, town and state ``household_query`` asked the registry about (``household_where``): a second
    # pass whose identity gives the same three has its answer already, and asks the registry nothing again.
    household: tuple[str, str, str] = ("", "", "")
    # Results ``known`` before this pass that its queries returned again, with their new queries and snippets
    # (``ask``): the second pass reconsiders the first's results with what its own queries' snippets say.
    again: tuple[SearchResult, ...] = ()


def site_queries(identity: Identity, sites: Iterable[SiteDefinition], limit: int, per_query: int = 15) -> list[str]:
    """``site:`` searches for sites without a usable search of their own, a few sites per query."""
    s = identity.subject
    hosts = []
    for site in sites:
        if site.site_query and site.host and site.host not in hosts:
            hosts.append(site.host.removeprefix("www."))
    name = f'"{s.given_name} {s.family_name}"'
    out = []
    for i in range(0, len(hosts), per_query):
        group = hosts[i : i + per_query]
        filters = " OR ".join(f"site:{h}" for h in group)
        out.append(f"{name} ({filters})" if len(group) > 1 else f"{name} {filters}")
    return out[:limit]


def web_search(
    identity: Identity, settings: Settings, fetch: FetchFn, sites: Iterable[SiteDefinition] = ()
) -> SearchPass:
    """Ask each query of the fallback chain of backends; merge results in rank order.

    Results are de-duplicated by URL and classified to sites by their URL
    patterns; the name queries' results come first, then the ``site:`` ones.
    """
    pool = tuple(sites)
    names = queries(identity, settings.search.max_queries, household_query(identity, settings, fetch))
    wanted = [*names, *site_queries(identity, pool, settings.search.max_site_queries)]
    found = ask(wanted, settings, fetch, pool)
    return replace(found, name_queries=tuple(names), household=household_where(identity))


def household_where(identity: Identity) -> tuple[str, str, str]:
    """The family name, town and state ``household_query`` asks about (the town the queries rank by, the state
    typed or the NPI record's); empty strings where the identity gives none."""
    s, record = identity.subject, identity.npi_record
    located = record.location if record is not None else None
    state = s.state or (located.state.upper() if located is not None else "")
    return s.family_name or "", hints(identity)[0], state


def household_query(
    identity: Identity, settings: Settings, fetch: FetchFn, asked: tuple[str, str, str] = ("", "", "")
) -> str:
    """The family name with the subject's town, unquoted ("Carmody Hamden"), when the family name is rare in the
    state: how a careful auditor looks for the pages a community writes about a household (race results that
    list "Carmody, Rick", a parish directory, a town's agenda naming "Charles B. and Whitney Treadwell"), which
    name the family and the town, seldom the physician's full name. For a common family name those words
    return a crowd of strangers, so the registry is asked once how many providers of the name the state has
    (``npi_api.family_name_count``); "" when it has more than ``RARE_FAMILY``, when it did not answer, or with
    no town or state to ask about. The results are opened only when they name the subject (``result_names.plausible``).
    ``asked``: the family, town and state an earlier pass of the scan asked about (``SearchPass.household``): the
    same three give the query that pass already asked, so "" and no request to the registry."""
    from footprint.npi_api import RARE_FAMILY, family_name_count

    family, city, state = where = household_where(identity)
    if not city or not state or not family or where == asked:
        return ""
    count = family_name_count(family, state, settings, fetch)
    return f"{family} {city}" if count is not None and count <= RARE_FAMILY else ""


def ask(
    wanted: list[str],
    settings: Settings,
    fetch: FetchFn,
    pool: tuple[SiteDefinition, ...] = (),
    known: Iterable[SearchResult] = (),
    down: Iterable[str] = (),
) -> SearchPass:
    """The results of ``wanted`` queries, merged in rank order after the ``known`` ones (a second pass
    ranks its new results after the first's); only results not already known are returned. Backends
    named in ``down`` failed earlier in the scan and are not asked again (a challenge is never retried)."""
    seen: dict[str, SearchResult] = {r.url: r for r in known}
    before = len(seen)
    failed_before = set(down)
    chain = Chain([b for b in backends_for(settings) if b.name not in failed_before])
    if not chain.backends:
        if failed_before:
            return SearchPass((), (), f"every search backend failed earlier in the scan ({', '.join(down)})")
        return SearchPass((), (), "web search is off ([search] backends is empty)")
    for query, outcome in zip(wanted, _ask_all(chain, wanted, fetch), strict=False):
        if outcome is None:
            break  # no backend left that answers
        for result in outcome.results:
            if result.url not in seen:
                site = site_for_url(result.url, pool or None)
                seen[result.url] = replace(
                    result, rank=len(seen) + 1, site_id=site.id if site else None, queries=(query,)
                )
            elif query not in (had := seen[result.url]).queries:
                seen[result.url] = replace(had, queries=(*had.queries, query), snippet=_snippets(had, result))
    coverage = chain.coverage()
    failed = unanswered(coverage)
    gap = f"no search backend answered ({', '.join(backend_names(coverage))})" if failed else ""
    known_urls = {r.url: r for r in known}
    again = tuple(r for url, r in list(seen.items())[:before] if r is not known_urls[url])
    return SearchPass(tuple(seen.values())[before:], coverage, gap, tuple(wanted), chain.down, again=again)


# Characters of one page's snippets: an engine writes one per query (~160-300 characters), and a page a dozen of
# a scan's queries return keeps each of them. The query that says the page names the subject is often a late one:
# the first queries (the family name and town, the state) return a school newsletter with a snippet around the
# subject's child; the query on the everyday name ('"Rosie Lee" Baton Rouge') returns it around "Rosie Lee".
SNIPPETS_KEPT = 2400


def _snippets(had: SearchResult, again: SearchResult) -> str:
    """The snippets of a page that several queries returned, each once. An engine writes a page's snippet for the
    query: the page a query on the family name and town shows as "... Ethan Leung will play the erhu ..." is the
    one a query on the everyday name shows as "Dr. Kelvin Leung's talk on epilepsy ...". A patient reads both, and
    whether the page plausibly names the subject is read from all of them, not from the first query's alone."""
    new = again.snippet.strip()
    if not new or new in had.snippet or len(had.snippet) + len(new) > SNIPPETS_KEPT:
        return had.snippet
    return f"{had.snippet} … {new}" if had.snippet else new


SEARCH_AT_ONCE = 4  # queries on the wire at once, after the first; each host's rate limit still holds


def _ask_all(chain: Chain, queries: list[str], fetch: FetchFn) -> list[SearchOutcome | None]:
    """Each query's answer, in the queries' order. The first is asked alone, so a backend that refuses
    or challenges is known before any other query goes to it; the rest go a few at a time, as a
    dozen queries one after another would make a scan wait a dozen round trips of the search engine."""
    if not queries:
        return []
    first = chain.search(queries[0], fetch)
    if first is None or len(queries) == 1:
        return [first]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(SEARCH_AT_ONCE, len(queries) - 1), thread_name_prefix="footprint-search") as pool:
        return [first, *pool.map(lambda query: chain.search(query, fetch), queries[1:])]
