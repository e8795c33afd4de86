"""Where a page's words are read and whose they are: a double or particled surname written in a news
sentence, and the byline of an op-ed written only in its text.

Each rule is tried on a page written here, beside the look-alike a careful reviewer would not flag.
"""

from __future__ import annotations

import pytest

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord, Post

DOUBLE = make_subject("Dr. Ines Aldana-Varga")
ALDANA = PersonRecord(name="Ines Aldana-Varga", credentials=("MD",))


def _found(subject_name: str, me: PersonRecord, page: Extracted) -> set[str]:
    subject = make_subject(subject_name)
    matched = Match(page, MatchResult(1.0, Decision.LIKELY, (), me, 0))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


def _story(text: str) -> Extracted:
    return Extracted(url="https://tv.example/news/1", site_id="tv.example", kind=PageKind.NEWS,
                     title="Local doctor in the news", people=(ALDANA,), text=text)  # fmt: skip


def test_a_board_action_in_a_story_naming_a_double_surname_is_found() -> None:
    text = "The state medical board fined Dr. Ines Aldana-Varga and ordered extra training."
    assert "disciplinary_action" in _found("Dr. Ines Aldana-Varga", ALDANA, _story(text))


def test_one_half_of_the_double_surname_is_the_subject_not_another_doctor() -> None:
    text = "Dr. Aldana, as colleagues call Dr. Ines Aldana-Varga, was publicly reprimanded by the board."
    assert "disciplinary_action" in _found("Dr. Ines Aldana-Varga", ALDANA, _story(text))


def test_a_story_about_another_doctor_sharing_one_half_is_not_the_subjects_action() -> None:
    text = "The state medical board fined Dr. Marco Varga and ordered extra training. Ines Aldana-Varga testified."
    assert "disciplinary_action" not in _found("Dr. Ines Aldana-Varga", ALDANA, _story(text))


def test_a_particled_surname_is_named_by_its_words_in_a_row() -> None:
    me = PersonRecord(name="Luz de la Pena", credentials=("MD",))
    page = Extracted(url="https://tv.example/news/2", site_id="tv.example", kind=PageKind.NEWS, title="Story",
                     people=(me,), text="Luz de la Pena was placed on probation by the medical board.")  # fmt: skip
    assert "disciplinary_action" in _found("Dr. Luz de la Pena", me, page)
    words_apart = "Luz Pena was placed on probation. The de la Rosa family thanked the board."
    other = Extracted(url="https://tv.example/news/3", site_id="tv.example", kind=PageKind.NEWS, title="Story",
                      people=(me,), text=words_apart)  # fmt: skip
    assert "disciplinary_action" not in _found("Dr. Luz de la Pena", me, other)


def _lead(headline: str, text: str, named: tuple[PersonRecord, ...] = ()) -> set[str]:
    me = PersonRecord(name="Ines Aldana-Varga", read_from=("name:text",))
    page = Extracted(url="https://paper.example/news/4", site_id="paper.example", kind=PageKind.NEWS, title=headline,
                     people=(me, *named), text=f"{headline} {text}")  # fmt: skip
    return _found("Dr. Ines Aldana-Varga", me, page)


def test_a_storys_unnamed_doctor_in_its_headline_and_lead_is_the_one_doctor_it_names() -> None:
    """News writes the action first and the name a paragraph later: "A Bozeman plastic surgeon will practice under
    probation ... Dr. Jane Roe, who practiced in Boise, gave up the Idaho license"."""
    story = ("A Reno plastic surgeon will practice under two years of probation, the board said this week."
             " Dr. Ines Aldana-Varga, who practiced in Boise until 2019, gave up her Idaho licence.")  # fmt: skip
    assert "disciplinary_action" in _lead("Reno surgeon on probation after giving up Idaho license", story)
    # A story naming another doctor too: whose probation it was is not said of the subject.
    two = story + " Dr. Marco Lindqvist, her former partner, declined to comment."
    assert "disciplinary_action" not in _lead("Reno surgeon on probation", two)
    other = PersonRecord(name="Paul Lindqvist", read_from=("name:text",))
    named = story + " Paul Lindqvist, a Reno surgeon, was named in the complaint."
    assert "disciplinary_action" not in _lead("Reno surgeon on probation", named, (other,))
    # A lead opening on someone else's role is no doctor of the story's.
    nurse = ("A Reno nurse was placed on probation, the board said. Dr. Ines Aldana-Varga spoke at the hearing"
             " as a witness.")  # fmt: skip
    assert "disciplinary_action" not in _lead("Reno nurse disciplined", nurse)


