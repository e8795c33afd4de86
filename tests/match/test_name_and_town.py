"""A name the NPI registry gives one physician, on a page naming the subject's town: a local paper's story, a
book review on a reader's blog, a club's race results. Such pages never list a practice or a specialty, and a
page of the name elsewhere (another state's runner) or in a town a registry namesake practises in stays out."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

ORLA = NpiRecord(
    "1245319599", "Orla", "Quennell", "", "MD", ("Internal Medicine",),
    (Address("40 Mill Rd", "Lexington", "KY", "40502", "LOCATION"),),
)  # fmt: skip
NAMESAKE = NpiRecord(
    "1234567893", "Orla", "Quennell", "", "MD", ("Family Medicine",),
    (Address("9 Oak Ave", "Lexington", "MA", "02420", "LOCATION"),),
)  # fmt: skip
ALONE = Identity(make_subject("Orla Quennell", city="Lexington", state="KY"), (), ORLA, 1)
TWO = Identity(make_subject("Orla Quennell", city="Lexington", state="KY"), (), ORLA, 2, registry_others=(NAMESAKE,))
GIVEN_NPI = Identity(make_subject("Orla Quennell", npi="1245319599"), (), ORLA, 1)


def _page(text: str, kind: PageKind = PageKind.NEWS, name: str = "Orla Quennell") -> Extracted:
    person = PersonRecord(name, context=f"{name} read from the page's byline", read_from=("name:author",))
    return Extracted("https://paper.example/story", "paper.example", kind, text=text, people=(person,))


STORY = _page("Lexington's new trail opens. Orla Quennell walked it first with her dog on Saturday.")
RACE = _page("Bluegrass 10K results, Lexington. 41 Orla Quennell 52:10", PageKind.OTHER)


def test_the_registrys_one_physician_of_the_name_with_her_town_on_the_page_is_likely() -> None:
    story = match(ALONE, STORY)
    assert story.decision == Decision.LIKELY
    assert any("no other clinician of this name" in r and "Lexington" in r for r in story.reasons)
    assert match(ALONE, RACE).decision.is_match  # results never say "doctor": the name and town still tell


def test_another_state_or_a_namesake_physicians_town_of_the_same_name_tells_nothing() -> None:
    # A runner of the name in Lexington, Massachusetts: the page writes the state with the town.
    elsewhere = _page("Lexington, Mass. Orla Quennell finished the town's 10K first.", PageKind.OTHER)
    assert not match(ALONE, elsewhere).decision.is_match
    # The registry's namesake practises in a Lexington too: the town names either of them.
    assert not match(TWO, STORY).decision.is_match


def test_a_name_the_user_typed_with_the_npi_has_no_count_of_namesakes() -> None:
    assert not match(GIVEN_NPI, STORY).decision.is_match


def test_a_clipped_or_partial_name_is_not_the_whole_name() -> None:
    initial = _page("Lexington's trail opens. O. Quennell walked it.", name="O. Quennell")
    assert not match(ALONE, initial).decision.is_match


PIPPA = NpiRecord(
    "1265498075", "Philippa", "Quennell", "", "MD", ("Neurology",),
    (Address("1 Elm St", "Springfield", "MO", "65804", "LOCATION"),),
)  # fmt: skip
PQ = "Philippa Quennell"
SPRINGFIELD = Identity(make_subject("Philippa Quennell", city="Springfield"), (), PIPPA, 1)


def test_a_town_other_states_have_too_names_the_subjects_only_with_her_state() -> None:
    # A Springfield, Illinois paper: "of Springfield" and no state, about a staffer of the name.
    staffer = _page("Quennell named chief of staff. Philippa Quennell, 39, of Springfield, starts June 1.", name=PQ)
    assert not match(SPRINGFIELD, staffer).decision.is_match
    # The same story in a Missouri paper, which writes the state once: the town is the subject's.
    for text in (
        "Springfield, Mo. -- Philippa Quennell, 39, walked the trail first on Saturday.",
        "A Missouri trail opens in Springfield. Philippa Quennell walked it first on Saturday.",
    ):
        assert match(SPRINGFIELD, _page(text, name=PQ)).decision == Decision.LIKELY, text


def _own_blog(town: str, state: str) -> Extracted:
    """Her own sourdough blog, the footer giving her name and town: the town read as the person's own address."""
    line = f"Night Shift Sourdough · Orla Quennell · {town}, {state}"
    person = PersonRecord("Orla Quennell", addresses=(Address(city=town, state=state),), context=line,
                          read_from=("name:author",))  # fmt: skip
    text = f"Pawpaw bread. The loaf came out of the oven at six. {line}"
    return Extracted("https://nightshiftsourdough.example.com/pawpaw", "nightshiftsourdough.example.com",
                     PageKind.OTHER, text=text, people=(person,))  # fmt: skip


