"""A person's age and life span as a page writes them beside the name: what tells a namesake from the subject.

Newspapers give a person's age after the name, between commas ("Gus Roe, 47, won his 300th game", "Aung
Roe, 34, a Meridian engineer"); an obituary gives the life span under the name ("Margaret Roe · 1931 -
2024") or in its title ("Margaret Roe Obituary (1931 - 2024)"). The subject is a practising physician,
alive, of an age the registry bounds (an NPI held since 2006 was not given to a teenager) and that a
confirmed record may give: a person of the name who died, or of another age, is someone else.
"""

from __future__ import annotations

import re
from datetime import date

from footprint.models import PersonRecord

AGE_GAP = 3  # years between a written age and the subject's own, beyond a birthday and a stale listing
_LIFE = 30  # a life span this long at least: "2008 - 2011" under a name is a residency, not a life


def _own(person: PersonRecord) -> str:
    return person.context.split(" [page: ")[0]


def _name_pattern(name: str) -> str:
    """The person's name as a page may write it, with a nickname in quotes or an initial after the given name
    ("Margaret \"Peg\" Doyle", "Margaret A. Doyle" for "Margaret Doyle")."""
    words = [re.escape(w) for w in name.split(",")[0].split() if w]
    if len(words) < 2:
        return r"\s+".join(words)
    between = r"\s+(?:[\"“'(][^\"”')]{1,20}[\"”')]\s+)?(?:[A-Z]\.?\s+)?"
    return words[0] + between + r"\s+".join(words[1:])


def written_age(person: PersonRecord) -> int | None:
    """The age written between commas right after the person's full name in their own words ("Gus Roe, 47,")."""
    if len(person.name.split(",")[0].split()) < 2:
        return None
    found = re.search(
        rf"(?<!\w){_name_pattern(person.name)}\s*(?:,\s*|\()(\d{{1,3}})(?:\s*,|\s*\)|\s+of\b)", _own(person)
    )
    if found is None:
        return None
    age = int(found.group(1))
    return age if 0 < age < 120 else None


def life_span(person: PersonRecord, title: str = "") -> tuple[int, int] | None:
    """The birth and death years written right after the person's name, in their own words or in the page's title
    ("Malgorzata Roe | 1938 - 2026", "Malgorzata Roe Obituary (1938 - 2026)"): the person has died."""
    if not person.name.strip():
        return None
    span = rf"(?<!\w){_name_pattern(person.name)}\W{{0,4}}(?:obituary\W{{0,4}})?(1[89]\d\d|20\d\d)\s*[-–—]\s*(20\d\d)\b"
    for text in (_own(person), title):
        found = re.search(span, text, re.I)
        if found is None:
            continue
        born, died = int(found.group(1)), int(found.group(2))
        if died - born >= _LIFE and died <= date.today().year:
            return born, died
    return None
