"""Places written without a comma and places a person only travels to.

A state code after a word with no comma is a business's name ending in its state ("Salud en Casa PR",
"Care at Home TX") unless the word is a town of that state in the ZIP data ("Lubbock TX"): a name's last
word is no city, and so no "other city" to hold a doctor of the town back. A place the person goes to for a
while ("wintering in Naples, Florida", "visiting Boston") is not where they live or work."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.places import places_in
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource


@pytest.mark.parametrize("text", ["Salud en Casa PR", "Care at Home TX", "Team Harbor OK"])
def test_a_word_before_a_state_code_with_no_comma_is_no_town(text: str) -> None:
    assert places_in(text) == ()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dr. Wren Halloway - Lubbock TX", Address(city="Lubbock", state="TX")),
        ("Harbor Smiles Dental Brooklyn NY", Address(city="Brooklyn", state="NY")),
        ("Casa, PR", Address(city="Casa", state="PR")),  # with the comma, as an address writes it: a place
        ("Cherry Creek CO 80206", Address(city="Cherry Creek", state="CO", postal_code="80206")),
    ],
)
def test_a_town_of_the_state_or_an_address_still_is_one(text: str, town: Address) -> None:
    assert places_in(text) == (town,)


@pytest.mark.parametrize(
    ("text", "state"),
    [("The Central Ohio Sentinel", "OH"), ("serving Southern California", "CA"), ("Upstate New York", "NY")],
)
def test_a_region_of_a_state_is_that_state_and_no_town(text: str, state: str) -> None:
    assert places_in(text) == (Address(state=state),)


@pytest.mark.parametrize(
    "text",
    [
        "Wren and Tobias Halloway are wintering in Naples, Florida again this year.",
        "The Halloways are vacationing in Sedona, AZ until March.",
        "Dr. Halloway is visiting Boston, MA for a conference.",
    ],
)
def test_a_place_the_person_travels_to_is_not_theirs(text: str) -> None:
    assert places_in(text) == ()


def test_where_the_person_lives_stays() -> None:
    assert places_in("Dr. Wren Halloway of Tampa, FL, who winters in Naples, FL") == (
        Address(city="Tampa", state="FL"),
    )
    # A family name that is also a season ("Winters", "Summers") is no trip.
    assert places_in("Dr. Wren Winters in Tampa, FL") == (Address(city="Tampa", state="FL"),)


RECORD = NpiRecord(
    "1234567893", "WREN", "HALLOWAY", credential="MD", taxonomies=("Internal Medicine",),
    addresses=(Address("100 Calle Loiza", "San Juan", "PR", "00911", "LOCATION"),),
)  # fmt: skip
WREN = Identity(make_subject("Dr. Wren Halloway"), (), RECORD)


def _decision(title: str, line: str) -> Decision:
    body = f"""<html><head><title>{title}</title></head><body><h1>{title}</h1>
    <p>{line}</p><p>Visitas a domicilio para adultos mayores.</p></body></html>"""
    url = "https://www.saludencasa.example/equipo/wren-halloway"
    probe = Probe("saludencasa.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return match(WREN, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_a_business_name_ending_in_the_state_does_not_hold_a_doctor_of_the_town_back() -> None:
    # The page's name ends "Casa PR": no town called Casa in Puerto Rico, so no other city than hers.
    title = "Dr. Wren Halloway, MD | Salud en Casa PR"
    decided = _decision(title, "Dr. Wren Halloway, MD, internal medicine, San Juan.")
    assert decided.is_match


def test_another_town_of_the_state_still_holds_a_namesake() -> None:
    decided = _decision("Dr. Wren Halloway, MD | Ponce PR", "Dr. Wren Halloway, MD, internal medicine, Ponce.")
    assert not decided.is_match


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dr. Wren Halloway, internist in East Lansing, MI", "East Lansing"),
        ("South Bend, IN 46601", "South Bend"),  # not Bend, a city of Oregon
        ("Halloway Family Medicine, West Palm Beach, FL", "West Palm Beach"),
        ("Visit Lubbock, TX", "Lubbock"),  # a label word before the town is no part of it
        ("East Lubbock, TX", "Lubbock"),  # no town of that name in the ZIP data: a part of Lubbock
    ],
)
def test_a_compass_word_opening_a_towns_name_stays_in_it(text: str, town: str) -> None:
    assert [a.city for a in places_in(text)] == [town]
