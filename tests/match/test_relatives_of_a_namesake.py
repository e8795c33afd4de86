"""A relative of the subject with the subject's own name (a mother-in-law, a father "Sr.") lists the same
family: the shared relatives do not make her the subject when the registry says her middle name is another."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1234567893", "INGRID", "SOLBAKKEN", "ANN", credential="MD", taxonomies=("Endocrinology",),
    addresses=(Address("10 Rim Rd", "Billings", "MT", "59102", "LOCATION"),),
)  # fmt: skip
WHO = replace(Identity(make_subject("Dr. Ingrid Solbakken", state="MT"), (), RECORD), relatives=("Anders K Solbakken",))


def _record(name: str) -> Extracted:
    person = PersonRecord(
        name, addresses=(Address("4 Elm St", "Billings", "MT", "59102"),), relatives=("Anders K Solbakken",)
    )
    return Extracted("https://people.example/p/1", "people", PageKind.PEOPLE_SEARCH, people=(person,))


def test_the_namesake_with_another_middle_initial_is_not_confirmed_by_shared_relatives() -> None:
    found = match(WHO, _record("Ingrid J Solbakken"))
    assert found.decision == Decision.REJECTED, found.reasons


def test_the_subject_with_her_own_middle_initial_is_confirmed_by_them() -> None:
    assert match(WHO, _record("Ingrid A Solbakken")).decision.is_match


def test_her_record_listing_the_namesake_as_a_relative_is_still_hers() -> None:
    own = PersonRecord(
        "Ingrid A Solbakken", addresses=(Address("4 Elm St", "Billings", "MT", "59102"),),
        relatives=("Ingrid J Solbakken",), phones=(),
    )  # fmt: skip
    found = match(WHO, Extracted("https://people.example/p/2", "people", PageKind.PEOPLE_SEARCH, people=(own,)))
    assert not any("this record is a relative of the subject" in r for r in found.reasons), found.reasons
    mother = PersonRecord("Ingrid Solbakken", relatives=("Ingrid Solbakken",))  # her own name, no middle: a relative
    found = match(WHO, Extracted("https://people.example/p/3", "people", PageKind.PEOPLE_SEARCH, people=(mother,)))
    assert any("this record is a relative of the subject" in r for r in found.reasons)
