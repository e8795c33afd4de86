"""Exposures as pages nobody here wrote put them: a letter signed on its own line with no dash, a brewery's video of the
doctor playing with a pint on the amp, the corner house a neighbour's blog says is theirs, "his own cell" a patient's
mother prints, a school's "Dr. Roe, Ava and Eli's dad", a child named in full in "(Ines Halvorsrud's mom)", a forum
answer pressing for an MRI, a reader's comment on a named night's operation, "my lupus patient from Kotzebue", and a
comment whose author the story's text names without the married name."""

from __future__ import annotations

from footprint.models import Extracted, PageKind, PersonRecord, Post
from tests.assess._ferd import found, page

LETTER = (
    "Every week in my clinic I see a 13-year-old who vapes. Enforce the law you passed. Children's lungs are not a "
    "business model. F.J. Ashgrove, M.D., Duluth The writer is a pediatric lung specialist."
)
SIGNER = PersonRecord(name="F.J. Ashgrove", credentials=("MD",))


def _letter(text: str, title: str = "Letter: Vapes are in the middle schools | Duluth Times") -> list[str]:
    return found(page(text, PageKind.NEWS, title=title, me=SIGNER), "personal_comment")


def test_a_letter_signed_on_its_own_line_without_a_dash_is_his_public_opinion() -> None:
    excerpts = _letter(LETTER)
    assert excerpts and "Enforce the law you passed" in excerpts[0]
    # The same words in a story that is no letter: a news story quoting him is not his comment.
    assert not _letter(LETTER, title="Vaping rises in middle schools | Duluth Times")
    # A letter signed by someone else, naming him: not his.
    other = LETTER.replace("F.J. Ashgrove, M.D., Duluth", "Pat Quinlan, Duluth. Dr. F.J. Ashgrove, who")
    assert not _letter(other)


def _video(description: str, author: str = "LakesideBrewing") -> Extracted:
    me = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:text",))
    post = Post(author=author, text=description, url="https://www.youtube.com/watch?v=abc", video=True)
    return page(description, PageKind.SOCIAL_PROFILE, title="Open Mic Night - YouTube", me=me, posts=(post,))


def test_someone_elses_video_of_him_with_a_pint_shows_drinking_and_is_a_picture_of_him() -> None:
    night = "Thursday open mic. Dr. Ferdinand Ashgrove on guitar, a pint of our Hazy IPA on his amp the whole set."
    assert found(_video(night), "substance_imagery")
    assert found(_video(night), "tagged_photo")
    # A video of him at work, or one that never names him, is no picture of him off duty.
    work = "Meet Dr. Ferdinand Ashgrove, who explains how we treat asthma at Lakeside Clinic."
    assert not found(_video(work), "tagged_photo")
    assert not found(_video("Thursday open mic: a pint of our Hazy IPA on the amp."), "substance_imagery")
    # A talk on drinking is his work, not a picture of him drinking.
    talk = "Keynote: Dr. Ferdinand Ashgrove on wine and the heart, with a glass as a prop."
    assert not found(_video(talk), "substance_imagery")
    # His own channel's video is his own post, not someone else's picture of him.
    assert not found(_video(night, author="Ferdinand Ashgrove"), "tagged_photo")


CORNER = (
    "Our May porch walk went up Fessenden Street, from our own lilacs to the yellow house on the corner of 44th. "
    "That yellow house belongs to Ferd Ashgrove and Marcus Oyelaran, and the tulips are all his doing."
)
FERD = PersonRecord(name="Ferd Ashgrove")


def _street_blog(text: str) -> list[str]:
    return found(page(text, PageKind.NEWS, title="The tulip walk: Fessenden Street", me=FERD), "home_address")


def test_the_corner_house_a_neighbours_blog_says_is_his_is_his_home_address() -> None:
    excerpts = _street_blog(CORNER)
    assert excerpts and "belongs to Ferd Ashgrove" in excerpts[0]
    # A corner house that is someone else's, or his practice's corner, is not his home.
    assert not _street_blog(CORNER.replace("Ferd Ashgrove and Marcus Oyelaran", "the Hendersons"))
    assert not _street_blog(CORNER.replace("belongs to", "was painted by"))
    assert not _street_blog(
        CORNER.replace("belongs to Ferd Ashgrove and Marcus Oyelaran", "belongs to Dr. Ashgrove's patient")
    )


BLOG = (
    "Dr. Ferd from Lakeside Lung Center brought his twins to the walk. Honestly? Dr. Ferd gave us his own cell the day "
    "she was diagnosed and said to put it on the fridge: 218-555-0178. He has answered it on a Sunday morning."
)


def _family_blog(text: str) -> list[str]:
    return found(page(text, PageKind.NEWS, title="Great Strides", me=PersonRecord(name="Dr. Ferd")), "personal_phone")


def test_his_own_cell_a_patients_family_prints_is_his_personal_phone() -> None:
    excerpts = _family_blog(BLOG)
    assert excerpts and "218-555-0178" in excerpts[0]
    # The clinic's number, or a number no one calls his own, is not his personal phone.
    assert not _family_blog(BLOG.replace("gave us his own cell", "gave us the clinic's line"))
    two = BLOG.replace("fridge: 218-555-0178", "fridge: 218-555-0178 or 218-555-0199")
    assert not _family_blog(two)  # which of two numbers is his own is left unsaid


