"""The subject's NPI record chosen by the pages the user said are theirs.

When the registry lists physicians of the subject's name and nothing typed tells which one is
the subject, a page the user gave (``--known-url``, a handle, a page answered "mine" in
``footprint review``) does: its practice city, phone or NPI is one record's. That record becomes
the subject's, and every page is judged again knowing it. When the user typed no town at all and the registry
chose nothing, the town their own page gives is the subject's (``by_own_town``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from footprint import registry
from footprint.identity import fold
from footprint.match.city_names import with_city_names
from footprint.match.everyday import FULL
from footprint.match.fields import spoken
from footprint.match.practice import street_key
from footprint.match.provenance import CITES
from footprint.match.trainee import TRAINEE
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
    ProbeSource,
)
from footprint.namematch import SubjectNames, fit
from footprint.specialties import account_fields, groups_of

_OWN = frozenset({ProbeSource.KNOWN_URL, ProbeSource.HANDLE})
# A page found by search at the address the user gave, or at their handle's account ("/@handle"): theirs too.
_OWN_REASONS = ("known URL", "your handle @")


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-10:]


def agrees(record: NpiRecord, person: PersonRecord) -> bool:
    """The page's person has the record's NPI, a practice city of the record, or its phone."""
    if person.npi and person.npi == record.number:
        return True
    cities = {(fold(a.city), a.state) for a in record.addresses if a.city and a.state}
    if any((fold(a.city), a.state) in cities for a in person.addresses if a.city and a.state):
        return True
    phones = {_digits(p) for p in record.phones} - {""}
    return any(_digits(p) in phones for p in person.phones) or said_in_bio(record, person)


_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b")


def phone_on_page(record: NpiRecord, text: str) -> bool:
    """The record's phone anywhere on the user's own page (a practice bio's footer): the page is theirs, so
    every number on it is the subject's practice's, not a namesake's."""
    phones = {_digits(p) for p in record.phones} - {""}
    return bool(phones) and any(_digits(found) in phones for found in _PHONE.findall(text))


def same_work(record: NpiRecord, person: PersonRecord) -> bool:
    """The person on the user's own page holds the record's degree and practises its field ("Gerald P.
    Whitcombe, DO", family medicine): only one namesake may; two of one field and degree tie, and nothing
    is chosen."""
    degree = re.sub(r"[^A-Z]", "", record.credential.upper())
    if not degree or degree not in {re.sub(r"[^A-Z]", "", c.upper()) for c in person.credentials}:
        return False
    fields = set().union(*(groups_of(t) for t in record.taxonomies)) if record.taxonomies else set()
    said = set().union(*(groups_of(s) for s in person.specialties)) if person.specialties else set()
    return bool(fields & said)


def said_in_bio(record: NpiRecord, person: PersonRecord) -> bool:
    """The person's own words (a profile's bio: "Nephrologist in Omaha since 1987") name a practice city
    of the record and its field; a city alone may be another namesake's town of the same name."""
    said = " ".join((person.context, person.practice, person.occupation))  # an API's account note: practice
    own = with_city_names(fold(said))  # "rehab doc in NOLA" names New Orleans
    cities = {fold(a.city) for a in record.addresses if a.city}
    if not any(re.search(rf"\b{re.escape(c)}\b", own) for c in cities if c):
        return False
    if any(TRAINEE in fold(t) for t in record.taxonomies):
        # A trainee's record names no field: its field is being in training, as the bio says it
        # ("Rads resident in RVA", "PGY-2 in Richmond"); "a resident of Richmond" is where one lives.
        return bool(_IN_TRAINING.search(fold(said)))
    fields = set().union(*(groups_of(t) for t in record.taxonomies)) if record.taxonomies else set()
    return bool(fields & groups_of(said))


_IN_TRAINING = re.compile(
    r"\b(?:residents?(?! of\b)|residency|fellow(?:ship)?(?! of\b)|pgy-?\s?\d|intern(?:ship)?|med(?:ical)? student)\b"
)


def by_own_pages(
    identity: Identity, matches: tuple[Match, ...], judge: Callable[[Identity, Extracted], MatchResult]
) -> tuple[Identity, tuple[Match, ...]]:
    """The identity with the one namesake record the user's own pages agree with, and the pages judged
    again; unchanged when a record was already chosen, or when none or several agree."""
    if identity.npi_record is not None or not identity.npi_namesakes:
        return identity, matches
    mine = [m for m in matches if _own(m)]
    own = [(m.result.person, m.page.text) for m in mine if m.result.person is not None]
    fitting = by_strongest(identity.npi_namesakes, own)
    if not fitting:
        fitting = field_in_title(identity.npi_namesakes, [m.page.title for m in mine] + _bios(mine))
    if len(fitting) != 1:
        return identity, matches
    others = tuple(r for r in identity.npi_namesakes if r is not fitting[0])
    # Chosen by a page the user never gave (it only writes their handle): the report says which, and how to correct it.
    cited = "" if any(m.result.decision == Decision.CONFIRMED for m in mine) else mine[0].page.url
    pinned = registry.pinned(identity, fitting[0], npi_namesakes=(), registry_others=others, chosen_by_page=cited)
    return pinned, tuple(Match(m.page, judge(pinned, m.page)) for m in matches)


def _bios(mine: list[Match]) -> list[str]:
    """What the user's own accounts say of themselves ("Kids' lung doctor in RVA"): an account's bio describes
    its holder as its title line does."""
    return [
        " ".join((p.context.split(" [page: ")[0], p.practice, p.occupation))
        for m in mine
        if m.page.kind == PageKind.SOCIAL_PROFILE
        for p in m.page.people
        if p.handle
    ]


def _own(m: Match) -> bool:
    """A page the user gave, an account at their handle, or a page presenting the subject's whole name beside a
    handle the user gave as theirs ("Colm Fennimore, MD ... Follow him on X at @drcolmf" on a practice's team
    page): whoever holds the user's handle is the user, so that page's office is theirs too."""
    if m.result.decision == Decision.CONFIRMED:
        return m.page.source in _OWN or (bool(m.result.reasons) and m.result.reasons[0].startswith(_OWN_REASONS))
    return m.result.decision == Decision.LIKELY and any(r.startswith(CITES) for r in m.result.reasons)


def by_own_town(
    identity: Identity, matches: tuple[Match, ...], judge: Callable[[Identity, Extracted], MatchResult]
) -> tuple[Identity, tuple[Match, ...]]:
    """The identity with the town the user's own page gives, when the user typed no town, no state and no NPI and
    the registry chose no record: the practice page of the URL they gave ("Wyndell ENT & Allergy · 9600 Wyndell
    Pointe Dr, Little Rock, AR") says where they practise as surely as typing it would, and every page is judged
    again knowing it. Unchanged when the user's pages give no town, or give two."""
    subject = identity.subject
    if subject.city or subject.state or subject.npi or identity.npi_record is not None:
        return identity, matches
    names = SubjectNames.of(subject)
    towns = {
        (a.city.strip().title(), a.state.strip().upper())
        for m in matches
        if m.page.source == ProbeSource.KNOWN_URL and m.result.decision == Decision.CONFIRMED
        for person in m.page.people
        if fit(names, person.name).score >= FULL  # the subject's whole name (a nickname of it included)
        for a in person.addresses
        if a.city.strip() and len(a.state.strip()) == 2
    }
    if len(towns) != 1:
        return identity, matches
    city, state = next(iter(towns))
    known = replace(identity, subject=replace(subject, city=city, state=state))
    return known, tuple(Match(m.page, judge(known, m.page)) for m in matches)


def _office(record: NpiRecord, person: PersonRecord, text: str) -> bool:
    """The user's own page gives the record's own office: its NPI, its phone, or its street."""
    if person.npi and person.npi == record.number:
        return True
    streets = {street_key(a.street) for a in record.addresses} - {""}
    if any(street_key(a.street) in streets for a in person.addresses):
        return True
    phones = {_digits(p) for p in record.phones} - {""}
    return any(_digits(p) in phones for p in person.phones) or phone_on_page(record, text)


def by_strongest(records: tuple[NpiRecord, ...], own: list[tuple[PersonRecord, str]]) -> list[NpiRecord]:
    """The namesake records the user's own pages agree with, by the strongest agreement any record has: the
    record's own office (NPI, phone, street), then its degree and field, then its city or the page's own words.
    Namesakes often practise in one city (a physician and a psychologist of one name in Memphis): the city fits
    both, the office only one. Several records agreeing at the strongest level that any does choose none."""
    for test in (_office, lambda r, p, _t: same_work(r, p), lambda r, p, _t: agrees(r, p)):
        fitting = [r for r in records if any(test(r, p, text) for p, text in own)]
        if fitting:
            return fitting
    return []


def field_in_title(records: tuple[NpiRecord, ...], titles: list[str]) -> list[NpiRecord]:
    """The namesakes whose registered field holds every field the user's own account names in its title or bio, the
    lines an account describes itself with ("Dr. Aoife | peds endo on TikTok"): a pediatric endocrinologist's
    account is not her namesake family physician's. A title naming no field, or a field two namesakes share,
    chooses none."""
    found: list[NpiRecord] = []
    for title in titles:
        said = account_fields(title) | spoken(title)  # "work injury doc": what the field treats, then "doc"
        if not said:
            continue
        fits = [r for r in records if said <= set().union(*(groups_of(t) for t in r.taxonomies))]
        if len(fits) == 1 and fits[0] not in found:
            found.append(fits[0])
    return found
