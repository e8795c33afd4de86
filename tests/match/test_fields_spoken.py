"""A field written as patients say it ("Kidney doctor 20 yrs") agrees with the subject's field; a body part
without a doctor's word ("a kidney donor") or another field's words do not."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.fields import spoken
from footprint.match.person import match_person
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord, ProbeSource
from footprint.specialties import groups_of


def _identity(field: str) -> Identity:
    record = NpiRecord("1234567893", "WREN", "HALLOWAY", credential="DO", taxonomies=(field,))
    return Identity(make_subject("Dr. Wren Halloway"), (), record)


def _bio(words: str) -> PersonRecord:
    return PersonRecord(name="Dr Wren Halloway DO", credentials=("DO",), context=words, read_from=("name:og:title",))


def test_a_kidney_doctors_bio_agrees_with_a_nephrologist() -> None:
    result = match_person(_identity("Internal Medicine, Nephrology"), _bio("Kidney doctor 20 yrs. Ask me anything"))
    assert result.decision.is_match
    assert any("nephrology" in r for r in result.reasons)


def test_it_says_nothing_for_a_cardiologist() -> None:
    result = match_person(_identity("Internal Medicine, Cardiovascular Disease"), _bio("Kidney doctor 20 yrs."))
    assert result.decision == Decision.POSSIBLE


def test_a_body_part_without_a_doctors_word_is_no_field() -> None:
    assert spoken("a kidney donor and a heart of gold") == frozenset()
    assert spoken("second-year anesthesia resident") == {"anesthesiology"}
    assert spoken("our lung specialist") == {"pulmonology"}


def test_two_fields_before_the_role_are_both_said() -> None:
    assert spoken("Peds ER doc here, give her fluids") == {"pediatrics", "emergency"}
    assert spoken("our kids heart surgeon") == {"pediatrics", "cardiology"}
    assert spoken("bone marrow doctor") == frozenset()  # a word between that is no field's: nothing said


def test_a_neighbours_post_saying_peds_er_doc_ties_a_pediatric_emergency_physician() -> None:
    who = _identity("Pediatric Emergency Medicine")
    post = PersonRecord(name="Wren Halloway", context="Peds ER doc here. Give her fluids and watch her.",
                        read_from=("name:text",))  # fmt: skip
    assert match_person(who, post).decision.is_match
    assert not match_person(_identity("Dermatology"), post).decision.is_match


def test_what_the_doctor_is_for_in_everyday_words_names_the_field() -> None:
    assert spoken("Sleep doc here, give her 1 mg") == {"sleep_medicine"}
    assert spoken("my pain doctor retired") == {"pain_medicine"}
    assert spoken("Addiction doc here.") == {"addiction_medicine"}
    assert spoken("our family doc") == {"family_medicine"}
    assert spoken("the family of a doctor") == frozenset()


def test_ent_in_everyday_words_agrees_with_an_otolaryngologist() -> None:
    # "ENT doc" once named a group no subject's field has ("ent"): it never agreed with anyone.
    assert spoken("my ENT doc said wait") == {"otolaryngology"}
    assert groups_of("Otolaryngology") & spoken("the ENT doctor")


def test_occupational_medicine_as_its_doctors_say_it() -> None:
    assert spoken("Occ med doc by day. Stouts and sours.") == {"preventive_medicine"}
    assert spoken("the DOT doctor on Hardy St") == {"preventive_medicine"}
    assert spoken("an occupational therapist") == frozenset()


def test_the_radioactive_iodine_doctor_is_a_nuclear_medicine_physician() -> None:
    """Thyroid patients name the physician who gives radioiodine by the treatment: "RAI doctor Inland Empire?"."""
    assert spoken("RAI doctor Inland Empire?") == {"nuclear_medicine"}
    assert spoken("my radioactive iodine doctor") == {"nuclear_medicine"}
    assert spoken("RAI is scheduled for May") == frozenset()  # the treatment without a doctor's word is no field


def test_a_thread_asking_for_an_rai_doctor_gives_the_reply_its_field() -> None:
    """ "Dr. Dewi at the university hospital in Riverside" answering "RAI doctor Inland Empire?": the registry lists
    no other nuclear medicine clinician called Dewi in Riverside, so it is likely hers; asked for a "thyroid doctor"
    (an endocrinologist), it stays for the user."""
    from footprint.models import Address, Extracted, PageKind

    place = Address("11 Anderson St", "Riverside", "CA", "92505", "LOCATION")
    record = NpiRecord("1234567893", "DEWI", "SANTOSO", credential="MD", taxonomies=("Nuclear Medicine",),
                       addresses=(place,))  # fmt: skip
    who = Identity(make_subject("Dewi Santoso"), (), record, 1, field_peers=(record,))

    def judged(title: str) -> Decision:
        reply = "Dr. Dewi at the university hospital in Riverside. Super patient, calls you after the scan."
        doctor = PersonRecord("Dr. Dewi", read_from=("name:text",), context=f"{reply} [page: {title}]")
        page = Extracted("https://forum.example.org/t/rai/51", "forum", PageKind.OTHER, title=title,
                         text=f"{title} {reply}", people=(doctor,))  # fmt: skip
        from footprint.match import match

        return match(who, page).decision

    assert judged("RAI doctor Inland Empire?") == Decision.LIKELY
    assert judged("Thyroid doctor Inland Empire?") != Decision.LIKELY


def test_addiction_medicine_as_its_doctors_call_it() -> None:
    assert spoken("recovery medicine · Bangor · brook trout") == {"addiction_medicine"}
    assert spoken("harm reduction doc, night shifts") == {"addiction_medicine"}
    assert spoken("my heart medicine and my recovery from surgery") == frozenset()


def test_a_given_name_and_family_initial_with_recovery_medicine_and_the_town_is_likely() -> None:
    record = NpiRecord(
        "1234567893", "SOKHA", "PRAK", credential="MD", taxonomies=("Addiction Medicine",),
        addresses=(Address("1 Main St", "Bangor", "ME", "04401", "LOCATION"),),
    )  # fmt: skip
    who = Identity(make_subject("Sokha Prak", city="Bangor"), (), record)
    words = "recovery medicine · Bangor, Maine · brook trout"
    bio = PersonRecord(name="Sokha P.", practice=words, handle="sokhap.bsky.social")
    url = "https://bsky.app/profile/sokhap.bsky.social"
    page = Extracted(url=url, site_id="bluesky", kind=PageKind.SOCIAL_PROFILE, title="Sokha P.", people=(bio,),
                     text=words, source=ProbeSource.SEARCH_RESULT)  # fmt: skip
    assert match(who, page).decision == Decision.LIKELY


def test_a_fields_procedures_many_of_them_called_the_writers_own_tell_the_field() -> None:
    """ "Tom Pike is covering my vasectomies": only the doctor who performs them has many; a patient has one."""
    from footprint.match.fields import spoken

    assert spoken("Tom Pike is covering my vasectomies so nobody panic") == {"urology"}
    assert spoken("Back Monday, booked solid with my colonoscopies") == {"gastroenterology"}
    assert not spoken("my colonoscopy is Tuesday and my vasectomy is next month")


def test_a_teen_doc_is_an_adolescent_medicine_pediatrician() -> None:
    """ "Teen doc here (Kapiolani Teen Health)": adolescent medicine's doctors name their patients, as a kids' doc
    does; a teen who is no doctor's word ("teen driver") says nothing."""
    assert "pediatrics" in spoken("Teen doc here. Not normal, and I'd worry about RED-S.")
    assert "pediatrics" in groups_of("Pediatrics, Adolescent Medicine")
    assert not spoken("Our teen driver passed the test.")


def test_the_hospital_unit_a_story_says_she_directs_agrees_with_her_field() -> None:
    """ "said Dr. Wren Halloway, who directs the medical ICU": an intensivist's unit. Agreement only: a nurse runs a
    unit too, so the unit never presents anyone as a physician, and "runs the clinic" names no field."""
    from footprint.match.fields import unit_worked

    icu = PersonRecord(name="Wren Halloway", context="said Dr. Wren Halloway, who directs the medical ICU at Mercy.")
    result = match_person(_identity("Internal Medicine, Critical Care Medicine"), icu)
    assert "the subject's field in its own words: critical care" in result.reasons
    assert unit_worked("She is head of the NICU") == {"pediatrics"}
    assert unit_worked("she runs the clinic") == frozenset() and not spoken("who directs the medical ICU")
