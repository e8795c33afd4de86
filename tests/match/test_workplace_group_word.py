"""A patient's "Dr. Ruelas at Juniper Mesa Surgical": the practice the user named, Juniper Mesa Surgical Associates,
written without the partnership word patients leave off, though its other words are English words and "Mesa" a
town's name (``workplace.shortened``). Hand-made records: Tova Ruelas, a general surgeon in Flagstaff, AZ."""

from __future__ import annotations

from footprint.models import Decision
from tests.match._ruelas import post


def test_the_practice_named_without_its_partnership_word_is_her_workplace() -> None:
    """ "Dr. Ruelas at Juniper Mesa Surgical": patients leave "Associates" off, though "Juniper Mesa" alone is a
    place's name and its words are English words."""
    assert post("Dr. Ruelas at Juniper Mesa Surgical. She was great, fast and funny.") == Decision.LIKELY


def test_the_place_alone_or_another_practice_is_no_workplace() -> None:
    assert post("Dr. Ruelas at Juniper Mesa. She was great.") != Decision.LIKELY
    assert post("Dr. Ruelas at Juniper Mesa Dental. She was great.") != Decision.LIKELY
    assert post("Dr. Ruelas at Flagstaff Surgical. She was great.") != Decision.LIKELY
