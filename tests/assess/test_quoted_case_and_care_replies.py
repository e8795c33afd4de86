"""What a page says of the subject's patients and family in the words real pages use: a news story quoting the subject
on a named player's injury, a reply naming the operation the doctor did and the next scan, a neighbour's child
triaged in a reply, a patient's blog telling that the doctor "who scanned me every week" came to the birthday party,
and the subject's own "my daughter Nora" in a comment that also mentions a patient."""

from __future__ import annotations

from footprint.models import Extracted, PageKind, PersonRecord, Post, Review
from tests.assess._ferd import found, page

STORY = (
    'Senior Marcus Hale was hurt in the third quarter against Landon. "Marcus tore his ACL and the lateral meniscus, '
    'the MRI was clear on Saturday morning," said team physician Dr. Ferdinand Ashgrove of Lakeside Sports Medicine. '
    "The Bulldogs host Bishop McNamara next week."
)
PEOPLE = (PersonRecord(name="Ferdinand Ashgrove"), PersonRecord(name="Senior Marcus Hale"))


def _story(text: str) -> Extracted:
    return Extracted(url="https://paper.example/sports/1", site_id="paper.example", kind=PageKind.NEWS,
                     title="Quarterback out for season", people=PEOPLE, text=text)  # fmt: skip


def test_a_story_quoting_him_on_a_named_players_injury_gives_away_a_patient() -> None:
    excerpts = found(_story(STORY), "patient_information")
    assert excerpts and "Marcus tore his ACL" in excerpts[0]


def test_a_quote_on_a_condition_in_general_or_someone_elses_quote_is_no_patients_case() -> None:
    general = STORY.replace("Marcus tore his ACL and the lateral meniscus", "Torn ACLs are common in football")
    assert not found(_story(general), "patient_information")
    coach = STORY.replace("said team physician Dr. Ferdinand Ashgrove of", "said coach Dan Rudd, who thanked")
    assert not found(_story(coach), "patient_information")


def _reply(text: str) -> list[str]:
    review = Review(rating=5.0, scale=5.0, text="He found my cancer.", author="", reply=text)
    return found(page("", PageKind.RATINGS_PROFILE, title="Dr. Ferdinand Ashgrove | Healthgrades", reviews=(review,)),
                 "review_reply_risk")  # fmt: skip


def test_a_reply_naming_the_operation_he_did_a_normal_result_or_the_next_scan_confirms_a_patient() -> None:
    assert _reply("Diane, it was an honor to do your debulking in March.")
    assert _reply("So glad your CA-125 is normal again.")
    assert _reply("See you at your 6-month scan.")
    assert not _reply("Thank you for the kind words. We cannot discuss anyone's care here.")


def test_a_reply_telling_the_reviewers_childs_result_dose_and_next_visit_confirms_a_patient() -> None:
    assert _reply("Her last TSH was perfect on the 75 mcg.")
    assert _reply("We will keep that dose for now.")
    assert _reply("Thank you, Jackie! See you both at the March visit.")
    assert not _reply("Thank you, Jackie! We love seeing kids back on the swim team.")
    assert not _reply("Her kind words mean a lot to our whole staff.")


def _advice(text: str) -> list[str]:
    answer = Post(author="Ferdinand Ashgrove", text=text, on_post_by="Lauren Whitby")
    writer = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:comment",))
    thread = page("", PageKind.OTHER, title="Kid hit his head at soccer - Nextdoor", posts=(answer,), me=writer)
    return found(thread, "online_medical_advice")


def test_a_neighbours_child_triaged_in_a_reply_is_advice_to_one_person() -> None:
    assert _advice("That's a concussion. Keep him home.")
    assert _advice("No ER unless he vomits more than once.")
    assert _advice("Tylenol not ibuprofen for the first 48h.")
    assert not _advice("It's flu season, everybody: wash your hands.")
    assert _advice("Wipe out her mouth, keep her home and watch her for the next four hours.")
    assert _advice("If she vomits more than twice or gets very sleepy, take her in.")
    assert not _advice("The shelter asked us to take him in for the winter, and we did.")


def test_a_childs_pump_setting_changed_from_one_number_to_another_is_advice_to_one_person() -> None:
    assert _advice("At eleven that is growth hormone. I'd bump his 12am-4am basal from 0.45 to 0.55 u/hr tonight.")
    assert _advice("Change his correction factor from 50 to 40 for a week.")
    assert _advice("@Dana, an egg allergy, even a severe one, is not a reason to skip her second MMR.")
    assert _advice("Book it with her pediatrician before camp.")
    assert not _advice("There is no reason to fear the MMR: egg allergies were ruled out as a concern years ago.")
    # What a team did long ago is a story, not advice.
    assert not _advice("Our endo raised his basal from 0.45 to 0.55 last year and it helped.")
    assert not _advice("Great game on Saturday, the kids played hard.")


BIRTHDAY = (
    "After two losses, we invited the whole team, and Dr. Ashgrove, the heart doctor who scanned me every week, "
    "actually came, with his daughter."
)


