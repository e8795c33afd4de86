"""The practice's street beside a titled name, with the region rather than the town: "We finally got in with Dr.
Carver on Campbell Lane" on a blog about "carpool in south-central Kentucky", "My doctor on 37th Avenue, Dr. Dolkar"
in a post that starts in Flushing Meadows. ``practice_street.beside`` asks the page for the subject's own town, since
another town has a street of that name; a patient writes the street and their own corner of the state instead. A
street of the NPI record's practice, in the mention's own sentence, with the subject's state written on the page or a
town within commuting distance of the practice city (the first word or words of a place name: "Flushing" of
"Flushing Meadows"), places the doctor at the subject's office: read beside a titled name alone (``titled.pinned``)."""

from __future__ import annotations

import re

from footprint.identity import US_STATES, fold
from footprint.match.practice_street import named
from footprint.match.text_evidence import said
from footprint.models import NpiRecord

# Street names most US towns have (and numbered streets, "37th Avenue"): with only the state written, one of these is
# any town's street. They need a town of the metro area on the page.
_EVERY_TOWN = frozenset(
    [
        "main",
        "park",
        "oak",
        "pine",
        "maple",
        "cedar",
        "elm",
        "walnut",
        "spruce",
        "chestnut",
        "cherry",
        "washington",
        "lincoln",
        "jefferson",
        "madison",
        "jackson",
        "franklin",
        "church",
        "high",
        "center",
        "centre",
        "school",
        "market",
        "water",
        "front",
        "union",
        "bridge",
        "mill",
        "river",
        "lake",
        "hill",
        "ridge",
        "spring",
        "sunset",
        "forest",
        "highland",
        "meadow",
        "view",
        "college",
        "state",
        "broad",
        "north",
        "south",
        "east",
        "west",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
    ]
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_PLACE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
WHY = "in the subject's region"


def region(record: NpiRecord | None, page_text: str, skip: frozenset[str], *, common: bool = False) -> str:
    """The subject's state, or a town of its metro area, written on the page ("Kentucky", "Flushing"), or "".
    ``common``: the street is one most towns have, and only a town of the metro area will do."""
    from footprint.match import geo

    place = record.location if record is not None else None
    if place is None or not place.city or not place.state or not page_text:
        return ""
    text = page_text[:20_000]
    state = US_STATES.get(place.state, "")
    near = ""
    for m in _PLACE.finditer(text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            town = " ".join(words[:n])
            if fold(town) in skip or fold(town) == fold(place.city) or not geo.known(town, place.state):
                continue
            km = geo.distance_km(town, place.state, place.city, place.state)
            if km is not None and km > geo.COMMUTE_KM:
                return ""  # a far town of the state too: whose street it is, is not known
            near = near or town
            break
    if not near and state and not common and said(fold(state), fold(text)):
        return state
    return near


def beside(record: NpiRecord | None, own_words: str, page_text: str, names: tuple[str, ...]) -> str:
    """Why a titled name's own sentence places the doctor at the subject's practice by its street, the page naming
    the subject's state or a town of the metro area (not the town itself, ``practice_street.beside``'s), or ""."""
    street = named(record, own_words)
    if not street:
        return ""
    skip = frozenset(fold(w) for n in names for w in re.findall(r"[^\W\d_]+", n))
    word = fold(street.rsplit(": ", 1)[-1]).split()[0]
    where = region(record, page_text, skip, common=word in _EVERY_TOWN or bool(_ORDINAL.fullmatch(word)))
    return f"{street}, {WHY}: {where}" if where else ""
