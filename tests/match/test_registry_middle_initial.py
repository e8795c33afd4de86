"""A middle initial only the subject's registry record has tells a page's person from the registry's namesakes.

The user typed "Lorcan Ashgrove"; the registry lists LORCAN TOBIAS ASHGROVE (the subject, Dayton) and two other
physicians of the name with other middle names. A listing of "Dr. Lorcan T. Ashgrove" in Dayton at an old street
is the subject's: the initial is his record's and none of the others'. When another record of the name shares the
initial, or the user typed a middle name, the initial tells nobody apart."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

HIS = NpiRecord(
    "1245319599", "Lorcan", "Ashgrove", "Tobias", "MD", ("Internal Medicine",),
    (Address("100 Main St", "Dayton", "OH", "45402", "LOCATION"),),
)  # fmt: skip
OTHERS = (
    NpiRecord("1234567893", "Lorcan", "Ashgrove", "Ruairi", "MD", ("Urology",)),
    NpiRecord("1003000126", "Lorcan", "Ashgrove", "Miles", "DO", ("Family Medicine",)),
)
WHO = Identity(make_subject("Dr. Lorcan Ashgrove", city="Dayton"), (), HIS, 3, registry_others=OTHERS)
OLD = Extracted(
    "https://ratings.example/lorcan",
    "ratings",
    PageKind.RATINGS_PROFILE,
    people=(PersonRecord("Dr. Lorcan T. Ashgrove, MD", addresses=(Address("77 Old Rd", "Dayton", "OH", "45402"),)),),
)


def test_his_records_initial_lifts_a_listing_at_an_old_street() -> None:
    result = match(WHO, OLD)
    assert result.decision.is_match
    assert any(r.startswith("middle initial T. is the subject's NPI record's") for r in result.reasons)


def test_an_initial_another_record_of_the_name_shares_tells_nobody_apart() -> None:
    shared = replace(WHO, registry_others=(*OTHERS, NpiRecord("1104000001", "Lorcan", "Ashgrove", "Tate", "MD")))
    assert not match(shared, OLD).decision.is_match


def test_another_initial_is_no_support() -> None:
    page = replace(OLD, people=(replace(OLD.people[0], name="Dr. Lorcan R. Ashgrove, MD"),))
    assert not any(r.startswith("middle initial") for r in match(WHO, page).reasons)
