"""Names as boards, registers and patients write them: in capitals, family name first, "Dr. Family" alone.

A licence register shows "Name | HARGROVE, JAMES THOMAS" in a table; a board order says "IN THE
MATTER OF: HARGROVE, JAMES T., M.D."; a forum post says "Dr. Harlow at Riverside Pediatrics". Each is
read as the person it names, and a board's page is an official record.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.names import names_in, titled_families_in
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

REGISTER = """<html><head><title>License Verification - Prairie State Board of Medical Licensure</title></head><body>
<h1>License Verification</h1><table>
<tr><th>Name</th><td>HARGROVE, JAMES THOMAS</td></tr><tr><th>License Number</th><td>MD 31245</td></tr>
<tr><th>Status</th><td>Active</td></tr><tr><th>Specialty</th><td>Pediatrics</td></tr><tr><th>City</th><td>FARGO</td></tr>
</table></body></html>"""


def _page(body: str, url: str) -> Page:
    return Page(
        Probe("x", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER), 200, body, "text/html", url
    )


def test_names_in_capitals_and_family_first_with_a_credential() -> None:
    text = "IN THE MATTER OF: HARGROVE, JAMES T., M.D., License No. 31245. CONSENT ORDER."
    assert [(n.name, n.credentials) for n in names_in(text)] == [("James T. Hargrove", ("MD",))]
    assert [n.name for n in names_in("Respondent JAMES THOMAS HARGROVE appeared")] == ["James Thomas Hargrove"]


def test_names_with_two_particles_a_mc_prefix_and_a_generation_family_first() -> None:
    said = "\u201cWe waited,\u201d said Dr. Isadora de la Vega, a family physician, and Dr. Ludo van der Berg, MD."
    assert [n.name for n in names_in(said)] == ["Isadora de la Vega", "Ludo van der Berg"]
    card = "- Quill McArdle, MD General Urology, Stones"
    assert next(n.name for n in names_in(card)) == "Quill McArdle"
    order = "McArdle, Hamilton Quill, Jr., M.D., Lic. No. 38112: reprimand."
    assert [(n.name, n.credentials) for n in names_in(order)] == [("Hamilton Quill McArdle Jr.", ("MD",))]


def test_a_titled_family_name_alone_is_a_mention() -> None:
    assert [n.name for n in titled_families_in("Dr. Harlow at Riverside Pediatrics was great.")] == ["Dr. Harlow"]
    assert titled_families_in("Dr. Ann Harlow was great.") == []  # a full name is read as one
    assert titled_families_in("Thanks to Dr. Isadora de la Vega for the clinic.") == []
    # With the middle initial the given name is no family name: not a second person "Dr. Ann" beside Ann R. Harlow
    assert titled_families_in("Dr. Ann R. Harlow is a psychologist.") == []
    assert titled_families_in("Dr. Ann R Harlow is a psychologist.") == []
    assert [n.name for n in titled_families_in("Dr. Harlow J. replied")] == ["Dr. Harlow"]


def test_a_licence_register_is_an_official_record_of_the_person_it_names() -> None:
    page = extract(_page(REGISTER, "https://board.example/verify?id=31245"), None)
    assert page.kind == PageKind.OFFICIAL_RECORD
    person = next(p for p in page.people if p.name == "James Thomas Hargrove")
    assert "Pediatrics" in person.context and "FARGO" in person.context
    who = Identity(make_subject("Dr. James T. Hargrove", specialty="Pediatrics", city="Fargo", state="ND"), ())
    assert match(who, page).decision.is_match


def test_a_forum_naming_dr_family_with_her_field_and_city_is_likely_and_elsewhere_is_not() -> None:
    who = Identity(make_subject("Dr. Zora Harlow", specialty="Pediatrics", city="Fargo", state="ND"), ())
    here = """<html><head><title>Good pediatrician in Fargo? - Fargo Parents</title></head><body><article>
    <p>Dr. Harlow at Red River Pediatrics in Fargo was wonderful with both of our kids.</p></article></body></html>"""
    there = here.replace("Fargo", "Boise").replace("Pediatrics", "Family Medicine")
    assert match(who, extract(_page(here, "https://forum.example/t/1"), None)).decision.is_match
    assert not match(who, extract(_page(there, "https://forum.example/t/2"), None)).decision.is_match


def test_a_register_heading_family_first_in_capitals_with_a_generation_or_particles_names_its_licensee() -> None:
    heading = """<html><head><title>License Details - Prairie State Board</title></head><body>
    <h1>{name}</h1><table><tr><th scope="row">Profession</th><td>Medical Doctor</td></tr>
    <tr><th scope="row">Original Issue Date</th><td>07/01/1999</td></tr>
    <tr><th scope="row">Practice Address</th><td>1200 ELM PRAIRIE RD, FARGO ND 58103</td></tr></table></body></html>"""
    for written, read in (("HARGROVE, JAMES THOMAS JR.", "James Thomas Hargrove Jr."),
                          ("DE LA VEGA, ISADORA", "isadora de la vega")):  # fmt: skip
        page = extract(_page(heading.format(name=written), "https://board.example/licensee/31245"), None)
        names = [p.name for p in page.people]
        assert read in names or read in [n.lower() for n in names], names
        assert not any("Date" in n for n in names)  # a field label is no one
    who = Identity(make_subject("Dr. James Hargrove Jr.", city="Fargo", state="ND"), ())
    page = extract(_page(heading.format(name="HARGROVE, JAMES THOMAS JR."), "https://board.example/l/1"), None)
    assert match(who, page).decision.is_match


def test_a_licence_tables_cells_are_words_of_their_own_so_its_city_is_evidence() -> None:
    # "Practice Location" and "FARGO, ND" sit in two cells: the page's text must not glue them together.
    page = extract(_page(REGISTER.replace("<h1>License Verification</h1>", ""), "https://board.example/l/9"), None)
    assert " FARGO " in f" {page.text} " and "CityFARGO" not in page.text


def test_a_couple_named_together_names_each_of_them() -> None:
    from footprint.extract.names import names_in

    found = {n.name for n in names_in("Stewards: Chloé & Luc Bissonnette. Hosts Ann and Tom Lee-Hart welcome you.")}
    assert {"Chloé Bissonnette", "Luc Bissonnette", "Ann Lee-Hart", "Tom Lee-Hart"} <= found
    assert "Pediatrics Lee" not in {n.name for n in names_in("Family Pediatrics & Ann Lee, MD")}  # a field, no partner


def test_a_posts_byline_in_the_head_names_its_author() -> None:
    body = """<html><head><title>The cellist who stopped playing | by Ann Q. Lee | Medium</title>
    <meta property="og:title" content="The cellist who stopped playing"></head><body><article>
    <p>Last spring a sophomore at a small college in Southeast Portland was walked into our clinic.</p>
    </article></body></html>"""
    names = [p.name for p in extract(_page(body, "https://blog.example/@annlee/the-cellist-4e1b9c07"), None).people]
    assert "Ann Q. Lee" in names
    assert "Southeast Portland" not in names  # a quarter of a city, not a person
    meta = body.replace("| by Ann Q. Lee ", "").replace("<head>", '<head><meta name="author" content="Ann Q. Lee">')
    assert "Ann Q. Lee" in [p.name for p in extract(_page(meta, "https://blog.example/p/1"), None).people]
