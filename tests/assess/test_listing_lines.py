"""A directory profile that gives several phones: where none is the registry's, the listing's own number is the
first it gives, and a number read after it (a doctor listed nearby) is not held against the registry. A listing
whose only phone or office differs, or that gives an office or line beside the registry's own (a location the
registry lacks, which it should be told of), is still reported. Hand-written listings."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

OFFICE = Address("410 Marlow Ridge Rd Suite 2", "Dayton", "OH", "45402", "LOCATION")
SECOND = Address("77 Quarry Bend Ave", "Kettering", "OH", "45429")
RECORD = NpiRecord("1234567893", "PRIYA", "HALVORSEN", addresses=(OFFICE,), phones=("937-555-0112",))
WHO = Identity(make_subject("Dr. Priya Halvorsen", city="Dayton", state="OH"), (), RECORD)
URL = "https://ratings.example/physician/dr-priya-halvorsen-4k"


def _stale(phones: tuple[str, ...], addresses: tuple[Address, ...]) -> list[str]:
    person = PersonRecord(name="Priya Halvorsen, MD", phones=phones, addresses=addresses, read_from=("name:h1",))
    page = Extracted(url=URL, site_id="ratings", kind=PageKind.RATINGS_PROFILE, people=(person,))
    found = assess(WHO, [Match(page, MatchResult(1.0, Decision.CONFIRMED, (), person, 0))], {})
    return sorted(f.title for f in found if f.category == "listing_inconsistency")


def test_a_second_office_beside_the_registrys_own_is_a_location_the_registry_lacks() -> None:
    assert len(_stale(("(937) 555-0112", "(937) 555-0190"), (OFFICE, SECOND))) == 2


def test_a_number_read_after_the_listings_own_is_not_held_against_the_registry() -> None:
    found = _stale(("(937) 555-0177", "(937) 555-0145"), (OFFICE,))
    assert len(found) == 1 and "555-0177" in found[0]


def test_a_listings_only_other_phone_or_office_is_still_stale() -> None:
    assert len(_stale(("(937) 555-0177",), (OFFICE,))) == 1
    assert len(_stale(("(937) 555-0112",), (SECOND,))) == 1


def test_a_further_line_or_address_without_a_whole_second_office_is_still_compared() -> None:
    assert len(_stale(("(937) 555-0112", "(937) 555-0190"), (OFFICE,))) == 1  # a second line, one office
    assert len(_stale((), (OFFICE, SECOND))) == 1  # a second address, no phone to tie it to the practice
