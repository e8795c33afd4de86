"""Probes: the pages a scan will open, built from the site catalog.

Each site's own name search (``site_probes``, one per dataset where a site searches by period), the sites
keyed by the NPI once it is known, username checks for the user's handles, the URLs the user already
knows, profile links found on a listing, and any search result on a known site (``probe_for_url``, through
the site's public API when it has one). Probes always carry canonical URLs; ``dedupe`` keeps one per URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from footprint import usernames
from footprint.config import Settings, secret
from footprint.models import (
    Identity,
    PageKind,
    Parser,
    Probe,
    ProbePurpose,
    ProbeSource,
)
from footprint.query_hints import credential
from footprint.search.interface import FetchFn
from footprint.sites import SiteDefinition, datasets, fill, fill_body, site_for_url
from footprint.sites.datasets import Datasets


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
        # The name as profile URLs write it, letters only, accents dropped ("chloe-bissonnette", "isabel-de-la-cruz"),
        # and the degree in lower case ("md", "do"): Doximity's /pub/{first}-{last}-{credential}.
        "name_slug": _slug(f"{first} {last}"),
        "cred_lower": credential(identity).lower() if first and last else "",
    }


def registry_name_values(identity: Identity) -> dict[str, str] | None:
    """The template values under the registry's name when it builds another profile address than the name the user
    typed ("maria-dimaculangan" for Malou Dimaculangan, "katharine-ashworth" for Kit): profile directories built from
    the NPI registry (Doximity's /pub/{first}-{last}-{credential}) keep the legal name, whatever the doctor goes by.
    None when the registry gives no other name."""
    record = identity.npi_record
    values = template_values(identity)
    if record is None or not record.first_name or not record.last_name or not values["name_slug"]:
        return None
    first, last = record.first_name.title(), record.last_name.title()
    slug = _slug(f"{first} {last}")
    if slug == values["name_slug"]:
        return None
    return {**values, "name": f"{first} {last}", "first": first.lower(), "last": last.lower(), "First": first,
            "Last": last, "name_slug": slug}  # fmt: skip


def _slug(text: str) -> str:
    """``text`` as a URL slug: folded to plain lower-case letters and digits, words joined by hyphens."""
    from footprint.identity import fold

    return "-".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


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
        for template, filled in ((t, v) for t in site.search_urls for v in [*each, *_under_registry_name(t, identity)]):
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


def _under_registry_name(template: str, identity: Identity) -> list[dict[str, str]]:
    """A profile address (``{name_slug}``) is built under the registry's name too, when that is another."""
    other = registry_name_values(identity) if "{name_slug}" in template else None
    return [other] if other is not None else []


def npi_keyed_probes(
    before: Identity,
    after: Identity,
    sites: Iterable[SiteDefinition],
    settings: Settings,
    fetch: FetchFn,
    seen: set[str],
) -> list[Probe]:
    """The sites keyed by the NPI alone (NPI Profile's /npi/{npi}, Open Payments), once the pages chose the
    registry record the scan began without (``match.consensus``, a page of the user's): a careful person
    who has just learned which record is the physician's opens its NPI's pages too, and the profile addresses
    built under the record's name when it is not the one typed."""
    if template_values(before)["npi"] or not template_values(after)["npi"]:
        return []  # known from the start (the first pass asked), or still unknown
    sites = list(sites)
    keyed = [s for s in sites if "npi" in s.search_requires]
    out = []
    found = site_probes(after, keyed, site_datasets(after, keyed, settings, fetch))
    # The profile addresses built from a name, under the registry's name now known (Doximity's, for a doctor who
    # goes by another name): site_probes builds the typed name's and the registry's; the typed name's was asked.
    found += site_probes(after, [s for s in sites if any("{name_slug}" in t for t in s.search_urls)])
    for probe in found:
        if probe.url not in seen:
            seen.add(probe.url)
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


# A probe the user asked for keeps its provenance when a search result finds the same URL.
_USER_GIVEN = (ProbeSource.KNOWN_URL, ProbeSource.HANDLE)


def dedupe(probes: Iterable[Probe]) -> list[Probe]:
    """One probe per URL, keeping the first (best-ranked) one, unless a later one is the user's own."""
    seen: dict[str, Probe] = {}
    for probe in probes:
        known = seen.get(probe.url)
        if known is None:
            seen[probe.url] = probe
        elif probe.source in _USER_GIVEN and known.source not in _USER_GIVEN:
            seen[probe.url] = replace(known, source=probe.source, handle=probe.handle or known.handle)
    return list(seen.values())
