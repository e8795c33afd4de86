"""Where a physician lives and when the house is empty, as a register, a story, a club's notes and the physician's own
posts tell it, and the look-alikes that tell nothing.

A campaign-finance report gives the contributor's street before the employer column; a story says whose home is on
which road; a blogger is at the cabin "all of July", "over Labor Day" or "four nights ..., December 26 to 30"; a
forum post is "at the cabin through the end of July".
"""

from __future__ import annotations

from footprint.models import Extracted, PageKind, PersonRecord, Post
from tests.assess._ferd import found as _found
from tests.assess._ferd import page as _page


def test_a_contribution_register_gives_his_street_before_the_employer_column() -> None:
    head = "Friends of Rosa Delgado – Receipts Contributor Address Employer / Occupation Date Amount "
    row = "Ashgrove, Ferdinand 1124 Vilas Ave, Duluth MN 55803 Lakeside Heart Institute / Physician 05/30/2026 $250.00"
    assert any("1124 Vilas Ave" in e for e in _found(_page(head + row), "home_address"))
    office = "Ashgrove, Ferdinand 1124 Vilas Ave Suite 300, Duluth MN 55803 Lakeside Heart Institute / Physician"
    assert not _found(_page(head + office), "home_address")
    no_column = "Ashgrove, Ferdinand 1124 Vilas Ave, Duluth MN 55803 Lakeside Heart Institute, cardiology clinic"
    assert not _found(_page(no_column), "home_address")


def test_a_story_saying_which_road_his_home_is_on_exposes_where_he_lives() -> None:
    story = (
        "About 40 people gathered Sunday outside county health officer Dr. Ferdinand Ashgrove's home on Skyline "
        "Parkway to protest the order."
    )
    found = _found(_page(story, PageKind.NEWS, title="Protesters gather"), "location_exposure")
    assert found and "Skyline Parkway" in found[0]
    club = "Ferdinand Ashgrove is again opening his garage on Jean Duluth Road for tying nights."
    assert _found(_page(club), "location_exposure")
    clinic = "Dr. Ferdinand Ashgrove sees patients at his clinic on London Road; Dr. Sam Poe's home on Skyline Parkway."
    assert not _found(_page(clinic, PageKind.NEWS, title="Clinic opens"), "location_exposure")


def test_a_household_hosting_at_their_place_on_a_road_is_a_home_address_once() -> None:
    """ "Thanks to Ferdinand and Ann Ashgrove for hosting 140 Rotarians at their place on Lakeside Crest Dr": the
    household's house by its street is a home address; the road is not raised a second time as a location."""
    notes = "Thanks to Ferdinand and Ann Ashgrove for hosting 140 Rotarians at their place on Lakeside Crest Dr."
    assert any("Lakeside Crest Dr" in e for e in _found(_page(notes), "home_address"))
    assert not _found(_page(notes), "location_exposure")


def _own_post(text: str) -> Extracted:
    me = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:author",))
    return _page(f"Posted on May 10, 2026 by Ferdinand Ashgrove {text}", PageKind.NEWS, title="The caddis", me=me)


def test_his_own_post_saying_where_he_will_be_for_a_month_or_a_holiday_exposes_the_empty_house() -> None:
    for text in (
        "Marjorie and I will be at the Brule cabin all of July.",
        "Next up is Isle Royale over Labor Day, weather permitting.",
        "Four nights at the Gunflint yurt, December 26 to 30, with the kids.",
    ):
        assert _found(_own_post(text), "location_exposure"), text
    assert not _found(_own_post("I'm on service at the hospital all of July."), "location_exposure")


def test_his_forum_post_at_the_cabin_till_the_end_of_the_month_says_the_house_is_empty() -> None:
    post = Post(author="ferd_dlh", text="At the cabin through the end of July, stop by for coffee.", audience="public")
    me = PersonRecord(name="ferd_dlh", handle="ferd_dlh", read_from=("name:post author",))
    page = Extracted(url="https://forum.example/t/1", site_id="forum.example", kind=PageKind.SOCIAL_POST,
                     people=(me,), posts=(post,), text=post.text)  # fmt: skip
    assert _found(page, "location_exposure")


