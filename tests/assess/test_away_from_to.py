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
