"""The assess stage: matched pages in, findings with severity and fixes out.

Only pages matched ``confirmed`` or ``likely`` are assessed; a rejected page
(another doctor of the same name) never produces a finding. Each category
has one detector (``assess/detectors/``); the taxonomy (``taxonomy.yaml``)
gives every finding its severity, reasons and fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from footprint.assess import exposures
from footprint.assess.detectors import PAGE_DETECTORS, SITE_DETECTORS, Context, street_key
from footprint.assess.detectors.base import hit
from footprint.assess.detectors.property_records import record_home
from footprint.assess.export_items import EXPORT_DETECTORS
from footprint.assess.score import risk
from footprint.extract.entities import normalise_phone
from footprint.extract.social import normalise_handle
from footprint.models import Address, Decision, Finding, Identity, Match, NpiRecord, PageKind
from footprint.sites import SiteDefinition

__all__ = ["assess", "context", "risk"]

_PRACTICE_KINDS = (PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD)


def context(identity: Identity, matches: list[Match], sites: dict[str, SiteDefinition]) -> Context:
    """What tells the practice's public details from personal ones, and the subject's accounts."""
    phones: set[str] = set()
    streets: set[str] = set()
    domains: set[str] = set()
    homes: tuple[Address, ...] = ()
    home_phones: set[str] = set()
    if identity.npi_record:
        practice_addresses, practice_phones = _practice_of(identity.npi_record)
        phones |= {p for p in (normalise_phone(x) for x in practice_phones) if p}
        streets |= {street_key(a) for a in practice_addresses}
        homes = tuple(a for a in identity.npi_record.addresses if street_key(a) not in streets | {""})
        home_phones = {p for p in (normalise_phone(x) for x in identity.npi_record.phones) if p} - phones
    brokers: set[str] = set()
    broker_homes: dict[str, Address] = {}
    broker_kin: dict[str, str] = {}
    for m in matches:
        chosen = m.result.person
        if m.page.kind == PageKind.PEOPLE_SEARCH and m.result.decision == Decision.CONFIRMED and chosen is not None:
            brokers |= {p for p in (normalise_phone(x) for x in chosen.phones) if p}
            for a in chosen.addresses:
                if re.match(r"\s*\d", a.street) and a.purpose != "practice":
                    broker_homes.setdefault(street_key(a), a)
            broker_kin.update({r.lower(): r for r in chosen.relatives if r.lower() not in broker_kin})
        if m.page.kind in _PRACTICE_KINDS and m.page.person:
            # A copy of the registry (an NPI mirror) lists the mailing address beside the practice: when the
            # registry's mailing address is a house, republishing it makes it no practice street or phone.
            phones |= set(m.page.person.phones) - home_phones
            # A board's record giving an address of record apart from its practice field: that one is the home.
            of_record = {street_key(a) for a, _ in record_home(identity, m)}
            streets |= {street_key(a) for a in m.page.person.addresses} - {street_key(a) for a in homes} - of_record
            # A listing may show a doctor's free-mail address; gmail.com is nobody's practice domain.
            listed = {e.rsplit("@", 1)[-1].lower() for e in m.page.person.emails}
            domains |= {d for d in listed if not hit("free_mail", d)}
    for url in identity.subject.known_urls:
        # The practice's own website; a social network's host is nobody's practice domain.
        if not any(site.owns(url) for site in sites.values()):
            host = (urlsplit(url).hostname or "").lower()
            domains |= {host, host.removeprefix("www.")} - {""}
    streets.discard("")
    handles = frozenset(normalise_handle(h) for h in identity.subject.handles)
    return Context(
        identity,
        sites,
        handles,
        frozenset(phones),
        frozenset(streets),
        frozenset(domains),
        frozenset(identity.subject.known_urls),
        homes,
        frozenset(home_phones),
        frozenset(brokers - phones),
        tuple(a for key, a in broker_homes.items() if key not in streets),
        tuple(broker_kin.values()),
    )


# A mailing address at an office: a suite, a floor, a unit, a building, a post-office box.
_OFFICE_MARKER = re.compile(r"\b(?:suite|ste|floor|fl|unit|bldg|building|box|dept)\b|#", re.I)


def _practice_of(record: NpiRecord) -> tuple[list[Address], list[str]]:
    """The registry record's practice addresses and phones. NPPES asks for a mailing address beside the
    practice location, and many physicians give their house: a mailing address that is none of the
    locations and names no suite, floor or box is a home, and its phone (the registry gives one per
    address, in order) goes with it."""
    locations = {street_key(a) for a in record.addresses if a.purpose.upper() != "MAILING"}
    aligned = len(record.phones) == len(record.addresses)
    addresses: list[Address] = []
    phones: list[str] = [] if aligned else list(record.phones)
    for i, address in enumerate(record.addresses):
        home = (
            address.purpose.upper() == "MAILING"
            and bool(locations)
            and street_key(address) not in locations
            and not _OFFICE_MARKER.search(address.street)
        )
        if not home:
            addresses.append(address)
            if aligned:
                phones.append(record.phones[i])
    return addresses, phones


def assess(identity: Identity, matches: Iterable[Match], sites: dict[str, SiteDefinition]) -> tuple[Finding, ...]:
    """Findings for the matched pages, one per exposure: the same id found twice counts once, and
    findings about the same post, photo or reply become one (:mod:`footprint.assess.exposures`)."""
    mine = [m for m in matches if m.result.decision.is_match]
    ctx = context(identity, mine, sites)
    found: dict[str, Finding] = {}
    for m in mine:
        for page_detector in (*PAGE_DETECTORS.values(), *EXPORT_DETECTORS):
            for f in page_detector(ctx, m):
                # The same exposure found on a timeline and on the post's own page: reported at its own address.
                if f.id not in found or (exposures.at_own_address(f) and not exposures.at_own_address(found[f.id])):
                    found[f.id] = f
    for site_detector in SITE_DETECTORS.values():
        for f in site_detector(ctx, mine):
            found.setdefault(f.id, f)
    one_each = exposures.merge(found.values())  # one exposure, one finding
    return tuple(sorted(one_each, key=lambda f: (-f.severity.rank, -f.match_confidence, f.title)))
