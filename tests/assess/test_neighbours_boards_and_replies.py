"""Exposures on matched pages worded the way neighbourhood boards, licence lookups, state boards' order lists,
review sites and patient forums word them.

An address written with accents ("Ave Ponce de León") is one address, and its suite number is no house
number. A licence lookup that sends the reader elsewhere for actions ("Enforcement actions: see the
Department of Health") shows none; a government page listing this year's consent orders by name shows one.
A reply to a review confirms care when it names the reviewer's imaging or treated part, when it is headed
"Response from Dr. ...", or when it confirms care in Spanish. Advice includes when to stop a blood thinner
around a procedure and reading someone's lab value for them. A neighbour who names the subject and says which
house is hers exposes where she lives; a neighbour's own words on a thread are not the subject's promotion. A
gallery caption's "with son Rohan, 9" names her family; on a page of letters, the one she signed is hers.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from footprint.assess import assess
from footprint.extract.entities import addresses_in
from footprint.models import (
    Decision,
    Extracted,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
    Post,
    Review,
)
from tests.assess._marta import excerpts, marta, read_page

MARTA = marta()
SHE = PersonRecord("Dr. Marta L. Quellweg", credentials=("MD",), read_from=("name:h1",))


def _found(page: Extracted, chosen: PersonRecord | None = SHE) -> dict[str, set[str]]:
    """category -> excerpts, the page matched (confirmed) with ``chosen`` as the person."""
    index = page.people.index(chosen) if chosen in page.people else None
    return excerpts(MARTA, page, MatchResult(0.95, Decision.CONFIRMED, ("test",), chosen, index))


# --- addresses in running text ------------------------------------------------------------------------------


def test_an_address_with_accented_words_is_read_whole_and_its_suite_number_is_no_house_number() -> None:
    found = addresses_in("Location 1451 Ave Ponce de León Suite 604\nSan Juan, PR 00909 (787) 555-0153")
    assert [(a.street, a.city, a.state) for a in found] == [("1451 Ave Ponce de León Suite 604", "San Juan", "PR")]
    # What follows a suite number, read alone, is the rest of an address, not a "604 San" in the city of "Juan".
    assert addresses_in("Suite 604 · San Juan, PR 00909") == ()
    assert addresses_in("Unit #12 Kailua, HI 96734") == ()
    # A Hawaiian street's okina and macron are letters of its name.
    hawaii = addresses_in("Office: 1525 Kalākaua Ave Ste 300, Honolulu, HI 96826")
    assert [(a.street, a.city) for a in hawaii] == [("1525 Kalākaua Ave Ste 300", "Honolulu")]


# --- board records ----------------------------------------------------------------------------------------------


def _record(url: str, kind: PageKind, text: str, title: str = "") -> Extracted:
    person = PersonRecord("Marta L. Quellweg", credentials=("MD",), read_from=("name:text",))
    return Extracted(url, "board.example", kind, title=title, people=(person,), text=text)


def test_a_licence_lookup_that_sends_the_reader_elsewhere_for_actions_shows_no_action() -> None:
    text = (
        "QUELLWEG MARTA L Profession Medicine License No. 301122 Status Registered Address DAYTON OH "
        "Disciplinary Actions Enforcement actions: see the Department of Health, Office of Professional Medical "
        "Conduct. Malpractice and Criminal Information None reported."
    )
    page = _record("https://verify.example.gov/search?licenseNumber=301122", PageKind.OFFICIAL_RECORD, text)
    assert "disciplinary_action" not in _found(page, page.people[0])
    # A lookup that does show an order still does.
    shown = text.replace("Enforcement actions: see the Department of Health,", "Consent order 2024-118;")
    page = _record("https://verify.example.gov/search?licenseNumber=301122", PageKind.OFFICIAL_RECORD, shown)
    assert "disciplinary_action" in _found(page, page.people[0])


def test_a_government_page_listing_orders_by_name_is_a_board_action_of_the_one_it_names() -> None:
    title = "Professional Medical Conduct Actions – 2025 | State Board for Professional Medical Conduct"
    text = (
        "The following order was issued by the Board for Professional Medical Conduct. Consent Orders "
        "Marta L. Quellweg, M.D., Lic. No. 301122, Dayton. Failure to maintain records. Censure and reprimand."
    )
    page = _record("https://health.example.gov/professionals/conduct/2025/quellweg.htm", PageKind.OTHER, text, title)
    found = _found(page, page.people[0])
    assert any("Quellweg" in e for e in found["disciplinary_action"])
    # The same list on a government site naming another doctor is not hers.
    other = text.replace("Marta L. Quellweg", "Dr. Peter Lindgren")
    page = _record("https://health.example.gov/professionals/conduct/2025/lindgren.htm", PageKind.OTHER, other, title)
    assert "disciplinary_action" not in _found(page, page.people[0])
    # A page of a site that is no government's is read as before: no record, no board action.
    page = _record("https://gossip.example.com/2025/quellweg.htm", PageKind.OTHER, text, title)
    assert "disciplinary_action" not in _found(page, page.people[0])


# --- replies to reviews -----------------------------------------------------------------------------------------


def _reviews(*replies: str) -> Extracted:
    reviews = tuple(Review(2.0, 5.0, "Felt rushed at follow-up.", "2025-09-14", "Jalen B.", r) for r in replies)
    return Extracted(
        "https://ratings.example/dr/marta-quellweg",
        "ratings.example",
        PageKind.RATINGS_PROFILE,
        title="Dr. Marta L. Quellweg, MD",
        people=(SHE,),
        reviews=reviews,
        text="Dr. Marta L. Quellweg, MD Pediatrics",
    )


def test_a_reply_naming_the_reviewers_imaging_or_treated_part_confirms_they_were_a_patient() -> None:
    tendon = "Jalen, so sorry about PT. Your patellar tendon looked much better on the ultrasound last week."
    assert "review_reply_risk" in _found(_reviews(tendon))
    assert "review_reply_risk" in _found(_reviews("Glad your wrist incision healed so cleanly."))
    assert "review_reply_risk" not in _found(_reviews("Thank you for the feedback. Please call our office manager."))


def test_a_reply_telling_the_reviewer_a_result_a_sent_prescription_or_what_was_done_to_them_discloses_care() -> None:
    """What only the reviewer's doctor knows, said back to them in public: a test's result ("came back undetectable"),
    the prescription and the pharmacy it went to, what the surgeon did to their body, and their next check."""
    for reply in (
        "Jalen, sorry for the delay. Your PrEP was sent to the Walgreens on Ford Ave that Friday.",
        "Your hep C viral load from the 28th came back undetectable, so no more treatment for now.",
        "The line is separate because the case ran long once we repaired the diastasis and took out the old scar.",
    ):
        found = _found(_reviews(reply))
        assert {"review_reply_risk", "patient_information"} <= set(found), reply
    assert "review_reply_risk" in _found(_reviews("Happy to go over the bill with you at your six-week check."))
    for reply in (
        "Good news though: your 12-week sample came back with zero sperm, so you and Jen are cleared.",
        "With her kidneys already failing and the second bleed on Thursday, CPR would only have broken her ribs.",
    ):
        assert "patient_information" in _found(_reviews(reply)), reply
    for reply in (
        "We removed the late fee from your account. Please call the office manager.",
        "Thank you. Our results come back faster now that the lab is on site.",
    ):
        assert "review_reply_risk" not in _found(_reviews(reply)), reply


def test_a_reply_in_spanish_that_confirms_care_is_a_risk_and_a_privacy_first_one_is_not() -> None:
    confirms = (
        "Señora Rivera, su hijo llegó a mi consulta el 12 de julio con tres días de dolor. Lo operé esa noche y "
        "salió bien."
    )
    assert "review_reply_risk" in _found(_reviews(confirms))
    assert "review_reply_risk" in _found(
        _reviews("Lamento que su cita se retrasara; la tomografía que le ofrecí era necesaria.")
    )
    generic = "Gracias por sus comentarios. Por privacidad no podemos hablar de ningún paciente; llame a la oficina."
    assert "review_reply_risk" not in _found(_reviews(generic))


def test_a_reply_under_response_from_dr_name_is_read_when_the_reviews_are_not_marked_up() -> None:
    body = """<html><head><title>Dr. Marta L. Quellweg - Dayton, OH | Reviews</title></head><body>
    <h1>Dr. Marta L. Quellweg, MD</h1><p>Pediatrics · Dayton, OH</p>
    <section><h2>Reviews</h2><article><h3>Not what I was promised</h3>
    <p>Jul 2, 2026 · K. in Kettering</p><div>Took six weeks to heal. Felt rushed at follow-up.</div>
    <div><p>Response from Dr. Marta L. Quellweg, MD</p><p>Karen, I'm sorry the recovery was hard. As we
    discussed, the eczema you get every winter made you a slower healer.</p></div></article></section>
    </body></html>"""
    page = read_page(body, "https://reviews.example/dr/marta-quellweg-dayton-oh", PageKind.RATINGS_PROFILE)
    found = _found(page, page.person)
    assert any("As we discussed" in e for e in found["review_reply_risk"])


# --- advice in a forum reply ------------------------------------------------------------------------------------

ASKER = PersonRecord("beth_in_kettering", read_from=("record:schema.org", "name:post author"))
QUESTION = "I had a PE in March and I'm on Xarelto. My procedure is Thursday. When do I stop it?"


def _thread(*replies: tuple[str, str]) -> Extracted:
    posts = [Post(ASKER.name, QUESTION)]
    posts += [Post(author, text, on_post_by=ASKER.name) for author, text in replies]
    repliers = tuple(dict.fromkeys(a for a, _ in replies))
    return Extracted(
        "https://forum.example/t/stopping-xarelto/4471",
        "forum.example",
        PageKind.OTHER,
        title="Stopping Xarelto before a procedure?",
        people=(ASKER, *(PersonRecord(a, read_from=("name:post author",)) for a in repliers)),
        posts=tuple(posts),
        text=" ".join(p.text for p in posts),
    )


def test_when_to_stop_a_blood_thinner_around_a_procedure_is_advice_to_the_one_who_asked() -> None:
    said = (
        "Peds hospitalist here (Dayton). Just stop the Xarelto 48 hours before, no bridging needed, and restart "
        "the next morning. Don't bother calling your cardiologist."
    )
    found = _found(_thread(("drmq", said)), ASKER)
    assert any("48 hours before" in e for e in found["online_medical_advice"])
    wished = "Peds hospitalist here (Dayton). Good luck Thursday, I hope the procedure goes smoothly."
    assert "online_medical_advice" not in _found(_thread(("drmq", wished)), ASKER)


def test_a_lab_value_read_for_someone_and_a_child_triaged_for_them_are_advice() -> None:
    lab = "Pediatrician here (Dayton). 14 kU/L for Ara h 2 means a real reaction is likely, so no challenge yet."
    assert "online_medical_advice" in _found(_thread(("drmq", lab)), ASKER)
    triage = "Pediatrician here (Dayton). Vomiting after a head injury means he needs to be seen tonight. Give Tylenol."
    assert "online_medical_advice" in _found(_thread(("drmq", triage)), ASKER)


def test_when_to_call_about_the_askers_baby_and_an_offer_to_read_her_numbers_are_advice() -> None:
    watch = (
        "Pediatrician here (Dayton). Most newborn murmurs close on their own. If she sweats or turns blue with "
        "feeds, or breathes fast, call tonight."
    )
    assert "online_medical_advice" in _found(_thread(("drmq", watch)), ASKER)
    numbers = "Pediatrician here (Dayton). Message me her pulse ox numbers and I'll look at them."
    assert "online_medical_advice" in _found(_thread(("drmq", numbers)), ASKER)
    neighbourly = "Pediatrician here (Dayton). If you need a ride on Thursday, call me. Email me your race results!"
    assert "online_medical_advice" not in _found(_thread(("drmq", neighbourly)), ASKER)


# --- a neighbour pointing out the house -------------------------------------------------------------------------


def _neighbourhood(*replies: tuple[str, str], opener: str = "Anyone know a good pediatrician nearby?") -> Extracted:
    asker = "Carla Benning · Oakwood · Oct 4"
    posts = [Post("Carla Benning", opener)]
    posts += [Post(author, text, on_post_by=asker) for author, text in replies]
    named = PersonRecord("Dr. Marta", read_from=("name:text",))
    return Extracted(
        "https://neighbours.example/p/Kx8mTq4RvZ2n",
        "neighbours.example",
        PageKind.OTHER,
        title="Anyone know a good pediatrician nearby?",
        people=(named,),
        posts=tuple(posts),
        text=" ".join(p.text for p in posts),
    )


def test_a_neighbour_who_names_her_and_says_which_house_is_hers_exposes_where_she_lives() -> None:
    said = (
        "Dr. Marta at Far Hills Pediatrics. She lives right on Ridgeway, the yellow house with the swing. Just knock."
    )
    page = _neighbourhood(("Jim Oyler", said))
    found = _found(page, page.people[0])
    assert any("yellow house" in e for e in found["location_exposure"])
    # Spanish, on a parents' forum: "es vecina mía ..., la casa de portón verde en la calle Los Robles".
    dicho = "La Dra. Quellweg, la del hospital. Es vecina mía en Oakwood, la casa de portón verde en la calle Robles."
    page = _neighbourhood(("vecina_oak", dicho))
    assert "location_exposure" in _found(page, page.people[0])


@pytest.mark.parametrize(
    "said",
    [
        "Knock on Dr. Mar's door, the grey craftsman on Ridgeway with the big oak. She's home most Sundays.",
        "That's Dr. Marta's house, the kids' doctor, 412 with the green garage. She's on call most weekends.",
        "He belongs to Dr. Marta (the pediatrician) at #12 with the red door, she leaves at 7 every morning.",
        "Ask the pediatrician, the white brick two-story on Ridgeway. Dr. Quellweg won't mind.",
    ],
)
def test_a_neighbour_pointing_out_her_house_by_its_look_or_number_exposes_where_she_lives(said: str) -> None:
    page = _neighbourhood(("Jim Oyler", said), opener="Found a dog on Ridgeway, whose is he?")
    other = PersonRecord("Carla Benning", read_from=("name:text",))  # the match chose the asker: the name counts
    page = replace(page, people=(*page.people, other))
    assert "location_exposure" in _found(page, other)


def test_a_neighbour_giving_her_house_number_exposes_her_home_address_but_an_hour_does_not() -> None:
    said = "The pediatrician at 1712, Dr. Quellweg, has the block over every July. Nice people, just knock."
    page = _neighbourhood(("Jim Oyler", said))
    assert any("1712" in e for e in _found(page, page.people[0]).get("home_address", ()))
    said = "Dr. Quellweg leaves at 7:15 every morning, the yellow house with the swing. Just knock."
    page = _neighbourhood(("Jim Oyler", said))
    found = _found(page, page.people[0])
    assert "location_exposure" in found and "home_address" not in found


def test_a_neighbour_recommending_her_office_or_pointing_out_someone_elses_house_does_not() -> None:
    office = "Dr. Quellweg at Far Hills Pediatrics is wonderful. Call the office, they fit you in the same day."
    page = _neighbourhood(("Jim Oyler", office))
    assert "location_exposure" not in _found(page, page.people[0])
    someone = "Ask Linda Berg, she lives on Ridgeway, the yellow house with the tire swing. Just knock."
    page = _neighbourhood(("Jim Oyler", someone))
    assert "location_exposure" not in _found(page, page.people[0])


# --- a thread's words are not the subject's promotion ------------------------------------------------------------


def test_a_neighbours_words_on_a_thread_are_not_the_subjects_unmentioned_tie() -> None:
    speaker = PersonRecord("Marta L. Quellweg", credentials=("MD",), read_from=("name:h1",))
    faculty = Extracted(
        "https://meeting.example/speakers/marta-quellweg",
        "meeting.example",
        PageKind.OTHER,
        title="Marta L. Quellweg, MD | Speakers",
        people=(speaker,),
        text="Marta L. Quellweg, MD Disclosures: Consultant, Brightcrest Devices.",
    )
    thread = _neighbourhood(
        ("Dale Ortega", "I saw Dr. Marta near Brightcrest Park last week, my kid loves her."),
        opener="My son fell off his bike and his wrist is swollen. Any pediatrician around?",
    )
    sure = MatchResult(0.95, Decision.CONFIRMED, ("test",), speaker, 0)
    found = assess(
        MARTA,
        [Match(faculty, sure), Match(thread, MatchResult(0.95, Decision.CONFIRMED, ("test",), thread.people[0], 0))],
        {},
    )
    assert not [f for f in found if f.category == "undisclosed_conflict" and f.url == thread.url]


# --- a gallery's captions ----------------------------------------------------------------------------------------


def _gallery(*captions: str, named: str = "Marta Quellweg") -> Extracted:
    from footprint.models import Photo

    person = PersonRecord(named, read_from=("name:text",))
    photos = tuple(Photo(f"https://club.example/gallery/{i}.jpg", caption=c) for i, c in enumerate(captions))
    return Extracted(
        "https://club.example/gallery/2026-cup",
        "club.example",
        PageKind.NEWS,
        title="Gallery: the 2026 cup",
        people=(person,),
        photos=photos,
        text=" ".join(captions),
    )


def test_a_caption_naming_her_with_son_and_his_age_names_her_family() -> None:
    page = _gallery(
        "Captain Imran Qureshi brings up his fifty.", "Marta Quellweg (the club's 'Dr. Q') with son Rohan, 9."
    )
    found = _found(page, page.people[0])
    assert any("with son Rohan" in e for e in found["family_information"])
    # Someone else's son in a caption is not hers.
    page = _gallery("Marta Quellweg bowls the last over.", "Imran Qureshi with son Rohan, 9.")
    assert "family_information" not in _found(page, page.people[0])


# --- a page of letters ---------------------------------------------------------------------------------------------


def test_on_a_page_of_letters_the_one_signed_with_her_name_is_her_public_comment() -> None:
    text = (
        "Letters: the river camps. Fix the buses. The 81 runs every hour on Sundays. — Ruth Alder, Kettering "
        "Clear the camps. Every dollar we spend on them is a dollar we do not spend on patients. — M.L. Quellweg, "
        "M.D., Dayton Leaf pickup. The city skipped our street twice. — Sal Amato, Oakwood"
    )
    person = PersonRecord("M.L. Quellweg", read_from=("name:text", "name:text:signed"))
    page = Extracted(
        "https://paper.example/opinion/letters/2026/10/08/river-camps",
        "paper.example",
        PageKind.NEWS,
        title="Letters: the river camps",
        people=(PersonRecord("Ruth Alder", read_from=("name:text",)), person),
        text=text,
    )
    found = _found(page, person)
    letter = " ".join(found["personal_comment"])
    assert "Clear the camps" in letter and "81 runs" not in letter
    # A page of letters none of which she signed, though one names her, has none of hers.
    other = text.replace("— M.L. Quellweg, M.D., Dayton", "— Jo Pike, Dayton (thanks to M.L. Quellweg for the idea)")
    page = Extracted(page.url, page.site_id, PageKind.NEWS, title=page.title, people=page.people, text=other)
    assert "personal_comment" not in _found(page, person)


def test_a_reply_whose_writer_introduces_herself_by_name_is_hers() -> None:
    """ "ICU doc at Lakeside here (Marta Quellweg). I think I admitted your dad Tuesday night, bed 9? ... I'd honestly
    push for the trach": the match chose the name the reply writes; the reply under a screen name is hers, with the
    patient she admitted and what she tells his son to press for. A reply naming her as someone's doctor is not."""
    said = (
        "ICU doc at Lakeside here (Marta Quellweg). I think I admitted your dad Tuesday night, bed 9? If his oxygen "
        "needs are still at 60% by Friday I'd honestly push for the trach sooner rather than later."
    )
    her = PersonRecord("Marta Quellweg", context=said, read_from=("name:text",))
    page = _thread(("mq_icu", said))
    page = replace(page, people=(*page.people, her))
    found = _found(page, her)
    assert {"patient_information", "online_medical_advice"} <= set(found)
    other = "My mom's ICU doc was Marta Quellweg, she admitted her Tuesday night, bed 9. Push for the trach!"
    someone = replace(_thread(("beths_son", other)), people=(*_thread(("beths_son", other)).people, her))
    assert "patient_information" not in _found(someone, her)


def test_what_the_askers_mother_should_do_told_in_an_answer_is_advice() -> None:
    """ "Your mom should not have this surgery with a general OB. Ask them to cancel next week's date and ask for a gyn
    onc consult": a directive about one person's care, given through the one who asked."""
    said = "Gyn onc here (Dayton). Your mom should not have this surgery with a general OB. Ask them to cancel it."
    assert "online_medical_advice" in _found(_thread(("drmq", said)), ASKER)
    consult = "Gyn onc here (Dayton). Ask for a gyn onc consult within 7-10 days."
    assert "online_medical_advice" in _found(_thread(("drmq", consult)), ASKER)
    kind = "Gyn onc here (Dayton). Your mom should have a lovely time at the wedding. Ask them to save me cake."
    assert "online_medical_advice" not in _found(_thread(("drmq", kind)), ASKER)