# --- an op-ed's byline written only in its text makes it the subject's own words ---------------------------

PEGGY = PersonRecord(name="Peggy Quillfeather", credentials=("MD",))
FACULTY = Extracted(
    url="https://meeting.example/faculty", site_id="meeting.example", kind=PageKind.OTHER, title="Faculty",
    people=(PEGGY,),
    text="Peggy Quillfeather, MD. Dr. Quillfeather runs a clinic. Disclosures: Speakers' bureau: Zentrifel Pharma.",
)  # fmt: skip


def _op_ed(text: str) -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:text",))
    page = Extracted(url="https://paper.example/opinion/1", site_id="paper.example", kind=PageKind.NEWS,
                     title="Commentary: patients deserve better drugs", people=(me,), text=text)  # fmt: skip
    subject = make_subject("Dr. Peggy Quillfeather")
    found = [Match(FACULTY, MatchResult(1.0, Decision.CONFIRMED, (), PEGGY, 0)),
             Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))]  # fmt: skip
    return {c for f in assess(Identity(subject, ()), found, {}) if f.url == page.url for c in f.all_categories}


def test_an_op_ed_bylined_in_its_text_that_promotes_a_payer_is_an_undisclosed_conflict() -> None:
    text = "By Peggy Quillfeather · May 4, 2025. In my practice Zentrifel's new injection changed lives."
    assert "undisclosed_conflict" in _op_ed(text)


def test_a_story_she_only_took_the_photo_for_is_not_her_own_words() -> None:
    text = "Photo by Peggy Quillfeather. In my practice, a nurse said, Zentrifel's new injection changed lives."
    assert "undisclosed_conflict" not in _op_ed(text)


def test_a_byline_of_someone_whose_name_only_starts_the_same_is_not_hers() -> None:
    text = "By Peggy Quillfeatherstone · May 4, 2025. In my practice Zentrifel's new injection changed lives."
    assert "undisclosed_conflict" not in _op_ed(text)


# --- a life story's street: sentences end after a closing quote; a specialty in prose is no directory -----

ROSE = PersonRecord(name="Maren Tollefsrud", specialties=("neurology",), read_from=("name:card",))


def _notes(text: str, me: PersonRecord = ROSE) -> set[str]:
    page = Extracted(url="https://alumni.example/class-notes", site_id="alumni.example", kind=PageKind.OTHER,
                     title="Class Notes, Fall 2025", people=(me,), text=text)  # fmt: skip
    return _found("Dr. Maren Tollefsrud", me, page)


def test_a_class_note_giving_her_house_after_a_quoted_sentence_is_a_home_address() -> None:
    text = (
        'Ole Haugen retired from family practice and says he is "fishing badly and loving it." '
        "1987 Maren Tollefsrud writes that she and Per finally moved into the old cottage at 2410 Harbor Crest Ave. "
        "Maren is cutting back to two clinic days at Lakeside Neurology."
    )
    assert "home_address" in _notes(text)


def test_a_directory_entry_with_a_credential_keeps_its_street_the_practices() -> None:
    me = PersonRecord(name="Maren Tollefsrud", credentials=("MD",), specialties=("neurology",))
    text = "Maren Tollefsrud, MD sees patients at 2410 Harbor Crest Ave. She moved to the area in 2001."
    assert "home_address" not in _notes(text, me)


