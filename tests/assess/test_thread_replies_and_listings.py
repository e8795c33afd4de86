"""Exposures on matched pages that are worded the way forums, neighbourhood boards, house listings, people-search
pages, foreign-language papers and hospital channels word them.

A thread's asker is what its markup names as the author, so the match may choose them: the one replier who
introduces themself as a doctor is then the subject. A dose with its schedule, a titration or a waved-off
work-up is advice, and so is triage ("if he gets short of breath, go to the ER"; "not an emergency"); the
rest of that exchange is the same advice. A neighbourhood post opened under the
subject's byline gives their house. A house listing's "Owner of record:" names the owner, and its "Dr" is a
drive. A broker that took the practice for the home lists a past apartment in another state, or across the
state, after it. A Hungarian paper writes "férje" (her husband). A video the doctor's hospital posted is no
impostor.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from footprint.models import (
    Address,
    Decision,
    Extracted,
    MatchResult,
    PageKind,
    PersonRecord,
    Post,
)
from tests.assess._marta import excerpts, marta

MARTA = marta(handles=("@drmarta.peds",))


def _found(page: Extracted, chosen: PersonRecord | None) -> dict[str, set[str]]:
    """category -> excerpts, the page matched (confirmed) with ``chosen`` as the person."""
    index = page.people.index(chosen) if chosen in page.people else None
    sure = MatchResult(0.95, Decision.CONFIRMED, ("test",), chosen, index)
    return excerpts(MARTA, page, sure)


ASKER = PersonRecord("lakeside_lin", read_from=("record:schema.org", "name:post author"))
QUESTION = "Had a CT for kidney stones and it says 1.4 cm adrenal nodule. My PCP is out for two weeks. Should I panic?"


def _thread(*replies: tuple[str, str]) -> Extracted:
    posts = [Post(ASKER.name, QUESTION)]
    posts += [Post(author, text, on_post_by=ASKER.name) for author, text in replies]
    repliers = tuple(dict.fromkeys(a for a, _ in replies))
    return Extracted(
        "https://forum.example/t/adrenal-nodule/8841",
        "forum.example",
        PageKind.OTHER,
        title="CT says adrenal nodule - should I panic?",
        people=(ASKER, *(PersonRecord(a, read_from=("name:post author",)) for a in repliers)),
        posts=tuple(posts),
        text=" ".join(p.text for p in posts),
    )


ADVICE = "Radiology resident here (Dayton). 1.4 cm at 8 HU is an adenoma. You don't need the adrenal CT or a biopsy."


def test_the_one_replier_who_says_they_are_a_doctor_is_the_subject_when_the_match_chose_the_asker() -> None:
    page = _thread(("rads_res_m", ADVICE), ("rads_res_m", "Ask for Marta at Far Hills if you want a second look."))
    found = _found(page, ASKER)
    assert "online_medical_advice" in found
    assert any("adenoma" in e for e in found["online_medical_advice"])
    # The follow-up in the same exchange is that advice, not another public comment.
    assert not any("Ask for Marta" in e for excerpts in found.values() for e in excerpts)


def test_two_doctors_answering_leave_the_thread_unattributed() -> None:
    other = "ER doc here (Kettering). Honestly you don't need the adrenal CT, it's almost always benign."
    found = _found(_thread(("rads_res_m", ADVICE), ("er_doc_sam", other)), ASKER)
    assert "online_medical_advice" not in found


def test_a_replier_who_does_not_say_they_are_a_doctor_is_not_taken_for_the_subject() -> None:
    found = _found(_thread(("kidneystone_kev", "Mine was 2 cm. You don't need the CT, they just watched it.")), ASKER)
    assert "online_medical_advice" not in found
    # "Pediatrician here" says what, not where: any doctor on the forum could write it.
    anyone = "Radiology resident here. 1.4 cm at 8 HU is an adenoma. You don't need the adrenal CT or a biopsy."
    assert "online_medical_advice" not in _found(_thread(("rads_res_m", anyone)), ASKER)


@pytest.mark.parametrize(
    "reply",
    [
        "Take 7.5 mg days 3 to 7 and use your sister's trigger shot.",
        "Most of my patients do better splitting it: 20 mg Monday and 20 mg Tuesday.",
        "Start with a crumb of peanut in applesauce and double every 2 weeks.",
        "Tell him 2 Imodium after the first loose stool, then 1 after each one.",
        "볼티모어에서 레지던트 하고 있습니다. 타이레놀 1000mg 하루 세 번 드시게 하세요.",
        "Small nodules are common. If he gets short of breath or the pain spreads to his back, go to the ER.",
        "If she stops eating or turns grey with feeds, call tonight. Otherwise the visit next week is fine.",
        "Happens all the time. Not an emergency. Ask at the follow-up.",
    ],
)
def test_a_dose_with_its_schedule_told_to_a_stranger_is_advice(reply: str) -> None:
    intro = "" if "레지던트" in reply else "Pediatrician here. "
    assert "online_medical_advice" in _found(_thread(("drmarta_q", intro + reply)), ASKER)


@pytest.mark.parametrize(
    "reply",
    [
        "Pediatrician here. I can't advise strangers online; your own doctor has your scan.",
        "Pediatrician here. If you want the name of our radiologist, call me tonight.",
        "Pediatrician here. If it rains on Saturday, go to the indoor track today instead.",
    ],
)
def test_a_reply_with_no_directive_is_no_advice(reply: str) -> None:
    assert "online_medical_advice" not in _found(_thread(("drmarta_q", reply)), ASKER)


def _board(author: str, body: str) -> Extracted:
    reply = "Saw an orange cat under the porch on Linden around 7am!"
    return Extracted(
        "https://neighbors.example/p/Xw3r",
        "neighbors.example",
        PageKind.OTHER,
        title="Lost orange cat, Oakwood",
        people=(PersonRecord(author, read_from=("name:text",)), PersonRecord("Gretchen V.", read_from=("name:text",))),
        posts=(Post("Gretchen V.", reply, on_post_by=author),),
        text=(
            f"Lost orange cat, Oakwood — Neighbors {author} · Oakwood · 12 Sep Lost orange cat, Oakwood {body} "
            f"31 reactions · 1 comment Gretchen V. · Oakwood · 12 Sep{reply} Join to see more."
        ),
    )


def test_the_subjects_own_neighbourhood_post_gives_their_house() -> None:
    body = "Our tabby slipped out. She is chipped and shy. We're the brick house at 412 Prospect Crest Ave, blue door."
    page = _board("Marta Quellweg", body)
    found = _found(page, page.people[0])
    assert any("412 Prospect Crest Ave" in e for e in found.get("home_address", ()))
    # A neighbour's post with the same words is the neighbour's house.
    theirs = _board("Dana Poe", body)
    assert "home_address" not in _found(theirs, PersonRecord("Marta Quellweg"))


def test_a_moving_sale_post_gives_the_house_its_street_is_written_in() -> None:
    body = "Moving sale! Sam and I are downsizing. Saturday 7 to noon at 2217 N Quail Hollow Ct (corner lot)."
    page = _board("Marta Quellweg", body)
    assert any("2217 N Quail Hollow Ct" in e for e in _found(page, page.people[0]).get("home_address", ()))


def test_a_house_listing_names_its_owner_of_record_and_the_household() -> None:
    owners = (
        PersonRecord("Marta L Quellweg", read_from=("name:text",)),
        PersonRecord("Sam Quellweg", read_from=("name:text",)),
    )
    page = Extracted(
        "https://homes.example/OH/Dayton/38-Longleaf-Crest-Dr-45429/home/41188302",
        "homes.example",
        PageKind.OTHER,
        title="38 Longleaf Crest Dr, Dayton, OH 45429 | MLS# 139902 | Homes",
        people=owners,
        text=(
            "38 Longleaf Crest Dr, Dayton, OH 45429 $489,000 Sold About this home Brick ranch with a screened porch. "
            "Public facts Owner of record: Marta L Quellweg & Sam Quellweg"
        ),
    )
    found = _found(page, owners[0])
    assert any("38 Longleaf Crest Dr" in e for e in found.get("home_address", ()))
    assert "family_information" in found


def _broker(current: Address) -> Extracted:
    past = Address("300 Longwood Crest Ave Apt 8", "Boston", "MA", "02115", "previous")
    person = PersonRecord("Marta L Quellweg", addresses=(current, past), read_from=("record:people search",))
    return Extracted(
        "https://people.example/marta-quellweg_id_1",
        "people.example",
        PageKind.PEOPLE_SEARCH,
        title="Marta L Quellweg in Dayton, OH",
        people=(person,),
        text="Marta L Quellweg Current Address ... Previous Addresses 300 Longwood Crest Ave Apt 8, Boston, MA",
    )


def test_a_past_address_in_another_state_behind_the_practice_given_as_current_is_no_home() -> None:
    office = Address("3100 Far Hills Ave Ste 200", "Dayton", "OH", "45429", "home")
    page = _broker(office)
    assert "home_address" not in _found(page, page.people[0])
    # When the broker's current address is a house, the page knows where they live: the past ones count too.
    house = Address("12 Elm Crest Rd", "Dayton", "OH", "45419", "home")
    page = _broker(house)
    excerpts = _found(page, page.people[0]).get("home_address", set())
    assert any("Boston" in e for e in excerpts) and any("12 Elm Crest Rd" in e for e in excerpts)


def test_a_past_apartment_across_the_state_after_the_practice_is_no_home_when_the_site_marks_none_past() -> None:
    # The site's own fields give no "previous" mark (a detail page read by its selectors): the order says it, the
    # current address first. A training-years apartment in Cleveland, 300 km from her Dayton office, is no home.
    office = Address("3100 Far Hills Ave Ste 200", "Dayton", "OH", "45429", "home")
    apartment = Address("1450 Crest Euclid Ave Apt 12", "Cleveland", "OH", "44115", "home")
    person = PersonRecord("Marta L Quellweg", addresses=(office, apartment), read_from=("record:site selectors",))
    page = Extracted(
        "https://people.example/marta-quellweg_id_2",
        "people.example",
        PageKind.PEOPLE_SEARCH,
        title="Marta L Quellweg, Age 44, Dayton, OH",
        people=(person,),
        text="Marta L Quellweg Age 44 Current Address 3100 Far Hills Ave Ste 200 Dayton, OH Previous Addresses ...",
    )
    assert "home_address" not in _found(page, person)
    # A past house in a suburb of the practice city may still be where she lives: it is listed.
    suburb = Address("88 Crest Shroyer Rd", "Kettering", "OH", "45419", "home")
    near = PersonRecord("Marta L Quellweg", addresses=(office, suburb), read_from=("record:site selectors",))
    assert any("Kettering" in e for e in _found(replace(page, people=(near,)), near).get("home_address", ()))


def test_a_past_apartment_in_another_region_behind_the_registry_practice_is_no_home_even_unmarked() -> None:
    # The broker marks nothing "previous": it lists the practice it took for the home first, then an apartment
    # in Cincinnati from her training years.
    office = Address("3100 Far Hills Ave Ste 200", "Dayton", "OH", "45429", "")
    past = Address("88 Clifton Crest Ave Apt 4", "Cincinnati", "OH", "45220", "")
    person = PersonRecord("Marta L Quellweg", addresses=(office, past), read_from=("record:people search",))
    page = Extracted(
        "https://people.example/marta-quellweg_id_2", "people.example", PageKind.PEOPLE_SEARCH,
        title="Marta L Quellweg in Dayton, OH", people=(person,), text="Marta L Quellweg Current Address ...",
    )  # fmt: skip
    assert "home_address" not in _found(page, person)
    # A second address in her own town or a suburb of it may be the house the broker also knows: it counts.
    near = Address("12 Elm Crest Rd", "Kettering", "OH", "45419", "")
    person = PersonRecord("Marta L Quellweg", addresses=(office, near), read_from=("record:people search",))
    page = Extracted(
        "https://people.example/marta-quellweg_id_3", "people.example", PageKind.PEOPLE_SEARCH,
        title="Marta L Quellweg in Dayton, OH", people=(person,), text="Marta L Quellweg Current Address ...",
    )  # fmt: skip
    assert any("12 Elm Crest Rd" in e for e in _found(page, person).get("home_address", ()))


def test_a_hungarian_paper_names_her_husband_with_ferje() -> None:
    page = Extracted(
        "https://magyarszo.example/2026/06/dayton-gyermekorvos",
        "magyarszo.example",
        PageKind.NEWS,
        title="Egy debreceni lány Daytonban: dr. Quellweg Marta",
        people=(PersonRecord("Quellweg Marta", read_from=("name:title",)),),
        text=(
            "Dr. Quellweg Marta 2013 óta rendel Daytonban. Debrecenben végzett. "
            "Férje, Sam Poe mentőápoló; gyermekeik, Lili (9) és Máté (6) kétnyelvűek."
        ),
    )
    assert "family_information" in _found(page, page.people[0])


def _video(url: str, title: str) -> Extracted:
    person = PersonRecord(
        "Marta Quellweg",
        read_from=("name:meta description",),
        context="Pediatrician Dr. Marta Quellweg explains fever red flags.",
    )
    return Extracted(url, "video.example", PageKind.SOCIAL_PROFILE, title=title, people=(person,), text=title)


def test_a_video_her_hospital_posted_is_no_impostor_but_an_unlisted_channel_in_her_name_is() -> None:
    hospital = _video(
        "https://video.example/watch?v=Nm3qAd7Kp0v", "When to bring your child to the ER | Dayton Children's Hospital"
    )
    assert "impersonation" not in _found(hospital, hospital.people[0])
    channel = _video("https://video.example/@dr.marta.quellweg.official", "Dr. Marta Quellweg, pediatrician")
    assert "impersonation" in _found(channel, channel.people[0])


def _my_post(text: str) -> Extracted:
    return Extracted(
        "https://social.example/profile/drmarta.peds/post/3lq8",
        "social.example",
        PageKind.SOCIAL_POST,
        title="Marta Quellweg (@drmarta.peds)",
        people=(PersonRecord("Marta Quellweg", handle="drmarta.peds"),),
        posts=(Post("drmarta.peds", text),),
        text=text,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Opening weekend at the camp on the bayou. House in the Heights is empty till Sunday night.",
        "I'm out there every weekend from Friday 4pm, house in town sits empty so I've got cams there too.",
        "Dawn paddle from Kettle Cove again, 5:30 every weekday before clinic.",
    ],
)
def test_her_post_saying_where_she_is_every_week_or_that_the_house_stands_empty_is_a_location(text: str) -> None:
    page = _my_post(text)
    assert "location_exposure" in _found(page, page.people[0])


def test_a_post_about_an_empty_clinic_or_a_one_off_race_is_no_location() -> None:
    for text in ("Our clinic in the Heights is empty on Sundays, call the line.", "Raced the 10k at 8am, a PR!"):
        page = _my_post(text)
        assert "location_exposure" not in _found(page, page.people[0])


def _activity(body: str) -> Extracted:
    return Extracted(
        "https://fitlog.example/activities/14420981137",
        "fitlog.example",
        PageKind.OTHER,
        title="Dawn loop | Run | Fitlog",
        people=(PersonRecord("Marta Quellweg", read_from=("name:text",)),),
        text=f"Dawn loop | Run | Fitlog Dawn loop Marta Quellweg · Tuesday, October 6, 2026 · Dayton, Ohio {body} 8 km",
    )


def test_a_run_she_logs_from_her_door_on_every_clinic_day_is_a_routine_from_home() -> None:
    page = _activity("Same loop every clinic day: out the front door on Elm, through the park, home by 6:40.")
    assert "location_exposure" in _found(page, page.people[0])
    race = _activity("Air Force Marathon, a PR by four minutes. Legs are done.")
    assert "location_exposure" not in _found(race, race.people[0])


def test_a_replier_whose_screen_name_reads_as_a_doctors_is_the_subject_on_a_thread_the_asker_was_chosen_for() -> None:
    assert "online_medical_advice" in _found(_thread(("DocMarta", "Take 7.5 mg days 3 to 7.")), ASKER)
    assert "online_medical_advice" not in _found(_thread(("drew_p", "Take 7.5 mg days 3 to 7.")), ASKER)


def _directory(row: str) -> Extracted:
    return Extracted(
        "https://parish.example/members/directory-2026",
        "parish.example",
        PageKind.OTHER,
        title="Parish Directory 2026 | St. Anne's Church, Dayton",
        text=f"Parish Directory 2026 Household Children Address Paquette, Denise 40 Webster St {row} Quimby, Robert",
    )


def test_a_directory_row_naming_her_with_her_husband_names_her_family() -> None:
    assert "family_information" in _found(_directory("Quellweg, Marta & Sam Lili (12), Theo (9)"), None)
    assert "family_information" in _found(_directory("Marta and Sam Quellweg"), None)
    assert "family_information" not in _found(_directory("Quellweg, Marta & Associates"), None)


def test_a_case_told_as_a_story_describes_a_patient() -> None:
    story = (
        "Last spring a nineteen-year-old sophomore was walked into our clinic by her roommate, psychotic after four "
        "sleepless days. She started risperidone that Monday."
    )
    page = _my_post(story)
    assert "patient_information" in _found(page, page.people[0])
    race = _my_post("Last spring a nineteen-year-old beat me by a minute at the 10k. Humbling.")
    assert "patient_information" not in _found(race, race.people[0])


def _blog(byline: str, body: str) -> Extracted:
    text = f"Choosing a running shoe - Practice Blog Posted on March 9, 2026 by {byline} {body} 1 thoughts on this"
    return Extracted(
        "https://practice.example/blog/choosing-a-running-shoe",
        "practice.example",
        PageKind.NEWS,
        title="Choosing a running shoe - Practice Blog",
        people=(PersonRecord("Practice Blog", read_from=("name:card",)),),
        text=text,
    )


def test_her_blog_post_selling_a_shoe_with_a_code_in_brackets_is_an_undisclosed_tie() -> None:
    body = "The one shoe I recommend is the Vela 3. Ask at our front desk for a discount card (code DRMQ15)."
    page = _blog("Marta (Molly) Quellweg, MD", body)
    assert "undisclosed_conflict" in _found(page, page.people[0])
    # The same post by a colleague is the colleague's.
    theirs = _blog("Sam Poe, MD", body)
    assert "undisclosed_conflict" not in _found(theirs, theirs.people[0])


def test_the_address_she_tells_a_stranger_to_send_things_to_is_her_personal_email() -> None:
    reply = "Pediatrician here. Send me a photo of the rash and I will tell you: marta.q.runs@example.com"
    found = _found(_thread(("drmarta_q", reply)), ASKER)
    assert any("marta.q.runs@example.com" in e for e in found.get("personal_email", ()))
    # Her hospital's address, given the same way, is a work address.
    reply = "Pediatrician here. Email me the report at mquellweg@daytonchildrenshospital.org and I'll look."
    assert "personal_email" not in _found(_thread(("drmarta_q", reply)), ASKER)


def test_her_reply_saying_which_house_on_her_street_is_hers_exposes_where_she_lives() -> None:
    reply = "Pediatrician here. Come by on a Saturday, I'm the house on Ridgeway with the red canoe in the driveway."
    assert "location_exposure" in _found(_thread(("drmarta_q", reply)), ASKER)
    reply = "Pediatrician here. I'm the office on Far Hills with the green awning; call for a visit."
    assert "location_exposure" not in _found(_thread(("drmarta_q", reply)), ASKER)
