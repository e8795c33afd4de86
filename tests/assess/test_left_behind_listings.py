"""A ratings profile still at the office of a practice the doctor left (its phone and street both not the
registry's) is one nobody keeps: the doctor would have moved a profile they had claimed. It is flagged as an
unclaimed, stale profile beside the wrong fields; a kept profile with only a wrong phone is not."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.match import decide
from footprint.models import Address, Extracted, Identity, Match, MatchResult, NpiRecord, PageKind, PersonRecord
from footprint.sites import by_id

RECORD = NpiRecord(
    "1457390021",
    "Ilse",
    "Marchetti",
    credential="MD",
    taxonomies=("Dermatology",),
    addresses=(Address("2200 Quarry Bend Rd Suite 4", "Boise", "ID", "83702", "LOCATION"),),
    phones=("208-555-0110",),
)
WHO = Identity(make_subject("Dr. Ilse Marchetti", specialty="Dermatology", city="Boise", state="ID"), (), RECORD)


def _categories(address: Address, phone: str, claimed: bool | None = None) -> set[str]:
    person = PersonRecord("Dr. Ilse Marchetti, MD", ("MD",), ("Dermatology",), (address,), (phone,))
    page = Extracted(
        "https://www.vitals.com/doctors/Dr_Ilse_Marchetti.html",
        "vitals",
        PageKind.RATINGS_PROFILE,
        title="Dr. Ilse Marchetti, MD | Dermatology",
        people=(person,),
        claimed=claimed,
    )
    found = assess(WHO, (Match(page, MatchResult(0.95, decide(0.95), ("labelled",), person)),), by_id())
    return {c for f in found for c in f.all_categories}


TRAINING_CLINIC = Address("910 Larkspur Hollow Ave", "Salt Lake City", "UT", "84112", "practice")
HER_OFFICE = Address("2200 Quarry Bend Rd Suite 4", "Boise", "ID", "83702", "practice")


def test_a_profile_at_the_clinic_she_trained_at_with_its_phone_is_a_stale_profile_nobody_keeps() -> None:
    found = _categories(TRAINING_CLINIC, "(801) 555-0188")
    assert {"duplicate_or_unclaimed_profile", "listing_inconsistency"} <= found


def test_a_profile_at_her_office_with_a_wrong_phone_is_only_an_inconsistency() -> None:
    found = _categories(HER_OFFICE, "(208) 555-0199")
    assert "listing_inconsistency" in found and "duplicate_or_unclaimed_profile" not in found


def test_a_profile_she_claimed_is_hers_to_correct_not_an_unkept_one() -> None:
    found = _categories(TRAINING_CLINIC, "(801) 555-0188", claimed=True)
    assert "listing_inconsistency" in found and "duplicate_or_unclaimed_profile" not in found
