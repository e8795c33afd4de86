"""A broker's record whose middle name is not the one the subject's NPI record gives is another person of the name:
rejected, not left for the user to review. A namesake's obituary that also names the subject (by her everyday name)
is judged on that mention."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    NpiRecord,
    PageKind,
    PersonRecord,
)

OFFICE = Address("2 Mesa Crest Blvd NE", "Albuquerque", "NM", "87110", "LOCATION")
RECORD = NpiRecord("1234567893", "BETTINA", "QUARRENDON", "ORTIZ", "M.D.", ("Dermatology",), (OFFICE,))
WHO = Identity(make_subject("Bettina Quarrendon"), (), RECORD)


def test_a_broker_record_of_her_name_in_her_city_with_another_middle_initial_is_rejected() -> None:
    person = PersonRecord("Bettina R Quarrendon", age=47, addresses=(Address("", "Albuquerque", "NM", "87109"),))
    page = Extracted("https://people.example/b/1", "people", PageKind.PEOPLE_SEARCH, people=(person,))
    result = match(WHO, page)
    assert result.decision == Decision.REJECTED, result.reasons
    assert any("another person of the name" in r for r in result.reasons)
    hers = PersonRecord("Bettina O Quarrendon", age=47, addresses=(Address("", "Albuquerque", "NM", "87109"),))
    page = Extracted("https://people.example/b/2", "people", PageKind.PEOPLE_SEARCH, people=(hers,))
    assert match(WHO, page).decision != Decision.REJECTED


def test_a_middle_initial_that_is_her_family_names_initial_is_still_another_middle_name() -> None:
    # "Bettina Q Quarrendon" abbreviates no Quarrendon: the page writes that family name in full after it.
    person = PersonRecord("Bettina Q Quarrendon", age=53, addresses=(Address("", "Albuquerque", "NM", "87109"),))
    page = Extracted("https://people.example/b/3", "people", PageKind.PEOPLE_SEARCH, people=(person,))
    result = match(WHO, page)
    assert result.decision == Decision.REJECTED, result.reasons
    assert any("middle name Q" in r for r in result.reasons)


def test_a_namesakes_obituary_naming_her_by_her_everyday_name_is_judged_on_her() -> None:
    text = (
        "Bettina Romero Quarrendon, 1941 - 2026, Albuquerque, NM. She is survived by her son Marco of Albuquerque. "
        "Marco's wife, Dr. Tina Quarrendon, sat with her every night at the end."
    )
    deceased = PersonRecord(
        "Bettina Romero Quarrendon", addresses=(Address("", "Albuquerque", "NM"),), context=text, read_from=("name:h1",)
    )
    mention = PersonRecord("Tina Quarrendon", context=text.split(". ", 1)[1], read_from=("name:text",))
    page = Extracted(
        "https://obituaries.example/bettina-romero-quarrendon", "obituaries", PageKind.OTHER,
        title="Bettina Romero Quarrendon Obituary - Albuquerque, NM", text=text, people=(deceased, mention),
    )  # fmt: skip
    result = match(WHO, page)
    assert result.person is not None and result.person.name == "Tina Quarrendon", result.reasons
    assert result.decision.is_match, result.reasons