def _school(text: str, me: PersonRecord) -> list[str]:
    return found(page(text, title="Spring Science Night | Fan Montessori", me=me), "family_information")


def test_a_schools_thanks_naming_whose_parent_he_is_names_his_children() -> None:
    nate = PersonRecord(name="Ferdinand Ashgrove")
    after_comma = "A special thank-you to Dr. Ferdinand Ashgrove, Ava and Eli's dad in Ms. Bell's 2nd grade."
    assert found(page(after_comma, title="Spring Science Night | Fan Montessori", me=nate), "family_information")
    in_brackets = "Thank you to Dr. Ferdinand Ashgrove (Ines Halvorsrud's dad, Ms. Pruitt's 4th grade) for the fair."
    assert _school(in_brackets, nate)
    # Someone else's children named after someone else's name.
    other = "Thank you to Dr. Ferdinand Ashgrove and to Pat Quinlan, Ava and Eli's dad, for the fair."
    assert not _school(other, nate)


def _answer(text: str) -> list[str]:
    answer = Post(author="ferd_a", text=text, on_post_by="tessa_in_tulsa")
    writer = PersonRecord(name="Ferdinand Ashgrove", handle="ferd_a", read_from=("name:post author",))
    thread = page("", PageKind.OTHER, title="7mm herniation, second opinion? - Chiari Connect", posts=(answer,),
                  me=writer)  # fmt: skip
    return found(thread, "online_medical_advice")


def test_a_surgeon_pressing_a_stranger_for_a_scan_or_offering_to_read_her_films_is_advice() -> None:
    assert _answer("Tessa, ask for a cine flow MRI and a cervical spine MRI.")
    assert _answer("With those symptoms you are a decompression candidate.")
    assert _answer("Happy to look at your images if you send them to my office.")
    assert not _answer("Chiari is more common than people think; our center's page explains it.")


def _comment(text: str, author: str = "Ferdinand Ashgrove", me: PersonRecord | None = None) -> list[str]:
    post = Post(author=author, text=text, on_post_by="Alana Whitcomb")
    writer = me or PersonRecord(name=author, read_from=("name:comment",))
    story = page(f"Reader comments {author} {text}", PageKind.NEWS, title="E-scooter head injuries climb",
                 posts=(post,), me=writer)  # fmt: skip
    return found(story, "patient_information")


def test_a_comment_on_the_night_he_operated_on_a_young_rider_describes_a_patient() -> None:
    night = "Saturday night I operated on a 19-year-old sophomore who hit the curb. Subdural; his parents drove down."
    assert _comment(night)
    assert not _comment("Most riders we see were not wearing helmets. Wear the helmet.")


def test_one_patient_by_her_condition_and_her_town_is_a_patients_case() -> None:
    lupus = "My lupus patient from Kotzebue already missed two infusions. She will end up on dialysis."
    assert _comment(lupus)
    assert not _comment("My lupus patients fly in from all over the state; flights matter.")


def test_his_comment_is_his_where_the_story_names_him_without_his_married_name() -> None:
    lupus = "My lupus patient from Kotzebue already missed two infusions. She will end up on dialysis."
    shorter = PersonRecord(name="Ferdinand Ashgrove", read_from=("name:text",))
    assert _comment(lupus, author="Ferdinand Ashgrove Halvorsrud", me=shorter)
    assert not _comment(lupus, author="Ferdinand Quinlan", me=shorter)


POTLUCK = (
    "Four days without power on our end of Sequoyah Drive. The chili was Ferd Ashgrove's, from the brick house at the "
    "top of the hill (yes, Dr. Ashgrove the colon surgeon). Her husband Graham ran an extension cord to the Nguyens'."
)


def test_his_house_at_the_top_of_the_hill_on_a_streets_blog_is_his_home_address() -> None:
    excerpts = found(page(POTLUCK, PageKind.NEWS, title="Ice storm potluck on Sequoyah", me=FERD), "home_address")
    assert excerpts and "top of the hill" in excerpts[0]
    # Another neighbour's house, named between him and the house, is not his.
    theirs = POTLUCK.replace("Ferd Ashgrove's, from", "Ferd Ashgrove's, and the pie came from Linda Petrakis in")
    assert not found(page(theirs, PageKind.NEWS, title="Ice storm potluck on Sequoyah", me=FERD), "home_address")
    patient = POTLUCK.replace("Ferd Ashgrove's, from", "Ferd Ashgrove's patient, from")
    assert not found(page(patient, PageKind.NEWS, title="Ice storm potluck on Sequoyah", me=FERD), "home_address")


def test_her_husband_named_in_the_sentence_after_one_about_the_subject_is_family() -> None:
    excerpts = found(page(POTLUCK, PageKind.NEWS, title="Ice storm potluck on Sequoyah", me=FERD), "family_information")
    assert excerpts and "Her husband Graham" in excerpts[0]
    # After a sentence whose last person named is a neighbour, "her husband" is the neighbour's.
    neighbour = POTLUCK.replace("(yes, Dr. Ashgrove the colon surgeon)", "and the pie was Linda Petrakis's")
    assert not found(page(neighbour, PageKind.NEWS, title="Ice storm potluck", me=FERD), "family_information")
