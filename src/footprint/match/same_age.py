"""Name, town and age: what people-search sites themselves tell people apart by.

A broker's record confirmed as the subject's gives their age and town ("Elizabeth A Tollefsen,
44, Billings, MT"). Another record of the subject's full name in that town at that age, give or
take the year brokers lag, is the same person: a race result ("Libby Tollefsen, 44, Billings"),
a second broker's card, a club roster that prints ages. It is strong evidence and a fact only the
subject has, so a page that never calls them a doctor can still be theirs; it never overrides a
conflict (another middle name, another generation), and a page never corroborates itself.
"""

from __future__ import annotations

from footprint.identity import fold
from footprint.models import Decision, Match, PageKind, PersonRecord

FACT = "same age and town as the subject's own record"
SLACK = 1  # a year: brokers and race results are a birthday apart


def agrees(ages: tuple[tuple[int, str, str], ...], person: PersonRecord) -> str:
    """The reason ``person`` is the subject by age and town, or ""."""
    if person.age is None or not ages:
        return ""
    towns = {(fold(a.city), a.state) for a in person.addresses if a.city}
    for age, city, state in ages:
        here = (fold(city), state)
        if abs(person.age - age) <= SLACK and any(t == here or (t[0] == here[0] and not t[1]) for t in towns):
            return f"{FACT}: {person.age} in {city}, {state} (the subject is {age} there on another page)"
    return ""


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
