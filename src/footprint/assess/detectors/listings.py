"""Listings: listing_inconsistency and duplicate_or_unclaimed_profile.

Each confirmed listing's name, phone, address and specialty is compared with
the NPI record (the official source); a difference is shown as a small
table: field | this listing | NPI record. An unclaimed profile, or two
profiles for the subject on one site, cannot be corrected or answered.
Beside it: ``listed_names`` (how a listing writes the name, one key per profile) and
``profile_names`` (profiles under a misspelling or a former name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from footprint.assess.detectors import listing_lines
from footprint.assess.detectors.base import Context, dialable, emit, names_family, site_name, street_key
from footprint.assess.detectors.listed_names import (
    bare,
    current_family,
    family_as_initial,
    is_business_name,
    practice_listed,
    profile_key,
    same_family_name,
)
from footprint.assess.detectors.profile_names import (
    former_name_profiles,
    misspelt_family,
    misspelt_item,
    misspelt_profiles,
)
from footprint.extract.entities import display_phone, normalise_phone
from footprint.identity import fold
from footprint.models import (
    LISTING_KINDS,
    Address,
    Decision,
    Finding,
    Match,
    NpiRecord,
    PageKind,
    PersonRecord,
    Severity,
)
from footprint.specialties import different_specialty


def _row(field: str, site: str, theirs: str, official: str) -> str:
    return f"{field} | {site}: {theirs} | NPI record: {official}"


def _written_in(address: Address, official: Iterable[Address]) -> bool:
    """True when the official street is written inside the listed address: a block read with the text
    before it ("11 ratings Yahara Pediatrics2211 Marsh Lily Way") is the same address, not another."""
    said = " ".join(re.findall(r"[a-z0-9]+", fold(address.one_line())))
    for a in official:
        words = re.findall(r"[a-z0-9]+", fold(a.street))[:3]
        if len(words) >= 2 and words[0].isdigit() and re.search(rf"(?<![0-9]){' '.join(words)}\b", said):
            return True
    return False


def names_street(address: Address) -> bool:
    """The street line names a street, a word of letters beside its numbers: a suite or a house number read
    alone ("D-3", "3"), the rest of the line lost, is no address to compare with the registry's."""
    return bool(re.search(r"[^\W\d_]{2}", address.street))


def _differences(record: NpiRecord, person: PersonRecord) -> Iterator[tuple[str, str, str, Severity | None]]:
    """(field, listing value, official value, severity) for each field that differs."""
    phones = {p for p in (normalise_phone(x) for x in record.phones) if p}
    streets = {street_key(a): a for a in record.addresses if a.purpose.upper() != "MAILING"}
    # The registry's own mailing address, republished (an NPI mirror's "Mailing Address"), is no stale listing.
    registered = {street_key(a) for a in record.addresses}
    numbers = [p for p in (normalise_phone(x) for x in person.phones) if p and dialable(p)]
    for phone in listing_lines.phones_to_compare(numbers, phones):  # not a neighbour's number read after its own
        if phones and phone not in phones:  # a business record's phone is written as the page shows it
            yield "phone", display_phone(phone), ", ".join(display_phone(p) for p in sorted(phones)), None
    for address in person.addresses:
        key = street_key(address)
        if not names_street(address):
            continue
        if key and streets and key not in registered and not _written_in(address, streets.values()):
            official = "; ".join(a.one_line() for a in streets.values())
            yield "address", address.one_line(), official, None
    shown = re.sub(r"^(dr\.?|doctor)\s+", "", person.name.split(",")[0].strip(), flags=re.I)
    if (
        shown
        and not is_business_name(shown)
        and not same_family_name(record.last_name, shown)
        and not family_as_initial(record.last_name, shown)
    ):
        yield "name", shown, f"{record.first_name} {record.last_name}".title(), Severity.HIGH
    taxonomies, listed = record.taxonomies, person.specialties
    if taxonomies and listed and all(any(different_specialty(t, s) for t in taxonomies) for s in listed):
        yield "specialty", ", ".join(person.specialties), record.taxonomies[0], None


_HEADLINE = frozenset({"name:title", "name:h1", "name:og:title"})
# A credential written into the name the headline gives: "Dr. Jane Roe, MD", "Jane Roe, D.O.".
_CREDENTIAL_IN_NAME = re.compile(r",\s*(?:M\.?D|D\.?O|MBBS|M\.?B\.?B\.?S|DPM|DMD|DDS)\.?(?:\s|,|$)")


