"""Names as obituaries, bios and registers write them: a word set off in parentheses inside the name (a spouse,
a maiden or an everyday name), a dotted credential after a comma, and a relative of the page's own person."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.names import name_at_start, names_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.nameparse import parse_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("survived by her son, Dr. Anselm (Joan) Vorderbrook of Salina;", "Anselm Vorderbrook"),
        ('Hilde "Hildy" (Marsh) Vorderbrook, 91, of Salina', "Hilde Vorderbrook"),
        ("Mei-Hua (Grace) Tseng, MD", "Mei-Hua Tseng"),
    ],
)
def test_a_word_in_parentheses_inside_a_name_leaves_the_person(text: str, name: str) -> None:
    assert names_in(text)[0].name == name


@pytest.mark.parametrize("written", ["Anselm Vorderbrook, D.O.", "Anselm Vorderbrook, M.D., Ph.D."])
def test_a_dotted_credential_after_the_comma_is_no_given_name(written: str) -> None:
    parts = parse_name(written)
    assert parts is not None and (parts.given, parts.family) == ("anselm", ("vorderbrook",))
    found = name_at_start(written)
    assert found is not None and found.name == "Anselm Vorderbrook"


def test_initials_after_a_comma_are_still_a_given_name() -> None:
    parts = parse_name("Vorderbrook, A.P.")
    assert parts is not None and (parts.given, parts.middles) == ("a", ("p",))


OBITUARY = """<html><head><title>Hilde Marsh Vorderbrook Obituary (1931 - 2026) - Salina, KS</title></head>
<body><h1>Hilde Marsh Vorderbrook</h1><article><p>Hilde "Hildy" (Marsh) Vorderbrook, 94, of Salina, died at home
on Oct. 2, 2026, with her garden gloves still on the porch rail. She taught second grade for thirty-one years.</p>
<p>She is survived by her son, Dr. Anselm (Joan) Vorderbrook of Salina; her daughter, Greta Vorderbrook Hale of
Wichita; and her grandchildren. Ms. Vorderbrook loved the county fair and her pies.</p></article></body></html>"""


def test_a_relative_of_the_obituarys_own_person_is_a_person_of_the_page() -> None:
    url = "https://obits.example/hilde-vorderbrook"
    probe = Probe("obits.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, OBITUARY, "text/html", url), None)
    names = [p.name for p in page.people]
    assert "Anselm Vorderbrook" in names
    assert "Ms. Vorderbrook" not in names and "Hildy Vorderbrook" not in names  # the page's own person again


def test_a_name_set_off_after_the_middle_name_is_the_persons_everyday_name_with_the_generation() -> None:
    url = "https://heartsurgeons.example/ned"
    body = """<html><head><title>H. Edward "Ned" Vorderbrook III, MD | Heart Surgeons</title></head>
    <body><h1>H. Edward "Ned" Vorderbrook III, MD</h1><p>Cardiothoracic surgery in Salina.</p></body></html>"""
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    person = extract(Page(probe, 200, body, "text/html", url), None).people[0]
    assert person.name == "H. Edward Vorderbrook III"
    assert person.aliases == ("Ned Vorderbrook III",)


def test_a_registers_capitalised_heading_keeps_its_roman_generation() -> None:
    found = name_at_start("VORDERBROOK, ANSELM EDWARD III")
    assert found is not None and found.name == "Anselm Edward Vorderbrook III"


def test_a_titled_name_after_a_posts_number_or_its_dates_year_is_read() -> None:
    """A thread shows each post's number ("#2") or date before its first words: "#2 Dr. Ann Roe at Lakeview did
    my surgery" names Dr. Ann Roe; a street after its house number is still no name."""
    from footprint.extract.names import names_in

    assert [n.name for n in names_in("10:02 AM #2 Dr. Ann Roe at Lakeview Eye did my surgery.")] == ["Ann Roe"]
    assert [n.name for n in names_in("June 11, 2026 Dr. Ann Roe at Lakeview Eye did it.")] == ["Ann Roe"]
    assert names_in("She lives at 412 Harborview Terrace now.") == []
