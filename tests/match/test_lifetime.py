"""A person of the subject's name whose obituary gives a life span is a namesake (at most possible: the page may
name her household), and one whose age a story writes beside the name and which the subject cannot be is another
person; a residency's years under her name are no life span."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.lifetime import life_span, written_age
from footprint.match.person import match_person
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("10 Lakeview Crest Dr", "Park Ridge", "IL", "60068", "LOCATION")
RECORD = NpiRecord("1234567893", "HALINA", "WROCZYNSKA", "", "M.D.", ("Internal Medicine",), (OFFICE,),
                   enumerated="2006-03-14")  # fmt: skip
HALINA = Identity(make_subject("Halina Wroczynska", city="Park Ridge", state="IL"), (), RECORD)


def test_a_namesakes_obituary_is_at_most_possible() -> None:
    text = "Halina Wroczynska · 1938 - 2026 · Chicago, IL · Born in Nowy Targ, she worked thirty years at a bakery."
    person = PersonRecord("Halina Wroczynska", addresses=(Address("", "Chicago", "IL"),), context=text,
                          read_from=("record:labelled text", "name:h1"))  # fmt: skip
    title = "Halina Wroczynska Obituary (1938 - 2026) - Chicago, IL"
    page = Extracted("https://obits.example/halina", "obits", PageKind.OTHER, title=title, text=text, people=(person,))
    result = match(HALINA, page)
    assert result.decision.value == "possible", result.reasons  # at most possible: her household may be named
    assert any("a namesake who has died" in r for r in result.reasons)
    assert life_span(replace(person, context=""), "Halina Wroczynska Obituary (1938 - 2026)") == (1938, 2026)


def test_a_residencys_years_under_her_name_are_no_life_span() -> None:
    person = PersonRecord("Halina Wroczynska", context="Halina Wroczynska | 2008 - 2011 | Internal Medicine residency")
    assert life_span(person) is None


def test_an_age_written_beside_the_name_that_she_cannot_be_is_a_namesakes() -> None:
    story = "Halina Wroczynska, 34, a Park Ridge software engineer, says her app will help growers."
    person = PersonRecord("Halina Wroczynska", context=story, read_from=("name:text",))
    assert written_age(person) == 34
    result = match_person(HALINA, person, page_text=story)
    assert not result.decision.is_match and any("too young to have held" in r for r in result.reasons)
    aged = replace(HALINA, ages=((61, "Park Ridge", "IL"),))
    older = replace(person, context="Halina Wroczynska, 47, of Park Ridge, won the pie contest.")
    assert any("but the subject is 61" in r for r in match_person(aged, older).reasons)
    same = replace(person, context="Halina Wroczynska, 60, of Park Ridge, won the pie contest.")
    assert not any("written with the name" in r for r in match_person(aged, same).reasons)


def test_a_nickname_in_quotes_between_the_names_is_read() -> None:
    person = PersonRecord("Halina Wroczynska", context='Halina "Hala" Wroczynska | 1931 - 2024 | Halina "Hala" '
                          "Wroczynska, 93, of Chicago, passed away peacefully.")  # fmt: skip
    assert life_span(person) == (1931, 2024)
    assert written_age(person) == 93


def test_an_age_written_as_newsrooms_do_is_read() -> None:
    forms = {
        "Halina Wroczynska, a 34-year-old software engineer from Park Ridge, won the prize.": 34,
        "Halina Wroczynska, aged 29, of Park Ridge, won the prize.": 29,
        "Halina Wroczynska, 41 years old, said she trained for a year.": 41,
        "The prize went to 34-year-old Halina Wroczynska of Park Ridge.": 34,
        "A 27-year-old Park Ridge welder, Halina Wroczynska, won best in show.": 27,
        # the age is someone else's: a patient of the doctor, the doctor's son
        "A 34-year-old patient of Dr. Halina Wroczynska said the wait was short.": None,
        "The 12-year-old son of Halina Wroczynska won the spelling bee.": None,
        "Halina Wroczynska, who has practised for 34 years, opened a clinic.": None,
    }
    for story, age in forms.items():
        assert written_age(PersonRecord("Halina Wroczynska", context=story)) == age, story
    story = "Halina Wroczynska, a 34-year-old welder from Park Ridge, won best in show at the county fair."
    result = match_person(HALINA, PersonRecord("Halina Wroczynska", context=story), page_text=story)
    assert not result.decision.is_match and any("too young to have held" in r for r in result.reasons)
