"""Search pages that echo their query name nobody; directory cards are read with their own block.

Pages written here, one per class: a people-search answer that found nobody (in the title, in the
heading, in a line of text), a results page that says whom it searched for, a conference faculty
page whose entries are headed by the speaker's name, and a team page; roles and section words
("Attending Physician", "Faculty Disclosures") never become names.
"""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.names import name_at_start, names_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

SEARCHED = "https://people.example/search/Zora-Quillfeather"


def _page(body: str, url: str = SEARCHED, kind: PageKind = PageKind.OTHER) -> Page:
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SITE_SEARCH, kind)
    return Page(probe, 200, body, "text/html", url)


@pytest.mark.parametrize(
    "body",
    [
        "<html><head><title>Zora Quillfeather - PeopleFinder</title></head>"
        "<body><h1>No results found for Zora Quillfeather in Fargo, North Dakota</h1></body></html>",
        "<html><head><title>PeopleFinder</title></head><body><h1>We couldn't find Zora Quillfeather</h1></body></html>",
        "<html><head><title>Zora Quillfeather in Fargo, ND | PeopleFinder</title></head><body><nav>Home</nav>"
        "<div><p>Sorry, we could not find any records for that search.</p></div></body></html>",
        "<html><head><title>Search</title></head><body><h2>0 results for Zora Quillfeather</h2></body></html>",
    ],
)
def test_a_page_that_found_nobody_names_nobody(body: str) -> None:
    page = extract(_page(body, kind=PageKind.PEOPLE_SEARCH), None)
    assert [p.name for p in page.people] == []


def test_a_forum_title_that_could_not_find_a_doctor_is_not_a_no_result_page() -> None:
    body = (
        "<html><head><title>Couldn't find a good pediatrician - Fargo Parents</title></head><body><article>"
        "<p>Dr. Zora Quillfeather at Red River Pediatrics in Fargo, ND was wonderful with our twins.</p>"
        "</article></body></html>"
    )
    page = extract(_page(body, "https://forum.example/t/1"), None)
    assert "Zora Quillfeather" in [p.name for p in page.people]


def test_the_searched_name_written_after_results_for_is_the_query_not_a_person() -> None:
    body = (
        "<html><head><title>Directory</title></head><body><main><p>Showing 2 results for Zora Quillfeather.</p>"
        "<p>Dr. Ida Brandvold is a pediatrician in Fargo, ND. She sees children of all ages and families.</p>"
        "<p>Dr. Tomas Reyna is a family physician in Moorhead, MN, and has practised there since 2004.</p>"
        "</main></body></html>"
    )
    names = [p.name for p in extract(_page(body, "https://dir.example/find"), None).people]
    assert "Zora Quillfeather" not in names and {"Ida Brandvold", "Tomas Reyna"} <= set(names)


FACULTY = """<html><head><title>Speakers - Prairie Pediatrics Update 2025</title></head><body>
<header><h1>Prairie Pediatrics Update 2025</h1><p>Fargo, ND</p></header>
<section><h2>Faculty &amp; Speakers</h2>
 <div><h3>Zora "Zee" Quillfeather, MD</h3><p>Attending Physician, Red River Children's, Fargo</p>
  <p><em>Fever without a source</em></p><p>Dr. Quillfeather chairs the sepsis committee.</p></div>
 <div><h3>Ida Brandvold, DO</h3><p>Medical Director, Lakes Urgent Care, Bemidji</p><p><em>Sprains</em></p></div>
</section></body></html>"""


def test_a_faculty_page_gives_each_speaker_their_own_card() -> None:
    page = extract(_page(FACULTY, "https://conf.example/2025/faculty"), None)
    people = {p.name: p for p in page.people}
    assert set(people) == {"Zora Quillfeather", "Ida Brandvold"}  # no "Attending Physician", no "Medical Director"
    zora = people["Zora Quillfeather"]
    assert zora.credentials == ("MD",) and zora.aliases == ("Zee Quillfeather",)
    assert "Red River Children's, Fargo" in zora.context and "Bemidji" not in zora.context
    assert "name:card" in zora.read_from


def test_a_speaker_with_degrees_after_the_md_is_still_a_card_of_their_own() -> None:
    # "MD, MSCI", "MD, PhD, FAASLD": post-nominal letters after a degree; without the card, the whole faculty
    # section was one block and the main text (the talks, the disclosures) named nobody.
    body = FACULTY.replace('Zora "Zee" Quillfeather, MD', "Zora Quillfeather, MD, MSCI").replace(
        "Ida Brandvold, DO", "Ida Brandvold, DO, PhD, FAASLD"
    )
    people = {p.name: p for p in extract(_page(body, "https://conf.example/2025/faculty"), None).people}
    assert set(people) == {"Zora Quillfeather", "Ida Brandvold"}
    assert "Red River Children's, Fargo" in people["Zora Quillfeather"].context
    assert "Bemidji" in people["Ida Brandvold"].context and "Fargo" not in people["Ida Brandvold"].context


