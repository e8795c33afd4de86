"""Evidence read from text: the place and the occupation written near a person's name.

A headline or the sentences around a mention ("said Dr. Ann Lee, an internist in Austin")
and a people-search record's "Occupation: Physician" or "Also known as: Dr Ann Lee" say
where and what someone is, without any structured field. Each function returns the
evidence it found: a score change and its reason (:class:`Evidence` for place and occupation, which also
say whether it tells the subject from a namesake and what, if anything, sets the person apart).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from footprint.identity import US_STATES, fold
from footprint.match.city_names import with_city_names
from footprint.match.second_office import also_there
from footprint.models import Address, NpiRecord, PersonRecord, Subject
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
    page = fold(page_text[:20_000])
    for city in sorted(cities):
        if page and said(fold(city), page) and not another_state(city, page_text[:20_000], states, places):
            return [Evidence(0.1, f"city named on the page: {city}", False)]
    if county := county_place(mine, page_text):
        return county
    if not text:
        return []
    for state in sorted(states):
        if said(fold(US_STATES.get(state, "")), text):
            return [Evidence(0.05, f"state named near the name: {US_STATES[state]}", False)]
    return []


NEARBY_TOWN = "a town within commuting distance named near the name"
# The reasons that place a person in the subject's town or its metro, the tie a weak name (initials, "Dr. G") needs.
TOWN_TIES = ("same city", "nearby:", "city named near the name", NEARBY_TOWN)
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


def practice_on_page(record: NpiRecord | None, page_text: str) -> list[tuple[float, str]]:
    """The NPI record's practice street or phone written on the page (a practice's team page, a
    hospital's directory, its footer): the page is the subject's workplace's."""
    if record is None or not page_text:
        return []
    text = fold(page_text[:20_000])
    for address in record.addresses:
        words = fold(address.street).split()
        if len(words) >= 2 and words[0].isdigit() and f" {words[0]} {words[1]} " in f" {text} ":
            return [(0.15, f"the page shows the practice address of the NPI record: {address.street.title()}")]
    from footprint.extract.entities import normalise_phone, phones_in

    official = {normalise_phone(p) for p in record.phones} - {None}
    if official & set(phones_in(page_text[:20_000])):
        return [(0.1, "the page shows the practice phone of the NPI record")]
    return []


KIN = "the subject's relative"  # the words of a kin reason: relatives the subject is known by
PHONE = "same phone as the subject's record on another page"  # a phone is one person's


def phone_on_page(phones: tuple[str, ...], text: str) -> list[tuple[float, str]]:
    """The subject's own phone (as a confirmed broker's record lists it) written on a page that mentions them
    in running text ("call or text Oksana on her cell, 412-555-0181"): a phone is one person's."""
    if not phones or not text:
        return []
    from footprint.extract.entities import normalise_phone, phones_in

    mine = {n for p in phones if (n := normalise_phone(p))}
    shared = sorted(mine & set(phones_in(text[:20_000])))
    return [(0.15, f"{PHONE}: {shared[0]}, written on the page")] if shared else []


def _everyday(ends: tuple[str, str]) -> tuple[str, ...]:
    """A relative's name with each other form of the given name (nicknames, `given_names.yaml`): Dan Greene,
    Danny Greene for Daniel Greene. Forms of two letters or fewer are initials, not names."""
    from footprint.identity import given_name_forms

    first, last = ends
    return tuple(f"{g} {last}" for g in sorted(given_name_forms(first)) if g != first and len(g) > 2)


def _own(name: str) -> tuple[str, str] | None:
    """A person's given and last family name as ``_ends`` gives a relative's, titles and degrees left out."""
    from footprint.namematch import parse_name

    parts = parse_name(name) if name.strip() else None
    return (parts.given, parts.family[-1]) if parts is not None and parts.given and parts.family else None


