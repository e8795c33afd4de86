"""A city typed without its state, which the subject's NPI record does not list (the suburb the physician lives
in), is in the one state the record gives: a broker's record in a same-named town of another state is no "same
city"."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("500 Crest Hancock St", "Braintree", "MA", "02184", "LOCATION")
RECORD = NpiRecord("1234567893", "DORIAN", "QUILLSBY", "", "M.D.", ("Psychiatry & Neurology, Geriatric Psychiatry",),
                   (OFFICE,))  # fmt: skip
DORIAN = Identity(make_subject("Dorian Quillsby", city="Quincy", specialty="Geriatric Psychiatry"), (), RECORD)


def test_a_record_in_the_same_named_town_of_another_state_is_not_in_his_city() -> None:
    illinois = PersonRecord("Dorian M Quillsby", age=52, addresses=(Address("", "Quincy", "IL", "62301"),))
    result = match_person(DORIAN, illinois, kind=PageKind.PEOPLE_SEARCH)
    assert not result.decision.is_match, result.reasons
    assert not any(r.startswith("same city") for r in result.reasons)
    home = PersonRecord("Dorian Quillsby", age=52, addresses=(Address("", "Quincy", "MA", "02170"),))
    assert any(r.startswith("same city") for r in match_person(DORIAN, home, kind=PageKind.PEOPLE_SEARCH).reasons)
