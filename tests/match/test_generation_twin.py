"""A father and son of one name in the registry share their family: relatives named beside the bare name do not
tell the subject (Jr.) from his father (Sr.). Hand-written pages."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.conflicts import generation_twin
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

SON = NpiRecord("1234567893", "Everett", "Brannock", "James", "MD", ("Orthopaedic Surgery",),
                (Address("1 Main St", "Salem", "OR", "97301", "LOCATION"),), suffix="Jr.")  # fmt: skip
FATHER = NpiRecord("1245319599", "Everett", "Brannock", "James", "MD", ("Family Medicine",),
                   (Address("9 Elm St", "Keizer", "OR", "97303", "LOCATION"),), suffix="Sr.")  # fmt: skip
SUBJECT = make_subject("Everett Brannock Jr.")
STORY = "Dr. Everett Brannock was honored by the council. Brannock and his wife Ruth still live in town."


def _identity(others: tuple[NpiRecord, ...]) -> Identity:
    return Identity(SUBJECT, name_variants(SUBJECT), SON, relatives=("Ruth Brannock",), registry_others=others)


def _judged(others: tuple[NpiRecord, ...]):  # type: ignore[no-untyped-def]
    person = PersonRecord(name="Dr. Everett Brannock", context=STORY)
    page = Extracted(url="https://www.towntimes.example.com/2026/06/dr-everett-brannock-honored", site_id="x",
                     kind=PageKind.NEWS, people=(person,), text=STORY)  # fmt: skip
    return match(_identity(others), page)


def test_relatives_beside_the_bare_name_do_not_tell_a_son_from_his_father_of_the_same_name() -> None:
    assert generation_twin(SON, (FATHER,), "Dr. Everett Brannock") == "Everett Brannock Sr."
    assert generation_twin(SON, (FATHER,), "Everett Brannock Jr.") == ""  # the page says which
    result = _judged((FATHER,))
    assert not result.decision.is_match
    assert any("the family is both's" in r for r in result.reasons)


def test_without_a_same_name_father_in_the_registry_the_relative_still_decides() -> None:
    assert _judged(()).decision.is_match
