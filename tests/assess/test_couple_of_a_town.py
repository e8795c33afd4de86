"""A community page names the subject, as a private person, and another adult in full "of" their town: a couple,
a household. Two doctors of a hospital, or the subject under a title, are colleagues, not a family."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Ida Brandvold", city="Fargo", state="ND"), ())


def _family(text: str, called: str = "Ida Brandvold") -> set[str]:
    person = PersonRecord(called)
    page = Extracted("https://www.fargoschools.example.org/news/bee", "fargoschools.example.org",
                     PageKind.OTHER, title="Spelling bee", text=text, people=(person,))  # fmt: skip
    found = assess(WHO, [Match(page, MatchResult(0.8, Decision.LIKELY, (), person, 0))], {})
    return {f.highlight for f in found if f.category == "family_information"}


def test_a_couple_of_a_town_thanked_or_in_the_front_row() -> None:
    text = "Special thanks to Ida Brandvold and Tom Haugen of West Fargo, who hosted the volunteers all week."
    assert _family(text) == {"Ida Brandvold and Tom Haugen of West Fargo"}
    row = "The winner's parents, Dr. Ann Poe and Ida Brandvold of Moorhead, were in the front row."
    assert _family(row)


def test_the_subject_under_a_title_beside_a_colleague_is_no_couple() -> None:
    text = "The talk was given by Dr. Ida Brandvold and Dr. Sam Lee of Sanford Health on heart failure."
    assert _family(text, called="Dr. Ida Brandvold") == set()
