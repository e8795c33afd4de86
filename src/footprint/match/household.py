"""The subject's household, as their confirmed people-search record gives it, read on the pages left "possible".

A church's prayer list asks for meals "on the porch at 118 Birch Ln"; a ride log says "Margit has the house to
herself" under "Orson Pellworth · Tulsa, Oklahoma". Neither says "doctor", and a name alone is any
namesake's. A people-search record confirmed as the subject's lists where they live (a house number and street) and
who lives with them (relatives of the family name): a page naming the subject by full name that writes the same
house number and street is theirs, since a street address is one household's; a page naming them by full name with
a relative's given name and one of the subject's towns is theirs too (the name, the household and the town
together; a relative's given name alone, or a town alone, is any namesake's). Only the record's own fields teach
(a broker's page holds other records' streets), and a page never corroborates itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from footprint.identity import fold
from footprint.match.practice import street_key
from footprint.match.strength import MEDICAL_KINDS
from footprint.models import Address, Decision, Extracted, Identity, Match, PageKind, PersonRecord

HOME = "the subject's home street"
HOUSEHOLD = "the subject's household"
MIN_GIVEN = 4  # letters in a relative's given name for it to tell anything: not "Al", "Jo"
# Pages decided by their record's own fields, whose text is many people's: a broker's page holds other records'
# streets and relatives; a ratings or directory profile's reviews and staff lists name strangers ("Karen at the front
# desk") in the practice's town. A household is what a community page, a post or a bulletin tells.
_OWN_FIELDS = frozenset({PageKind.PEOPLE_SEARCH, *MEDICAL_KINDS})


@dataclass(frozen=True)
class Household:
    """What the subject's confirmed people-search records say of their home, each with the URL that says it."""

    streets: tuple[tuple[str, str, str], ...] = ()  # (street_key, the street as written, url)
    kin: tuple[tuple[str, str, str], ...] = ()  # (the given name folded, the relative as written, url)
    towns: tuple[tuple[str, str], ...] = ()  # (a town folded, url: "" for the user's or the registry's)
    # Every relative of the family name the records list, short given names too ("Jo", "Al"): who else at home a
    # clipped form or an initial of the subject's given name may be.
    members: tuple[str, ...] = ()
    # The relatives of another family name, their given and family names folded (a husband's, the children who bear
    # it): written whole on a page, beside the subject's name and town, they are the household's (``tie``).
    others: tuple[tuple[str, str, str], ...] = ()  # (the full name folded, the relative as written, url)

    def __bool__(self) -> bool:
        return bool(self.streets or self.kin or self.others)


def of(identity: Identity, matches: tuple[Match, ...]) -> Household:
    """The streets, relatives of the family name and towns the subject's confirmed broker records list, and the
    towns the user or the registry gave."""
    family = fold(identity.subject.family_name or "")
    streets: list[tuple[str, str, str]] = []
    kin: list[tuple[str, str, str]] = []
    members: list[str] = []
    others: list[tuple[str, str, str]] = []
    towns: list[tuple[str, str]] = [(fold(a.city), "") for a in _given_places(identity) if a.city]
    for m in matches:
        person = m.result.person
        if m.page.kind != PageKind.PEOPLE_SEARCH or m.result.decision != Decision.CONFIRMED or person is None:
            continue
        url = m.page.url
        for a in person.addresses:
            streets.extend((key, a.street.strip(), url) for key in home_keys(a.street))
            if a.city:
                towns.append((fold(a.city), url))
        for relative in person.relatives:
            words = fold(relative).split()
            if len(words) >= 2 and words[-1] == family:
                members.append(relative)
            if len(words) >= 2 and words[-1] == family and len(words[0]) >= MIN_GIVEN:
                kin.append((words[0], relative, url))
            elif len(words) >= 2 and words[-1] != family and len(words[0]) >= MIN_GIVEN and len(words[-1]) > 1:
                others.append((f"{words[0]} {words[-1]}", relative, url))
    return Household(
        tuple(dict.fromkeys(streets)),
        tuple(dict.fromkeys(kin)),
        tuple(dict.fromkeys(towns)),
        tuple(dict.fromkeys(members)),
        tuple(dict.fromkeys(others)),
    )


def _given_places(identity: Identity) -> list[Address]:
    from footprint.match.places import subject_places  # not at import: places imports what imports this module

    return subject_places(identity)


def tie(house: Household, page: Extracted, person: PersonRecord | None) -> str:
    """Why the page is the subject's by their household, or "": the home's house number and street on the page, or
    a relative's given name and a town of the subject's. Not on a broker's, ratings or directory page (``_OWN_FIELDS``),
    and nothing taught by the page itself."""
    if not house or person is None or page.kind in _OWN_FIELDS:
        return ""
    text = f" {fold(page.text)} "
    url = page.url
    for key, written, by in house.streets:
        if by != url and _written_at(key, text):
            return f"writes {written}, {HOME} as {by} lists it"
    road = _road_with_kin(house, text, url, person)
    if road:
        return road
    town = next((t for t, by in house.towns if by != url and t and f" {t} " in text), "")
    if not town:
        return ""
    for given, relative, by in house.kin:
        if by != url and f" {given} " in text and given not in fold(person.name).split():
            return f"names {given.title()} and {town.title()}: {relative}, of {HOUSEHOLD} as {by} lists it"
    # A relative of another family name, written whole: "Theo Raman's mom, Pippa Lockridge" in a school's news.
    named = _others_named(house, page, person)
    if named:
        written = " and ".join(named)
        return f"names {written} and {town.title()}: {written}, of {HOUSEHOLD} as {house.others[0][2]} lists it"
    return ""


