"""Matching decisions on the cases the demo depends on, with their reasons."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match_person
from footprint.models import Address, Decision, Identity, NpiRecord, PersonRecord

SUBJECT = make_subject("Dr. Robert A. Lindqvist, MD", specialty="Cardiology", city="Bend", state="OR")
RECORD = NpiRecord(
    "1234567893",
    "Robert",
    "Lindqvist",
    credential="MD",
    taxonomies=("Cardiovascular Disease",),
    addresses=(Address("10 Main St", "Bend", "OR", "97701", "LOCATION"),),
    phones=("541-555-0100",),
)
IDENTITY = Identity(SUBJECT, ("Robert Lindqvist",), RECORD)


def test_same_npi_decides_for_and_different_npi_decides_against() -> None:
    same = match_person(IDENTITY, PersonRecord("Dr. Robert Lindqvist", npi="1234567893"))
    other = match_person(IDENTITY, PersonRecord("Dr. Robert Lindqvist", npi="1386209476"))
    assert same.decision == Decision.CONFIRMED and "same NPI 1234567893" in same.reasons
    assert other.decision == Decision.REJECTED and any("different NPI" in r for r in other.reasons)


def test_taxonomy_aware_specialty_and_place_confirm() -> None:
    page = PersonRecord(
        "Dr. Robert Lindqvist, MD", specialties=("Cardiology",), addresses=(Address("10 Main St", "Bend", "OR"),)
    )
    result = match_person(IDENTITY, page)
    assert result.decision == Decision.CONFIRMED
    assert "same specialty: Cardiology" in result.reasons


def test_nickname_matches_with_a_reason() -> None:
    result = match_person(IDENTITY, PersonRecord("Bob Lindqvist", addresses=(Address("", "Bend", "OR"),)))
    assert any("nickname Bob→Robert" in r for r in result.reasons)
    assert result.decision != Decision.REJECTED


def test_another_state_specialty_and_degree_reject() -> None:
    result = match_person(
        IDENTITY,
        PersonRecord(
            "Robert Lindqvist, DO", specialties=("Pediatrics",), addresses=(Address("1 Elm", "Austin", "TX"),)
        ),
    )
    assert result.decision == Decision.REJECTED
    assert "different state: TX vs OR" in result.reasons


def test_another_family_name_is_rejected() -> None:
    assert match_person(IDENTITY, PersonRecord("Robert Lindgren")).decision == Decision.REJECTED
