"""The mixed review: praise for the doctor, then a complaint, scored in the middle by split sub-scores."""

from footprint.assess.detectors.reviews import is_negative
from footprint.records import Review


def test_praise_then_complaint_in_the_middle_is_negative() -> None:
    r = Review(3.0, 5.0, "Great surgeon, but the front desk lost my referral twice and never called back.")
    assert is_negative(r)


def test_mixed_at_three_and_a_half_is_negative() -> None:
    r = Review(3.5, 5.0, "Excellent physician however the office kept us waiting three hours with no word.")
    assert is_negative(r)


def test_happy_patient_aside_is_not() -> None:
    r = Review(4.5, 5.0, "Wonderful doctor, but parking is a pain. Highly recommend.")
    assert not is_negative(r)


def test_middling_review_without_praise_turn_is_not() -> None:
    r = Review(3.0, 5.0, "Average visit. The wait was long but the nurse was nice.")
    assert not is_negative(r)
