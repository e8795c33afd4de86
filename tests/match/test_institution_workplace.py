"""A university's medical centre, hospital or medical school is written with and without its suffix: a
confirmed profile names "Chesapeake Bay University Medical Center", a bio or a scholar page names
"Chesapeake Bay University". Both name the subject's workplace. A hospital's own name without "Hospital"
("Mercy") is a word any practice may carry, and another university is another workplace.
"""

from __future__ import annotations

import pytest

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.workplace import institution
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord("1234567893", "TAEWOO", "HALVORSEN", credential="MD", taxonomies=("Neurological Surgery",),
                   addresses=(Address("600 N Harbor Crest St", "Baltimore", "MD", "21287", "LOCATION"),))  # fmt: skip
TAEWOO = Identity(make_subject("Dr. Taewoo Halvorsen", state="MD"), (), RECORD, npi_candidates=1,
                  workplaces=("Chesapeake Bay University Medical Center",))  # fmt: skip


def _bio(text: str) -> Decision:
    person = PersonRecord("Taewoo Halvorsen", context=text)
    page = Extracted("https://links.example/taewoo", "links.example", PageKind.SOCIAL_PROFILE, people=(person,),
                     text=text)  # fmt: skip
    return match(TAEWOO, page).decision


def test_the_university_a_confirmed_page_names_the_medical_center_of_is_her_workplace() -> None:
    assert _bio("Dr. Taewoo Halvorsen. Spine and brain consults. Chesapeake Bay University.").is_match


def test_another_university_is_not() -> None:
    assert not _bio("Dr. Taewoo Halvorsen. Spine and brain consults. Potomac Valley University.").is_match


@pytest.mark.parametrize(
    ("place", "university"),
    [
        ("Chesapeake Bay University Medical Center", "Chesapeake Bay University"),
        ("Riverfront University Hospitals", "Riverfront University"),
        ("James Crest University School of Medicine", "James Crest University"),
        ("Mercy Hospital", ""),
        ("University Hospital", ""),
        ("Allegheny Ridge Medical Center", ""),
        ("Chesapeake Bay University", ""),
    ],
)
def test_the_university_of_a_workplace(place: str, university: str) -> None:
    assert institution(place) == university
