"""A people-search record needs a second agreement beyond its place.

People-search sites list every adult of a name, and a city holds many of them: three Faith Summerses in Des
Moines, a father and his son of one name in one suburb, a stranger of the subject's age across town. A broker's
record whose only agreement beyond the name is where it lives (the subject's city, a ZIP of the practice's area)
says "someone of the name lives there", not "the subject". Such a record is "possible" until a second,
independent fact agrees: the middle initial or name the registry or the user gives, the generation, the
subject's field or occupation, or a fact only the subject has (a phone, a relative, the practice's street, both
of the subject's names, the age and town the subject's own record gives).
"""

from __future__ import annotations

from footprint.identity import fold
from footprint.match.name_fit import subject_names
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.models import Identity, Match, NpiRecord, PageKind, PersonRecord
from footprint.namematch import NameFit, SubjectNames, near_spelling, parse_name

PLACES = ("same city:", "nearby:")  # the place reasons of ``match.places``: a city, a ZIP area
HELD = "many people of a name live in one city; at most possible"
SECOND = ("same middle", "same generation")  # the name's own agreement beyond the given and family name


def place_only(tally: Tally, name: NameFit, identity: Identity, person: PersonRecord) -> str:
    """Why the record is held at "possible": its place is its only agreement beyond the name; "" otherwise."""
    places = [r for r in tally.strong if r.startswith(PLACES)]
    if not places or len(places) < len(tally.strong) or tally.decisive:
        return ""
    record, names = identity.npi_record, subject_names(identity.subject)
    if any(r.startswith(SECOND) for r in name.reasons) or registry_middle(record, names, person.name):
        return ""
    if birth_family(names, record, person):
        return ""
    return f"a people-search record agreeing beyond the name only by its place ({places[0].split(': ', 1)[1]}): {HELD}"


def held(tally: Tally, why: str, score: float) -> float:
    """``score`` held at "possible", with the reason."""
    if not why or score <= NAME_ONLY_CAP:
        return score
    tally.reasons.append(why)
    return NAME_ONLY_CAP


def registry_middle(record: NpiRecord | None, names: SubjectNames, written: str) -> bool:
    """True when the record writes the middle name or initial the subject's NPI record gives (and the user typed
    none): "Tobias R. Kwiatek" for TOBIAS RAFAEL."""
    if record is None or not record.middle_name.strip() or names.own.middles:
        return False
    them = parse_name(written) if written.strip() else None
    if them is None or not them.middles:
        return False
    used = {names.own.given, fold(record.first_name), *names.own.family}
    theirs = [m for m in them.middles if m not in used and them.given + m != names.own.given]
    mine = fold(record.middle_name).split()
    if not theirs or not mine or theirs[0][0] != mine[0][0]:
        return False
    page = theirs[0]
    return len(page) == 1 or page == mine[0] or near_spelling(page, mine[0])


BIRTH_FAMILY = 2  # relatives of the subject's former family name: her parents, a sibling (one may be an in-law)


def birth_family(names: SubjectNames, record: NpiRecord | None, person: PersonRecord) -> bool:
    """True when the record lists relatives bearing a family name the subject went by before (a married woman's
    parents and siblings under her maiden name, as the user or the registry gives it), two or more."""
    own = set(names.own.family)
    former = {f for o in names.former for f in o.family} | {
        p.family[-1] for n in (record.former_names if record else ()) if (p := parse_name(n)) and p.family
    }
    former -= own
    if not former:
        return False
    kin = {fold(r) for r in person.relatives if (p := parse_name(r)) and p.family and p.family[-1] in former}
    return len(kin) >= BIRTH_FAMILY


def held_by_place(m: Match) -> bool:
    """True when the page is a broker's record held at "possible" by its place alone (``place_only``)."""
    return m.page.kind == PageKind.PEOPLE_SEARCH and any(HELD in r for r in m.result.reasons)
