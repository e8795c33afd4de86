"""A post its author card or byline signs with the subject ("Pip L." over "Marta Quellweg paddles ... in Dayton"),
telling where the household is and till when ("the kids and I are at my father's farm in Ontario until August 15") or
the days of a trip ("we're doing the whole river over a week, October 12 to 18, phones off"): the house is empty
then. A post the subject did not write, of a stranger's trip, is the stranger's."""

from __future__ import annotations

from footprint.models import Decision, Extracted, MatchResult, PageKind, PersonRecord
from tests.assess._marta import excerpts, marta


def _post(text: str, read_from: tuple[str, ...]) -> Extracted:
    bio = "Marta Quellweg paddles whenever she is not at the clinic in Dayton"
    person = PersonRecord("Marta Quellweg", context=bio, read_from=read_from)
    return Extracted("https://www.paddlelog.example.com/posts/october", "paddlelog.example.com", PageKind.NEWS,
                     title="October on the river", people=(person,), text=f"October on the river {text}")  # fmt: skip


def _found(text: str, read_from: tuple[str, ...] = ("name:author",)) -> dict[str, set[str]]:
    page = _post(text, read_from)
    return excerpts(marta(), page, MatchResult(0.9, Decision.LIKELY, ("test",), page.people[0], 0))


def test_the_authors_post_giving_where_the_household_is_and_till_when_exposes_the_empty_house() -> None:
    farm = "Sam and the kids and I are at my father's farm in Ontario until August 15, which means tractor lessons."
    assert "location_exposure" in _found(farm)
    trip = "This year we're doing the whole river over a week, October 12 to 18, phones off. The house has a sitter."
    assert "location_exposure" in _found(trip)


def test_a_post_the_subject_did_not_sign_or_with_no_days_exposes_nothing() -> None:
    farm = "Sam and the kids and I are at my father's farm in Ontario until August 15, which means tractor lessons."
    assert "location_exposure" not in _found(farm, ("name:text",))
    assert "location_exposure" not in _found("We are at the farm most summers; the kids love the tractor.")
