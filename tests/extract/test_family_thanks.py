"""A bulletin thanks a household by its family name, the members set off with commas after its street ("the Roe
family of Elm Avenue, Jane and Sam, for hosting"), or writes "family" in its own language before the family name
("Fāmili Roe", "Familia Reyes"): each member is read as a person of the family name, and the family is no person
called "Fāmili"."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.families import members_in
from footprint.extract.personhood import not_a_person
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

BULLETIN = """<html><head><title>May bulletin | Valley Church</title></head><body><h1>Tohi – May 2026</h1>
<p>Fakamālō lahi ki he Fāmili Tavake 'o Elm Avenue. / Many thanks to the Tavake family of Elm Avenue, Viliami and
Ana, for hosting the Children's Sunday lunch.</p><p>Choir practice Thursdays at 7:30.</p></body></html>"""


def _people(html: str) -> list[str]:
    url = "https://church.example.org/bulletin/2026-05"
    probe = Probe("church.example.org", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return [p.name for p in extract(Page(probe, 200, html, "text/html", url), None).people]


def test_the_members_a_bulletin_thanks_after_the_family_and_its_street_are_people_of_that_name() -> None:
    names = _people(BULLETIN)
    assert "Viliami Tavake" in names and "Ana Tavake" in names
    assert not any(n.startswith("Fāmili") for n in names)  # the Tongan "the Tavake family", nobody's name


def test_the_word_family_in_another_language_makes_no_person() -> None:
    for family in ("Fāmili Tavake", "Familia Reyes", "Famiglia Russo", "Familie Vos"):
        assert not_a_person(family), family
    assert not not_a_person("Ana Tavake")


def test_places_after_the_familys_town_are_no_members() -> None:
    assert members_in("We drove out with the Roe family of Denver, Colorado and Utah.") == []
    assert [m.name for m in members_in("The Roe family, Jane and Sam, came.")] == ["Jane Roe", "Sam Roe"]
