"""Evidence read from text: the place and the occupation written near a person's name.

A headline or the sentences around a mention ("said Dr. Ann Lee, an internist in Austin")
and a people-search record's "Occupation: Physician" or "Also known as: Dr Ann Lee" say
where and what someone is, without any structured field. Each function returns the
(score change, reason) pairs it found.
"""

from __future__ import annotations

import re

from footprint.identity import US_STATES, fold
from footprint.models import Address, PersonRecord, Subject
from footprint.specialties import groups_of

_PHYSICIAN = re.compile(r"\b(physician|doctor|md|do|surgeon|dr|m\s?d)\b")


def _said(word: str, text: str) -> bool:
    return bool(word) and re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


def place(subject: Subject, mine: list[Address], person: PersonRecord, page_text: str = "") -> list[tuple[float, str]]:
    """The subject's city (or state) written in the person's context, when no address decided;
    a city written elsewhere on the page counts for less."""
    text = fold(person.context)
    cities = {a.city for a in mine if a.city}
    for city in sorted(cities):
        if text and _said(fold(city), text):
            return [(0.2, f"city named near the name: {city}")]
    page = fold(page_text[:20_000])
    for city in sorted(cities):
        if page and _said(fold(city), page):
            return [(0.1, f"city named on the page: {city}")]
    if not text:
        return []
    states = {a.state for a in mine if a.state}
    for state in sorted(states):
        if _said(fold(US_STATES.get(state, "")), text):
            return [(0.05, f"state named near the name: {US_STATES[state]}")]
    return []


def occupation(mine: tuple[str, ...], person: PersonRecord) -> list[tuple[float, str]]:
    """A people-search record that says the person is a physician (or of the subject's specialty)."""
    said = " ".join((person.occupation, *person.aliases))
    if not said.strip():
        return []
    ours = frozenset().union(*(groups_of(m) for m in mine)) if mine else frozenset()
    shared = groups_of(said) & ours
    if shared:
        return [(0.2, f"occupation given as {person.occupation or said}: the subject's field")]
    if _PHYSICIAN.search(fold(said)):
        return [(0.1, f"listed as a physician ({(person.occupation or said)[:60]})")]
    return []
