"""A neighbourhood's minutes say the subject's family is away, giving the span after "from" ("they are away in
Rotorua for the school holidays from July 1 to 28"): the dates their house is empty. A family of another name away
on the same dates is theirs."""

from __future__ import annotations

from tests.assess._ferd import found as _found
from tests.assess._ferd import page as _page


def test_minutes_giving_his_familys_absence_from_one_day_to_another_give_the_dates_the_house_is_empty() -> None:
    minutes = (
        "1. Block party set for August 22. The Ashgrove family of Elm Ave will again bring the grill; they are away "
        "in Bergen for the school holidays from July 1 to 28, so Ian will collect the permit."
    )
    assert any("July 1 to 28" in e for e in _found(_page(minutes), "location_exposure"))
    others = minutes.replace("Ashgrove", "Lindqvist")
    assert not _found(_page(others), "location_exposure")


def test_a_bulletin_saying_he_is_with_his_father_abroad_until_a_day_gives_the_dates_he_is_away() -> None:
    # The prayer list names him in full, then goes on by his given name: he is away until December 15.
    bulletin = (
        "Prayers of the People. For Walt Ashgrove of Bergen, father of Ferdinand Ashgrove, recovering from surgery. "
        "Ferdinand is with him in Norway until December 15; Kari and the children are at home."
    )
    assert any("December 15" in e for e in _found(_page(bulletin), "location_exposure"))
    # Another man of that given name, with no sentence naming him before: not his absence.
    stranger = "Prayers of the People. Ferdinand Poe is with his father in Norway until December 15."
    assert not _found(_page(stranger), "location_exposure")
    # At work is no absence from home.
    clinic = bulletin.replace("with him in Norway", "with him at Lakeside Clinic")
    assert not _found(_page(clinic), "location_exposure")
