"""A reply to a review that manages the reviewer's own medicines ("get you off methotrexate"), names their
condition ("with your lupus flaring"), their oxygen or their readings ("on 3 liters of oxygen", "your sugars were
over 300") or their next scan discloses their care; a reply about the front desk, a fee or the wait does not.
"""

from __future__ import annotations

from tests.assess._marta import replied


def _replied(reply: str) -> dict[str, set[str]]:
    return replied(reply, "Front desk double-booked me.", 1.0, "Rheumatology")


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


def test_a_reply_naming_the_reviewers_organ_function_treatment_plan_or_operation_date_discloses_their_care() -> None:
    for reply in (
        "Mr. Thompson, I am sorry about the wait. With your kidney function down to 14% we had a lot to cover.",
        "I am sorry about the wait; we spent most of that visit on your dialysis plan. Please call the office.",
        "Sorry for the rush that day, the fistula surgery on March 3 had to be scheduled before you left.",
    ):
        found = _replied(reply)
        assert "patient_information" in found and "review_reply_risk" in found, reply
    for reply in (
        "Our office is closed on March 3 for a staff training; please call us to reschedule.",
        "Please call the office so we can go over your care plan and the billing together.",
        "We would be glad to go over your surgical plan again at your next visit.",
    ):
        assert "patient_information" not in _replied(reply), reply
