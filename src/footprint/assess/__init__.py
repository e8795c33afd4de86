"""The assess stage: matched pages in, findings with severity and fixes out.

Only pages matched ``confirmed`` or ``likely`` are assessed; a rejected page
(another doctor of the same name) never produces a finding.
"""

from __future__ import annotations

from collections.abc import Iterable

from footprint.assess.detectors import PAGE_DETECTORS, Context, listings, street_key
from footprint.assess.export_items import EXPORT_DETECTORS
from footprint.assess.score import risk
from footprint.extract.entities import normalise_phone
from footprint.extract.social import normalise_handle
from footprint.models import Finding, Identity, Match
from footprint.sites import SiteDefinition

__all__ = ["assess", "risk"]


def context(identity: Identity, matches: list[Match], sites: dict[str, SiteDefinition]) -> Context:
    phones: set[str] = set()
    streets: set[str] = set()
    if identity.npi_record:
        phones |= {p for p in (normalise_phone(x) for x in identity.npi_record.phones) if p}
        streets |= {street_key(a) for a in identity.npi_record.addresses}
    for m in matches:
        if m.page.kind in ("ratings_profile", "directory_listing", "official_record") and m.page.person:
            phones |= set(m.page.person.phones)
            streets |= {street_key(a) for a in m.page.person.addresses}
    streets.discard("")
    handles = frozenset(normalise_handle(h) for h in identity.subject.handles)
    return Context(identity, sites, handles, frozenset(phones), frozenset(streets))


def assess(identity: Identity, matches: Iterable[Match], sites: dict[str, SiteDefinition]) -> tuple[Finding, ...]:
    """Findings for the matched pages, one per exposure (same id found twice counts once)."""
    mine = [m for m in matches if m.result.decision.is_match]
    ctx = context(identity, mine, sites)
    found: dict[str, Finding] = {}
    for m in mine:
        for detector in (*PAGE_DETECTORS, *EXPORT_DETECTORS):
            for f in detector(ctx, m):
                found.setdefault(f.id, f)
    for f in listings(ctx, mine):
        found.setdefault(f.id, f)
    return tuple(sorted(found.values(), key=lambda f: (-f.severity.rank, -f.match_confidence, f.title)))
