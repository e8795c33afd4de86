"""A Hungarian-born doctor listed under the English form of her given name ("Dr. Esther Varkonyi" for Eszter, as an
old ratings listing or a patient writes it) is hers when the field or the town agrees; the same English name with
another field in another town is a namesake's. The pairs come from the given-name table (hungarian-english)."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

HERS = NpiRecord(
    "1639204875", "Eszter", "Varkonyi", "Margit", "MD", ("Dermatology",),
    (Address("12 Spruce Loop", "Juneau", "AK", "99801", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Eszter Varkonyi"), (), HERS)


def _listing(name: str, field: str, city: str) -> Extracted:
    person = PersonRecord(
        name, credentials=("MD",), specialties=(field,), addresses=(Address(city=city, state="AK"),),
        read_from=("name:h1",),
    )  # fmt: skip
    return Extracted(
        "https://ratings.example.com/doctors/dr-esther-varkonyi", "", PageKind.RATINGS_PROFILE,
        title=f"{name}, MD | {field} | {city}, AK", text=f"{name}, MD. {field}. {city}, AK.", people=(person,),
    )  # fmt: skip


def test_the_english_form_with_her_field_and_town_is_hers() -> None:
    result = match(WHO, _listing("Dr. Esther Varkonyi", "Dermatology", "Juneau"))
    assert result.decision.is_match
    assert any("English form of Eszter" in r for r in result.reasons)


def test_the_english_form_with_another_field_and_town_is_not() -> None:
    result = match(WHO, _listing("Dr. Esther Varkonyi", "Pathology", "Fairbanks"))
    assert not result.decision.is_match
