"""A hospital is its whole staff's: the subject's workplace named beside a namesake the registry says is
another person (another middle name, another generation) does not make the page the subject's.

A gala story names "Dr. Ana M. Ruiz, of Riverside Memorial Hospital": the subject (ANA MARIA RUIZ) works
there, as a confirmed page taught, so the story is hers. "Dr. Ana L. Ruiz" there, or "Dr. Ana Ruiz Sr."
when the registry lists the subject as Jr., is a colleague or a parent of the name on the same staff.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord("1234567893", "ANA", "RUIZ", middle_name="MARIA", credential="MD",
                   taxonomies=("Cardiovascular Disease",),
                   addresses=(Address("1 Memorial Way", "Springfield", "IL", "62701", "LOCATION"),))  # fmt: skip
ANA = Identity(make_subject("Dr. Ana Ruiz", state="IL"), (), RECORD, npi_candidates=2,
               workplaces=("Riverside Memorial Hospital",))  # fmt: skip


def _story(identity: Identity, who: str) -> Decision:
    text = f"Volunteers at the gala included {who}, of Riverside Memorial Hospital, who spoke about the new wing."
    person = PersonRecord(who, context=text, read_from=("name:text",))
    page = Extracted("https://news.example/gala", "news.example", PageKind.NEWS, people=(person,), text=text)
    return match(identity, page).decision


def test_her_name_beside_her_hospital_is_hers() -> None:
    assert _story(ANA, "Dr. Ana M. Ruiz").is_match
    assert _story(ANA, "Dr. Ana Ruiz").is_match


def test_a_namesake_with_another_middle_initial_at_her_hospital_stays_possible() -> None:
    assert _story(ANA, "Dr. Ana L. Ruiz") == Decision.POSSIBLE


def test_a_parent_of_her_name_at_her_hospital_stays_possible() -> None:
    junior = replace(ANA, npi_record=replace(RECORD, suffix="JR"))
    assert _story(junior, "Dr. Ana Ruiz Sr.") == Decision.POSSIBLE
    assert _story(junior, "Dr. Ana Ruiz Jr.").is_match
