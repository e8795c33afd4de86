"""A patient's "an appointment on Larkspur Street in Flagstaff, and the doctor there, Dr. Ruelas": the street the NPI
record gives for the subject's practice, written without its number beside a title and one name, in the subject's
town (``match.practice_street``). Hand-made records: Tova Ruelas, a general surgeon at 410 N Larkspur St, Flagstaff."""

from __future__ import annotations

from footprint.models import Decision
from tests.match._ruelas import post


def test_the_practice_street_without_its_number_and_the_town_make_the_titled_name_hers() -> None:
    """ "An appointment on Larkspur Street, and the doctor there, Dr. Ruelas": the NPI record's practice street."""
    said = "Sent home with an appointment on Larkspur Street in Flagstaff, and the doctor there, Dr. Ruelas, was kind."
    assert post(said) == Decision.LIKELY
    assert post(said.replace("Larkspur Street", "Larkspur St")) == Decision.LIKELY


def test_the_street_without_the_town_or_another_street_leaves_it_for_the_user() -> None:
    said = "He walked out with an appointment on Larkspur Street, and the doctor there, Dr. Ruelas, was kind."
    assert post(said) != Decision.LIKELY  # a Larkspur Street of another town
    other = "Sent home with an appointment on Aspen Street in Flagstaff, and the doctor there, Dr. Ruelas, was kind."
    assert post(other) != Decision.LIKELY
