"""People listed together are each one person: a caption's or a story's list ("L-R: Ann Pike, Bobby Tate and
Mary Jones"), a people-search record's relatives shown one link or one line each. A name never spans a list's
separator, and an event's name or a date before the list is no person."""

from __future__ import annotations

from typing import Any

import pytest

from footprint.extract import extract
from footprint.extract.entities import relatives_in
from footprint.extract.names import names_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import SiteDefinition

URL = "https://people.example/find/person/abc123"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("From left, Ann Pike, Bobby Tate and Mary Jones", ["Ann Pike", "Bobby Tate", "Mary Jones"]),
        ("Ann Pike and Bobby Tate cut the ribbon.", ["Ann Pike", "Bobby Tate"]),
        ("Carl Moss and Ann Lee were honoured.", ["Carl Moss", "Ann Lee"]),
        ("Members Ann Pike, Bobby Tate & Mary Jones", ["Ann Pike", "Bobby Tate", "Mary Jones"]),
        ("Pictured: Carl Moss, treasurer; Dana Wells, president", ["Carl Moss", "Dana Wells"]),
    ],
)
def test_a_list_of_full_names_gives_each_and_no_name_across_a_separator(text: str, names: list[str]) -> None:
    assert [n.name for n in names_in(text)] == names


def test_a_couple_sharing_a_family_name_still_gives_both() -> None:
    assert [n.name for n in names_in("Ann and Tom Lee hosted")] == ["Ann Lee", "Tom Lee"]
    assert [n.name for n in names_in("Stewards: Chloé & Luc Bissonnette")] == ["Chloé Bissonnette", "Luc Bissonnette"]


def test_a_couple_whose_first_given_name_is_hyphenated_gives_it_whole() -> None:
    """A sponsor list's "Drs. Jean-Robert and Nadège Roe": him whole, not no one."""
    names = [n.name for n in names_in("Table hosts: Drs. Jean-Robert and Nadège Roe")]
    assert "Jean-Robert Roe" in names and "Nadège Roe" in names
    assert not any(n in names for n in ("Robert Roe", "Jean Roe"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sponsors: Dr. Roe & Jane Roe", ["Jane Roe"]),
        ("Dr. S. Rao & Dr. Priya Rao, Arjun", ["S. Rao", "Priya Rao"]),
        ("S. Rao & Priya Lee", ["S. Rao", "Priya Lee"]),
        ("Dr. Ann and Tom Lee", ["Ann Lee", "Tom Lee"]),
    ],
)
def test_a_family_name_before_and_is_no_partners_given_name(text: str, names: list[str]) -> None:
    """The word before "&" ends a titled or initialled person's name: no "Roe Roe" or "Rao Lee"."""
    assert [n.name for n in names_in(text)] == names


@pytest.mark.parametrize(
    "text", ["Banquet Nov 2026", "Holiday Banquet Dec. 12", "Spring Gala May 4", "Awards Dinner Nov 2026"]
)
def test_an_event_and_its_date_are_no_person(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "- Speaks English and Hungarian",
        "Loves Denali and dogs",
        "Alyeska A-frame with sauna",
        "Joined Bridger Ski Patrol",
    ],
)
def test_a_profiles_facts_and_a_lettered_word_are_no_person(text: str) -> None:
    """A host's or member's profile lists facts that open with a verb ("Speaks English"), and "A-frame", "T-shirt",
    "X-ray" are words: none is a person, though "Karen English" is."""
    assert names_in(text) == []
    assert [n.name for n in names_in("Karen English and Jean-Robert Roe spoke")] == ["Karen English", "Jean-Robert Roe"]


def test_a_given_name_before_a_month_like_family_name_stays_a_person() -> None:
    assert [n.name for n in names_in("Ann May 12 years on the board")] == ["Ann May"]


def _read(body: str, **fields: Any) -> Any:
    rules = {"structured": True, "fields": {"name": "h1", **fields}}
    site = SiteDefinition("test", "Test", "people_search", "https://people.example", extract=rules)
    probe = Probe("test", URL, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind.PEOPLE_SEARCH)
    return extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), site)


@pytest.mark.parametrize(
    "listing",
    [
        '<div class="rel"><a href="#">Wade A Roe</a><br><a href="#">Norma J Pike</a><br><a href="#">Lyn Pike</a></div>',
        '<ul class="rel"><li>Wade A Roe</li><li>Norma J Pike</li><li>Lyn Pike</li></ul>',
        '<p class="rel">Wade A Roe<br>Norma J Pike<br>Lyn Pike</p>',
    ],
)
def test_a_relatives_selector_on_a_container_reads_each_listed_person(listing: str) -> None:
    page = _read(f"<h1>Delia Roe</h1>{listing}", relatives=".rel")
    assert page.people[0].relatives == ("Wade A Roe", "Norma J Pike", "Lyn Pike")


