"""Exposures as pages nobody here wrote put them: a work-injury doctor's reply under her video (the splint, the drug to
stop, the test to ask for), a reader's comment telling the day a named warehouse's 19-year-old came in with heat
stroke, a neighbour's blog giving "number 18" on the road of the home a people-search record lists and her husband and
twins by the given names that record lists, and the photos a blog post lists in words ("Photos: ...; Meg and Paul
toasting with sangria")."""

from __future__ import annotations

import lxml.html

from footprint.assess import assess
from footprint.extract.photo_lists import listed
from footprint.identity import make_subject
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Photo,
    Post,
)

MEG = Identity(make_subject("Dr. Margaret Kittredge", handles=["@drmegkitt"], city="Newark", state="DE"), ())
ME = PersonRecord("Meg Kittredge", read_from=("name:comment",))


def _found(pages: list[tuple[Extracted, Decision]], category: str) -> list[str]:
    matches = [Match(p, MatchResult(0.9, d, (), p.people[0] if p.people else None, 0)) for p, d in pages]
    return [f.excerpt for f in assess(MEG, matches, {}) if category in f.all_categories]


REPLY = (
    "Replying to @forkliftfran no, your employer can't make you see only THEIR doctor forever. Your wrist is still "
    "numb 3 weeks after the fall off the dock? Wear the splint at night, stop the 800s of ibuprofen on an empty "
    "stomach, and ask for a nerve conduction study before anyone clears you."
)


def _video(text: str, mentions: tuple[str, ...] = ("forkliftfran",)) -> list[str]:
    me = PersonRecord("Dr. Meg", handle="drmegkitt")
    post = Post(author="drmegkitt", text=text, url="https://www.tiktok.com/@drmegkitt/video/1", mentions=mentions)
    page = Extracted("https://www.tiktok.com/@drmegkitt/video/1", "tiktok", PageKind.SOCIAL_PROFILE,
                     title="TikTok", people=(me,), text=text, posts=(post,))  # fmt: skip
    return _found([(page, Decision.CONFIRMED)], "online_medical_advice")


def test_her_reply_telling_a_worker_what_to_wear_stop_and_ask_for_is_medical_advice() -> None:
    assert _video(REPLY)
    assert _video("Replying to @forkliftfran ask for a nerve conduction study before anyone clears you.")
    assert _video("Replying to @forkliftfran keep the brace on at night? No: wear the splint at night for 3 weeks.")
    # Addressed to no one, it is teaching, not advice to a person.
    assert not _video(REPLY.replace("Replying to @forkliftfran ", ""), mentions=())
    # Stopping something that is no drug is no advice.
    assert not _video("Replying to @forkliftfran stop the 800s of emails to HR and ask for a meeting.")


HEAT = (
    "I run an occupational health clinic off 273. On the 101-degree Thursday in July a 19-year-old picker from the "
    "Boxwood Road distribution center came in with a core temp of 105.8 and his kidneys shutting down. He's home now."
)


def _comment(text: str) -> list[str]:
    post = Post(author="Meg Kittredge", text=text, on_post_by="Alana Brooks")
    page = Extracted("https://news.example.com/2026/08/heat-rule", "news.example.com", PageKind.NEWS,
                     title="Delaware weighs its own heat rule", people=(ME,), text=f"Reader comments {text}",
                     posts=(post,))  # fmt: skip
    return _found([(page, Decision.LIKELY)], "patient_information")


def test_her_comment_telling_the_day_a_named_warehouses_teenager_came_in_with_heat_stroke_describes_a_patient() -> None:
    assert _comment(HEAT)
    # The same day and age with no clinical detail, or the clinical words with no day and no one: no patient.
    assert not _comment(HEAT.split(" came in")[0] + " came in to talk about the heat rule.")
    assert not _comment("Core temps of 105 and kidneys shutting down are what heat does to pickers. Pass the rule.")


BROKER = Extracted(
    "https://radaris.com/p/Margaret/Kittredge/1/", "radaris", PageKind.PEOPLE_SEARCH, title="Margaret E Kittredge",
    people=(PersonRecord("Margaret E Kittredge", addresses=(Address("18 Kells Ave", "Newark", "DE", "19711", "home"),),
                         relatives=("Paul J Ostrowski", "Hannah Ostrowski", "Eli Ostrowski")),),
)  # fmt: skip
OAK = (
    "The big white oak in front of number 18 finally came down on Saturday. It had been dropping limbs on Meg "
    "Kittredge's car since May. For the newer folks: Meg is the doctor at the occupational health clinic on Ogletown "
    "Road. Paul and the twins (Hannah and Eli, eighth grade this fall) hauled branches all afternoon. By four o'clock "
    "it was lawn chairs all the way down Kells Avenue."
)


