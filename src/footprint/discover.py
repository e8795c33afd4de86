"""The discover stage: from an identity and the site catalog to probes.

Probes come from four places: web search results classified to sites by
their URL patterns (kept in rank order: what a patient sees first), each
site's own name search, username checks for the subject's handles, and URLs
the user already knows. Probes always carry canonical URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from footprint import usernames
from footprint.config import Settings, secret
from footprint.models import (
    CoverageRow,
    Identity,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
    SearchResult,
)
from footprint.search import backends_for
from footprint.search.chain import Chain, backend_names, unanswered
from footprint.search.interface import FetchFn
from footprint.sites import SiteDefinition, datasets, fill, fill_body, site_for_url
from footprint.sites.datasets import Datasets


@dataclass(frozen=True)
class SearchPass:
    results: tuple[SearchResult, ...]
    coverage: tuple[CoverageRow, ...]
    # Why web search told nothing ("" when a backend answered): the sources that rely on it
    # are then "could not check", never "not found".
    gap: str = ""


def queries(identity: Identity, limit: int) -> list[str]:
    """Search queries, most telling first: quoted name with specialty and place, then looser.

    Variants: the name with and without the middle name or initial, with
    "Dr." and the credential, with the specialty, the city and the state.
    """
    s = identity.subject
    first, middle, last = s.given_name or "", s.middle_name or "", s.family_name or ""
    full = f"{first} {last}"
    place = " ".join(p for p in (s.city, s.state) if p)
    cred = s.credentials[0] if s.credentials else "MD"
    out: list[str] = []
    for q in (
        f'"{full}" {s.specialty or ""} {place}',
        f'"Dr. {full}" {place}',
        f'"{full}" {cred}',
        f'"{first} {middle[:1]}. {last}" {s.specialty or ""}' if middle else "",
        f'"{first} {middle} {last}"' if len(middle) > 1 else "",
        f'"{full}, {cred}" {s.state or ""}',
        f'"{full}"',
        *(f'"{aka}"' for aka in s.also_known_as),
    ):
        clean = re.sub(r"\s+", " ", q).strip()
        if clean and clean not in out:
            out.append(clean)
    return out[:limit]


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
    seen: dict[str, SearchResult] = {}
    pool = tuple(sites)
    wanted = [*queries(identity, settings.search.max_queries)]
    wanted += site_queries(identity, pool, settings.search.max_site_queries)
    chain = Chain(backends_for(settings))
    if not chain.backends:
        return SearchPass((), (), "web search is off ([search] backends is empty)")
    for query in wanted:
        outcome = chain.search(query, fetch)
        if outcome is None:
            break  # no backend left that answers
        for result in outcome.results:
            if result.url not in seen:
                site = site_for_url(result.url, pool or None)
                seen[result.url] = replace(result, rank=len(seen) + 1, site_id=site.id if site else None)
    coverage = chain.coverage()
    failed = unanswered(coverage)
    gap = f"no search backend answered ({', '.join(backend_names(coverage))})" if failed else ""
    return SearchPass(tuple(seen.values()), coverage, gap)


def template_values(identity: Identity) -> dict[str, str]:
    s = identity.subject
    first, last = s.given_name or "", s.family_name or ""
    from footprint.identity import US_STATES

    return {
        "name": f"{first} {last}",
        "first": first.lower(),
        "last": last.lower(),
        "First": first,
        "Last": last,
        "city": s.city or "",
        "city_slug": re.sub(r"[^a-z0-9]+", "-", (s.city or "").lower()).strip("-"),
        "state": s.state or "",
        "state_lower": (s.state or "").lower(),
        "State": US_STATES.get(s.state or "", ""),
        "State_slug": US_STATES.get(s.state or "", "").replace(" ", "-"),
        "City_slug": "-".join(w.capitalize() for w in (s.city or "").split()),
        "specialty": s.specialty or "",
        "npi": (identity.npi_record.number if identity.npi_record else "") or s.npi or "",
    }


def probe_for_url(
    site: SiteDefinition, url: str, source: ProbeSource, rank: int | None = None, backend: str = ""
) -> Probe:
    """A probe for a page on ``site``: through its public JSON API when it has one."""
    api = site.api_for(url)
    purpose = ProbePurpose.PROFILE if site.is_profile_url(url) else ProbePurpose.LISTING
    if api is not None:
        api_url, parser = api
        return Probe(
            site.id, api_url, ProbePurpose.API, source, site.page_kind, rank, parser, origin_url=url,
            headers=site.api_headers_for(url), secret_headers=site.key_headers, backend=backend,
        )  # fmt: skip
    kind = site.page_kind if purpose == ProbePurpose.PROFILE else _listing_kind(site)
    return Probe(site.id, url, purpose, source, kind, rank, backend=backend)


def _listing_kind(site: SiteDefinition) -> PageKind:
    return site.page_kind if site.kind in ("people_search", "social") else PageKind.DIRECTORY_LISTING


def _searchable(site: SiteDefinition, values: dict[str, str]) -> bool:
    return bool(site.search_urls) and not site.manual_only and all(values.get(k) for k in site.search_requires)


def site_datasets(
    identity: Identity, sites: Iterable[SiteDefinition], settings: Settings, fetch: FetchFn
) -> dict[str, Datasets]:
    """The datasets of each site that searches one per period (Open Payments' program years), by site id."""
    values = template_values(identity)
    return {s.id: datasets.resolve(s, settings, fetch) for s in sites if s.datasets and _searchable(s, values)}


def site_probes(
    identity: Identity, sites: Iterable[SiteDefinition], per_site: Mapping[str, Datasets] | None = None
) -> list[Probe]:
    """Each site's own search for the subject's name (or NPI), where its definition has one.

    A search over datasets (``{dataset}`` in the URL) is one probe per dataset in ``per_site``
    (else per dataset the definition knows).
    """
    values = template_values(identity)
    out = []
    for site in sites:
        if not _searchable(site, values):
            continue
        if site.api_key_env and not secret(site.api_key_env):
            continue  # coverage says "skipped" and names the variable
        found = (per_site or {}).get(site.id)
        if found is None and site.datasets is not None:
            found = Datasets(site.datasets.known)  # nothing resolved: the datasets the definition knows
        each = [{**values, "dataset": ident} for _, ident in found.ids] if found is not None else [values]
        for template, filled in ((t, v) for t in site.search_urls for v in each):
            url = fill(template, filled)
            probe = probe_for_url(site, url, ProbeSource.SITE_SEARCH)
            if site.search_parser != Parser.HTML and probe.parser == Parser.HTML:
                probe = replace(probe, purpose=ProbePurpose.API, parser=site.search_parser, page_kind=site.page_kind)
            if site.api_key_env and site.api_key_param:
                probe = replace(probe, secret_params=((site.api_key_param, site.api_key_env),))
            if site.search_body or site.search_headers or site.key_headers:
                body = fill_body(site.search_body, filled) if site.search_body else ""
                probe = replace(
                    probe, method=site.search_method, json_body=body, headers=site.search_headers,
                    secret_headers=site.key_headers,
                )  # fmt: skip
            out.append(probe)
    return out


def handle_probes(identity: Identity, sites: Iterable[SiteDefinition]) -> list[Probe]:
    """Username checks for the handles the user supplied.

    Sites with a public API route for the profile (Mastodon) go through it;
    the others through the definition's username check.
    """
    out = []
    for handle in identity.subject.handles:
        for site in sites:
            check = site.username
            if check is None:
                continue
            values = usernames.handle_values(handle, check.handle_pattern)
            if values is None:
                continue
            url = check.url.format(**values)
            if not check.api_url and site.api_for(url) is not None:
                out.append(probe_for_url(site, url, ProbeSource.HANDLE))
            else:
                found = usernames.probe(site, handle, ProbeSource.HANDLE)
                if found is not None:
                    out.append(found)
    return out


def result_probes(results: Iterable[SearchResult], sites: dict[str, SiteDefinition]) -> list[Probe]:
    out = []
    for result in results:
        site = sites.get(result.site_id or "")
        if site is not None and (site.is_profile_url(result.url) or site.api_for(result.url)):
            out.append(probe_for_url(site, result.url, ProbeSource.SEARCH_RESULT, result.rank, result.backend))
    return out


def known_url_probes(identity: Identity, sites: dict[str, SiteDefinition]) -> list[Probe]:
    out = []
    for url in identity.subject.known_urls:
        site = site_for_url(url, tuple(sites.values()))
        if site is not None:
            out.append(probe_for_url(site, url, ProbeSource.KNOWN_URL))
        else:
            out.append(Probe("web", url, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind.PERSONAL_SITE))
    return out


def link_probes(links: Iterable[str], site: SiteDefinition, seen: set[str]) -> list[Probe]:
    """Follow-up probes for profile links found on a listing or account page."""
    out = []
    for link in links:
        probe = probe_for_url(site, link, ProbeSource.LINK)
        if probe.url not in seen:
            seen.add(probe.url)
            out.append(probe)
    return out


def dedupe(probes: Iterable[Probe]) -> list[Probe]:
    """One probe per URL, keeping the first (best-ranked) one."""
    seen: dict[str, Probe] = {}
    for probe in probes:
        seen.setdefault(probe.url, probe)
    return list(seen.values())
