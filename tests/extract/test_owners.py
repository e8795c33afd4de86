"""Owners on a county's property record, as deeds index them: capitals, family name first, co-owners
joined by "&", trust words after. Each owner is a record; a business owner is nobody."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.owners import owners
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("QUILLFEATHER ERIK J & QUILLFEATHER ZORA M", ["Erik J Quillfeather", "Zora M Quillfeather"]),
        ("QUILLFEATHER H ZORA JR & ERIK T", ["H Zora Quillfeather Jr.", "Erik T Quillfeather"]),
        ("QUILLFEATHER ZORA M TRUSTEE", ["Zora M Quillfeather"]),
        ("QUILLFEATHER ZORA ETAL", ["Zora Quillfeather"]),
        ("RIVERBEND HOLDINGS LLC", []),
        ("Zora Quillfeather", []),  # prose, not a deed's index
        # A register's comma form, a wife who kept her name: each owner's family name before their comma.
        ("HALVORSEN,ERIK J QUILLFEATHER,ZORA M", ["Erik J Halvorsen", "Zora M Quillfeather"]),
        ("HALVORSEN,ERIK J & QUILLFEATHER, ZORA", ["Erik J Halvorsen", "Zora Quillfeather"]),
        ("QUILLFEATHER, ZORA M & ERIK", ["Zora M Quillfeather", "Erik Quillfeather"]),
        # Two family names before the given names, as Portuguese and Spanish names are indexed; not "THI" or "VAN".
        ("HALVORSEN ERIK & FERREIRA LIMA ANA PAULA", ["Erik Halvorsen", "Ana Paula Ferreira Lima"]),
        ("GARCIA LOPEZ MARIA E", ["Maria E Garcia Lopez"]),
        ("NGUYEN THI HANG", ["Thi Hang Nguyen"]),
    ],
)
def test_deed_index_names(value: str, names: list[str]) -> None:
    assert owners(value) == names


RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", "MAE", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),),
)  # fmt: skip
ZORA = Identity(make_subject("Dr. Zora Quillfeather"), (), RECORD)


def _parcel(owner: str, city: str = "FARGO ND 58104") -> str:
    return f"""<html><head><title>Parcel 0912-44 - Cass County Assessor</title></head><body><main>
    <h1>Parcel 0912-44</h1><dl><dt>Owner</dt><dd>{owner}</dd>
    <dt>Property Address</dt><dd>88 BIRCH HOLLOW LN, {city}</dd>
    <dt>Mailing Address</dt><dd>88 BIRCH HOLLOW LN, {city}-3318</dd>
    <dt>District / Ward</dt><dd>West Fargo Public Schools</dd><dt>Legal Description</dt><dd>LOT 4 BLK 2</dd>
    </dl></main></body></html>"""


def _read(body: str):  # type: ignore[no-untyped-def]
    url = "https://assessor.example/parcel/0912-44"
    probe = Probe("assessor.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_each_owner_is_a_record_with_the_house_and_the_other_owner_as_kin() -> None:
    page = _read(_parcel("QUILLFEATHER ERIK J &<br>QUILLFEATHER ZORA M"))
    zora = next(p for p in page.people if p.name == "Zora M Quillfeather")
    assert zora.relatives == ("Erik J Quillfeather",)
    assert [(a.street, a.city, a.state, a.purpose) for a in zora.addresses] == [
        ("88 BIRCH HOLLOW LN", "Fargo", "ND", "home")
    ]
    assert page.kind == PageKind.OTHER  # the county's record, not a broker's
    assert not any("Schools" in p.name or "Description" in p.name for p in page.people)


def test_the_subject_owning_a_house_in_her_city_is_her() -> None:
    found = match(ZORA, _read(_parcel("QUILLFEATHER ERIK J & QUILLFEATHER ZORA M")))
    assert found.decision.is_match
    assert found.person is not None and found.person.name == "Zora M Quillfeather"


def test_a_namesake_owner_in_another_state_is_not_her() -> None:
    found = match(ZORA, _read(_parcel("QUILLFEATHER ZORA M", city="BOISE ID 83702")))
    assert found.decision == Decision.REJECTED


def test_a_namesake_with_another_middle_initial_stays_possible() -> None:
    found = match(ZORA, _read(_parcel("QUILLFEATHER ZORA K")))
    assert not found.decision.is_match


def test_her_husband_alone_on_the_deed_is_not_her() -> None:
    assert not match(ZORA, _read(_parcel("QUILLFEATHER ERIK J"))).decision.is_match


def test_co_owners_one_a_line_each_family_first_are_each_others_kin() -> None:
    page = _read(_parcel("QUILLFEATHER ERIK J<br>QUILLFEATHER ZORA M<br>"))
    zora = next(p for p in page.people if p.name == "Zora M Quillfeather")
    assert zora.relatives == ("Erik J Quillfeather",)


def test_co_owners_one_a_line_in_the_comma_form_keep_their_own_family_names() -> None:
    """ "HALVORSEN,ERIK J" over "QUILLFEATHER,ZORA M", as a city's assessor lists a couple: she is on the deed."""
    page = _read(_parcel("HALVORSEN,ERIK J<br>QUILLFEATHER,ZORA M<br>"))
    zora = next(p for p in page.people if p.name == "Zora M Quillfeather")
    assert zora.relatives == ("Erik J Halvorsen",)
    assert not any(p.name == "Erik J Quillfeather" for p in page.people)
    assert match(ZORA, page).decision.is_match


def test_a_co_owner_with_two_family_names_one_a_line_is_read_whole() -> None:
    """ "HALVORSEN ERIK J" over "FERREIRA LIMA ANA PAULA": a wife who kept both her family names is on the deed."""
    page = _read(_parcel("HALVORSEN ERIK J<br>FERREIRA LIMA ANA PAULA<br>"))
    ana = next(p for p in page.people if p.name == "Ana Paula Ferreira Lima")
    assert ana.relatives == ("Erik J Halvorsen",) and ana.addresses


def test_a_line_of_another_family_under_the_owner_is_no_co_owner() -> None:
    page = _read(_parcel("QUILLFEATHER ZORA M<br>LOT 4 BLK 2 HOLLOW ADDN"))
    zora = next(p for p in page.people if p.name == "Zora M Quillfeather")
    assert zora.relatives == ()


def _homestead(flag: str) -> str:
    return f"""<html><head><title>Parcel 0912-44 - Cass County Assessor</title></head><body><main>
    <h1>Parcel 0912-44</h1><dl><dt>Owner</dt><dd>QUILLFEATHER ZORA M &amp; ERIK J</dd>
    <dt>Property Address</dt><dd>88 BIRCH HOLLOW LN</dd><dt>Neighborhood</dt><dd>OAK PARK</dd>
    <dt>Homestead</dt><dd>{flag}</dd><dt>2026 Appraised</dt><dd>$412,000</dd></dl></main></body></html>"""


def test_a_street_with_a_homestead_exemption_is_the_owners_home_town_or_not() -> None:
    zora = next(p for p in _read(_homestead("YES")).people if p.name == "Zora M Quillfeather")
    assert [(a.street, a.purpose) for a in zora.addresses] == [("88 BIRCH HOLLOW LN", "home")]
    zora = next(p for p in _read(_homestead("NO")).people if p.name == "Zora M Quillfeather")
    assert not any(a.purpose == "home" for a in zora.addresses)
