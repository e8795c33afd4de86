"""A hyphenated pair is a house number only where houses are numbered so, Queens (New York) and Hawaii ("79-01
Broadway, Elmhurst, NY", "94-1234 Farrington Hwy, Waipahu, HI"). Elsewhere the pair before a town is a range: a
meeting's dates before its hotel, a race's age group, a season or a score, and no street address is read from it."""

from __future__ import annotations

from footprint.extract.entities import addresses_in


def test_a_meetings_dates_before_its_hotel_are_no_house_number() -> None:
    text = "The fall meeting runs October 12-14 at the Hilton Garden Inn, Portland, OR 97204. Register by Sept 30."
    assert addresses_in(text) == ()


def test_a_score_or_an_age_group_before_a_town_is_no_house_number() -> None:
    assert addresses_in("Varsity won 21-14 over Central in Dayton, OH 45429") == ()
    assert addresses_in("Women 40-49 from Dartmouth, MA 02747 ran the 10K") == ()


def test_the_address_after_a_range_is_still_read() -> None:
    text = "Clinic days 10-12 weekly, Suite 4, then 2840 Rimrock Ledge Rd, Billings, MT 59101"
    assert [a.street for a in addresses_in(text)] == ["2840 Rimrock Ledge Rd"]


def test_queens_and_hawaii_numbers_stay_house_numbers() -> None:
    assert [a.street for a in addresses_in("Clinic 37-12 35th Ave, Astoria, NY 11101")] == ["37-12 35th Ave"]
    assert [a.street for a in addresses_in("Visit 94-1234 Farrington Hwy, Waipahu, HI 96797")] == [
        "94-1234 Farrington Hwy"
    ]


def test_in_new_york_too_days_after_a_month_or_rooms_are_a_range() -> None:
    assert addresses_in("The retreat runs June 12-14 at the Sheraton Times Square, New York, NY 10019.") == ()
    assert addresses_in("Exams in Rooms 10-12 Lindquist Hall, Jamaica, NY 11418") == ()
