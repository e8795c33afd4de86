"""A parents' forum thread: one parent recommends the physician, another warns others off ("We switched away from
Dr. Quillfeather. She brushed off my son's pain"). The warning is a negative review without stars; the praise, and a
complaint about another doctor, are not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post

WHO = Identity(make_subject("Dr. Peggy Quillfeather", city="Duluth", state="MN"), ())
DOCTOR = PersonRecord(name="Dr. Quillfeather", read_from=("name:text",))


def _reviews(*replies: str) -> list[str]:
    ask = Post(author="north_shore_mom", text="Moving to Duluth with our son. Which pediatric oncologist?")
    posts = (ask, *(Post(author=f"parent_{i}", text=t, on_post_by="north_shore_mom") for i, t in enumerate(replies)))
    page = Extracted(url="https://forum.example.org/t/duluth-oncologist/55", site_id="forum.example.org",
                     kind=PageKind.OTHER, title="Duluth oncologist?", people=(DOCTOR,), posts=posts,
                     text=" ".join(p.text for p in posts))  # fmt: skip
    matched = Match(page, MatchResult(0.8, Decision.LIKELY, (), DOCTOR, 0))
    return [f.excerpt for f in assess(WHO, [matched], {}) if f.category == "negative_review"]


def test_a_parent_warning_others_off_her_in_a_thread_is_a_negative_review() -> None:
    found = _reviews(
        "Dr. Quillfeather runs the leukemia program. Brilliant.",
        "We switched away from Dr. Quillfeather. She brushed off my son's leg pain for two months.",
    )
    assert found and "switched away" in found[0]


def test_praise_or_a_complaint_about_another_doctor_is_no_review_of_her() -> None:
    assert not _reviews("Dr. Quillfeather is blunt, but she knows her stuff.")
    assert not _reviews("Dr. Quillfeather is great. We switched away from Dr. Poe, who was rude.")
    assert not _reviews("We switched away from Dr. Poe to Dr. Quillfeather and never looked back.")
    assert not _reviews("We left Dr. Poe for Dr. Quillfeather. Dr. Quillfeather told us to avoid dairy.")