def test_the_town_her_own_footer_gives_as_her_address_is_her_town_on_the_page() -> None:
    """ "Orla Quennell · Lexington, KY" in her own blog's footer: read as her address ("same city"), the town the
    page names for her as surely as a sentence would."""
    own = match(ALONE, _own_blog("Lexington", "KY"))
    assert own.decision.is_match
    assert any("no other clinician of this name" in r and r.endswith("Lexington") for r in own.reasons)
    assert not match(TWO, _own_blog("Lexington", "KY")).decision.is_match  # the namesake's Lexington tells nothing
    assert not match(ALONE, _own_blog("Paducah", "KY")).decision.is_match


def test_a_student_or_a_shop_keeper_of_the_name_in_her_town_is_another_person() -> None:
    """The registry counts clinicians: a name it gives one physician is still any other person's. A page giving its
    person a student's status or a business of another trade presents someone else, in the subject's town or not."""
    for text in (
        "Our Teachers. Orla Quennell teaches vinyasa on Tuesdays in Lexington. A UK senior studying kinesiology,"
        " she has taught since she was 19.",
        "Meet Orla. Orla Quennell opened Bluegrass Nail Bar on Main Street, Lexington, in 2015 after ten years at"
        " salons.",
        "Lexington nail bar owner Orla Quennell cut the ribbon on Saturday.",
        "Orla Quennell, a nursing student in Lexington, ran the 10K in 52:10.",
        "Orla Quennell opened Bluegrass Yarn & Fiber on Main Avenue, Lexington, in 1989.",
    ):
        assert not match(ALONE, _page(text, PageKind.OTHER)).decision.is_match, text
    # A physician's own practice, and a hobby class she teaches, leave the page hers.
    for text in (
        "Orla Quennell opened Bluegrass Internal Medicine on Main Street, Lexington, in 2015.",
        "Orla Quennell teaches vinyasa on Tuesdays in Lexington. She has practised yoga for twenty years.",
    ):
        assert match(ALONE, _page(text, PageKind.OTHER)).decision.is_match, text
    # Her students are not her.
    mentor = "Orla Quennell mentors a medical student every summer in Lexington."
    assert match(ALONE, _page(mentor, PageKind.OTHER)).decision.is_match


def test_a_person_the_sentence_calls_our_newest_veterinarian_is_another_profession() -> None:
    """ "Meet Dr. Orla, our newest veterinarian, who loves senior cats": the animal hospital's vet, not the physician
    who goes by Orla in Lexington; "our newest pediatrician" would be a physician."""
    said = "Meet Dr. Orla, our newest {}, who loves senior cats. She lives in Lexington."
    for role, mine in (("veterinarian", False), ("pediatrician", True)):
        vet = PersonRecord("Dr. Orla", context=said.format(role), read_from=("name:text",))
        page = Extracted("https://vets.example/team", "vets.example", PageKind.OTHER, text=said.format(role),
                         people=(vet,))  # fmt: skip
        assert any("another profession" in r for r in match(ALONE, page).reasons) is not mine, role
