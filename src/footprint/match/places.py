"""Where the page's person is, against where the subject practises: the city, a suburb or a city across a
state line within commuting distance, a town the subject lived in, the state; the practice's name, its street
and its phone. Each finding is a step of the score (``strength.Tally``), with its reason.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from footprint.extract.entities import normalise_phone
from footprint.identity import fold
from footprint.match import facts_on_page, strength
from footprint.match.corroborate import LIVED
from footprint.match.practice import street_key
from footprint.match.strength import Tally
from footprint.models import Address, Identity, PersonRecord


def subject_places(identity: Identity) -> list[Address]:
    """Where the subject is: the city and state typed, and the NPI record's addresses. A city typed without its
    state is the record's city of that name when the record has one: "Portland" is Portland, ME for a physician
    the registry lists there, and Portland, OR is a same-named town of another state, not the subject's city. A
    city the record does not list (a suburb they live in) is in the one state the record gives, never elsewhere."""
    subject = identity.subject
    record = [a for a in identity.npi_record.addresses if a.city or a.state] if identity.npi_record else []
    state = subject.state or ""
    if subject.city and not state:
        state = next((a.state for a in record if a.state and fold(a.city) == fold(subject.city)), "")
    if subject.city and not state and len(registered := {a.state for a in record if a.state}) == 1:
        # A town the registry does not list (the suburb they live in, an old office) is in the one state it does.
        state = next(iter(registered))
    places = [Address(city=subject.city or "", state=state)] if subject.city or state else []
    return [*places, *record]


def _where(a: Address) -> str:
    return ", ".join(p for p in (a.city, " ".join(x for x in (a.state, a.postal_code) if x)) if p)


def place(identity: Identity, person: PersonRecord, tally: Tally, *, earlier: str = "") -> bool:
    """Place evidence from the record's addresses; False when they say nothing either way. ``earlier``: the
    registry's former name the record is under, with the subject's specialty: another state or city is no penalty."""
    mine = subject_places(identity)
    theirs = [a for a in person.addresses if a.state or a.city or a.postal_code]
    if not mine and theirs:
        return _beyond_namesakes(identity, theirs, tally)
    if not mine or not theirs:
        return False
    states = {a.state for a in mine if a.state}
    cities = {(fold(a.city), a.state) for a in mine if a.city}
    zip3 = {a.postal_code[:3] for a in mine if len(a.postal_code) >= 5}
    same_city = next((a for a in theirs if a.city and _in_cities(a, cities)), None)
    if same_city is not None:
        tally.add(0.25, f"same city: {_where(same_city)}", strong=True)
        return True
    near = next((a for a in theirs if len(a.postal_code) >= 5 and a.postal_code[:3] in zip3), None)
    if near is not None:
        tally.add(0.15, f"nearby: {_where(near)} (same ZIP area {near.postal_code[:3]}xx)", strong=True)
        return True
    lived = _lived(identity, theirs)
    if lived is not None:  # a listing left in a town the subject moved from: no other town's namesake
        tally.add(0.0, f"in {lived[0]}, {lived[1]}, {LIVED}, as a confirmed page lists")
        return True
    same_state = next((a for a in theirs if a.state in states), None)
    if same_state is not None:
        if same_state.city and cities:
            close = _commute(theirs, cities)
            if close is not None:
                return _nearby(tally, *close)
            if earlier:  # a residency in another city of the state under her maiden name: no namesake's
                return _earlier(tally, same_state.city, earlier)
            mine_city = sorted({c.title() for c, _ in cities})[0]
            tally.add(-0.15, f"same state {same_state.state}, other city: {same_state.city} vs {mine_city}")
            tally.conflicts.append(f"{OTHER_CITY} ({same_state.city}), beyond commuting distance")
        else:
            tally.add(0.1, f"same state: {same_state.state}")
        return True
    if states and all(a.state for a in theirs):
        across = _commute(theirs, cities, across_state=True)
        if across is not None:
            a, km, city = across
            tally.add(0.0, f"nearby city across the state line: {_where(a)} ({km:.0f} km from {city.title()})")
            return True
        if earlier:
            return _earlier(tally, theirs[0].state, earlier)
        tally.add(-0.45, f"different state: {theirs[0].state} vs {'/'.join(sorted(states))}")
        return True
    return False


def _beyond_namesakes(identity: Identity, theirs: list[Address], tally: Tally) -> bool:
    """No record chosen, nothing typed: the registry's physicians of the name (``Identity.npi_namesakes``), one of
    whom is the subject, practise in some states; a record in another state, beyond commuting distance of all their
    cities, is none of them ("Charlotte, MI" when the one Leo Fairclough the registry has is in Charlotte, NC). It
    says nothing for a record in their states: which of them it would be is still unknown. False when it does not
    apply."""
    if identity.npi_record is not None or not identity.npi_namesakes:
        return False
    places = [a for r in identity.npi_namesakes for a in r.addresses if a.state]
    states = {a.state for a in places}
    if not states or not all(a.state for a in theirs) or any(a.state in states for a in theirs):
        return False
    cities = {(fold(a.city), a.state) for a in places if a.city}
    if _commute(theirs, cities, across_state=True) is not None:
        return False
    why = f"different state: {theirs[0].state}, where no physician of the name practises ({'/'.join(sorted(states))})"
    tally.add(-0.45, why)
    return True


OTHER_CITY = "another city of the state"
OTHER_STREET = "street address differs from the NPI record: "


def _lived(identity: Identity, theirs: list[Address]) -> tuple[str, str] | None:
    """The town of the record's that the subject's confirmed people-search record lists as theirs, past or
    present (``Identity.towns``): None when none is."""
    known = {(fold(c), s) for c, s in identity.towns}
    return next(((a.city.title(), a.state) for a in theirs if a.city and (fold(a.city), a.state) in known), None)


def _earlier(tally: Tally, where: str, former: str) -> bool:
    why = f"in {where} under {former}, the former name the NPI record keeps, in the subject's field"
    tally.add(0.0, f"{why}: an earlier career")
    return True


def _commute(
    theirs: list[Address], cities: set[tuple[str, str]], *, across_state: bool = False
) -> tuple[Address, float, str] | None:
    """A record's city within commuting distance of one of the subject's: a suburb of the practice city, or
    with ``across_state`` one in another state (an office in New York for a Hoboken, NJ doctor; Kansas City,
    MO for one in Kansas City, KS): a metro area knows no state line."""
    from footprint.match import geo

    for a in theirs:
        if not a.city:
            continue
        near = [(c, s) for c, s in cities if (s and s != a.state if across_state else s == a.state)]
        found = geo.nearest(a.city, a.state, near)
        if found is not None:
            return a, found[0], found[1]
    return None


def _nearby(tally: Tally, a: Address, km: float, city: str) -> bool:
    tally.add(0.0, f"nearby city: {_where(a)} ({km:.0f} km from {city.title()})")
    return True


def _in_cities(a: Address, cities: set[tuple[str, str]]) -> bool:
    return any(c == fold(a.city) and (not s or not a.state or s == a.state) for c, s in cities)


def practice_evidence(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    practice = identity.subject.practice
    if practice and person.practice and fuzz.token_set_ratio(fold(practice), fold(person.practice)) >= 90:
        tally.add(0.15, f"same practice: {person.practice}", decisive=True)
        return
    if not identity.npi_record:
        return
    official = {street_key(a.street) for a in identity.npi_record.addresses} - {""}
    cities = {(fold(a.city), a.state) for a in identity.npi_record.addresses if a.city}
    # Only a street in the record's own city says "another office"; elsewhere the place rules speak.
    # A home address (a people-search record's) is not an office: it differs from the practice's.
    theirs = [
        a
        for a in person.addresses
        if street_key(a.street) and _in_cities(a, cities) and a.purpose not in ("home", "previous")
    ]
    if not official:
        return
    same = next((a for a in person.addresses if street_key(a.street) in official), None)
    if same is not None:
        tally.add(0.15, f"same practice address as the NPI record: {same.street}", decisive=True)
    elif theirs and not strength.personal_record(person) and person.read_from[:1] != ("name:text",):
        # Not for a person the page only mentions in its running text: a street there is the place the page is about
        # (a school's footer under "thank you to Dr. Nate Roe"), not another office of theirs.
        tally.add(-0.2, f"{OTHER_STREET}{theirs[0].street}")
        if namesake := _registry_namesake(identity, {street_key(a.street) for a in theirs}, set()):
            tally.add(-0.3, f"{NAMESAKES_OFFICE}{theirs[0].street}, the registry's {namesake}'s")
            tally.conflicts.append(f"{NAMESAKES_OFFICE}{namesake}'s")


# The page gives the office of the registry's other physician of the subject's name (a father of the same name at
# his own clinic across town): that namesake's page, whatever else the two share (a field, a city).
NAMESAKES_OFFICE = "the office of another physician of the name: "


def _registry_namesake(identity: Identity, streets: set[str], phones: set[str]) -> str:
    """The registry's other physician of the subject's given and family name whose office street or phone the page
    gives (and the subject's record does not), as "ROGELIO BAUTISTA Sr."; "" when none does."""
    record = identity.npi_record
    if record is None:
        return ""
    mine = (fold(record.first_name), fold(record.last_name))
    for other in identity.registry_others:
        if (fold(other.first_name), fold(other.last_name)) != mine:
            continue
        theirs = {street_key(a.street) for a in other.addresses} - {""}
        called = {n for p in other.phones if (n := normalise_phone(p))}
        if streets & theirs or phones & called:
            return f"{other.first_name} {other.last_name} {other.suffix}".strip()
    return ""


def phone_evidence(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    if not person.phones:
        return
    theirs = {n for p in person.phones if (n := normalise_phone(p))}
    official = {normalise_phone(p) for p in identity.npi_record.phones} if identity.npi_record else set()
    if official & theirs:
        tally.add(0.1, "same phone as the NPI record", decisive=True)
    elif shared := sorted(theirs & {n for p in identity.phones if (n := normalise_phone(p))}):
        tally.add(0.15, f"{facts_on_page.PHONE}: {shared[0]}", decisive=True)
    elif not strength.personal_record(person) and (namesake := _registry_namesake(identity, set(), theirs)):
        tally.add(-0.3, f"{NAMESAKES_OFFICE}the phone of the registry's {namesake}")
        tally.conflicts.append(f"{NAMESAKES_OFFICE}{namesake}'s")
