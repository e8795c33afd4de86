"""The subject's NPI record chosen by what the pages about a physician of their name agree on.

The user typed a name and a state; the registry lists two or more physicians of that name there, and no
page the user gave says which is theirs (``pinning``). Each page that presents a physician of exactly
that name may still say which registry record it is about: the record's practice city, its field, its
middle initial ("Anselm P. Vorderbrook, general surgeon, Salina" is ANSELM PIERS, the Salina surgeon, not
ANSELM QUENTIN, the Lawrence radiologist). When such pages, on at least two sites, all point to
one record and not one page points to another, the web's physician of that name is that record; the
scan takes it as the subject's (the report says so, and which NPI to give if it is wrong) and judges
every page again: the pages of that record are the subject's, a page naming the other record's town or
field is its namesake's. When pages point to two records, nothing is chosen unless one record has the web
almost to itself (pages on ``DOMINANT`` sites or more, ``DOMINANCE`` times the sites of every other) among the
physicians of the name in the state the user typed: a retired namesake's one listing does not hide the
physician a patient finds everywhere, and the report says how many sites pointed to the other record and the
NPI that corrects the choice. Otherwise, and always for a name typed alone, the user must say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from footprint import registry
from footprint.identity import fold
from footprint.match.pinning import agrees
from footprint.match.strength import MEDICAL_KINDS, presented_as_physician
from footprint.models import Extracted, Identity, Match, MatchResult, NpiRecord, PersonRecord
from footprint.namematch import SubjectNames, fit
from footprint.nameparse import GENERATIONS, parse_name
from footprint.specialties import different_specialty, same_specialty

FULL = 0.85  # the page's person bears the subject's whole name (a nickname of the given name included)
SITES = 2  # pages on at least this many sites must agree
DOMINANT = 3  # ... or, when pages point to other records too, this many sites
DOMINANCE = 3  # ... and this many times the sites of any other record


def which(record: NpiRecord, others: list[NpiRecord], person: PersonRecord) -> bool:
    """True when ``person`` fits ``record`` by a fact no other record of the name shares (its city, field,
    middle initial or generation: "H. Edward Vorderbrook III, Salina" is the III, not the Jr. whose middle initial
    is R as well), and nothing on the person contradicts the record."""
    if _contradicts(record, person):
        return False
    return any(test(record, person) and not any(test(o, person) for o in others) for test in _FACTS)


def _by_field(record: NpiRecord, person: PersonRecord) -> bool:
    return bool(record.taxonomies) and any(same_specialty(t, s) for t in record.taxonomies for s in person.specialties)


def _by_initial(record: NpiRecord, person: PersonRecord) -> bool:
    return _initial(person.name) == fold(record.middle_name)[:1] != ""


def _by_generation(record: NpiRecord, person: PersonRecord) -> bool:
    return _generation(person.name) == record_generation(record) != ""


_FACTS = (agrees, _by_field, _by_initial, _by_generation)


def _contradicts(record: NpiRecord, person: PersonRecord) -> bool:
    """The page's person has another middle initial, another generation or only fields that differ from the
    record's."""
    initial = _initial(person.name)
    if initial and fold(record.middle_name)[:1] and initial != fold(record.middle_name)[:1]:
        return True
    generation = _generation(person.name)
    if generation and generation != record_generation(record):
        return True
    return bool(
        record.taxonomies
        and person.specialties
        and all(different_specialty(t, s) for t in record.taxonomies for s in person.specialties)
    )


def _generation(name: str) -> str:
    parts = parse_name(name)
    return parts.generation if parts is not None else ""


def record_generation(record: NpiRecord) -> str:
    """The generation the registry record's suffix gives, folded ("jr", "iii"), or ""."""
    found = fold(record.suffix).replace(" ", "")
    return found if found in GENERATIONS else ""


def _initial(name: str) -> str:
    parts = parse_name(name)
    return parts.middles[0][:1] if parts is not None and parts.middles else ""


def chosen(identity: Identity, matches: tuple[Match, ...]) -> tuple[NpiRecord, int, int] | None:
    """The namesake record pages on ``SITES`` or more sites point to, none pointing to another (or one the web
    points to ``DOMINANCE`` times as often as to any other, on ``DOMINANT`` sites or more), the number of sites
    and the most sites pointing to another record; None otherwise."""
    records = list(identity.npi_namesakes)
    # One namesake is left to the pages only when the registry kept it under another given name than the one typed
    # (a formal or a registered name: ``registry.resolve``'s only_formal); one record of the name itself is chosen
    # there already.
    if identity.npi_record is not None or not records or identity.subject.npi:
        return None
    names = SubjectNames.of(identity.subject)
    support: dict[str, set[str]] = {r.number: set() for r in records}
    for m in matches:
        person = m.result.person
        if person is None or not _presented(m.page, person):
            continue
        own = fit(names, person.name)
        if own.score < FULL or own.conflict:
            continue
        for r in records:
            if which(r, [o for o in records if o is not r], person):
                support[r.number].add((urlsplit(m.page.url).hostname or "").removeprefix("www."))
    backed = sorted((r for r in records if support[r.number]), key=lambda r: -len(support[r.number]))
    if not backed:
        return None
    top = len(support[backed[0].number])
    rival = len(support[backed[1].number]) if len(backed) > 1 else 0
    if top < SITES or (rival and (top < DOMINANT or top < DOMINANCE * rival or not identity.subject.state)):
        return None  # a name alone, namesakes in two states: the user says which (issue #18), however lopsided
    return backed[0], top, rival


def _presented(page: Extracted, person: PersonRecord) -> bool:
    return page.kind in MEDICAL_KINDS or presented_as_physician(person, page.title)


def by_the_web(
    identity: Identity, matches: tuple[Match, ...], judge: Callable[[Identity, Extracted], MatchResult]
) -> tuple[Identity, tuple[Match, ...]]:
    """The identity with the namesake record the pages agree on, and every page judged again; unchanged when
    none or several are pointed to."""
    found = chosen(identity, matches)
    if found is None:
        return identity, matches
    record, sites, rival = found
    others = tuple(r for r in identity.npi_namesakes if r is not record)
    pinned = registry.pinned(
        identity, record, npi_namesakes=(), registry_others=others, chosen_by_sites=sites, chosen_against_sites=rival
    )
    place = record.location.city.title() if record.location else ""  # the town the report's summary names too
    rest = against(rival, len(others), "the registry's")
    why = (
        f"the subject taken to be NPI {record.number} ({place}): pages on {sites} sites agree with that record of "
        f"the name and {rest}; give --npi if that is wrong"
    )
    out = []
    for m in matches:
        again = judge(pinned, m.page)
        if again.decision.is_match and m.result.decision != again.decision:
            again = replace(again, reasons=(*again.reasons, why))
        out.append(Match(m.page, again))
    return pinned, tuple(out)


def against(rival: int, others: int, whose: str = "the") -> str:
    """How the pages stood on the registry's ``others`` other records of the name, in the words the reason and
    the report's summary use: "none with the other", "only 2 sites with the 3 others"."""
    which = "other" if others == 1 else f"{others} others"
    if not rival:
        return f"none with {whose} {which}"
    return f"{'only 1 site' if rival == 1 else f'only {rival} sites'} with {whose} {which}"
