"""A patient's blog names its doctor by the title and family name, and says what it is about ("A T12 para, a truck
with hand controls"): the condition tells the doctor's field (``match.condition_field``), and with the subject's town
on the page and the registry's answer (no other clinician of the field there of that name) the page is the subject's.
Hand-made records: Maren Holt, a physiatrist in spinal cord injury medicine in Casper, WY."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.condition_field import named
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

CASPER = Address("1233 E 2ND ST", "Casper", "WY", "82601", "LOCATION")
RECORD = NpiRecord(
    "1245319599", "Maren", "Holt", credential="MD", addresses=(CASPER,),
    taxonomies=("Physical Medicine & Rehabilitation, Spinal Cord Injury Medicine",),
)  # fmt: skip
WHO = Identity(make_subject("Maren Holt"), (), RECORD, 1, field_peers=(RECORD,))
TAGLINE = "Rolling On, Wyoming: a T12 para, a truck with hand controls and a lot of gravel roads."
STORY = "Two years ago I hit a guardrail and woke up in Casper not feeling my legs."


def _post(mention: str, tagline: str = TAGLINE, story: str = STORY) -> Decision:
    text = f"Two years on wheels. {tagline} {story} {mention} This fall I go hunting from a track chair."
    doctor = PersonRecord("Dr. Holt", read_from=("name:text",), context=f"{mention} [page: Two years on wheels]")
    page = Extracted("https://rollingon.example/2026/08/two-years", "rollingon", PageKind.NEWS,
                     title="Two years on wheels", text=text, people=(doctor,))  # fmt: skip
    return match(WHO, page).decision


def test_a_spinal_cord_injury_story_in_her_town_names_her() -> None:
    assert _post("What turned it was Dr. Holt, sitting on the end of my bed on a Friday night.") == Decision.LIKELY


def test_another_field_in_the_mention_or_the_story_or_a_second_doctor_leaves_it_for_the_user() -> None:
    assert _post("What turned it was my surgeon, Dr. Holt, on a Friday night.") != Decision.LIKELY
    assert _post("What turned it was Dr. Holt, on a Friday night.", story=STORY + " Then chemo.") != Decision.LIKELY
    two = "Dr. Ames operated; what turned it was Dr. Holt, sitting on the end of my bed."
    assert _post(two) != Decision.LIKELY
    assert _post("What turned it was Dr. Holt, sitting on my bed.", tagline="Rolling On, Wyoming.") != Decision.LIKELY


def test_the_words_patients_write_of_a_condition_name_its_field() -> None:
    assert named("Eighteen months on Keytruda, and today was the CT.") == {"oncology"}
    assert named("As of October I am doing home hemo in my own den.") == {"nephrology"}
    assert named("a C5 quad since 2019") == {"physiatry"}
    assert named("para para para, said the parrot") == frozenset()


def test_the_doctors_possessive_is_the_same_doctor_and_a_family_name_rai_no_treatment() -> None:
    said = "What turned it was Dr. Holt, sitting on the end of my bed. Dr. Holt's nurse brought coffee."
    assert _post(said) == Decision.LIKELY
    assert named("Dr. Rai saw us on Tuesday") == frozenset()


def test_sport_injuries_births_and_latent_tb_name_their_fields() -> None:
    assert named("I heard the pop on a lunge. A torn meniscus, the MRI said.") == {"orthopedics"}
    assert named("Birth story: baby number three. Every prenatal visit with her.") == {"obgyn"}
    assert named("Four months of rifampin after the isoniazid made my liver unhappy.") == {"infectious_disease"}
    assert named("She gave birth to a story about a meniscus of light") == frozenset()


def test_a_childs_leukemia_journal_names_the_hematologist_oncologists_field_and_remission_alone_none() -> None:
    assert named("Day 29 bone marrow came back and Noah is in REMISSION.") == {"oncology"}
    assert named("His leukemia is the kind with the good odds.") == {"oncology"}
    assert named("Two years in remission from Crohn's with the new infusion.") == {"gastroenterology"}


EYE = NpiRecord(
    "1245319599", "Maren", "Holt", credential="MD", addresses=(CASPER,), taxonomies=("Ophthalmology",)
)  # fmt: skip


def test_an_eye_surgeons_patient_calls_her_the_surgeon_and_the_glaucoma_says_her_field() -> None:
    who = Identity(make_subject("Maren Holt"), (), EYE, 1, field_peers=(EYE,))
    mention = "The surgeon, Dr. Holt, sat with me and said I would keep my sight if I used the drops."
    doctor = PersonRecord(
        "Dr. Holt", specialties=("surgeon",), read_from=("name:text",), context=f"{mention} [page: Pressure]"
    )
    text = f"My pressure was 31. I didn't know glaucoma could happen at 44 in Casper. {mention}"
    page = Extracted("https://pressure.example/31", "pressure", PageKind.NEWS, title="Pressure", text=text,
                     people=(doctor,))  # fmt: skip
    result = match(who, page)
    assert any(r.startswith("the story's condition or treatment is the subject's field's") for r in result.reasons)
    assert result.decision == Decision.LIKELY
    physiatrist = Identity(make_subject("Maren Holt"), (), RECORD, 1, field_peers=(RECORD,))
    assert match(physiatrist, page).decision != Decision.LIKELY


BOISE = Address("1000 N CURTIS RD", "Boise", "ID", "83706", "LOCATION")
RHEUM = NpiRecord("1245319607", "Nell", "Sorrow", credential="MD", addresses=(BOISE,), taxonomies=("Rheumatology",))
NELL = Identity(make_subject("Nell Sorrow", state="ID"), (), RHEUM, 1, field_peers=(RHEUM,))


def _gala(subject: Identity, cause: str) -> Decision:
    caption = "Gala chairs Ann Fry and Bea Lund with keynote speaker Dr. Nell Sorrow."
    text = f"Party photos: {cause} Idaho's Butterfly Gala. 300 guests raised $212,000 for {cause} research. {caption}"
    her = PersonRecord("Nell Sorrow", read_from=("name:text",), context=f"{caption} [page: Party photos]")
    page = Extracted("https://boisemag.example/party-photos/gala", "boisemag", PageKind.NEWS,
                     title=f"Party photos: {cause} Idaho's Butterfly Gala", text=text, people=(her,))  # fmt: skip
    return match(subject, page).decision


def test_a_gala_for_her_fields_disease_with_her_whole_name_titled_in_her_state_names_her() -> None:
    """ "Keynote speaker Dr. Nell Sorrow" at a lupus charity's gala in Idaho: the disease is a rheumatologist's."""
    assert _gala(NELL, "Lupus") == Decision.LIKELY
    assert named("lupus research") == {"rheumatology"}


def test_a_gala_for_another_fields_cause_leaves_her_whole_name_for_the_user() -> None:
    assert _gala(NELL, "Heart") != Decision.LIKELY