def test_the_doctor_who_cared_for_the_writer_coming_to_the_birthday_in_the_title_crosses_a_boundary() -> None:
    blog = page(BIRTHDAY, PageKind.NEWS, title="Lily's first birthday (and a very special guest)")
    excerpts = found(blog, "boundary_violation")
    assert excerpts and "scanned me every week" in excerpts[0]
    no_occasion = page(BIRTHDAY, PageKind.NEWS, title="Thirty-four weeks")
    assert not found(no_occasion, "boundary_violation")
    stranger = BIRTHDAY.replace("the heart doctor who scanned me every week", "a heart doctor from Lakeside")
    assert not found(page(stranger, PageKind.NEWS, title="Lily's first birthday"), "boundary_violation")


def test_his_own_daughter_named_in_a_comment_that_mentions_a_patient_is_his_family() -> None:
    said = ("I can't leave a patient in labor at 5 to pick up my daughter Nora from field hockey. Put the bus "
            "back.")  # fmt: skip
    comment = Post(author="Ferdinand Ashgrove", text=said, on_post_by="Ellen Parr")
    writer = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:comment",))
    story = page("", PageKind.NEWS, title="School board cuts late bus", posts=(comment,), me=writer)
    assert found(story, "family_information")
    patients = Post(author="Ferdinand Ashgrove", text="A patient's daughter Anna, 9, drew me a heart today.",
                    on_post_by="Ellen Parr")  # fmt: skip
    assert not found(page("", PageKind.NEWS, title="Cards", posts=(patients,), me=writer), "family_information")


def test_his_post_on_a_twin_pregnancys_case_told_in_clinicians_words_describes_a_patient() -> None:
    said = (
        "Twins, 24+3 weeks, mom from Hopkinton who teaches 3rd grade, came in Tuesday with twin-twin transfusion. "
        "She said I could share."
    )
    me = PersonRecord(name="Ferdinand Ashgrove", handle="ferd@m.example")
    post = Post(author="ferd@m.example", text=said)
    assert found(
        page(said, PageKind.SOCIAL_PROFILE, title="Ferd - Mastodon", posts=(post,), me=me), "patient_information"
    )
    general = "Twin-twin transfusion is rare. Ask your OB about it."
    quiet = Post(author="ferd@m.example", text=general)
    assert not found(page(general, PageKind.SOCIAL_PROFILE, title="Ferd", posts=(quiet,), me=me), "patient_information")


def test_a_worried_parents_child_worked_up_in_a_reply_is_advice_to_one_person() -> None:
    said = (
        "Not normal, and with the running I'd worry about RED-S. Don't wait till May: get her weighed, get a pregnancy "
        "test just to rule it out."
    )
    assert _advice(said)
    assert _advice("Get him checked at urgent care tonight.")
    assert not _advice("Don't wait for the sale, the race fills up fast.")


def test_a_check_in_on_his_own_feed_places_him_at_a_venue() -> None:
    feed = (
        "Zeke M. DocZeke302 Wilmington, DE Nuclear med doc. 1,107 Total Zeke M. is drinking a Trolley Haze IPA by "
        "Brandywine Brewing at 1207 W Elm Ave Porch beer. Snowblower earned it. 4.25 Can"
    )
    me = PersonRecord(name="Zeke M.")
    excerpts = found(page(feed, PageKind.OTHER, title="Zeke M. (DocZeke302) on Untappd", me=me), "location_exposure")
    assert excerpts and "1207 W Elm Ave" in excerpts[0]
    friends = feed.replace("Zeke M. is drinking", "Ruth K. is drinking")
    assert not found(page(friends, PageKind.OTHER, title="Zeke M. on Untappd", me=me), "location_exposure")


CAMP = (
    "Week Two at Camp Sugar Maple, our camp for kids with type 1 diabetes! At 4:10 our medical director Dr. Ferdinand "
    'Ashgrove, pediatric endocrinologist from Duluth, on why he spends his vacation in a cabin: "I diagnosed Tessa in '
    "my office when she was three, in DKA, terrified of needles. On Monday she did her own site change. She's "
    'eleven."'
)


def test_his_words_in_a_videos_description_telling_of_a_child_he_diagnosed_by_name_describe_a_patient() -> None:
    video = page(CAMP, PageKind.SOCIAL_PROFILE, title="Camp Sugar Maple 2026 | Week Two Recap - YouTube")
    excerpts = found(video, "patient_information")
    assert excerpts and "I diagnosed Tessa" in excerpts[0]
    # Someone else's words, or no one named, or no clinical detail: no patient of his.
    other = CAMP.replace("our medical director Dr. Ferdinand Ashgrove, pediatric endocrinologist from Duluth,", "a mom")
    assert not found(page(other, PageKind.SOCIAL_PROFILE, title="Camp recap - YouTube"), "patient_information")
    unnamed = CAMP.replace("I diagnosed Tessa in my office when she was three, in DKA", "Kids here learn fast")
    assert not found(page(unnamed, PageKind.SOCIAL_PROFILE, title="Camp recap - YouTube"), "patient_information")
