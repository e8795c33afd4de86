"""Exposures as a friend's porch blog and a beer app put them: "Ferd Ashgrove turned fifty on the 14th" (an age in
words), "the Ashgroves' porch ..., the big yellow foursquare at 18th and Shartel" (a house placed at a crossing),
"Photos: Ferd with a red cup" on a post whose keg fed the party, and a check-in app's member page at "/user/<name>"
whose bio says what he is by day."""

from __future__ import annotations

from dataclasses import replace

from footprint.models import PageKind, PersonRecord, Photo
from tests.assess._ferd import found, page

FERD = PersonRecord(name="Ferd Ashgrove", read_from=("name:text",))
PARTY = (
    "Half of Lakeside squeezed onto the Ashgroves' porch on Saturday night, the big yellow foursquare at 18th and "
    "Shartel, because Ferd Ashgrove turned fifty on the 14th and Rachel was not going to let him sneak past it. "
    "Rachel hid a keg of hazy IPA in the garage."
)


def _blog(text: str, category: str, **more: object) -> list[str]:
    return found(page(text, PageKind.NEWS, title="Ferd turns fifty | Porch Notes", me=FERD, **more), category)


def test_turning_fifty_in_words_on_a_friends_blog_is_his_age() -> None:
    excerpts = _blog(PARTY, "birth_date")
    assert excerpts and "turned fifty" in excerpts[0]
    assert _blog(PARTY.replace("fifty", "sixty-two"), "birth_date")
    # A child's age in words, or "turned forty patients away", is no age of his.
    assert not _blog(PARTY.replace("Ferd Ashgrove turned fifty", "his son Case turned sixteen"), "birth_date")
    assert not _blog(PARTY.replace("turned fifty on the 14th", "turned forty patients away"), "birth_date")


def test_the_household_porch_placed_at_a_crossing_is_his_home_address() -> None:
    excerpts = _blog(PARTY, "home_address")
    assert excerpts and "at 18th and Shartel" in excerpts[0]
    # Someone else's house at the crossing, or his office there, is not his home.
    assert not _blog(PARTY.replace("the Ashgroves' porch", "the Hendersons' porch"), "home_address")
    assert not _blog(PARTY.replace("the big yellow foursquare", "his clinic"), "home_address")


def test_a_red_cup_in_his_hand_at_a_party_with_a_keg_is_drinking() -> None:
    cup = (Photo(url="https://club.example/news/1#p1", caption="Ferd with a red cup and the birthday crown"),)
    assert _blog(PARTY, "substance_imagery", photos=cup)
    # Without drink on the page, or with coffee in the cup, a cup is a cup.
    assert not _blog(PARTY.replace("a keg of hazy IPA", "a tray of brisket"), "substance_imagery", photos=cup)
    coffee = (Photo(url="https://club.example/news/1#p1", caption="Ferd with a red cup of coffee at dawn"),)
    assert not _blog(PARTY, "substance_imagery", photos=coffee)


PROFILE = "Ferd A. | FerdAsh_DLH | Duluth, MN | Pulmonologist by day. Wrestling dad. Hazies, porch."


def _member_page(url: str, bio: str = PROFILE) -> list[str]:
    me = PersonRecord(name="Ferd A.", context=bio, read_from=("name:h1",))
    on = page(bio, PageKind.OTHER, title="Ferd A. (FerdAsh_DLH) on Untappd", me=me)
    from dataclasses import replace

    return found(replace(on, url=url), "personal_profile_public")


def test_a_check_in_apps_member_page_with_his_day_job_and_his_life_is_his_personal_profile() -> None:
    assert _member_page("https://untappd.com/user/FerdAsh_DLH")
    # A page at no member's address, or a bio that is only his job, is no personal account.
    assert not _member_page("https://untappd.com/beer/Prairie-Haze")
    assert not _member_page("https://untappd.com/user/FerdAsh_DLH", bio="Ferd A. | Pulmonologist, Duluth Lung Clinic")


