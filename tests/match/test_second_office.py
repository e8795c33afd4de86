"""A patient's "Dr. R at Juniper Mesa Surgical on Larkspur St. She also does clinic in Tuba City": the town a doctor
also works in is a second office, not a namesake's town (``match.second_office``). Hand-made records: Tova Ruelas, a
general surgeon in Flagstaff, AZ."""

from __future__ import annotations

from footprint.models import Decision
from tests.match._ruelas import post


def test_a_town_she_also_does_clinic_in_is_her_second_office_not_a_namesakes() -> None:
    """ "Dr. R at Juniper Mesa Surgical on Larkspur St. She also does clinic in Tuba City": a patient in
    Flagstaff naming the surgeon's outreach town; the town is no conflict."""
    said = "Dr. R at Juniper Mesa Surgical on Larkspur St. Young surgeon. She also does clinic in Tuba City."
    assert post(said, who="Dr. R", tail="Location: Flagstaff") == Decision.LIKELY
    moved = said.replace("She also does clinic in", "She now works in")
    assert post(moved, who="Dr. R", tail="Location: Flagstaff") != Decision.LIKELY


def test_another_town_said_of_the_doctor_still_holds_the_titled_name() -> None:
    from footprint.match.second_office import also_there

    said = "My sister also saw a Dr. Ruelas in Tuba City."
    assert not also_there(said, said.rfind(" in "))
    said = "Dr. Ruelas moved her practice to Tuba City."
    assert not also_there(said, said.rfind(" to "))
    said = "Dr. Ruelas runs an outreach clinic in Tuba City."
    assert also_there(said, said.rfind(" in "))