def test_a_street_in_a_story_sentence_about_her_work_not_her_house_is_not_a_home() -> None:
    text = "Maren Tollefsrud will give a talk at 2410 Harbor Crest Ave on migraine this fall."
    assert "home_address" not in _notes(text)


# --- a case the subject presents in a talk or video: the description is theirs to have shared -------------


def _talk(text: str, kind: PageKind = PageKind.OTHER) -> set[str]:
    me = PersonRecord(name="Maren Tollefsrud", specialties=("pulmonary",), read_from=("name:meta description",))
    page = Extracted(url="https://video.example/watch?v=1", site_id="video.example", kind=kind,
                     title="Grand Rounds – Dr. Maren Tollefsrud", people=(me,), text=text)  # fmt: skip
    return _found("Dr. Maren Tollefsrud", me, page)


def test_a_case_she_presents_with_the_patients_age_and_admission_is_patient_information() -> None:
    text = (
        "Medicine grand rounds. Dr. Maren Tollefsrud (Pulmonary) presents a case of lung injury: a 31-year-old "
        "bartender admitted to our ICU on New Year's Eve, intubated for nine days."
    )
    assert "patient_information" in _talk(text)


def test_a_talk_on_a_topic_with_no_one_patient_is_not_patient_information() -> None:
    text = "Medicine grand rounds. Dr. Maren Tollefsrud presents the evidence on vaping and lung injury in adults."
    assert "patient_information" not in _talk(text)


def test_a_case_presented_by_someone_else_on_a_page_naming_her_is_not_hers() -> None:
    text = (
        "Dr. Ola Nordmann presents a case of lung injury: a 31-year-old bartender admitted to our ICU, intubated "
        "for nine days. Moderated by Maren Tollefsrud."
    )
    assert "patient_information" not in _talk(text)


# --- a post saying the home stands empty tells where the household is not -------------------------------


def _own_post(text: str) -> set[str]:
    me = PersonRecord(name="Maren Tollefsrud", handle="marent")
    post = Post(author="marent", text=text, url="https://social.example/p/9", audience="public")
    page = Extracted(url="https://social.example/marent", site_id="social.example", kind=PageKind.SOCIAL_PROFILE,
                     people=(me,), posts=(post,))  # fmt: skip
    return _found("Dr. Maren Tollefsrud", me, page)


def test_a_post_saying_the_house_is_empty_till_a_day_is_a_location_exposure() -> None:
    assert "location_exposure" in _own_post(
        "Wheels up for the meeting! House is empty till Wednesday, pray for the fish"
    )
    assert "location_exposure" in _own_post("We're out of town until Sunday, so the porch packages can wait.")


def test_a_post_about_the_clinic_being_closed_or_an_empty_waiting_room_is_not() -> None:
    assert "location_exposure" not in _own_post("Our clinic is closed until Monday for the holiday.")
    assert "location_exposure" not in _own_post("The waiting room was empty today. Get your flu shot!")


@pytest.mark.parametrize(
    "text",
    [
        "New habit: Mon/Wed 6am at Northgate Climbing, then coffee before rounds.",
        "Every Saturday 7:30am at Riverside Park with the dog, come say hi",
    ],
)
def test_a_post_giving_her_weekly_hour_and_place_is_a_location_exposure(text: str) -> None:
    assert "location_exposure" in _own_post(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinic hours Mon/Wed 8am at Lakeside Family Clinic.",
        "Journal club Tuesdays 7am at the Medical Conference Center.",
        "Big game Tuesday at 7pm at Target Field!",  # once, not a routine
    ],
)
def test_clinic_hours_a_meeting_or_a_one_off_is_no_routine(text: str) -> None:
    assert "location_exposure" not in _own_post(text)