def _ends(name: str) -> tuple[str, str] | None:
    words = fold(name).split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def kin(
    relatives: tuple[str, ...], person: PersonRecord, page_text: str = "", *, broker: bool = False
) -> list[tuple[float, str]]:
    """The subject's known relatives named with this person: by full name on the page, or by given name
    among the person's own relatives or words ("mom of Lars"). ``broker``: a people-search page, whose text
    holds every record's relatives."""
    if not relatives:
        return []
    page = f" {fold(page_text[:20_000])} "
    own = f" {fold(' '.join((person.context, person.practice, *person.relatives)))} "
    listed = {_ends(r) for r in person.relatives} - {None}  # "Danielle M Kowalczyk" is "Danielle Kowalczyk"
    # A relative of the subject's who bears this person's own name is this person ("Dr. Reid Roe", the son a
    # broker lists beside his father): naming them says the page is about the relative, not beside the subject.
    own_name = _own(person.name)
    relatives = tuple(r for r in relatives if own_name is None or _ends(r) != own_name)
    for relative in relatives:
        full = fold(relative)
        # "Javier A Ortega" on the broker's record is "Javier Ortega" in a newsletter: the middle is often dropped.
        # On a broker's page of several records the page's text is every record's: there the short form
        # counts only in the record's own list; elsewhere (a newsletter thanking the husband) on the page.
        short = f" {' '.join(ends)} " if (ends := _ends(relative)) else f" {full} "
        # "Keo Sophea" for Sophea Keo: Khmer, Vietnamese, Chinese, Korean and Hungarian pages write the family name
        # first, as a temple's or an association's list does.
        swapped = f" {ends[1]} {ends[0]} " if ends else short
        on_page = f" {full} " in page or (not broker and (short in page or swapped in page))
        if len(full.split()) >= 2 and (
            f" {full} " in own or short in own or swapped in own or on_page or ends in listed
        ):
            return [
                (0.15, f"names {relative}, listed as {KIN} on another page"),
                *_second(relatives, relative, own, page, broker=broker),
            ]
        # "Daniel J Greene" on the broker's record is "Dan Greene" on a school's list: a relative's everyday name.
        everyday = _everyday(ends) if ends else ()
        said = next((e for e in everyday if f" {e} " in own or (not broker and f" {e} " in page)), "")
        if said:
            why = f"names {said.title()}, as {KIN} {relative} is named on another page"
            return [(0.15, why), *_second(relatives, relative, own, page, broker=broker)]
    for relative in relatives:
        given = fold(relative).split()[0] if relative.strip() else ""
        if len(given) >= 4 and f" {given} " in own:
            return [(0.1, f"names {given.title()}, as {KIN} {relative} is named on another page")]
    return []


def _second(relatives: tuple[str, ...], named: str, own: str, page: str, *, broker: bool) -> list[tuple[float, str]]:
    """A second relative of the subject's the page names by the given name, beside one it names by full name: "Ansel
    Korhonen and Eero (#17)" on a blog posted by Marit Korhonen. One relative's name may be a namesake family's too;
    a household of two is the subject's. ``own`` and ``page`` are folded and spaced; a broker's page counts only the
    record's own words."""
    first = fold(named).split()[0] if named.strip() else ""
    for relative in relatives:
        given = fold(relative).split()[0] if relative.strip() else ""
        if len(given) < 4 or given == first or len(fold(relative).split()) < 2:
            continue
        if f" {given} " in own or (not broker and f" {given} " in page):
            return [(0.1, f"names {given.title()} too, as {KIN} {relative} is named on another page")]
    return []


# The word a licence number is labelled with, as registers write it: "Lic. No.", "License #", "Licence Number",
# "Número de Licencia" (Puerto Rico's board), "Certificate". A board's lookup lays its record out as label and value
# cells, which read as "License No. · 388120" or "Licencia: MD-20417": a separator may stand between the two.
_LICENCE_WORD = r"\b(?:lic(?:en[cs](?:e|ia|a))?|licensee|certificate|certificado)\b\.?"
_LABEL_GAP = r"(?:\s*(?:(?:no|nr|num|number|n[uú]mero)\b\.?|#))?[\s:#·|]*"


def licence(record: NpiRecord | None, person: PersonRecord, alone_on: str = "") -> list[tuple[float, str]]:
    """The NPI record's state licence number written with the person ("Lic. No. 38112" on a board's list of
    actions, a licence lookup): that licence is the subject's. A number alone (a ZIP code) is not enough:
    a licence word or sign stands before it, or the number is written whole with the letters the registry
    gives it ("MD60301772" in a lookup's table, under a "Credential Number" header a row away). ``alone_on``: the
    text of a page that names this person alone (a board's lookup of one licensee, its cells read apart from the
    name): the number anywhere on it is the person's."""
    if record is None:
        return []
    for text in (person.context, alone_on):
        for written in record.licenses if text else ():
            digits = re.sub(r"\D", "", written).lstrip("0")
            if len(digits) < 4:
                continue
            said = re.search(rf"{_LICENCE_WORD}{_LABEL_GAP}[A-Z]{{0,3}}[\s.-]*0*{digits}\b", text, re.I)
            if said or _written_whole(written, text):
                return [(0.3, f"the NPI record's licence number {written} is given with the name")]
    return []


def _written_whole(licence: str, text: str) -> bool:
    """``licence`` in ``text`` as one token with its letters ("MD60301772", "MD-60301772"): a board's number
    for its licensee, which no ZIP code, phone or date is. Numbers without letters need the licence word."""
    letters = re.match(r"[A-Za-z]{1,4}", licence.strip())
    digits = re.sub(r"\D", "", licence)
    if letters is None or len(digits) < 5:
        return False
    return re.search(rf"(?<![\w-]){letters.group()}[\s.-]?{digits}(?![\w-])", text, re.I) is not None
