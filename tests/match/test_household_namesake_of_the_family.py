"""A household's names and town do not make a page the subject's when the person on it carries another middle name
or generation than the subject's registry record: a cousin or father of the same name shares the family's given
names and its town ("New sergeants include Orson T. Pellworth ... whose father, Alberto, was also a Tulsa officer").
The same page naming the subject without a middle name is still theirs. Hand-made records: the subject is ORSON
QUILL PELLWORTH of Tulsa, OK; his broker record lists a wife, Margit, and a father, Alberto."""

from __future__ import annotations

from dataclasses import replace

from footprint.match import match, with_kin
from footprint.models import Decision, Extracted, Identity, Match, PageKind, PersonRecord
from tests.match._orson import RECORD, WHO, broker

BROKER = broker("Margit Pellworth", "Alberto Pellworth")


def _after(name: str, who: Identity = WHO) -> Decision:
    text = f"New sergeants include {name}, whose father, Alberto, was also a Tulsa, Oklahoma officer."
    person = PersonRecord(name, context=text, read_from=("name:text",))
    page = Extracted("https://news.example/promotions", "news", PageKind.NEWS, title="Promotions", text=text,
                     people=(person,))  # fmt: skip
    first = (Match(BROKER, match(who, BROKER)), Match(page, match(who, page)))
    return {m.page.url: m.result for m in with_kin(who, first)}[page.url].decision


def test_a_namesake_of_another_middle_initial_beside_the_households_names_stays_a_namesake() -> None:
    assert not _after("Orson T. Pellworth").is_match


def test_a_namesake_of_another_generation_beside_the_households_names_stays_a_namesake() -> None:
    junior = Identity(WHO.subject, (), replace(RECORD, suffix="JR"))
    assert not _after("Orson Pellworth Sr.", junior).is_match


def test_the_subjects_name_without_a_middle_beside_the_households_names_is_theirs() -> None:
    assert _after("Orson Pellworth").is_match
