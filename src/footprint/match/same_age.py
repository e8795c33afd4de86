"""Name, town and age: what people-search sites themselves tell people apart by.

A broker's record confirmed as the subject's gives their age and town ("Elizabeth A Tollefsen,
44, Billings, MT"). Another record of the subject's full name in that town at that age, give or
take the year brokers lag, is the same person: a race result ("Libby Tollefsen, 44, Billings"),
a second broker's card, a club roster that prints ages. It is strong evidence and a fact only the
subject has, so a page that never calls them a doctor can still be theirs; it never overrides a
conflict (another middle name, another generation), and a page never corroborates itself.
"""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import Decision, Match, PageKind, PersonRecord

FACT = "same age and town as the subject's own record"
SLACK = 1  # a year: brokers and race results are a birthday apart


def agrees(ages: tuple[tuple[int, str, str], ...], person: PersonRecord) -> str:
    """The reason ``person`` is the subject by age and town, or ""."""
    if not ages:
        return ""
    theirs, towns = person.age, {(fold(a.city), a.state) for a in person.addresses if a.city}
    if not towns:
        age, towns = _row(person)
        theirs = age if theirs is None or age == theirs else None
    if theirs is None:
        return ""
    for age, city, state in ages:
        here = (fold(city), state)
        if abs(theirs - age) <= SLACK and any(t == here or (t[0] == here[0] and not t[1]) for t in towns):
            return f"{FACT}: {theirs} in {city}, {state} (the subject is {age} there on another page)"
    return ""


_AGE_CELL = re.compile(r"\d{2}")


def _row(person: PersonRecord) -> tuple[int | None, set[tuple[str, str]]]:
    """The age and town a results table's or roster's row gives its person, read as the row's cells ("89 · Roe,
    Jane · 39 · F · Kaneohe · 49:13"): the first two-digit cell after the name's is the age (the place before it is
    not), and each cell of words is a town it may give. None when the row has no such age."""
    if not person.read_from or not person.read_from[0].startswith("name:card"):
        return None, set()
    cells = [c.strip() for c in person.context.split(" [page: ")[0].split(" · ")]
    family = fold(person.name).split()[-1:] if person.name.strip() else []
    at = next((i for i, c in enumerate(cells) if family and family[0] in fold(c).split()), None)
    if at is None:
        return None, set()
    age = next((int(c) for c in cells[at + 1 :] if _AGE_CELL.fullmatch(c)), None)
    if age is None:
        return None, set()
    return age, {(fold(c), "") for c in cells[at + 1 :] if c and not any(ch.isdigit() for ch in c)}


def of_subject(matches: tuple[Match, ...]) -> dict[str, tuple[int, str, str]]:
    """Page URL → the subject's age and town on it: confirmed people-search records giving both."""
    out: dict[str, tuple[int, str, str]] = {}
    for m in matches:
        person = m.result.person
        if m.page.kind != PageKind.PEOPLE_SEARCH or m.result.decision != Decision.CONFIRMED or person is None:
            continue
        town = next((a for a in person.addresses if a.city and a.state), None)
        if person.age is not None and town is not None:
            out[m.page.url] = (person.age, town.city, town.state)
    return out
