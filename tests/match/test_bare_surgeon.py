"""A bare "surgeon" is the plain word for a doctor of any field that operates: a gynecologic oncologist, a urologist or
an ENT is "a surgeon at the cancer institute" in a story, which says nothing against their field. A named other field
("a general surgeon", "a family doctor") still differs."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)
from footprint.specialties import different_specialty

SLC = Address("2000 Circle of Hope Dr", "Salt Lake City", "UT", "84112", "LOCATION")
GYN_ONC = NpiRecord("1234567893", "ROSALIND", "MERRIWEATHER", middle_name="K.", credential="MD",
                    taxonomies=("Obstetrics & Gynecology, Gynecologic Oncology",), addresses=(SLC,))  # fmt: skip
ST_GEORGE = NpiRecord("1245319599", "ROSALIND", "MERRIWEATHER", middle_name="A.", credential="MD",
                      taxonomies=("Family Medicine",),
                      addresses=(Address("617 E Riverside Dr", "St. George", "UT", "84790", "LOCATION"),))  # fmt: skip
ROSALIND = Identity(make_subject("Dr. Rosalind Merriweather", state="UT", specialty="Gynecologic Oncology"), (),
                    GYN_ONC, 2, registry_others=(ST_GEORGE,))  # fmt: skip


def test_a_bare_surgeon_is_no_other_field_than_a_surgical_one() -> None:
    assert not different_specialty("Obstetrics & Gynecology, Gynecologic Oncology", "surgeon")
    assert not different_specialty("Urology", "surgeons")
    assert different_specialty("Family Medicine", "a surgeon")
    assert different_specialty("Obstetrics & Gynecology", "general surgeon")


def _gala(field: str, where: str) -> MatchResult:
    said = f"Dr. Rosalind Merriweather, a {field} {where} in Salt Lake City, spoke at the gala."
    person = PersonRecord("Dr. Rosalind Merriweather", specialties=(field,), context=said)
    page = Extracted("https://paper.example/gala", "paper.example", PageKind.NEWS, title="Gala", people=(person,),
                     text=said)  # fmt: skip
    return match(ROSALIND, page)


def test_a_story_calling_her_a_surgeon_in_her_town_is_hers() -> None:
    result = _gala("surgeon", "at the cancer institute")
    assert result.decision.is_match, result.reasons
    assert not any(r.startswith("different specialty") for r in result.reasons)


def test_a_family_physician_of_her_name_is_still_another_field() -> None:
    result = _gala("family physician", "downtown")
    assert any(r.startswith("different specialty") for r in result.reasons), result.reasons
    assert result.decision != Decision.CONFIRMED
