"""A people-search record needs a second agreement beyond its place.

People-search sites list every adult of a name, and a city holds many of them: three Faith Summerses in Des
Moines, a father and his son of one name in one suburb, a stranger of the subject's age across town. A broker's
record whose only agreement beyond the name is where it lives (the subject's city, a ZIP of the practice's area)
says "someone of the name lives there", not "the subject", wherever the name shows itself shared: the registry
lists other clinicians of it, the page lists other records of it, or the record lists a relative of it. Such a
record is "possible" until a second, independent fact agrees: the middle initial or name the registry or the
user gives, the generation, the subject's field or occupation, or a fact only the subject has (a phone, a
relative, the practice's street, both of the subject's names, the age and town the subject's own record gives).
"""

from __future__ import annotations

from footprint.identity import fold
from footprint.match.name_fit import subject_names
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.models import Identity, Match, NpiRecord, PageKind, PersonRecord
from footprint.namematch import NameFit, SubjectNames, fit
from footprint.nameparse import parse_name
from footprint.spellings import near_spelling

PLACES = ("same city:", "nearby:")  # the place reasons of ``match.places``: a city, a ZIP area
HELD = "many people of a name live in one city; at most possible"
SECOND = ("same middle", "same generation")  # the name's own agreement beyond the given and family name


def hold(
    tally: Tally, name: NameFit, identity: Identity, person: PersonRecord, score: float, others: tuple[str, ...] = ()
) -> float:
    """``score``, held at "possible" when the record's place is its only agreement beyond the name and the name is
    one several people bear (``shared``); the second fact that spares it is written among the reasons when nothing
    else says it. ``others``: the names of the page's other records."""
    places = [r for r in tally.strong if r.startswith(PLACES)]
    if score <= NAME_ONLY_CAP or not places or len(places) < len(tally.strong) or tally.decisive:
        return score
    if any(r.startswith(SECOND) for r in name.reasons):
        return score
    record, names = identity.npi_record, subject_names(identity.subject)
    why_shared = shared(identity, names, person, others)
    if not why_shared:
        return score
    second = registry_middle(record, names, person.name) or birth_family(names, record, person)
    if second:
        tally.reasons.append(f"{second}: a second fact beside the place")
        return score
    where = places[0].split(": ", 1)[1]
    tally.reasons.append(f"{why_shared}, and this record agrees beyond the name only by its place ({where}): {HELD}")
    return NAME_ONLY_CAP


SHARED = 2  # people of the subject's full name: the subject and another


def shared(identity: Identity, names: SubjectNames, person: PersonRecord, others: tuple[str, ...]) -> str:
    """How the subject's name shows itself shared, or "": the registry lists another clinician of it (of the
    population, a larger share bears it still), the page lists another record of it, or the record lists a relative
    of it (a father and son, Sr. and Jr., in one household). A name the registry gives the subject alone, on a
    broker's page holding no other record of it, is told apart by the city where the record lives."""
    from footprint.match.rarity import FULL_NAME

    record = identity.npi_record
    if record is None:
        namesakes = {r.number for r in identity.npi_namesakes}
    else:
        mine = (fold(record.first_name), fold(record.last_name))
        namesakes = {r.number for r in identity.registry_others if (fold(r.first_name), fold(r.last_name)) == mine}
        namesakes = {*namesakes, record.number}
    if identity.npi_candidates >= SHARED or len(namesakes) >= SHARED:
        return "the NPI registry lists other clinicians of the subject's name"
    of_the_name = [n for n in others if (f := fit(names, n)).score >= FULL_NAME and not f.conflict]
    if of_the_name:
        return f"the page lists other records of the subject's name ({of_the_name[0]})"
    kin = [r for r in person.relatives if (f := fit(names, r)).score >= FULL_NAME and not f.conflict]
    if kin:
        return f"the record lists a relative of the subject's name ({kin[0]})"
    return ""


def registry_middle(record: NpiRecord | None, names: SubjectNames, written: str) -> str:
    """The record's middle name or initial, when it is the one the subject's NPI record gives (and the user typed
    none): "Tobias R. Kwiatek" for TOBIAS RAFAEL; "" otherwise."""
    if record is None or not record.middle_name.strip() or names.own.middles:
        return ""
    them = parse_name(written) if written.strip() else None
    if them is None or not them.middles:
        return ""
    used = {names.own.given, fold(record.first_name), *names.own.family}
    theirs = [m for m in them.middles if m not in used and them.given + m != names.own.given]
    mine = fold(record.middle_name).split()
    if not theirs or not mine or theirs[0][0] != mine[0][0]:
        return ""
    page = theirs[0]
    if len(page) > 1 and page != mine[0] and not near_spelling(page, mine[0]):
        return ""
    return f"middle {'initial' if len(page) == 1 else 'name'} {them.show(page)}, as the subject's NPI record gives"


BIRTH_FAMILY = 2  # relatives of the subject's former family name: her parents, a sibling (one may be an in-law)


def birth_family(names: SubjectNames, record: NpiRecord | None, person: PersonRecord) -> str:
    """The relatives the record lists under a family name the subject went by before (a married woman's parents
    and siblings under her maiden name, as the user or the registry gives it), when two or more do; "" otherwise."""
    own = set(names.own.family)
    former = {f for o in names.former for f in o.family} | {
        p.family[-1] for n in (record.former_names if record else ()) if (p := parse_name(n)) and p.family
    }
    former -= own
    if not former:
        return ""
    kin = [r for r in person.relatives if (p := parse_name(r)) and p.family and p.family[-1] in former]
    if len({fold(r) for r in kin}) < BIRTH_FAMILY:
        return ""
    return f"relatives of the subject's former family name ({', '.join(kin[:3])})"


def held_by_place(m: Match) -> bool:
    """True when the page is a broker's record held at "possible" by its place alone (``hold``)."""
    return m.page.kind == PageKind.PEOPLE_SEARCH and any(HELD in r for r in m.result.reasons)


def middle_among(identity: Identity, person: PersonRecord, others: tuple[str, ...]) -> str:
    """Why the record's middle initial or name tells it from the other records of the subject's name the broker's
    list holds ("Abdirahman Y Farah" beside "Abdirahman M Farah" and "Abdirahman Farah", the registry giving YUSUF),
    or "": the list says how many people bear the name there, and the registry's middle name picks the subject's."""
    from footprint.match.rarity import FULL_NAME

    record, names = identity.npi_record, subject_names(identity.subject)
    said = registry_middle(record, names, person.name)
    if not said or record is None:
        return ""
    of_the_name = [n for n in others if fit(names, n).score >= FULL_NAME]
    if not of_the_name or any(registry_middle(record, names, n) for n in of_the_name):
        return ""
    return f"{said}, which none of the list's other records of the name ({', '.join(of_the_name[:2])}) has"
