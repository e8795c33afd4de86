"""Evidence read from text: the place and the occupation written near a person's name.

A headline or the sentences around a mention ("said Dr. Ann Lee, an internist in Austin")
and a people-search record's "Occupation: Physician" or "Also known as: Dr Ann Lee" say
where and what someone is, without any structured field. Each function returns the
evidence it found: a score change and its reason (:class:`Evidence` for place and occupation, which also
say whether it tells the subject from a namesake and what, if anything, sets the person apart).
Facts only the subject has written on a page (relatives, phone, licence, the practice's street) are
read in ``facts_on_page``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from footprint.identity import US_STATES, fold
from footprint.match import regions
from footprint.match.city_names import with_city_names
from footprint.match.second_office import also_there, happened_there
from footprint.models import Address, PersonRecord, Subject
from footprint.specialties import groups_of

_PHYSICIAN = re.compile(r"\b(physician|doctor|md|do|surgeon|dr|m\s?d)\b")
# An occupation that may still be the subject's (a practice's name, a hospital, "self-employed")
_CLINICAL = re.compile(
    r"\b(physician|doctor|md|do|surgeon|dr|m\s?d|medical|medicine|health|hospital|clinic|pediatric\w*|practice"
    r"|healthcare|self employed|owner|associates|partners|group|center|centre|university|care)\b"
)


def said(word: str, text: str) -> bool:
    """True when ``word`` stands whole in ``text`` (both folded)."""
    return bool(word) and re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


class Evidence(NamedTuple):
    delta: float  # the score change
    why: str  # the reason shown to the user
    strong: bool  # tells the subject from a namesake
    conflict: str = ""  # what sets the page's person apart from the subject, when it does


def place(subject: Subject, mine: list[Address], person: PersonRecord, page_text: str = "") -> list[Evidence]:
    """The subject's city (or state) written in the person's context, when no address decided;
    a city written elsewhere on the page counts for less, and tells no namesake apart."""
    # A city written short in the person's own words counts as written whole ("sleep doc, SLC", "rehab doc in NOLA").
    text = with_city_names(fold(person.context)) if person.context else ""
    cities = {a.city for a in mine if a.city}
    states = {a.state for a in mine if a.state}
    places = frozenset((a.city, a.state) for a in mine if a.city and a.state)
    for city in sorted(cities):
        if text and said(fold(city), text):
            if other := another_state(city, person.context, states, places) or neighbours_state(
                city, person.context, states, places
            ):
                conflict = f"{city}, {other}, a town of that name in another state"
                why = f"city named near the name: {conflict} (the subject's is in {'/'.join(sorted(states))})"
                return [Evidence(-0.3, why, False, conflict)]
            return [Evidence(0.2, f"city named near the name: {city}", True)]
    near = nearby_town(person, places)
    if near is not None:
        town, km, city = near
        return [Evidence(0.1, f"{NEARBY_TOWN} ({km:.0f} km from {city}): {town}", True)]
    if text and (region := regions.region_of(text, places)):  # "a rehab doctor in Acadiana" for Lafayette
        return [Evidence(0.1, f"{REGION}: {region.title()}", True)]
    page = with_city_names(fold(page_text[:20_000]))  # a paper's name writes its city short too ("BTV Weekly")
    for city in sorted(cities):
        if page and said(fold(city), page) and not another_state(city, page_text[:20_000], states, places):
            return [Evidence(0.1, f"city named on the page: {city}", False)]
    if page and (region := regions.region_of(page, places)):  # "Hollowmere Oahu Weddings" for a Honolulu doctor
        return [Evidence(0.1, f"the region of the subject's town named on the page: {region.title()}", False)]
    if county := county_place(mine, page_text):
        return county
    if not text:
        return []
    for state in sorted(states):
        if said(fold(US_STATES.get(state, "")), text):
            return [Evidence(0.05, f"state named near the name: {US_STATES[state]}", False)]
    return []


NEARBY_TOWN = "a town within commuting distance named near the name"
REGION = "the region of the subject's town named near the name"
# The reasons that place a person in the subject's town or its metro, the tie a weak name (initials, "Dr. G") needs.
TOWN_TIES = ("same city", "nearby:", "city named near the name", NEARBY_TOWN, REGION)
COUNTY = "the county of the subject's town named on the page"
# A town written as a field of its own after the name, as results, rosters and minutes list people: "Jane Roe,
# Saltillo, 60", "Jane Roe of Saltillo", "Jane Roe (Saltillo)".
_TOWN_FIELD = re.compile(
    r"(?:,|\bof|\bfrom|\()\s*(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*(?=[,);·|–—-]|\.(?:\s|$)|$)"
)


def nearby_town(person: PersonRecord, places: frozenset[tuple[str, str]]) -> tuple[str, float, str] | None:
    """A town of the subject's state within commuting distance of their city, written as a field after the
    person's name in their own entry (a suburb they live in: "Jane Roe, Perrysburg, 46" for a Toledo doctor):
    (the town, km, the subject's city), else None. The subject's own city is the rule above's."""
    from footprint.match import geo

    own = person.context.split(" [page: ")[0]
    if not own or not places:
        return None
    name_words = {fold(w) for w in re.findall(r"[^\W\d_]+", person.name)}
    for m in _TOWN_FIELD.finditer(own):
        town = m.group("town")
        if fold(town) in name_words or any(fold(town) == fold(c) for c, _ in places):
            continue
        for state in sorted({s for _, s in places}):
            if not geo.known(town, state):
                continue
            found = geo.nearest(town, state, [(c, s) for c, s in places if s == state])
            if found is not None:
                return town, found[0], found[1].title()
    return None


def county_place(mine: list[Address], page_text: str) -> list[Evidence]:
    """The county of the subject's town written on the page (``county_named``), as evidence; [] when it is not."""
    county = county_named(page_text[:20_000], frozenset((a.city, a.state) for a in mine if a.city and a.state))
    return [Evidence(0.1, f"{COUNTY}: {county}", False)] if county else []


def county_named(page_text: str, places: frozenset[tuple[str, str]]) -> str:
    """The county the subject's city lies in, written on the page ("Pitt County Beekeepers" for a Greenville, NC
    doctor): a club's, a parish's or a school district's county is its members' home. Not a county name other
    states have too ("Washington County") unless the page writes the subject's state as well."""
    from footprint.match import geo

    folded = fold(page_text)
    if not folded:
        return ""
    for city, state in sorted(places):
        for county in sorted(geo.counties_of(city, state)):
            if not said(fold(county), folded):
                continue
            if geo.county_states(county) <= {state} or said(fold(US_STATES.get(state, "")), folded):
                return county
    return ""


def another_state(city: str, text: str, states: set[str], places: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The other state the text writes the city with, when every time it names the city it gives a state and
    none is the subject's: "PORTLAND, Ore." or "Springfield, Illinois" for a subject in Portland, ME or
    Springfield, MA (a dateline, an address, "of Springfield, IL"). "" when it names the city bare once, gives
    the subject's state, or the subject's states are unknown, or it lies within commuting distance of a city of the
    subject's (``places``)."""
    from footprint.extract.states import AP_WORDS, STATE_CODES, STATE_WORDS, state_code

    if not states or not city.strip():
        return ""
    name = r"\s+".join(re.escape(w) for w in city.split())
    written = rf"(?i:\b{name}\b)(?:(?:,\s*|\s+)(?P<state>{AP_WORDS}|\b(?:{STATE_WORDS}|{STATE_CODES})\b))?"
    found = [m.group("state") for m in re.finditer(written, text)]
    given = {state_code(s) for s in found if s}
    if not found or None in found or not given or given & states:
        return ""
    from footprint.match import geo

    other = sorted(given)[0]
    # Kansas City, Mo. for a subject in Kansas City, KS, Portland, Ore. for one in Vancouver, WA: one metro on both
    # sides of a state line (``places``: the subject's cities with their states).
    mine = places or {(city, s) for s in states}
    near = [d for c, s in mine if (d := geo.distance_km(city, other, c, s)) is not None and d <= geo.COMMUTE_KM]
    return "" if near else other


_TOWN_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


def neighbours_state(city: str, text: str, states: set[str], places: frozenset[tuple[str, str]] = frozenset()) -> str:
    """The other state a bare city is in, told by its neighbours: the text names that state and a town of it within
    commuting distance of the same-named city there, and neither the subject's state nor a town near their city
    ("Dr. Roe of Madison ... the Alabama chapter's award ... lives in Huntsville" for a subject in Madison, WI: a
    local paper of Madison, Alabama). "" when it does not, or the subject's states are unknown."""
    from footprint.extract.states import AP_STATES
    from footprint.match import geo

    if not states or not city.strip() or not text:
        return ""
    folded = fold(text)
    named = {state for state, word in US_STATES.items() if said(fold(word), folded)}
    named |= {code for ap, code in AP_STATES.items() if re.search(rf"(?<![A-Za-z.]){re.escape(ap)}", text)}
    candidates = sorted(s for s in named - states if geo.known(city, s))
    if named & states or not candidates:
        return ""
    mine = places or frozenset((city, s) for s in states)
    towns = {
        " ".join(words[i : i + n])
        for m in _TOWN_WORDS.finditer(text)
        for words in [m.group(0).split()]
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
    } - {city}
    for town in towns:
        # A town near the subject's city says the bare city is theirs after all.
        if any((d := geo.distance_km(town, s, c, s)) is not None and d <= geo.COMMUTE_KM for c, s in mine):
            return ""
    for other in candidates:
        for town in sorted(towns):
            d = geo.distance_km(town, other, city, other)
            if d is not None and d <= geo.COMMUTE_KM:
                return other
    return ""


# "a Lincoln nephrologist", "practises in Lincoln.": a city written bare near the name, as newspapers do.
_BARE_CITY = re.compile(
    r"\b(?:(?:an?)\s+(?P<before>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s+[a-z])"
    r"|(?:in|from)\s+(?P<after>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*[,.;:)]|\s*$))"
)


def another_city(mine: list[Address], person: PersonRecord) -> str:
    """A city of the subject's state, beyond commuting distance of theirs, written bare in the person's own
    sentence ("Dr. Zora Quillfeather, a Lincoln nephrologist"), or the one large city of that name in another
    state ("a Denver nephrologist" for a subject in Utah): "" when none is (or the subject's is)."""
    from footprint.match import geo

    own = person.context.split(" [page: ")[0]
    cities = [(fold(a.city), a.state) for a in mine if a.city and a.state]
    if not own or not cities:
        return ""
    states = sorted({s for _, s in cities})
    for m in _BARE_CITY.finditer(own):
        if also_there(own, m.start()):
            continue  # "She also does clinic in Tuba City": a second office of the same doctor's
        if happened_there(own, m.start()):
            continue  # "Lasered Wednesday in Boston": when and where a thing happened, not where the person is
        words = (m.group("before") or m.group("after")).split()
        for n in range(len(words), 0, -1):
            city = " ".join(words[:n])
            if any(fold(city) == c for c, _ in cities):
                return ""
            state = next((s for s in states if geo.known(city, s)), "")
            if state:
                if geo.nearest(city, state, [(c, s) for c, s in cities if s == state]) is not None:
                    return ""
                return f"{city}, {state}"
        # The whole phrase a large city of another state: "a Denver nephrologist", not "a Cleveland Clinic
        # nephrologist" (an institution named after a city, with offices in other states).
        far = geo.big_city_state(" ".join(words))
        if far and far not in states:
            return f"{' '.join(words)}, {far}"
    return ""


def occupation(mine: tuple[str, ...], person: PersonRecord) -> list[Evidence]:
    """A people-search record that says the person is a physician (or of the subject's specialty)."""
    said = " ".join((person.occupation, *person.aliases))
    if not said.strip():
        return []
    ours = frozenset().union(*(groups_of(m) for m in mine)) if mine else frozenset()
    shared = groups_of(said) & ours
    if shared:
        return [Evidence(0.2, f"occupation given as {person.occupation or said}: the subject's field", True)]
    if _PHYSICIAN.search(fold(said)):
        return [Evidence(0.1, f"listed as a physician ({(person.occupation or said)[:60]})", False)]
    if person.occupation.strip() and not _CLINICAL.search(fold(person.occupation)):
        return [Evidence(-0.2, f"occupation given as {person.occupation[:60]}: not a physician", False)]
    return []