def _profile_of_physician(m: Match) -> bool:
    """A page no catalog knows that is one physician's listing (a health plan's or a hospital's directory
    entry, an aggregator's profile): its headline or its schema.org record names the person the match chose,
    with a credential (also written into the name: "Dr. Jane Roe, MD"), and lists a phone or address."""
    person = m.person
    if m.page.kind != PageKind.OTHER or person is None:
        return False
    if not person.credentials and not _CREDENTIAL_IN_NAME.search(person.name):
        return False
    # Its headline names them, or its markup is their record (a directory's schema.org Physician).
    listed = bool(_HEADLINE & set(person.read_from)) or "record:schema.org" in person.read_from
    return listed and bool(person.phones or person.addresses)


def _to_compare(m: Match) -> list[PersonRecord]:
    """The listings on a page: the person the match chose on a listing site, and the practice a business
    directory lists with the subject among its doctors."""
    person = m.person  # the person the match chose, not merely the first on the page
    if m.page.business is not None and person is not None and person.read_from == ("name:text",):
        # A business's page (a hospice's Yelp page) on which the subject is only named in its reviews ("Dr. Inga sat
        # at our kitchen table"): the business's own listing, not the subject's, and not theirs to correct.
        return []
    out = [person] if person is not None and (m.page.kind in LISTING_KINDS or _profile_of_physician(m)) else []
    practice = practice_listed(m.page)
    return out + ([practice] if practice is not None else [])


def _listings(ctx: Context, matches: list[Match]) -> list[tuple[Match, PersonRecord]]:
    """Each listing of the subject's practice on a page surely theirs: the practice's own site (a known URL),
    a ratings or directory profile, an official record, a physician's profile no catalog knows, the practice a
    business directory lists."""
    out = []
    for m in matches:
        if m.result.decision != Decision.CONFIRMED:
            continue
        own = m.page.url in ctx.known_urls or m.page.kind == PageKind.OFFICIAL_RECORD
        people = ([m.person] if own and m.person is not None else []) + _to_compare(m)
        out += [(m, p) for p in dict.fromkeys(people)]
    return out


def _consensus(ctx: Context, matches: list[Match]) -> tuple[dict[str, str], dict[str, Address], dict[str, int]]:
    """With no registry record, what the subject's listings say of the practice: each phone (normalised ->
    shown) and street (key -> address) the practice's own site gives or two sites give, and how many sites give
    each phone or street (the value a listing alone gives is the odd one out)."""
    sites: dict[str, set[str]] = defaultdict(set)
    phones: dict[str, str] = {}
    streets: dict[str, Address] = {}
    own: set[str] = set()
    for m, person in _listings(ctx, matches):
        for phone in (p for p in (normalise_phone(x) for x in person.phones) if p and dialable(p)):
            sites[phone].add(m.page.site_id)
            phones.setdefault(phone, display_phone(phone))
            own |= {phone} if m.page.url in ctx.known_urls else set()
        for address in person.addresses:
            key = street_key(address)
            if key and address.street[:1].isdigit() and names_street(address):
                sites[key].add(m.page.site_id)
                streets.setdefault(key, address)
                own |= {key} if m.page.url in ctx.known_urls else set()
    sure = {v for v, where in sites.items() if len(where) > 1 or v in own}
    counts = {v: len(where) for v, where in sites.items()}
    return (
        {k: v for k, v in phones.items() if k in sure},
        {k: v for k, v in streets.items() if k in sure},
        counts,
    )


def _shares(
    person: PersonRecord, phones: dict[str, str], streets: dict[str, Address], towns: set[tuple[str, str]]
) -> bool:
    """The listing gives a phone or street the subject's sure listings give, or an office in one of their towns."""
    if any(normalise_phone(x) in phones for x in person.phones):
        return True
    return any(street_key(a) in streets or (fold(a.city), a.state.upper()) in towns for a in person.addresses)


def _under_former_name(ctx: Context, person: PersonRecord) -> bool:
    """The listing names the subject by a former name the user gave (``--also-known-as``: its given and family
    name, not the family name in use now): their own old listing, which nobody updated after the name changed and
    the practice moved, not a namesake's; what it shares with their current listings is no test of that."""
    shown = bare(fold(person.name.split(",")[0]))
    words = set(shown.split())
    if not words or names_family(current_family(ctx), shown):
        return False
    for former in ctx.identity.subject.also_known_as:
        parts = bare(fold(former)).split()
        if len(parts) >= 2 and parts[0] in words and names_family(parts[-1], shown):
            return True
    return False