def test_her_handle_in_its_default_form_on_a_network_of_domain_handles_is_hers() -> None:
    from footprint.sites import by_id

    subject = make_subject("Dr. Maren Tollefsrud", handles=["marent"])
    me = PersonRecord(name="Maren Tollefsrud", handle="marent.bsky.social")
    post = Post(author="marent.bsky.social", text="House is empty till Sunday, the cat sitter has keys",
                url="https://bsky.app/profile/marent.bsky.social/post/1", audience="public")  # fmt: skip
    page = Extracted(url=post.url, site_id="bluesky", kind=PageKind.SOCIAL_PROFILE, people=(me,), posts=(post,))
    matched = Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))
    found = {c for f in assess(Identity(subject, ()), [matched], by_id()) for c in f.all_categories}
    assert "location_exposure" in found


# --- a listing under the name the subject went by before is a stale duplicate --------------------------------


def _listing(title: str, listed: str) -> set[str]:
    subject = make_subject("Dr. Maren Tollefsrud", also_known_as=["Maren Haugland"])
    me = PersonRecord(name=listed, credentials=("MD",), specialties=("neurology",))
    page = Extracted(url="https://ratings.example/doctors/1", site_id="ratings.example", kind=PageKind.RATINGS_PROFILE,
                     title=title, people=(me,))  # fmt: skip
    matched = Match(page, MatchResult(1.0, Decision.CONFIRMED, (), me, 0))
    return {c for f in assess(Identity(subject, ()), [matched], {}) for c in f.all_categories}


def test_a_ratings_profile_under_her_maiden_name_is_a_duplicate_or_unclaimed_profile() -> None:
    assert "duplicate_or_unclaimed_profile" in _listing("Dr. Maren Haugland, Neurology, Fargo ND", "Maren Haugland")


@pytest.mark.parametrize("listed", ["Maren Tollefsrud Haugland", "Maren Haugland-Tollefsrud"])
def test_a_page_under_both_her_names_is_her_current_name_no_duplicate(listed: str) -> None:
    assert "duplicate_or_unclaimed_profile" not in _listing(f"{listed}: books, biography", listed)


def test_her_current_profile_is_no_duplicate() -> None:
    title = "Dr. Maren Tollefsrud, Neurology, Fargo ND"
    assert "duplicate_or_unclaimed_profile" not in _listing(title, "Maren Tollefsrud")


# --- a letter to the editor the subject signed is their public comment -------------------------------------


def _paper(title: str, text: str, url: str = "https://paper.example/opinion/1") -> set[str]:
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:author",))
    page = Extracted(url=url, site_id="paper.example", kind=PageKind.NEWS, title=title, people=(me,), text=text)
    return _found("Dr. Peggy Quillfeather", me, page)


def test_a_letter_to_the_editor_she_signed_is_a_personal_comment() -> None:
    text = "By Peggy Quillfeather. I have never seen a school board treat taxpayers with such contempt. Vote them out."
    assert "personal_comment" in _paper("LETTER: School board owes taxpayers an answer", text)
    assert "personal_comment" in _paper("Board owes us an answer", text, "https://paper.example/opinion/letters/77")


def test_a_news_story_quoting_her_or_a_letter_someone_else_signed_is_not_hers() -> None:
    quoted = "By Tom Reporter. Peggy Quillfeather told the board it showed contempt for taxpayers."
    assert "personal_comment" not in _paper("School board hears from doctors", quoted)
    other = "By Tom Reader. Dr. Peggy Quillfeather is wrong about the levy. Vote yes."
    me = PersonRecord(name="Peggy Quillfeather", read_from=("name:text",))
    page = Extracted(url="https://paper.example/letters/9", site_id="paper.example", kind=PageKind.NEWS,
                     title="LETTER: Levy deserves a yes", people=(me,), text=other)  # fmt: skip
    assert "personal_comment" not in _found("Dr. Peggy Quillfeather", me, page)
