"""A business filing names the physician as its agent or member with the street address right after the
name, in capitals, and never says "doctor". That street being the NPI record's (practice or mailing) is a
fact only she has; another street, or her city alone, leaves it possible."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", "M", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),
               Address("88 Birch Hollow Ln", "Fargo", "ND", "58104", "MAILING")),
)  # fmt: skip
ZORA = Identity(make_subject("Dr. Zora Quillfeather"), (), RECORD)


def _filing(agent: str) -> Page:
    body = f"""<html><head><title>Secretary of State - Business Entity Search - Profile</title></head><body>
    <table><tr><td>Name</td><td>QUILLFEATHER HOLDINGS, LLC</td></tr>
    <tr><td>Status</td><td>A - Active</td></tr>
    <tr><td>Registered Agent</td><td>{agent}</td></tr>
    <tr><td>Member</td><td>ERIK J QUILLFEATHER</td></tr></table></body></html>"""
    url = "https://sos.example/profile?id=1088213"
    probe = Probe("sos.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", url)


def test_the_registry_street_after_her_name_makes_the_filing_hers() -> None:
    found = match(ZORA, extract(_filing("ZORA M QUILLFEATHER, 88 BIRCH HOLLOW LN, FARGO, ND 58104"), None))
    assert found.decision.is_match
    assert any(r.startswith("same practice address as the NPI record") for r in found.reasons)
    assert found.person is not None and found.person.name.startswith("Zora")


def test_another_street_in_her_city_is_not_enough() -> None:
    found = match(ZORA, extract(_filing("ZORA M QUILLFEATHER, 17 PRAIRIE ROSE CT, FARGO, ND 58102"), None))
    assert found.decision in (Decision.POSSIBLE, Decision.REJECTED)


def test_her_name_and_city_alone_stay_possible() -> None:
    found = match(ZORA, extract(_filing("ZORA M QUILLFEATHER, FARGO, ND"), None))
    assert found.decision in (Decision.POSSIBLE, Decision.REJECTED)