def _odd_ones(ctx: Context, matches: list[Match]) -> Iterator[tuple[Match, str, str, str]]:
    """(listing, field, its value, what the others give) for each phone or street one listing alone gives
    while the subject's other listings agree on another: the practice's own site, or two sites, say the same.
    Only when the registry has no record: it is the official source when it has one. A physician with two
    offices has two phones the sites agree on; neither is odd. Listings that disagree send patients to a wrong
    number or office whichever is right, and the subject corrects the odd one."""
    phones, streets, counts = _consensus(ctx, matches)
    # The listings a patient would call from (the practice's own site is what the others are compared with).
    listed = [(m, p) for m in matches if m.page.url not in ctx.known_urls for p in _to_compare(m)]
    # A listing only likely the subject's that shares nothing with the sure ones may be a namesake's (a doctor of
    # the same name and specialty in another town, when the user typed no town): their phone is no wrong number.
    towns = {(fold(a.city), a.state.upper()) for a in streets.values() if a.city}
    listed = [
        (m, p)
        for m, p in listed
        if m.result.decision == Decision.CONFIRMED or _under_former_name(ctx, p) or _shares(p, phones, streets, towns)
    ]
    for m, person in listed:
        for phone in dict.fromkeys(p for p in (normalise_phone(x) for x in person.phones) if p and dialable(p)):
            if phones and phone not in phones and counts.get(phone, 0) <= 1:
                yield m, "phone", display_phone(phone), ", ".join(sorted(phones.values()))
        for address in person.addresses:
            key = street_key(address)
            if not key or not address.street[:1].isdigit() or not streets or key in streets:
                continue
            if not names_street(address):
                continue
            if counts.get(key, 0) <= 1 and not _written_in(address, streets.values()):
                yield m, "address", address.one_line(), "; ".join(a.one_line() for a in streets.values())


