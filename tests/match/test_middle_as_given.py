"""A page that writes the NPI record's middle name as the given one ("Andrew Jeong" style, the English
name a resident is known by at work) when the user gave only the NPI or the registry's first name.

The name is the subject's, or a brother's named so: it fits, weaker than the name typed, so that the
page's own field and town must agree before it counts; the same page in another field stays out.
"""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Decision, Identity, NpiRecord, PersonRecord

RECORD = NpiRecord("1234567893", "TAEWOO", "HALVORSEN", "GIDEON", "M.D.", ("Neurological Surgery",),
                   (Address("600 N Harbor Crest St", "Baltimore", "MD", "21287", "LOCATION"),))  # fmt: skip
BY_NPI = Identity(make_subject("Taewoo Halvorsen, MD", npi="1234567893"), (), RECORD)


def _resident(name: str, field: str = "Neurological Surgery") -> PersonRecord:
    return PersonRecord(name=name, credentials=("MD",), specialties=(field,),
                        addresses=(Address("", "Baltimore", "MD", "", ""),))  # fmt: skip


def test_the_middle_name_as_given_name_with_the_records_field_and_city_is_the_subject() -> None:
    result = match_person(BY_NPI, _resident("Gideon Halvorsen, MD"))
    assert result.decision.is_match, result.reasons
    assert any("middle name" in r for r in result.reasons)


def test_the_middle_name_fits_weaker_than_the_name_typed() -> None:
    middle = match_person(BY_NPI, _resident("Gideon Halvorsen, MD"))
    typed = match_person(BY_NPI, _resident("Taewoo Halvorsen, MD"))
    assert middle.score < typed.score


def test_the_middle_name_in_another_field_is_not_the_subject() -> None:
    result = match_person(BY_NPI, _resident("Gideon Halvorsen, MD", "Dermatology"))
    assert not result.decision.is_match, result.reasons


def test_another_given_name_is_still_another_person() -> None:
    assert match_person(BY_NPI, _resident("Soren Halvorsen, MD")).decision == Decision.REJECTED
