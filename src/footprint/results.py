"""Which web search results to open: every one that plausibly names the subject, on any host.

A patient who searches the name opens news articles, blogs, practice websites, hospital
staff directories, forum threads and ratings sites no catalog knows. A result is opened when
its title, snippet or URL names the subject under any variant: a nickname, a former name,
accents folded, one part of a double surname, an initial, the family name first. Catalog
results at a profile URL are always opened; on a catalog host, a profile tab ("/reviews")
maps to the profile, a search-results URL is read as a listing, and only known non-profile
pages (sign-in, help, opt-out...) are skipped. ``[search] open_results`` caps the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlsplit

from footprint.learned import Learned
from footprint.models import Identity, PageKind, Probe, ProbePurpose, ProbeSource, SearchResult
from footprint.result_names import names_subject, plausible
from footprint.sites import SiteDefinition

__all__ = ["NOT_PROFILE", "PROFILE_TABS", "host_id", "names_subject", "plausible", "profile_of_tab", "select"]

# Trailing path parts that are tabs of one profile: the profile itself is the page to read.
PROFILE_TABS = frozenset(
    {"reviews", "patient-reviews", "patient-ratings", "ratings", "about", "overview", "locations", "insurance",
     "appointments", "book", "experience", "contact", "photos"}
)  # fmt: skip
# Pages on a catalog host that are never about a person.
NOT_PROFILE = re.compile(
    r"/(login|signin|sign-in|signup|sign-up|register|help|faq|privacy|terms|careers|jobs|press|optout|opt-out"
    r"|removal|suppression_requests|contact-us|about-us)(/|$)",
    re.I,
)
_LISTING = re.compile(r"(search|results|usearch|find|directory)", re.I)
# Query keys of a search ("?q=", "?find_desc="); "/watch?v=" or "?id=" addresses one page.
_SEARCH_KEYS = frozenset({"q", "query", "search", "find_desc", "what", "name", "term", "keyword", "keywords", "s"})


def profile_of_tab(site: SiteDefinition, url: str) -> str | None:
    """The profile URL a tab URL belongs to (".../dr-x-abc12/reviews" → ".../dr-x-abc12"), if any."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last.lower() not in PROFILE_TABS or not head:
        return None
    profile = f"{parts.scheme}://{parts.netloc}{head}"
    for candidate in (profile, profile + "/"):
        if site.is_profile_url(candidate):
            return candidate
    return None


def host_id(url: str) -> str:
    """The id of a page outside the catalog: its host, without "www."."""
    return (urlsplit(url).hostname or "web").lower().removeprefix("www.")


def select(
    identity: Identity,
    results: Iterable[SearchResult],
    sites: dict[str, SiteDefinition],
    budget: int,
    learned: Learned | None = None,
    skip: frozenset[str] | set[str] = frozenset(),
) -> tuple[list[Probe], int]:
    """The probes for the results worth opening, in rank order, and how many of them count against ``budget``
    (catalog profiles do not).

    ``skip``: results already opened (their URLs), neither opened again nor counted; ``learned``: the
    forms a second pass opens for too (:mod:`footprint.learned`). In that pass a catalog profile is
    opened only when it plausibly names the subject too: a query for the practice returns its other
    doctors' profiles.
    """
    from footprint.probes import probe_for_url

    out: list[Probe] = []
    opened = 0
    for result in results:
        if result.url in skip:
            continue
        site = sites.get(result.site_id or "")
        at_profile = site is not None and (site.is_profile_url(result.url) or bool(site.api_for(result.url)))
        if site is not None and at_profile and (learned is None or plausible(identity, result, learned)):
            out.append(probe_for_url(site, result.url, ProbeSource.SEARCH_RESULT, result.rank, result.backend))
            continue
        if at_profile or opened >= budget or not plausible(identity, result, learned):
            continue
        if site is not None:
            if NOT_PROFILE.search(urlsplit(result.url).path):
                continue
            profile = profile_of_tab(site, result.url)
            if profile is not None:
                out.append(probe_for_url(site, profile, ProbeSource.SEARCH_RESULT, result.rank, result.backend))
            else:
                out.append(_newer_form(site, result))
        else:
            out.append(
                Probe(host_id(result.url), result.url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT,
                      PageKind.OTHER, result.rank, backend=result.backend)
            )  # fmt: skip
        opened += 1
    return out, opened


def _newer_form(site: SiteDefinition, result: SearchResult) -> Probe:
    """A catalog page at a URL its patterns do not know: a results page is a listing, else a profile."""
    parts = urlsplit(result.url)
    keys = {k.lower() for k, _ in parse_qsl(parts.query)}
    if keys & _SEARCH_KEYS or _LISTING.search(parts.path):
        kind = site.page_kind if site.kind in ("people_search", "social") else PageKind.DIRECTORY_LISTING
        return Probe(site.id, result.url, ProbePurpose.LISTING, ProbeSource.SEARCH_RESULT, kind, result.rank,
                     backend=result.backend)  # fmt: skip
    return Probe(site.id, result.url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, site.page_kind, result.rank,
                 backend=result.backend)  # fmt: skip
