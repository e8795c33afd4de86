"""A ratings profile left behind in the town a doctor moved from is theirs when their confirmed broker record
lists that town among the places they lived; a listing of the name in a town the subject never lived in stays a
namesake's. Hand-made records: the subject practises in Tulsa, OK; the broker lists a former home in Wichita, KS."""

from __future__ import annotations

from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Match, PageKind, PersonRecord
from tests.match._orson import WHO

BROKER = Extracted(
    "https://people.example/orson-pellworth",
    "people",
    PageKind.PEOPLE_SEARCH,
    people=(
        PersonRecord(
            "Orson Quill Pellworth",
            addresses=(
                Address("4 Elm Ct", "Tulsa", "OK", "74105", "home"),
                Address("9 Birch Ln", "Wichita", "KS", "67203", "previous"),
            ),
            phones=("918-555-0140",),
        ),
    ),
)


def _stale(city: str, state: str) -> Extracted:
    person = PersonRecord(
        "Dr. Orson Q. Pellworth, MD", credentials=("MD",), specialties=("Vascular Surgery",),
        addresses=(Address("1 Clinic Way", city, state),),
    )  # fmt: skip
    return Extracted(f"https://ratings.example/{city.lower()}", "ratings", PageKind.RATINGS_PROFILE, people=(person,))


def _after(page: Extracted) -> Decision:
    broker, stale = Match(BROKER, match(WHO, BROKER)), Match(page, match(WHO, page))
    assert broker.result.decision == Decision.CONFIRMED
    assert stale.result.decision == Decision.REJECTED
    return {m.page.url: m.result for m in with_kin(WHO, (broker, stale))}[page.url].decision


def test_a_listing_left_in_a_town_the_subject_lived_in_is_theirs() -> None:
    page = _stale("Wichita", "KS")
    assert _after(page).is_match


def test_a_listing_in_a_town_the_subject_never_lived_in_stays_rejected() -> None:
    assert _after(_stale("Omaha", "NE")) == Decision.REJECTED
