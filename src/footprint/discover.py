"""The discover stage: from an identity and the site catalog to probes.

Probes come from four places: web search results classified to sites by
their URL patterns (kept in rank order: what a patient sees first), each
site's own name search, username checks for the subject's handles, and URLs
the user already knows. Probes always carry canonical URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from footprint.config import Settings
from footprint.extract.social import normalise_handle
from footprint.models import CoverageRow, CoverageStatus, Identity, Probe, SearchResult
from footprint.search import backends_for
from footprint.search.interface import FetchFn
from footprint.sites import SiteDefinition, fill, site_for_url


@dataclass(frozen=True)
class SearchPass:
    results: tuple[SearchResult, ...]
    coverage: tuple[CoverageRow, ...]


def queries(identity: Identity, limit: int) -> list[str]:
    """Search queries, most telling first: quoted name with specialty and place, then looser."""
    s = identity.subject
    full = f"{s.given_name} {s.family_name}"
    place = " ".join(p for p in (s.city, s.state) if p)
    out: list[str] = []
    for q in (
        f'"{full}" {s.specialty or ""} {place}',
        f'"Dr. {full}" {place}',
        f'"{full}" {s.credentials[0] if s.credentials else "MD"}',
        f'"{identity.variants[0]}"' if identity.variants else "",
        f'"{full}"',
        *(f'"{aka}"' for aka in s.also_known_as),
    ):
        clean = re.sub(r"\s+", " ", q).strip()
        if clean and clean not in out:
            out.append(clean)
    return out[:limit]


def web_search(identity: Identity, settings: Settings, fetch: FetchFn) -> SearchPass:
    """Run the queries on every configured backend; merge results in rank order."""
    seen: dict[str, SearchResult] = {}
    coverage = []
    for backend in backends_for(settings):
        statuses = []
        requests = 0
        for query in queries(identity, settings.search.max_queries):
            outcome = backend.search(query, fetch)
            requests += outcome.requests
            statuses.append(outcome)
            for result in outcome.results:
                if result.url not in seen:
                    site = site_for_url(result.url)
                    seen[result.url] = SearchResult(
                        rank=len(seen) + 1,
                        url=result.url,
                        title=result.title,
                        snippet=result.snippet,
                        backend=result.backend,
                        site_id=site.id if site else None,
                    )
        failed = [o for o in statuses if o.status not in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND)]
        if failed and len(failed) == len(statuses):
            coverage.append(CoverageRow(f"search:{backend.name}", failed[0].status, failed[0].detail, None, requests))
        else:
            found = any(o.results for o in statuses)
            detail = f"{len(statuses)} queries" + (f", {len(failed)} failed: {failed[0].detail}" if failed else "")
            status = CoverageStatus.FOUND if found else CoverageStatus.NOT_FOUND
            coverage.append(CoverageRow(f"search:{backend.name}", status, detail, None, requests))
    return SearchPass(tuple(seen.values()), tuple(coverage))


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
        "specialty": s.specialty or "",
    }


def probe_for_url(site: SiteDefinition, url: str, source: str, rank: int | None = None) -> Probe:
    """A probe for a page on ``site``: through its public JSON API when it has one."""
    api = site.api_for(url)
    purpose = "profile" if site.is_profile_url(url) else "listing"
    if api is not None:
        api_url, parser = api
        return Probe(site.id, api_url, "api", source, site.page_kind, rank, parser, origin_url=url)
    kind = site.page_kind if purpose == "profile" else _listing_kind(site)
    return Probe(site.id, url, purpose, source, kind, rank)


def _listing_kind(site: SiteDefinition) -> str:
    return site.page_kind if site.kind in ("people_search", "social") else "directory_listing"


def site_probes(identity: Identity, sites: Iterable[SiteDefinition]) -> list[Probe]:
    """Each site's own search for the subject's name, where its definition has one."""
    values = template_values(identity)
    out = []
    for site in sites:
        if not site.search_url or any(not values.get(k) for k in site.search_requires):
            continue
        url = fill(site.search_url, values)
        out.append(probe_for_url(site, url, "site_search"))
    return out


def handle_probes(identity: Identity, sites: Iterable[SiteDefinition]) -> list[Probe]:
    """Username checks for the handles the user supplied."""
    out = []
    for handle in identity.subject.handles:
        for site in sites:
            check = site.username
            if check is None:
                continue
            values = _handle_values(handle, check.handle_pattern)
            if values is None:
                continue
            url = check.url.format(**values)
            out.append(probe_for_url(site, url, "handle"))
    return out


def _handle_values(handle: str, pattern: str) -> dict[str, str] | None:
    text = handle.strip()
    if pattern:
        m = re.fullmatch(pattern, text)
        if not m:
            return None
        return {k: v for k, v in m.groupdict().items() if v is not None} | {"handle": text.lstrip("@")}
    if "@" in text.lstrip("@"):
        return None  # user@instance handles belong to federated sites with a pattern
    return {"handle": text.lstrip("@")}


def result_probes(results: Iterable[SearchResult], sites: dict[str, SiteDefinition]) -> list[Probe]:
    out = []
    for result in results:
        site = sites.get(result.site_id or "")
        if site is not None and (site.is_profile_url(result.url) or site.api_for(result.url)):
            out.append(probe_for_url(site, result.url, f"search:{result.backend}", result.rank))
    return out


def known_url_probes(identity: Identity, sites: dict[str, SiteDefinition]) -> list[Probe]:
    out = []
    for url in identity.subject.known_urls:
        site = site_for_url(url, tuple(sites.values()))
        if site is not None:
            out.append(probe_for_url(site, url, "known_url"))
        else:
            out.append(Probe("web", url, "profile", "known_url", "personal_site"))
    return out


def link_probes(links: Iterable[str], site: SiteDefinition, seen: set[str]) -> list[Probe]:
    """Follow-up probes for profile links found on a listing or account page."""
    out = []
    for link in links:
        probe = probe_for_url(site, link, "link")
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


def normalised_handles(identity: Identity) -> set[str]:
    return {normalise_handle(h) for h in identity.subject.handles}
