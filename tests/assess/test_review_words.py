"""A review scored by sub-scores (Staff 2, Punctuality 1, Helpfulness 3, Knowledge 5: a mean of 2.75) rounds to three
stars, yet its words complain of the clinic running hours late: below the middle of the scale and a complaint in
words, it is a negative review. The same words at three stars, or praise at 2.75, are not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Review

WHO = Identity(make_subject("Dr. Peggy Quillfeather", city="Duluth", state="MN"), ())


def _flagged(text: str, rating: float) -> bool:
    review = Review(rating=rating, scale=5.0, text=text)
    me = PersonRecord(name="Dr. Peggy Quillfeather", credentials=("MD",))
    page = Extracted(url="https://ratings.example/dr-peggy-quillfeather", site_id="ratings.example",
                     kind=PageKind.RATINGS_PROFILE, people=(me,), reviews=(review,))  # fmt: skip
    matched = Match(page, MatchResult(0.9, Decision.CONFIRMED, (), me, 0))
    return any("negative_review" in f.all_categories for f in assess(WHO, [matched], {}))


def test_a_complaint_in_words_under_the_middle_of_the_scale_is_a_negative_review() -> None:
    late = "Great surgeon but her clinic runs three hours late every visit and the front desk is rude."
    assert _flagged(late, 2.75)
    assert not _flagged(late, 3.0)
    assert _flagged("Waited four months, then ten minutes with us.", 2.5)
    assert not _flagged("She listened to every question and called back the same day.", 2.75)