def _blog(text: str, category: str, broker: bool = True, photos: tuple[Photo, ...] = ()) -> list[str]:
    page = Extracted("https://kellsavenotes.example.com/2026/08/the-oak-comes-down/", "kellsavenotes.example.com",
                     PageKind.NEWS, title="The oak comes down | Kells Avenue Notes", people=(ME,), text=text,
                     photos=photos)  # fmt: skip
    pages = [(page, Decision.LIKELY)] + ([(BROKER, Decision.CONFIRMED)] if broker else [])
    return [e for e in _found(pages, category) if "radaris" not in e and "Margaret E Kittredge" not in e]


def test_number_18_on_the_road_of_the_home_a_broker_lists_is_her_home_address() -> None:
    excerpts = _blog(OAK, "home_address")
    assert excerpts and "number 18" in excerpts[0]
    # Without the broker's record "number 18" is anyone's; another number or another road is another house.
    assert not _blog(OAK, "home_address", broker=False)
    assert not _blog(OAK.replace("number 18", "number 24"), "home_address")
    assert not _blog(OAK.replace("Kells Avenue", "Main Street"), "home_address")


def test_two_relatives_a_broker_lists_named_beside_her_are_her_family() -> None:
    excerpts = _blog(OAK, "family_information")
    assert excerpts and "Hannah and Eli" in excerpts[0]
    # One given name alone is anyone's; without the broker's record no one is known to be hers.
    one = OAK.replace("Paul and the twins (Hannah and Eli, eighth grade this fall)", "Paul")
    assert not _blog(one, "family_information")
    assert not _blog(OAK, "family_information", broker=False)
    # A network's reactions list ("3 kudos · Paul O., Hannah O.") is members reacting, not her family told.
    kudos = OAK.replace("Paul and the twins (Hannah and Eli, eighth grade this fall)", "3 kudos · Paul O., Hannah O.")
    assert not _blog(kudos, "family_information")


LISTED = """<html><body><article><p>By four o'clock it was lawn chairs all the way down Kells Avenue.</p>
<p>Photos: the crew and the crane; Meg and Paul toasting with sangria on the stump; the twins counting rings.</p>
<p>Photo day is Tuesday: bring a hat.</p></article></body></html>"""


def test_the_photos_a_post_lists_in_words_are_read_as_captioned_photos() -> None:
    photos = listed(lxml.html.fromstring(LISTED), "https://kellsavenotes.example.com/oak/")
    assert [p.caption for p in photos] == [
        "the crew and the crane",
        "Meg and Paul toasting with sangria on the stump",
        "the twins counting rings",
    ]
    assert len({p.url for p in photos}) == 3
    assert _blog(OAK, "substance_imagery", photos=photos)
    # The same line where she is not the one toasting: no picture of her drinking.
    others = tuple(Photo(url=p.url, caption=p.caption.replace("Meg", "Ruth")) for p in photos)
    assert not _blog(OAK, "substance_imagery", photos=others)


def test_a_single_photo_line_is_a_captioned_photo_too() -> None:
    html = "<html><body><article><p>Photo: me, Meg and Kim at the Goldminer's on our third margarita.</p></article>"
    photos = listed(lxml.html.fromstring(html + "</body></html>"), "https://moms.example.com/alta/")
    assert [p.caption for p in photos] == ["me, Meg and Kim at the Goldminer's on our third margarita"]


def test_a_photo_list_in_a_later_sentence_split_at_its_commas_is_read_too() -> None:
    html = """<html><body><div class="entry-content"><p>Afterwards we took over the back patio at the cider house.
    Photos below: Meg with her medal and a cider flight, Meg with her second pint, and all six of us pretending we
    could still walk.</p></div></body></html>"""
    photos = listed(lxml.html.fromstring(html), "https://milesandmuffins.example.com/recap/")
    assert [p.caption for p in photos] == [
        "Meg with her medal and a cider flight",
        "Meg with her second pint",
        "all six of us pretending we could still walk",
    ]
    # A list of names is one picture's caption, not one picture per name.
    names = html.replace(
        "Meg with her medal and a cider flight, Meg with her second pint, and all six of us pretending we\n    could "
        "still walk",
        "Meg, Paul and the twins at the lake",
    )
    assert [p.caption for p in listed(lxml.html.fromstring(names), "https://m.example/")] == [
        "Meg, Paul and the twins at the lake"
    ]
    # "Photos" inside a sentence is no list.
    told = html.replace("Photos below:", "We will post photos below")
    assert listed(lxml.html.fromstring(told), "https://m.example/") == ()


def test_one_relative_a_broker_lists_paired_with_her_as_a_couple_is_her_family() -> None:
    trip = (
        "Meg Kittredge hosted the owling crew on her deck again. Housekeeping: Meg and Paul leave for Costa Rica on "
        "the 20th, so feeder watch at their place is on me."
    )
    excerpts = _blog(trip, "family_information")
    assert excerpts and "Meg and Paul" in excerpts[0]
    # Without the broker's record "Paul" is anyone; "Dana and Paul" are not her couple.
    assert not _blog(trip, "family_information", broker=False)
    assert not _blog(trip.replace("Meg and Paul leave", "Dana and Paul leave"), "family_information")
