"""A friend's or a parent's blog captions a family photo with the subject by full name or given name, then their
household by given names, the children with their ages ("Peggy Quillfeather, Sam, Theo (10) and Ava (7)", "My
Peggy with Theo (12) and Ava (9)"). A story of a doctor with a young patient, or a relay team of adults, names
no family."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

PEGGY = Identity(make_subject("Dr. Peggy Quillfeather", city="Duluth", state="MN"), ())
ME = PersonRecord(name="Dr. Peggy R. Quillfeather, MD")


def _found(page: Extracted, category: str, me: PersonRecord | None = ME) -> list[str]:
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    return [f.highlight for f in assess(PEGGY, [matched], {}) if category in f.all_categories]


def _blog(text: str) -> Extracted:
    return Extracted(url="https://lakeweekends.example.com/2026/07/cabin/", site_id="lakeweekends.example.com",
                     kind=PageKind.NEWS, title="Cabin weekend | Lake Notes", text=text)  # fmt: skip


def test_a_friends_caption_of_her_with_her_household_and_the_childrens_ages_names_her_family() -> None:
    full = "Peggy Quillfeather, Sam, Theo (10) and Ava (7) on the dock at the cabin. She got paged twice."
    assert _found(_blog(full), "family_information", None)
    given = "Drove over Saturday. My Peggy with Theo (12) and Ava (9) at the parade. Sam took the picture."
    assert _found(_blog(given), "family_information", None)


def test_a_doctor_pictured_with_a_young_patient_or_with_adults_names_no_family() -> None:
    patient = "Dr. Peggy Quillfeather with Theo (7) on the day he went home. Theo was her patient for a year."
    assert not _found(_blog(patient), "family_information", None)
    adults = "Peggy Quillfeather, Sam Berg (45) and Al Lund (51) finished the relay in 3:10."
    assert not _found(_blog(adults), "family_information", None)
