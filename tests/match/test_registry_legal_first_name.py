"""A subject who goes by a name that is no form of the registered one ("Helen" for THANH HUONG VO): once the registry
record is hers, a ratings profile or a board's order under the registry's first name is hers too, when its field
and office agree; another given name of her family name in her city is still someone else."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("2210 Marsh Professional Pkwy", "Savannah", "GA", "31406", "LOCATION")
RECORD = NpiRecord("1234567893", "THANH HUONG", "VO", "", "M.D.", ("Infectious Disease",), (OFFICE,))
HELEN = Identity(make_subject("Dr. Helen Vo", state="GA", specialty="Infectious Disease"), (), RECORD, 1)


def _profile(name: str) -> Extracted:
    person = PersonRecord(
        name, credentials=("MD",), specialties=("Infectious Disease",),
        addresses=(Address("2210 Marsh Professional Pkwy", "Savannah", "GA", "31406"),), read_from=("name:h1",),
    )  # fmt: skip
    url = f"https://ratings.example/dr/{name.lower().replace(' ', '-')}"
    return Extracted(url, "ratings", PageKind.RATINGS_PROFILE, title=f"{name}, MD - Infectious Disease - Savannah, GA",
                     people=(person,))  # fmt: skip


def test_a_profile_under_the_registrys_first_name_is_hers() -> None:
    result = match(HELEN, _profile("Dr. Thanh Huong Vo"))
    assert result.decision.is_match, result.reasons
    assert any("as the NPI record names the subject: Thanh Huong Vo" in r for r in result.reasons)


def test_another_given_name_of_her_family_name_is_not() -> None:
    assert not match(HELEN, _profile("Dr. Minh Vo")).decision.is_match


def test_the_typed_name_still_reads_as_before() -> None:
    assert match(HELEN, _profile("Dr. Helen Vo")).decision.is_match