def listing_inconsistency(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    record = ctx.identity.npi_record
    if record is None:
        seen_odd: set[tuple[str, str, str]] = set()
        left = offices_left(ctx, matches)
        for m, field, theirs, others in _odd_ones(ctx, matches):
            if (m.page.url, field, theirs) in seen_odd:
                continue
            seen_odd.add((m.page.url, field, theirs))
            name = site_name(ctx, m.page.site_id)
            title = f"{name} lists {field} {theirs}; your other listings give {others}"
            excerpt = f"{field} | {name}: {theirs} | your other listings: {others}"
            item = _left_office_item(m) if field == "address" and m.page.url in left else ""
            yield emit(ctx, m, "listing_inconsistency", theirs, title, excerpt, item=item)
        return
    left = offices_left(ctx, matches)
    for m in matches:
        name = site_name(ctx, m.page.site_id)
        seen: set[tuple[str, str]] = set()
        for field, theirs, official, severity in (d for p in _to_compare(m) for d in _differences(record, p)):
            if (field, theirs) in seen:
                continue
            seen.add((field, theirs))
            title = f"{name} lists {field} {theirs}; the NPI record has {official}"
            excerpt = _row(field, name, theirs, official)
            # A misspelt name is also a profile the subject never kept (:func:`misspelt_profiles`), and so is a
            # listing whose whole office is one they left (:func:`_left_office`): one exposure.
            item = misspelt_item(m) if field == "name" and misspelt_family(ctx, m) else ""
            item = item or (_left_office_item(m) if field == "address" and m.page.url in left else "")
            yield emit(ctx, m, "listing_inconsistency", theirs, title, excerpt, severity=severity, item=item)


def _stale(ctx: Context, m: Match) -> int:
    """How many of a listing's fields (phone, address, name, specialty) disagree with the NPI record."""
    record = ctx.identity.npi_record
    if record is None:
        return 0
    return len({field for p in _to_compare(m) for field, *_ in _differences(record, p)})


def duplicate_or_unclaimed_profile(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    profiles: dict[str, dict[str, Match]] = defaultdict(dict)
    for m in matches:
        if m.page.kind in LISTING_KINDS:
            profiles[m.page.site_id].setdefault(profile_key(m.page.url), m)
    listings = [m for found in profiles.values() for m in found.values()]
    flagged: set[str] = set()
    for f in (*former_name_profiles(ctx, matches), *misspelt_profiles(ctx, listings)):
        flagged.add(f.url)
        yield f
    for site_id, found in profiles.items():
        name = site_name(ctx, site_id)
        for m in found.values():
            if m.page.claimed is False:
                flagged.add(m.page.url)
                title = f"Your {name} profile is unclaimed"
                excerpt = f"{m.page.title or m.page.url}: not claimed by the physician"
                yield emit(ctx, m, "duplicate_or_unclaimed_profile", "not claimed", title, excerpt, key=m.page.url)
        # Two profiles are a duplicate only when both are surely the subject, not merely likely.
        sure = {k: m for k, m in found.items() if m.result.decision == Decision.CONFIRMED}
        if len(sure) > 1:
            # Shown on the stale profile, the one to merge away: the one whose details disagree most with the
            # NPI record (an old practice's address and specialty), not the current one. When they disagree
            # alike (or no record says), on the one the page says nobody claimed: the one nobody keeps.
            first = min(sure.values(), key=lambda m: (-_stale(ctx, m), m.page.claimed is not False, m.page.url))
            flagged.add(first.page.url)
            urls = " | ".join(sorted(m.page.url for m in sure.values()))
            title = f"{len(sure)} profiles for you on {name}"
            yield emit(ctx, first, "duplicate_or_unclaimed_profile", urls, title, urls, key="duplicate profiles")
    left = offices_left(ctx, matches)
    for m in listings:
        if m.page.url not in flagged and m.page.url in left:
            where, person = site_name(ctx, m.page.site_id), m.person
            office = "; ".join(a.one_line() for a in person.addresses) if person is not None else ""
            title = f"Your {where} profile is at an office you left"
            excerpt = f"{m.page.title or m.page.url}: {office}, not where the NPI record says you practise"
            item = _left_office_item(m)
            yield emit(ctx, m, "duplicate_or_unclaimed_profile", office, title, excerpt, key=item, item=item)


def offices_left(ctx: Context, matches: list[Match]) -> set[str]:
    """The ratings and directory profiles of the subject whose office is none they practise at: every phone and
    street the profile lists differs from the registry's, and no other listing of theirs (another site, their
    practice's own site) gives either; with no registry record, both its phone and its street are the odd ones
    out among their listings. Sites build profiles from old claims and rosters and keep them after the doctor
    moves: the profile of a practice they left, which nobody keeps and patients still call. One differing field
    is a listing to correct; a whole other office that only this listing gives is a profile to claim or remove.
    A second office the subject works at is listed by more than one site, or by their own."""
    listed = [m for m in matches if m.page.kind in LISTING_KINDS and m.person and m.result.decision.is_match]
    if not listed:
        return set()
    if ctx.identity.npi_record is None:
        odd: dict[str, set[str]] = defaultdict(set)
        for m, field, _theirs, _others in _odd_ones(ctx, matches):
            odd[m.page.url].add(field)
        return {m.page.url for m in listed if odd.get(m.page.url, set()) >= {"phone", "address"}}
    return {m.page.url for m in listed if _at_another_office(ctx, m, matches)}


def _at_another_office(ctx: Context, m: Match, matches: list[Match]) -> bool:
    record, person = ctx.identity.npi_record, m.person
    if record is None or person is None:
        return False
    phones = {p for p in (normalise_phone(x) for x in person.phones) if p and dialable(p)}
    streets = {street_key(a) for a in person.addresses if a.street[:1].isdigit()} - {""}
    official_phones = {p for p in (normalise_phone(x) for x in record.phones) if p}
    official = [a for a in record.addresses if a.purpose.upper() != "MAILING"]
    if not phones or not streets or not official_phones or not official or phones & official_phones:
        return False
    if streets & {street_key(a) for a in record.addresses} or any(_written_in(a, official) for a in person.addresses):
        return False
    for other in matches:
        if other.page.site_id == m.page.site_id or not other.result.decision.is_match:
            continue
        own = [other.person] if other.person is not None and other.page.url in ctx.known_urls else []
        for listing in [*own, *_to_compare(other)]:
            if phones & {normalise_phone(x) for x in listing.phones}:
                return False
            if streets & {street_key(a) for a in listing.addresses}:
                return False
    return True


def _left_office_item(m: Match) -> str:
    return f"office left {profile_key(m.page.url)}"