def test_a_comma_separated_relatives_value_is_still_split() -> None:
    page = _read('<h1>Delia Roe</h1><p class="rel">Wade A Roe, Norma J Pike</p>', relatives=".rel")
    assert page.people[0].relatives == ("Wade A Roe", "Norma J Pike")


def test_relatives_run_together_in_text_give_no_made_up_person() -> None:
    assert relatives_in("Possible Relatives Wade A Roe Norma J Pike Lyn Pike") == ()
    assert relatives_in("Relatives: Wade Roe, Norma Pike") == ("Wade Roe", "Norma Pike")


def test_truepeoplesearch_detail_lists_each_possible_relative_apart() -> None:
    from footprint.sites import catalog

    site = next(s for s in catalog() if s.id == "truepeoplesearch")
    url = "https://www.truepeoplesearch.com/find/person/abc123"
    body = """<div id="personDetails" data-fn="Delia" data-ln="Roe" data-age="52">
      <div class="row"><div class="col"><h1 class="oh1">Delia R Roe</h1></div></div>
      <div class="row"><div class="col"><div class="h5">Possible Relatives</div>
      <a href="#" class="link-to-more">Wade A Roe</a><br><a href="#" class="link-to-more">Norma J Pike</a><br>
      </div></div></div>"""
    probe = Probe(site.id, url, ProbePurpose.PROFILE, ProbeSource.SITE_SEARCH, PageKind.PEOPLE_SEARCH)
    page = extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", url), site)
    assert [(p.name, p.relatives) for p in page.people] == [("Delia R Roe", ("Wade A Roe", "Norma J Pike"))]


@pytest.mark.parametrize(
    "text",
    [
        "Parish Directory | St. Anne's Episcopal Church, Manchester",
        "our bridge clinic with the Elliot Crest emergency department",
        "Rotary Club of Beckley",
        "along the Erie Canal",
        "5am after a night on L&D at Big Sioux, then the gym",
    ],
)
def test_a_place_or_an_institution_is_no_person(text: str) -> None:
    assert names_in(text) == []


def test_a_person_whose_family_name_is_such_a_word_stays_one() -> None:
    assert [n.name for n in names_in("Miriam Church spoke; Ann Pike joined the hospital board.")] == [
        "Miriam Church",
        "Ann Pike",
    ]
    assert [n.name for n in names_in("Young Kim at Big Sioux")] == ["Young Kim"]


def test_a_relatives_grid_on_a_record_page_gives_each_row_as_a_relative() -> None:
    body = """<h2>Delia R Roe</h2><p>Age 52</p><div class="h5">Relatives</div><table>
      <tr><th>Name</th><th>Age</th><th>Birth Year</th></tr>
      <tr><td><a href="/s?first=Wade">Wade A Roe</a></td><td>54</td><td>1972</td></tr>
      <tr><td><a href="/s?first=Norma">Norma J Pike</a></td><td>77</td><td>1949</td></tr></table>"""
    probe = Probe("none", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.PEOPLE_SEARCH)
    page = extract(Page(probe, 200, f"<html><body>{body}</body></html>", "text/html", URL), None)
    assert [(p.name, p.relatives) for p in page.people] == [("Delia R Roe", ("Wade A Roe", "Norma J Pike"))]


def test_a_registry_copys_row_labels_and_post_office_box_are_no_person() -> None:
    """A copy of the NPI registry writes "PO BOX 40118" and "Taxonomy Code" as rows; read as people, the box
    carried the mailing address into the page's people and looked like a second, stale listing."""
    from footprint.extract.names import names_in

    text = "Provider Mailing Address PO BOX 40118 PORTLAND, OR 97240. Taxonomy Code 207N00000X. Mary Box, RN."
    found = set(names_in(text))
    assert not {n for n in found if n.lower() in {"po box", "taxonomy code"}}


def test_a_post_office_box_is_read_whole_and_its_number_is_no_house_number() -> None:
    from footprint.extract.entities import addresses_in

    found = addresses_in("Mailing Address PO BOX 40118 PORTLAND, OR 97240. P.O. Box 12, Bend, OR 97701 and more")
    assert [(a.street, a.city) for a in found] == [("PO BOX 40118", "PORTLAND"), ("P.O. Box 12", "Bend")]
