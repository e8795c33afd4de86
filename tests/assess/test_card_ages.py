"""A doctor-rating profile's header card prints the doctor's sex and age with no "age" word ("Female, 44", under
the name and specialty): an exact age. A promoted doctor's card further down, or a count after "Female,", is not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

PEGGY = Identity(make_subject("Dr. Peggy Quillfeather", city="Duluth", state="MN"), ())
ME = PersonRecord(name="Dr. Peggy R. Quillfeather, MD")


def _found(page: Extracted, category: str, me: PersonRecord | None = ME) -> list[str]:
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    return [f.highlight for f in assess(PEGGY, [matched], {}) if category in f.all_categories]


def _profile(text: str) -> Extracted:
    return Extracted(url="https://ratings.example/doctors/Dr_Peggy_Quillfeather.html", site_id="ratings.example",
                     kind=PageKind.RATINGS_PROFILE, title="Dr. Peggy R. Quillfeather, MD - Pediatrics | Ratings",
                     people=(ME,), text=text)  # fmt: skip


def test_a_rating_profiles_card_of_sex_and_age_publishes_her_age() -> None:
    card = "Dr. Peggy R. Quillfeather, MD Pediatrics Female, 44 115 Lake Ave Suite 2, Duluth, MN 55802 4.4/5"
    assert _found(_profile(card), "birth_date") == ["Age 44"]


def test_a_promoted_doctors_card_or_a_count_after_her_sex_is_no_age_of_hers() -> None:
    promoted = (
        "Dr. Peggy R. Quillfeather, MD Pediatrics 115 Lake Ave, Duluth, MN 55802 4.4/5 from 9 ratings "
        "Promoted Doctors Near Duluth Dr. Helen Cobb, MD · Pediatrics · Female, 52"
    )
    assert not _found(_profile(promoted), "birth_date")
    counted = "Dr. Peggy R. Quillfeather, MD Pediatrics Female, 12 reviews 115 Lake Ave, Duluth, MN 55802"
    assert not _found(_profile(counted), "birth_date")


def test_a_reviewers_own_age_further_down_the_profile_is_not_hers() -> None:
    header = "Dr. Peggy R. Quillfeather, MD Pediatrics 115 Lake Ave, Duluth, MN 55802 4.4/5 from 9 ratings "
    hours = "Office hours Monday to Friday, 8 am to 5 pm; Saturday by appointment. " * 14
    review = "Quillfeather listened to me. As a female, 34 and new in town, I felt heard."
    assert not _found(_profile(header + hours + review), "birth_date")
