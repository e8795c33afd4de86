"""Where a physician lives is often not where they practise: a suburb, the county around the city. A contest's
results that list "Orla Quennell, Nicholasville, 52" for a Lexington doctor, or a Pitt County club's minutes that
name a Greenville doctor, place the registry's one physician of the name where the subject lives; a town across
the state, or a county name a dozen states have, does not."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

ORLA = NpiRecord(
    "1245319599", "Orla", "Quennell", "", "MD", ("Internal Medicine",),
    (Address("40 Mill Rd", "Lexington", "KY", "40502", "LOCATION"),),
)  # fmt: skip
LEXINGTON = Identity(make_subject("Orla Quennell"), (), ORLA, 1)
TOMAS = NpiRecord(
    "1386719887", "Tomas", "Vrbicky", "", "MD", ("Family Medicine",),
    (Address("2100 Stantonsburg Rd", "Greenville", "NC", "27834", "LOCATION"),),
)  # fmt: skip
GREENVILLE = Identity(make_subject("Tomas Vrbicky"), (), TOMAS, 1)


def _results(row: str, name: str = "Orla Quennell") -> Extracted:
    text = f"Spring Fiddle Contest results. Senior division: Ed Marsh, 71 · {row} · Vera Cole, 66"
    person = PersonRecord(name, context=row, read_from=("name:text",))
    return Extracted("https://fiddlers.example.org/results", "fiddlers.example.org", PageKind.OTHER, text=text,
                     people=(person,))  # fmt: skip


def test_a_results_row_giving_a_town_within_commuting_distance_is_where_the_subject_lives() -> None:
    found = match(LEXINGTON, _results("Orla Quennell, Nicholasville, 52"))
    assert found.decision == Decision.LIKELY
    assert any("Nicholasville" in r and "commuting distance" in r for r in found.reasons)


def test_a_town_across_the_state_or_no_town_leaves_the_name_alone() -> None:
    assert not match(LEXINGTON, _results("Orla Quennell, Paducah, 52")).decision.is_match
    assert not match(LEXINGTON, _results("Orla Quennell, 52")).decision.is_match


def _minutes(text: str) -> Extracted:
    person = PersonRecord("Tomas Vrbicky", context="Tomas Vrbicky (swarm list)", read_from=("name:text",))
    return Extracted("https://bees.example.org/minutes", "bees.example.org", PageKind.OTHER, text=text,
                     people=(person,))  # fmt: skip


def test_the_county_of_the_subjects_town_on_a_clubs_page_places_the_member_it_names() -> None:
    found = match(GREENVILLE, _minutes("Pitt County Beekeepers, March minutes. Tomas Vrbicky (swarm list) reported."))
    assert found.decision == Decision.LIKELY
    assert any("Pitt County" in r for r in found.reasons)


def test_a_county_name_many_states_have_needs_the_subjects_state_on_the_page() -> None:
    # Fayette County is Lexington's, and ten other states'.
    person = PersonRecord("Orla Quennell", context="Orla Quennell (treasurer)", read_from=("name:text",))
    page = Extracted("https://club.example.org/minutes", "club.example.org", PageKind.OTHER, people=(person,),
                     text="Fayette County Garden Club minutes. Orla Quennell (treasurer) reported.")  # fmt: skip
    assert not match(LEXINGTON, page).decision.is_match
    kentucky = page.text.replace("Garden Club", "Garden Club of Kentucky")
    assert match(
        LEXINGTON, Extracted(page.url, page.site_id, page.kind, text=kentucky, people=(person,))
    ).decision.is_match


def _profile(about: str) -> Extracted:
    home = (Address(city="Lexington", state="KY"),)
    person = PersonRecord("Orla Q.", addresses=home, context="Orla Q.'s profile", read_from=("name:og:title",))
    text = f"Orla Q. (Lexington, KY)'s Profile. 212 ratings. About me: {about} Orla is currently reading a novel."
    return Extracted("https://books.example.com/user/88-orla-q", "books.example.com", PageKind.SOCIAL_PROFILE,
                     text=text, people=(person,))  # fmt: skip


def test_a_readers_profile_as_given_name_and_initial_with_her_town_and_field_in_its_bio_is_likely() -> None:
    # A reading or hobby profile is its member's own page: the bio is theirs, "Dr." or not.
    assert match(LEXINGTON, _profile("Internist, mother of two, mystery fan.")).decision == Decision.LIKELY
    # The town alone, or another field, leaves "Orla Q." for the user to answer.
    assert match(LEXINGTON, _profile("Mother of two, mystery fan.")).decision == Decision.POSSIBLE
    assert match(LEXINGTON, _profile("Dermatologist, mother of two.")).decision == Decision.POSSIBLE
