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


# Words that, between "34-year-old" and a name, make the age another person's ("a 34-year-old patient of Dr. Roe").
_NOT_HERS = r"(?:of|by|with|and|to|for|from|dr|doctor|his|her|their|whose|says|said)\b"


def written_age(person: PersonRecord) -> int | None:
    """The age a story writes with the person's full name in their own words, in the forms newsrooms use: between
    commas or brackets after the name ("Gus Roe, 47,", "Gus Roe (47)", "Gus Roe, 47, of Tupelo"), as "aged"/"age"
    or as an apposition ("Gus Roe, a 47-year-old welder", "Gus Roe, aged 47,"), or before the name ("47-year-old
    Gus Roe", "a 47-year-old Tupelo welder, Gus Roe")."""
    if len(person.name.split(",")[0].split()) < 2:
        return None
    name, own = _name_pattern(person.name), _own(person)
    after = (
        rf"(?<!\w){name}\s*(?:,\s*|\()(?:(?:aged?|an?)\s+)?(\d{{1,3}})"
        r"(?:\s*,|\s*\)|\s+of\b|-years?-old\b|\s+years?\s+old\b)"
    )
    before = rf"(?<![\w-])(\d{{1,3}})-years?-old,?\s+(?:(?!{_NOT_HERS})[\w'.]+,?\s+){{0,4}}?{name}\b"
    for pattern in (after, before):
        found = re.search(pattern, own, re.I if pattern is before else 0)
        if found is not None:
            age = int(found.group(1))
            return age if 0 < age < 120 else None
    return None


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
