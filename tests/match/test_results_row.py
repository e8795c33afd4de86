"""A race's results table prints each runner's row: place, name, age, sex, town, time. The subject's confirmed
people-search record gives their age and town; a row of the subject's name with that age and town is theirs, though
no row says "doctor". The place before the name is not an age, and a namesake runner of another age or town is not
the subject."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord("1245319599", "Makana", "Kealoha", "", "MD", ("Pediatrics",), ())
WHO = replace(Identity(make_subject("Makana Kealoha"), (), RECORD, 1), ages=((39, "Kailua", "HI"),))


def _results(row: str) -> Extracted:
    person = PersonRecord("Makana Kealoha", context=f"{row} [page: Bay 10K results]", read_from=("name:card",))
    text = f"Bay 10K – Overall Results Place Name Age Sex City Time {row}"
    return Extracted("https://runners.example/results", "runners", PageKind.OTHER, text=text, people=(person,))


def test_a_results_row_with_the_subjects_age_and_town_is_theirs() -> None:
    judged = match(WHO, _results("89 · Kealoha, Makana · 39 · F · Kailua · 49:13"))
    assert judged.decision.is_match
    assert any("same age and town" in r for r in judged.reasons)


def test_another_age_another_town_or_the_place_alone_is_a_namesake_runner() -> None:
    assert not match(WHO, _results("89 · Kealoha, Makana · 62 · F · Kailua · 58:40")).decision.is_match
    assert not match(WHO, _results("89 · Kealoha, Makana · 39 · F · Hilo · 49:13")).decision.is_match
    # The place is 39th, the age is not given: the place before the name is never read as an age.
    assert not match(WHO, _results("39 · Kealoha, Makana · F · Kailua · 49:13")).decision.is_match