MIN_ROAD = 8  # letters of a street's name, without its number, that tell one street ("Thistlewick Coulee"; not "Elm")


def _road_with_kin(house: Household, text: str, url: str, person: PersonRecord) -> str:
    """Why the page is the household's by its street and a relative, or "": the home's street written by its name
    without the house number ("at my sister Daisy and Luc's place on Thistlewick Coulee Drive") with the given name
    of a relative the record lists at home. A long street name is one street of one town; with a relative's name
    beside the subject's, one house on it."""
    own = set(fold(person.name).split())
    kin = [*house.members, *(w for _, w, _ in house.others)]
    for _, written, by in house.streets:
        name = road_name(written)
        if by == url or len(name.replace(" ", "")) < MIN_ROAD or f" {name} " not in text:
            continue
        for relative in kin:
            given = fold(relative).split()[0]
            if len(given) >= 3 and given not in own and f" {given} " in text:
                return f"writes {name.title()}, {HOME} as {by} lists it, and {relative.split()[0]}, of {HOUSEHOLD}"
    return ""


def road_name(street: str) -> str:
    """A street's name without its number, compass point and kind, folded ("318 Thistlewick Coulee Dr": "thistlewick
    coulee"); "" when nothing is left."""
    words = [w for w in fold(street).split() if not w.isdigit()]
    return " ".join(w for w in words if w not in _DIRECTIONS and w not in _KINDS)


# The words a street's name is not written by: its compass point and its kind ("N", "Dr", "Road"), which one page
# writes and another leaves off or spells otherwise.
_DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})
_KINDS = frozenset({"st", "street", "ave", "av", "avenue", "rd", "road", "dr", "drive", "ln", "lane", "blvd",
                    "boulevard", "ct", "court", "way", "pl", "place", "cir", "circle", "ter", "terrace", "pkwy",
                    "parkway", "hwy", "highway", "trl", "trail", "loop", "sq", "square"})  # fmt: skip


def street_kind(word: str) -> bool:
    """The folded ``word`` is a street's kind ("drive", "ave", "blvd"), which ends a street's name."""
    return word in _KINDS


MIN_STREET_WORD = 4  # letters of a street's name word that a house number and it tell a home by: not "Elm" alone
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # a numbered street ("3rd", "17th") tells as much as a named one


def home_keys(street: str) -> list[str]:
    """The house number with each of the first two words that name the street past a compass point ("2207 W
    Kestrel Ct": "2207 w", as ``street_key`` keeps it, and "2207 kestrel"; "12 N 3rd St": "12 3rd"), so that a
    page writing the number and the street's name without a word the record has before it (a compass point, a
    name's first word) still writes that home. [] without a number."""
    first = street_key(street)
    if not first:
        return []
    words = fold(street).split()
    at = next((i for i, w in enumerate(words) if not w.isdigit()), len(words))  # "34-18 77th St": "34 18" is one number
    number = " ".join(words[:at])
    named = [w for w in words[at:] if w not in _DIRECTIONS][:2]
    named = [w for w in named if w not in _KINDS and (len(w) >= MIN_STREET_WORD or _ORDINAL.fullmatch(w))]
    return list(dict.fromkeys([first, *(f"{number} {w}" for w in named)]))


def _written_at(key: str, text: str) -> bool:
    """The page's folded ``text`` writes the house number and street word of ``key``, perhaps with a compass point
    between them that the record leaves off ("2207 W Kestrel" for 2207 Kestrel Ct)."""
    if f" {key} " in text:
        return True
    number, _, word = key.rpartition(" ")
    return word not in _DIRECTIONS and any(f" {number} {d} {word} " in text for d in _DIRECTIONS)


def _others_named(house: Household, page: Extracted, person: PersonRecord) -> list[str]:
    """The household's relatives of another family name the page writes whole (not the person's own family name)."""
    text = f" {fold(page.text)} "
    own = fold(person.name).split()
    return list(
        dict.fromkeys(
            relative
            for whole, relative, by in house.others
            if by != page.url and f" {whole} " in text and whole.split()[-1] not in own
        )
    )


KIN_WRITTEN = 2  # relatives written whole that tell a clipped given name's household apart, with the town


def by_relatives(why: str) -> bool:
    """True for a tie made by two or more relatives of another family name written whole (``tie``)."""
    return why.startswith("names ") and why.split(":")[0].count(" and ") >= KIN_WRITTEN


def at_the_home_street(why: str) -> bool:
    """True for a tie made by the home's house number and street (``tie``), not a relative's name and a town."""
    return HOME in why


def another_member(house: Household, written: str) -> str:
    """The relative at home whom ``written`` ("Rosie Pellow", "R. Pellow") fits as well as the subject, or "": a
    daughter Rose or a husband Robert is as much the clipped form or the initial as the subject is."""
    from footprint.errors import SubjectError
    from footprint.identity import make_subject
    from footprint.namematch import SubjectNames, fit

    for relative in house.members:
        try:
            theirs = SubjectNames.of(make_subject(relative))
        except SubjectError:
            continue
        if fit(theirs, written).score >= 0.5:
            return relative
    return ""
