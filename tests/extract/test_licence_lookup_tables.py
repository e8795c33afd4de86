"""A board's licence lookup is a label/value table ("Expires 11/30/2028", "Practice location 22 Elm St, ..."), and
its <title> names the licensee after the page's own name ("License Verification – Ann Q Roe, MD | Board of
Medicine"). Run together as text, a date's year meets the next label and then the address: the year is no house
number ("2028 Practice location 22 Elm St"). The title's later part, a name with its credential, is the licensee."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.entities import addresses_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

LOOKUP = """<html><head><title>License Verification – Ann Q Roe, MD | Board of Licensure in Medicine</title></head>
<body><div class="site-header">Board of Licensure in Medicine</div><h1>License Verification</h1>
<dl><dt>Name</dt><dd>Roe, Ann Quinn</dd><dt>License</dt><dd>MD12345 (Physician, MD)</dd><dt>Status</dt>
<dd>Active</dd><dt>Issued</dt><dd>09/14/2016</dd><dt>Expires</dt><dd>11/30/2028</dd><dt>Practice location</dt>
<dd>22 Elm St, Portland, ME 04102</dd><dt>Board actions</dt><dd>None</dd></dl></body></html>"""


def test_a_dates_year_is_no_house_number() -> None:
    text = "Expires 11/30/2028 Practice location 22 Elm St, Portland, ME 04102"
    assert [a.street for a in addresses_in(text)] == ["22 Elm St"]
    assert [a.street for a in addresses_in("Home: 2019 Elm St, Portland, ME 04102")] == ["2019 Elm St"]
    # A half house number is the house's, whole: not "2 Elm St" after the slash.
    assert [a.street for a in addresses_in("Home: 123 1/2 Elm St, Portland, ME 04102")] == ["123 1/2 Elm St"]


def test_the_lookups_licensee_is_the_titles_credentialed_name_at_the_tables_address() -> None:
    url = "https://board.example.gov/verify/license/MD12345"
    probe = Probe("board.example.gov", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OFFICIAL_RECORD)
    (person,) = extract(Page(probe, 200, LOOKUP, "text/html", url), None).people
    assert person.name == "Ann Q Roe" and person.credentials == ("MD",)
    assert [(a.street, a.city, a.postal_code) for a in person.addresses] == [("22 Elm St", "Portland", "04102")]
