"""A title with one name ("Dr. Trish", "Dr. Vukovich"): the page's own field and town must both agree."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, titled
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.models import Address, Decision, Extracted, Identity, PageKind, PersonRecord
from footprint.namematch import NameFit

TRISH = Identity(
    make_subject(
        "Patricia Vukovich, DO", specialty="Internal Medicine, Sleep Medicine", city="Salt Lake City", state="UT"
    ),
    (),
)
HERE = (Address(city="Salt Lake City", state="UT"),)


def _judged(name: str, **kw: object) -> tuple[Decision, tuple[str, ...]]:
    page = Extracted(
        url="https://pod.example/ep/12", site_id="x", kind=PageKind.OTHER, people=(PersonRecord(name=name, **kw),)
    )  # type: ignore[arg-type]
    result = match(TRISH, page)
    return result.decision, result.reasons


def test_a_title_with_an_everyday_form_of_the_given_name_is_not_another_family_name() -> None:
    decision, reasons = _judged("Dr. Trish")
    assert not any(r.startswith("family name differs") for r in reasons)
    assert "Dr. Trish: the given name (or an everyday form of it) with the title, no family name" in reasons
    assert not decision.is_match  # the name alone: every Dr. Trish


def test_field_and_town_of_the_page_together_lift_a_titled_given_name() -> None:
    decision, _ = _judged("Dr. Trish", specialties=("Sleep Medicine",), addresses=HERE)
    assert decision.is_match


def test_the_field_alone_or_another_town_keeps_it_at_most_possible() -> None:
    assert _judged("Dr. Trish", specialties=("Sleep Medicine",))[0] == Decision.POSSIBLE
    elsewhere = (Address(city="Denver", state="CO"),)
    assert not _judged("Dr. Trish", specialties=("Sleep Medicine",), addresses=elsewhere)[0].is_match
    assert not _judged("Dr. Trish", specialties=("Dermatology",), addresses=HERE)[0].is_match  # a namesake's field


def test_another_given_name_with_the_title_is_still_another_person() -> None:
    decision, reasons = _judged("Dr. Maria", specialties=("Sleep Medicine",), addresses=HERE)
    assert decision == Decision.REJECTED and "no name of the subject's" in reasons[0]


def test_a_titled_family_name_needs_field_and_town_as_well() -> None:
    assert _judged("Dr. Vukovich", specialties=("Sleep Medicine",), addresses=HERE)[0].is_match
    assert not _judged("Dr. Vukovich", addresses=HERE)[0].is_match


def test_a_high_score_without_the_town_is_held_at_possible_and_says_why() -> None:
    name = NameFit(titled.GIVEN_ONLY, (f"Dr. Trish: {titled.GIVEN_WHY}",))
    tally = Tally(0.75, strong=["same specialty: Sleep Medicine", "sole physician of the name"])
    assert titled.hold(name, tally, 0.75, likely=0.7) == NAME_ONLY_CAP
    assert tally.reasons[-1] == "a title with one name, and the page's town does not agree: at most possible"
    tally = Tally(0.75, strong=["same specialty: Sleep Medicine", "same city: Salt Lake City, UT"])
    assert titled.hold(name, tally, 0.75, likely=0.7) == 0.75
    tally = Tally(0.75, decisive=["same practice address as the NPI record: 1 Main St"])
    assert titled.hold(name, tally, 0.75, likely=0.7) == 0.75  # a fact only the subject has


def test_doc_before_the_family_name_is_the_title_and_needs_field_and_town_as_dr_does() -> None:
    """ "Doc Vukovich, the sleep doctor in Salt Lake": small towns' title for their doctor, not a given name."""
    decision, reasons = _judged("Doc Vukovich", specialties=("Sleep Medicine",), addresses=HERE)
    assert "Doc Vukovich: the family name with the title, no given name" in reasons
    assert decision.is_match
    assert _judged("Doc Vukovich", addresses=HERE)[0] == Decision.POSSIBLE
    assert _judged("Doc Haddix", specialties=("Sleep Medicine",), addresses=HERE)[0] == Decision.REJECTED
