"""A reply to a review that manages the reviewer's own medicines ("get you off methotrexate"), names their
condition ("with your lupus flaring"), their oxygen or their readings ("on 3 liters of oxygen", "your sugars were
over 300") or their next scan discloses their care; a reply about the front desk, a fee or the wait does not.
"""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord, Review
from tests.assess._marta import excerpts, marta

SHE = PersonRecord("Dr. Marta L. Quellweg", credentials=("MD",), read_from=("name:h1",))


def _replied(reply: str) -> dict[str, set[str]]:
    page = Extracted(
        "https://ratings.example/dr/marta-quellweg",
        "ratings.example",
        PageKind.RATINGS_PROFILE,
        title="Dr. Marta L. Quellweg, MD",
        people=(SHE,),
        reviews=(Review(1.0, 5.0, "Front desk double-booked me.", "2026-03-04", "", reply),),
        text="Dr. Marta L. Quellweg, MD Rheumatology",
    )
    return excerpts(marta(), page, MatchResult(0.95, Decision.CONFIRMED, ("test",), SHE, 0))


def test_a_reply_managing_the_reviewers_medicines_or_naming_their_condition_discloses_their_care() -> None:
    for reply in (
        "Monique, the fee is removed. With your lupus flaring we need to get you off methotrexate before April.",
        "Mrs. Baca, I am sorry. Ray is on 3 liters of oxygen at home, and with his last CT I had to be direct.",
        "Sahra, I stayed late because your sugars were over 300. Please bring your meter to the April visit.",
        "We started him on insulin last spring and I still want to see him.",
    ):
        found = _replied(reply)
        assert "patient_information" in found and "review_reply_risk" in found, reply


def test_a_reply_about_the_desk_the_fee_or_the_wait_discloses_nothing() -> None:
    for reply in (
        "I am sorry about the fee; it has been removed. We have changed how the desk books new patients.",
        "We are sorry for the wait. Our schedule ran late that day; please call us to reschedule.",
        "Thank you! Our staff put you on the waitlist as soon as a slot opened.",
    ):
        found = _replied(reply)
        assert "patient_information" not in found, reply
