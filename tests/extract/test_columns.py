"""A results grid whose header row names the columns (extract/columns.py), on pages written here."""

from __future__ import annotations

import lxml.html

from footprint.extract import columns, extract
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

GRID = """<html><head><title>Peggy Quillfeather in Fargo, ND | FindFolks</title></head><body>
<h1>2 results for Peggy Quillfeather</h1>
<div class="results">
 <div class="hdr"><div>Name</div><div>Age</div><div>Cities</div><div>Possible relatives</div></div>
 <div class="res"><div><h3>Peggy L Quillfeather</h3></div><div>81</div>
  <div><span>Moorhead, MN</span><span>Fargo, ND</span></div>
  <div><ul><li>Arvid Quillfeather</li><li>Lena Quillfeather</li></ul></div><div><a href="/p/1">Open</a></div></div>
 <div class="res"><div><h3>Peggy A Quillfeather</h3><p>Also known as</p><p>Peg Quillfeather</p></div><div>44</div>
  <div><span>Fargo, ND</span></div>
  <div><ul><li>Tomas Berg</li></ul></div><div>Phone: (701) 555-0177</div></div>
</div></body></html>"""

TABLE = """<html><body><table>
<thead><tr><th>Name</th><th>Age</th><th>Lives in</th><th>Related to</th></tr></thead>
<tbody><tr><td>Ole Hanson</td><td>52</td><td>Fargo, ND</td><td>Ada Hanson, Per Hanson</td></tr></tbody>
</table></body></html>"""


def test_each_row_of_a_header_labelled_grid_is_a_person_with_age_places_and_relatives() -> None:
    found = columns.people(lxml.html.fromstring(GRID))
    assert [(p.name, p.age) for p in found] == [("Peggy L Quillfeather", 81), ("Peggy A Quillfeather", 44)]
    older, her = found
    assert older.relatives == ("Arvid Quillfeather", "Lena Quillfeather")
    assert [a.city for a in her.addresses] == ["Fargo"]
    assert her.relatives == ("Tomas Berg",) and "Peg Quillfeather" in her.aliases
    assert her.phones == ("+17015550177",)  # a cell past the header's, read as written


def test_a_table_with_a_header_row_is_read_the_same_way() -> None:
    (ole,) = columns.people(lxml.html.fromstring(TABLE))
    assert (ole.name, ole.age, ole.relatives) == ("Ole Hanson", 52, ("Ada Hanson", "Per Hanson"))


def test_a_page_with_such_a_grid_is_a_people_search_page() -> None:
    url = "https://findfolks.example/nd/fargo/peggy-quillfeather"
    probe = Probe("findfolks.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, GRID, "text/html", url), None)
    assert page.kind == PageKind.PEOPLE_SEARCH
    assert {p.name: p.age for p in page.people if p.age} == {"Peggy L Quillfeather": 81, "Peggy A Quillfeather": 44}


def test_a_staff_table_without_personal_columns_is_no_people_search_grid() -> None:
    staff = """<table><tr><th>Name</th><th>Specialty</th><th>Location</th></tr>
    <tr><td>Dr. Ole Hanson</td><td>Pediatrics</td><td>Fargo, ND</td></tr></table>"""
    # "Location" alone is a workplace's column: a grid needs an age, relatives, phones or e-mails.
    assert all(p.age is None and not p.relatives for p in columns.people(lxml.html.fromstring(staff)))


def test_a_grid_under_a_relatives_heading_lists_the_persons_relatives_not_records() -> None:
    detail = """<div><h1>Peggy A Quillfeather</h1><p>Age 44</p>
    <div class="panel"><div class="panel-heading">Possible Relatives</div>
    <table><tr><th>Name</th><th>Age</th><th>Birth year</th></tr><tr><td>Lena Quillfeather</td><td>39</td>
    <td>1986</td></tr></table></div></div>"""
    assert columns.people(lxml.html.fromstring(detail)) == []
