"""A doctor known by the middle name every registry record of his name carries ("Kwabena Osei" for THADDEUS
KWABENA OSEI), when no record is the subject's yet: the page is his by name, but with two such records (a
father and a son) at most possible by the name; a middle name the records do not carry is another man's."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource


def _record(number: str, suffix: str = "", middle: str = "KWAME") -> NpiRecord:
    return NpiRecord(
        number, "ADEBAYO", "MENSAH-TEST", middle, credential="MD", taxonomies=("Family Medicine",),
        addresses=(Address("1 Plaza Way", "Dayton", "OH", "45402", "LOCATION"),), suffix=suffix,
    )  # fmt: skip


def _identity(*records: NpiRecord) -> Identity:
    return Identity(make_subject("Dr. Adebayo Mensah-Test", state="OH"), (), None, len(records), records)


def _story(name: str) -> Page:
    body = f"""<html><head><title>{name} opens a clinic</title></head><body><article><h1>{name} opens a clinic</h1>
    <p>{name}, a family physician in Dayton, Ohio, opens a walk-in clinic next month.</p></article></body></html>"""
    url = "https://news.example/clinic"
    probe = Probe("news.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", url)


def test_the_middle_name_of_the_one_record_is_the_subjects_everyday_name() -> None:
    found = match(_identity(_record("1234567893")), extract(_story("Dr. Kwame Mensah-Test"), None))
    # As far as the typed name itself goes with only the state to add: possible, for a reviewer to answer.
    assert found.decision.name == "POSSIBLE", found.reasons
    assert any("every NPI record of the subject's name carries" in r for r in found.reasons)


def test_father_and_son_of_that_name_hold_it_at_possible() -> None:
    both = _identity(_record("1234567893", "Sr."), _record("1245319599", "Jr."))
    found = match(both, extract(_story("Dr. Kwame Mensah-Test"), None))
    assert found.decision.name == "POSSIBLE", found.reasons
    assert "the name itself points to another person: at most possible" in found.reasons


def test_another_middle_name_or_records_that_disagree_leave_it_rejected() -> None:
    one = _identity(_record("1234567893"))
    assert match(one, extract(_story("Dr. Kofi Mensah-Test"), None)).decision.name == "REJECTED"
    split = _identity(_record("1234567893"), _record("1245319599", middle="KOFI"))
    assert match(split, extract(_story("Dr. Kwame Mensah-Test"), None)).decision.name == "REJECTED"