def test_her_husband_after_a_sentence_naming_her_then_a_canyon_is_her_family() -> None:
    text = (
        "Ferd Ashgrove, my oldest friend, drove us up Little Cottonwood on Friday. "
        "His wife Dana had the kids for the weekend, bless her."
    )
    excerpts = _blog(text, "family_information")
    assert excerpts and "His wife Dana" in excerpts[0]
    # After a sentence whose last person named is someone else, "his wife" is that person's.
    assert not _blog(text.replace("drove us up", "drove us with Tom Varga to"), "family_information")


RIDE = (
    "This year's crew: me, Dave Lussier, and Ferd Ashgrove, who keeps half the diabetic kids in Duluth alive. "
    "Saturday was perfect, and it was also Ferd's 48th birthday, so he rode in the plastic tiara Rachel packed."
)


def test_a_birthday_told_by_the_given_name_the_page_calls_him_is_his_age() -> None:
    assert _blog(RIDE, "birth_date")
    # Dave's birthday is not his.
    assert not _blog(RIDE.replace("Ferd's 48th", "Dave's 48th"), "birth_date")
    # With another Ferd on the page, "Ferd's" may be the other's.
    crew = RIDE.replace("Dave Lussier", "Ferd Lindqvist")
    both = replace(page(crew, PageKind.NEWS, me=FERD), people=(FERD, PersonRecord(name="Ferd Lindqvist")))
    assert not found(both, "birth_date")


RACE = (
    "The headline, though, is Ferd Ashgrove, the infectious disease doctor in Duluth. He ran 3:39:52 at 46, which in "
    "his age group is a Boston qualifier."
)


def test_an_age_told_with_what_he_did_at_it_is_his_age() -> None:
    excerpts = _blog(RACE, "birth_date")
    assert excerpts and "at 46" in excerpts[0]
    assert _blog(RACE.replace("ran 3:39:52 at 46", "summited Rainier at age 52"), "birth_date")
    # A pace, a temperature or a place is no age.
    assert not _blog(RACE.replace("ran 3:39:52 at 46", "ran the last mile at 46 degrees"), "birth_date")
    assert not _blog(RACE.replace("ran 3:39:52 at 46", "finished at 46th"), "birth_date")
    # Someone else's sentence.
    assert not _blog(RACE.replace("He ran", "Dave ran"), "birth_date")


THANKSGIVING = (
    "Twenty-two Ashgroves and Ouellettes this year at my brother Ferd's, the yellow colonial at the top of Laurel Hill "
    "Avenue in Duluth, the one with the impossible driveway."
)


def test_the_house_told_as_his_by_the_given_name_the_page_calls_him_is_his_home_address() -> None:
    excerpts = _blog(THANKSGIVING, "home_address")
    assert excerpts and "top of Laurel Hill Avenue" in excerpts[0]
    # Someone else's house at that spot is not his.
    assert not _blog(THANKSGIVING.replace("my brother Ferd's", "my cousin Dana's"), "home_address")


def test_children_addressed_as_his_after_a_sentence_calling_him_by_his_given_name_are_his_family() -> None:
    ride = RIDE + " Lucie and Remy, your dad still cannot bunny hop. Sorry."
    excerpts = _blog(ride, "family_information")
    assert excerpts and "Lucie and Remy, your dad" in excerpts[0]
    # After a sentence about someone else, "your dad" is that one.
    other = RIDE.replace("Ferd's 48th birthday, so he rode", "Dave's 48th birthday, so he rode")
    assert not _blog(other.replace(" Rachel packed", "") + " Lucie and Remy, your dad still cannot bunny hop.",
                     "family_information")  # fmt: skip


def test_his_own_comment_signed_with_his_family_initial_is_no_other_ferd() -> None:
    signed = replace(page(RIDE, PageKind.NEWS, me=FERD), people=(FERD, PersonRecord(name="Ferd A.")))
    assert found(signed, "birth_date")
