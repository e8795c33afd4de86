"""The mixed review: the doctor praised, the practice faulted ("Brilliant doctor, but the clinic runs two hours
late"), scored in the middle because the sub-scores split (Staff 2, Punctuality 1, Knowledge 5).

Its average (3 of 5, 3.5 of 5) hides the complaint a patient reads; the turn after the praise is the review's
point. Only a review below 4 of 5 counts: a 4- or 5-star review with a "but" is a happy patient's aside.
"""

from __future__ import annotations

import re

from footprint.records import Review

MIXED_BELOW_OUT_OF_FIVE = 4.0

# Praise of the doctor, then a turn: "Wonderful doctor but", "Great surgeon, however", "Brilliant doctor, but".
_PRAISE_THEN_TURN = re.compile(
    r"^\W*(?:an?\s+)?(?:(?:very|really|truly|so)\s+)?(?:brilliant|wonderful|great|excellent|amazing|fantastic|"
    r"lovely|kind|good|knowledgeable|caring|smart|skilled)\s+(?:doctor|doc|physician|surgeon|specialist|clinician)"
    r"\b[^.!?]{0,20}?,?\s+(?:but|however|though|although)\b",
    re.I,
)


def mixed_complaint(review: Review) -> bool:
    """A review below 4 of 5 that opens by praising the doctor and turns to a complaint."""
    if review.rating is None or not review.scale:
        return False
    if review.rating / review.scale * 5.0 >= MIXED_BELOW_OUT_OF_FIVE:
        return False
    return bool(_PRAISE_THEN_TURN.search(review.text))
