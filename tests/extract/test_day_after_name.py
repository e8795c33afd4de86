"""A day written right after a name ("calling Dr. Z Monday", "Dr. Ann Lee Retires Friday") is no part of it: the
name ends before the day, and a titled initial left alone is read as the title and initial it is ("Dr. Z"),
not as a person named "Z Monday" who would pass for a second doctor of that initial in the thread."""

from __future__ import annotations

from footprint.extract.mentions import people
from footprint.extract.names import names_in


def test_the_name_ends_before_the_day() -> None:
    assert [n.name for n in names_in("We see Dr. Ann Lee Monday at noon.")] == ["Ann Lee"]


def test_a_titled_initial_before_a_day_is_that_doctor_once() -> None:
    text = "Dr. Z at Lakemont Eye in Duluth. Great surgeon.\n\nThanks, calling Dr. Z Monday."
    found = people(text, "Crosslinking near Duluth?")
    assert [p.name for p in found] == ["Dr. Z"]
    assert "Lakemont Eye" in found[0].context
