"""A doctor's account whose bio names the job beside a private life ("Lena & Max's taxi, sourdough, sea kayaks")
and says the posts are the person's own ("Posts are mine, not my hospital's") is a personal profile in public; a
bio of the job alone is a professional's."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject, name_variants
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

SUBJECT = make_subject("Dr. Peggy Quillfeather", city="Fargo", state="ND", handles=["peggyq"])
PEGGY = Identity(SUBJECT, name_variants(SUBJECT))


def _found(bio: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", handle="peggyq", practice=bio)
    page = Extracted(url="https://social.example/peggyq", site_id="s", kind=PageKind.SOCIAL_PROFILE, people=(me,))
    return {f.category for f in assess(PEGGY, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))], {})}


def test_the_childrens_driver_and_her_pastimes_beside_the_job_make_the_profile_personal() -> None:
    assert "personal_profile_public" in _found("ER doc in Fargo. Lena & Max's taxi. Posts are mine, not my hospital's.")
    assert "personal_profile_public" in _found("Emergency physician, Fargo. Sea kayaks, sourdough. Views are mine.")


def test_the_job_alone_is_a_professionals_bio() -> None:
    assert "personal_profile_public" not in _found("ER doc in Fargo. Posts are mine, not my hospital's.")
    assert "personal_profile_public" not in _found("Emergency physician, Fargo. Taxi fares and ER wait times.")
