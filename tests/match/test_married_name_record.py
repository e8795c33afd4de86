"""A broker's record under the subject's married name ("Aigerim Holt") that lists her own name among its other names
("AKA Aigerim N Zhaksylykova", the registry's middle initial): the same person under another family name. It fits
more weakly than her name itself, so the record's town and other facts decide; an alias of another given name, or a
record whose facts are elsewhere, stays another person's."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("6160 S Marsh Ave", "Tulsa", "OK", "74136", "LOCATION")
RECORD = NpiRecord("1234567893", "AIGERIM", "QUASSEL", "N", "M.D.", ("Gynecologic Oncology",), (OFFICE,))
WHO = Identity(make_subject("Dr. Aigerim Quassel"), (), RECORD, 1)


def _record(name: str, aliases: tuple[str, ...], city: str = "Tulsa") -> Extracted:
    person = PersonRecord(name, age=41, addresses=(Address("3914 E Marsh Pl", city, "OK", "74105", "home"),),
                          aliases=aliases, read_from=("record:site selectors",))  # fmt: skip
    return Extracted("https://people.example/aigerim-holt", "people", PageKind.PEOPLE_SEARCH, people=(person,))


def test_a_married_name_record_listing_her_name_as_another_name_is_hers() -> None:
    result = match(WHO, _record("Aigerim Holt", ("Aigerim N Zhaksylykova", "Aigerim N Quassel")))
    assert result.decision.is_match, result.reasons
    assert any("another family name the record also gives" in r for r in result.reasons)


def test_other_names_that_are_not_hers_or_a_record_elsewhere_are_not() -> None:
    assert not match(WHO, _record("Aigerim Holt", ("Aigerim Holtz",))).decision.is_match
    assert not match(WHO, _record("Dana Holt", ("Dana Quassel",))).decision.is_match
    assert not match(WHO, _record("Aigerim Holt", ("Aigerim N Quassel",), city="Lawton")).decision.is_match
