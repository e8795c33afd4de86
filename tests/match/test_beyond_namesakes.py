"""No registry record chosen and no place typed: the registry's physicians of the name practise in some states, and
one of them is the subject. A people-search record in a state where none of them practises is none of them; one in
their state, or across the state line from one of their cities, stays undecided by place."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Identity, NpiRecord, PageKind, PersonRecord

CHARLOTTE = Address("1 Crest Medical Plz", "Charlotte", "NC", "28204", "LOCATION")
RECORD = NpiRecord("1234567893", "LEOPOLD", "FAIRWOOD", "", "M.D.", ("Neurology",), (CHARLOTTE,))
LEO = Identity(make_subject("Leopold Fairwood", handles=("@doc_fairwood",)), (), npi_candidates=1,
               npi_namesakes=(RECORD,))  # fmt: skip


def _broker(city: str, state: str) -> PersonRecord:
    return PersonRecord("Leopold J Fairwood", age=40, addresses=(Address("", city, state),))


def test_a_broker_record_in_a_same_named_city_of_a_state_without_a_namesake_is_rejected() -> None:
    result = match_person(LEO, _broker("Charlotte", "MI"), kind=PageKind.PEOPLE_SEARCH)
    assert result.decision.value == "rejected", result.reasons
    assert any("where no physician of the name practises" in r for r in result.reasons)


def test_a_record_in_a_namesakes_state_or_across_its_state_line_is_not() -> None:
    for city, state in (("Charlotte", "NC"), ("Fort Mill", "SC")):
        result = match_person(LEO, _broker(city, state), kind=PageKind.PEOPLE_SEARCH)
        assert not any("where no physician of the name practises" in r for r in result.reasons), (city, result)
