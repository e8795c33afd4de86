"""Name, town and age: a record of the subject's name in the town and at the age of their confirmed
broker record is theirs, even where the page never calls them a doctor (a race result)."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),),
)  # fmt: skip
ZORA = Identity(make_subject("Zora Quillfeather", state="ND"), (), RECORD)
BROKER_PERSON = PersonRecord(name="Zora A Quillfeather", age=44, addresses=(Address(city="Fargo", state="ND"),))
BROKER = Match(
    Extracted("https://people.example/zora-quillfeather", "people", PageKind.PEOPLE_SEARCH, people=(BROKER_PERSON,)),
    MatchResult(0.9, Decision.CONFIRMED, ("same phone as the NPI record",), BROKER_PERSON, 0),
)


def _race(name: str = "Zora Quillfeather", age: int = 45, city: str = "Fargo") -> Match:
    runner = PersonRecord(
        name=name, age=age, addresses=(Address(city=city, state="ND"),), read_from=("name:text",),
        context=f"{name}, {age}, {city} ND - 10K finish 52:10",
    )  # fmt: skip
    page = Extracted("https://results.example/race/2026/bib/118", "results", PageKind.OTHER, people=(runner,))
    return Match(page, match(ZORA, page))


def test_a_race_result_at_the_subjects_age_and_town_is_hers() -> None:
    race = _race()
    assert race.result.decision == Decision.POSSIBLE  # alone, it never says she is a doctor
    judged = {m.page.url: m.result for m in with_kin(ZORA, (BROKER, race))}
    result = judged[race.page.url]
    assert result.decision.is_match, result.reasons
    assert any("same age and town" in r for r in result.reasons)


def test_another_age_another_town_or_an_initial_is_not_lifted() -> None:
    for race in (_race(age=51), _race(city="Minot"), _race(name="Z. Quillfeather")):
        judged = {m.page.url: m.result for m in with_kin(ZORA, (BROKER, race))}
        result = judged[race.page.url]
        assert result.decision == race.result.decision and not result.decision.is_match, result.reasons


def test_without_a_confirmed_broker_record_nothing_changes() -> None:
    likely = Match(BROKER.page, MatchResult(0.72, Decision.LIKELY, ("same city",), BROKER_PERSON, 0))
    race = _race()
    judged = {m.page.url: m.result for m in with_kin(ZORA, (likely, race))}
    assert judged[race.page.url].decision == Decision.POSSIBLE