@pytest.mark.parametrize(
    "text", ["Attending Physician, Treasure Valley", "Faculty Disclosures", "Board Certified Dermatologist"]
)
def test_roles_and_section_words_are_not_names(text: str) -> None:
    assert names_in(text) == [] and name_at_start(text) is None


def test_a_family_name_first_heading_keeps_its_credential() -> None:
    span = name_at_start("Quillfeather, Zora MD")
    assert span is not None and span.name == "Zora Quillfeather" and span.credentials == ("MD",)


def test_a_results_grid_of_divs_under_column_headings_is_read_row_by_row() -> None:
    from footprint.extract import extract
    from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

    body = """<html><head><title>Zora Quillfeather in Fargo, ND | People Lookup</title></head><body>
    <h1>2 Results for Zora Quillfeather</h1>
    <div class="hdr"><div>Name</div><div>Age</div><div>Locations</div><div>Possible Relatives</div></div>
    <div class="r"><div><h4>Zora Quillfeather</h4><ul><li>Also known as</li><li>Zora Q Brandvold</li></ul></div>
      <div>44</div><div><ul><li>Fargo, ND</li><li>Moorhead, MN</li></ul></div>
      <div><ul><li>Tomas Quillfeather</li><li>Lena Quillfeather</li></ul></div>
      <div>Phone: (701) 555-0199</div><div><a href="/p/1">View Details</a></div></div>
    <div class="r"><div><h4>Zora M Quillfeather</h4></div><div>71</div><div><ul><li>Tucson, AZ</li></ul></div>
      <div><ul><li>Ida Quillfeather</li></ul></div></div></body></html>"""
    url = "https://lookup.example/name/zora-quillfeather"
    probe = Probe("lookup.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    assert page.kind == PageKind.PEOPLE_SEARCH
    people = {p.name: p for p in page.people if p.age is not None}
    zora = people["Zora Quillfeather"]
    assert zora.age == 44 and zora.relatives == ("Tomas Quillfeather", "Lena Quillfeather")
    assert [(a.city, a.state) for a in zora.addresses] == [("Fargo", "ND"), ("Moorhead", "MN")]
    assert zora.phones and zora.aliases == ("Zora Q Brandvold",)
    assert people["Zora M Quillfeather"].age == 71
    assert not any(p.name == "Tomas Quillfeather" for p in page.people)  # a relative is no record of their own


def test_a_broker_card_whose_values_are_spans_side_by_side_reads_each_value_and_its_bare_place() -> None:
    from footprint.extract import extract
    from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

    def values(label: str, *items: str) -> str:
        return f'<span class="l">{label}</span>' + "".join(f'<span class="v">{v}</span>' for v in items)

    body = f"""<html><head><title>Zora Quillfeather - Fargo, ND | People</title></head><body><ul><li>
    <div class="hit"><div class="hit-name">Zora Quillfeather, 44</div>
    <div>{values("Also Known As", "Zora Brandvold", "Zora Q Brandvold")}</div>   <div>Fargo, ND</div>
    <div>{values("Has Lived In", "Moorhead, MN", "Minot, ND")}</div><div>{
        values("Related To", "Tomas Quillfeather", "Lena Brandvold")
    }</div></div></li></ul></body></html>"""
    url = "https://people.example/zora"
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    zora = next(p for p in extract(Page(probe, 200, body, "text/html", url), None).people if p.age == 44)
    assert zora.relatives == ("Tomas Quillfeather", "Lena Brandvold")
    assert zora.aliases == ("Zora Brandvold", "Zora Q Brandvold")
    assert [(a.city, a.purpose) for a in zora.addresses] == [
        ("Fargo", "home"),
        ("Moorhead", "previous"),
        ("Minot", "previous"),
    ]


def _broker(records: str) -> Page:
    body = (
        "<html><head><title>Zora Quillfeather in North Dakota | Brokerage</title></head><body>"
        f"<h1>Zora Quillfeather</h1>{records}<footer>Public records for informational purposes.</footer></body></html>"
    )
    return _page(body, "https://brokerage.example/name/Zora/Quillfeather/ND", PageKind.PEOPLE_SEARCH)


def test_a_brokers_headline_is_its_one_record_or_its_query_never_a_person_of_its_own() -> None:
    one = "<div><h3>Zora K Quillfeather, 29</h3><p>Fargo, ND 58103</p><p>Relatives: Odo Quillfeather</p></div>"
    page = extract(_broker(one), None)
    assert [(p.name, p.age) for p in page.people] == [("Zora K Quillfeather", 29)]
    two = one + "<div><h3>Zora M Quillfeather, 61</h3><p>Minot, ND 58701</p><p>Relatives: Ida Quillfeather</p></div>"
    page = extract(_broker(two), None)
    assert sorted(p.name for p in page.people) == ["Zora K Quillfeather", "Zora M Quillfeather"]
    other = "<div><h3>Ida M Quillfeather, 61</h3><p>Minot, ND 58701</p><p>Relatives: Odo Quillfeather</p></div>"
    page = extract(_broker(other), None)  # the headline names someone no record is: kept
    assert "Zora Quillfeather" in [p.name for p in page.people]