def test_his_own_post_giving_the_day_before_the_place_or_the_hour_before_the_days_is_his_routine() -> None:
    for text in (
        "Most Saturdays from May to October I'm at the Lester River access by 5:30 and off the water by ten.",
        "I launch from Brighton Beach at 5:15 every Tuesday and Thursday from May to October.",
    ):
        assert _found(_own_post(text), "location_exposure"), text
    assert not _found(_own_post("Most Saturdays I'm at the clinic by 7 for the walk-in hours."), "location_exposure")


def test_a_neighbours_blog_naming_her_street_as_theirs_says_where_she_lives() -> None:
    """ "Our neighbors Dr. Ferdinand Ashgrove and his wife Ann hosted the whole of Marsh Lane again": the writer and the
    subject live on that road. A neighbour's words with no road, or a road in another sentence, say nothing of it."""
    blog = "Our neighbors Dr. Ferdinand Ashgrove and his wife Ann hosted the whole of Thornwick Marsh Lane again."
    found = _found(_page(blog), "location_exposure")
    assert found and "Thornwick Marsh Lane" in found[0]
    no_road = "Our neighbors Dr. Ferdinand Ashgrove and his wife Ann hosted us again."
    assert not _found(_page(no_road), "location_exposure")
    thanks = "My neighbor Sam thanks Dr. Ferdinand Ashgrove for the care. Parking is on Grand Avenue."
    assert not _found(_page(thanks), "location_exposure")


def test_a_relatives_post_that_his_house_stands_empty_over_a_holiday_says_when_it_is_empty() -> None:
    """ "They're all back at the lake for Labor Day, so the Duluth house will be empty if anyone wants to water
    Freddie's tomatoes": the days of a holiday are everyone's to know."""
    sister = (
        "They're all back at the lake for Labor Day, so the Duluth house will be empty if anyone wants to water "
        "Freddie's tomatoes."
    )
    assert _found(_page(sister), "location_exposure")
    no_day = "The Duluth house will be empty soon if anyone wants to water Freddie's tomatoes."
    assert not _found(_page(no_day), "location_exposure")
    not_his = "The Okafors are at the lake for Labor Day, so their house will be empty; water Bola's tomatoes."
    assert not _found(_page(not_his), "location_exposure")


def test_a_neighbour_placing_his_house_on_a_road_says_where_he_lives() -> None:
    """ "Ferdinand Ashgrove (the cardiologist at the end of Thornwick Oak Lane, the blue house past the cul-de-sac)":
    no house number, but the road and which house on it. A clinic at the end of a road, or a road the sentence
    names beside no house of his, says nothing of his home."""
    blog = (
        "When the chainsaw kicked back, Ferdinand Ashgrove (the cardiologist at the end of Thornwick Oak Lane, the "
        "blue house past the cul-de-sac) had him taped up before Ann found the first-aid kit."
    )
    found = _found(_page(blog), "location_exposure")
    assert found and "Thornwick Oak Lane" in found[0]
    lives = "Ferdinand Ashgrove lives at the top of Skyline Ridge Road with Ann and the dogs."
    assert _found(_page(lives), "location_exposure")
    clinic = "Ferdinand Ashgrove's clinic is at the end of Grand Avenue, next to the pharmacy."
    assert not _found(_page(clinic), "location_exposure")
    walk = "Ferdinand Ashgrove met us at the end of Grand Avenue and we walked home."
    assert not _found(_page(walk), "location_exposure")


def test_his_public_run_that_leaves_from_his_front_door_shows_where_he_lives() -> None:
    """A Strava run whose words say it starts at his door: the route map begins at home. A run from a trailhead, or a
    friend's post about a run from her own door, says nothing of his."""
    run = (
        "Ridge loop before clinic. Ferdinand Ashgrove ran 8.4 km on Strava. Duluth, Minnesota. "
        "Out the front door, up the ridge, back before the kids wake up."
    )
    found = _found(_page(run, PageKind.SOCIAL_POST, title="Ridge loop | Run | Strava"), "location_exposure")
    assert found and "Out the front door" in found[0]
    trail = "Ferdinand Ashgrove ran 8.4 km on Strava. From the Hawk Ridge trailhead and back."
    assert not _found(_page(trail, PageKind.SOCIAL_POST, title="Ridge loop | Run | Strava"), "location_exposure")
    friend = "Ran with Ferdinand Ashgrove this morning, out my front door and around the lake."
    assert not _found(_page(friend), "location_exposure")
