"""Whose fact it is: a relatives block is a labelled one, and a page's contact lines are not those of a person
its running text only names."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.entities import relatives_in
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource


def test_a_relatives_label_lists_relatives() -> None:
    assert relatives_in("Related to Hal Quint, Ivy Quint") == ("Hal Quint", "Ivy Quint")
    assert relatives_in("May be related to Anders Quill") == ("Anders Quill",)
    assert relatives_in("relatives: Ann Roe, Bo Roe") == ("Ann Roe", "Bo Roe")


def test_related_to_in_a_sentence_names_no_relative() -> None:
    assert relatives_in("Dr. Lee, who is not related to Senator Tom Lee, said the vote was close.") == ()
    assert relatives_in("The rash may be related to Lyme Disease.") == ()
    assert relatives_in("She spent the holidays visiting relatives in Ohio.") == ()


NOTICE = """<html><head><title>Spring update | Prairie Ultimate</title></head><body><article>
<p>Fields open April 28. Thanks to Zora Quillfeather for lining them. Questions about the league go to the
board, which reads every message within a day or two of it arriving.</p>
<p>Board contact: (701) 555-0174 · board@prairieultimate.example</p></article></body></html>"""


def test_a_page_naming_one_person_in_a_sentence_keeps_its_contact_lines_to_itself() -> None:
    url = "https://prairieultimate.example/news/spring"
    probe = Probe("prairieultimate.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    (zora,) = extract(Page(probe, 200, NOTICE, "text/html", url), None).people
    assert zora.name == "Zora Quillfeather" and zora.phones == () and zora.emails == ()
    record = NOTICE.replace("Thanks to Zora Quillfeather for lining them.", "</p><p>Zora Quillfeather, Fargo, ND.")
    (owner,) = extract(Page(probe, 200, record, "text/html", url), None).people
    assert owner.phones == ("+17015550174",)
    labelled = NOTICE.replace("Thanks to Zora Quillfeather for lining them.", "Listed by owner: Zora Quillfeather")
    (lister,) = extract(Page(probe, 200, labelled, "text/html", url), None).people
    assert lister.phones == ("+17015550174",)


def test_a_roster_with_hometowns_gives_nobody_an_address() -> None:
    body = """<html><body><h1>Current Residents</h1><p>Our categorical program takes ten residents a year, who
    rotate through the main hospital, the children's hospital and the veterans' hospital across the river.</p>
    <p>Residents listed with medical school and hometown.</p>
    <ul><li><span>Ann Quill, MD</span> <span>— State SOM · Wichita, KS</span></li>
    <li><span>Bo Reyes, DO</span> <span>— Heartland COM · Joplin, MO</span></li>
    <li><span>Cara Lund, MD</span> <span>— Iowa · Davenport, IA</span></li></ul></body></html>"""
    url = "https://hospital.example/residents"
    probe = Probe("hospital.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    people = extract(Page(probe, 200, body, "text/html", url), None).people
    assert {p.name for p in people} >= {"Ann Quill", "Bo Reyes", "Cara Lund"}
    assert all(not p.addresses for p in people)
    roster = body.replace("Residents listed with medical school and hometown.", "Our residents.")
    located = extract(Page(probe, 200, roster, "text/html", url), None).people
    assert any(p.addresses for p in located)


def test_a_field_written_as_someone_elses_title_is_theirs() -> None:
    from footprint.extract.mentions import people

    text = "Ann Quill, DO, founded the kidney practice. She and her husband, cardiologist Dr. Tom Quill, live in Omaha."
    found = {p.name: p for p in people(text)}
    assert found["Ann Quill"].specialties == () and "cardiologist" in found["Tom Quill"].specialties
    apposed = "Ann Quill, DO, founded the kidney practice with Tom Quill, a cardiologist, in 1994."
    assert {p.name: p for p in people(apposed)}["Ann Quill"].specialties == ()
    own = "Ann Quill, DO, a cardiologist, founded the practice with Tom Quill."
    assert "cardiologist" in {p.name: p for p in people(own)}["Ann Quill"].specialties


def test_a_phone_number_is_neither_the_house_number_after_it_nor_an_npi() -> None:
    from footprint.extract.entities import addresses_in, phones_in

    (home,) = addresses_in("Call (406) 555-0188 2840 Rimrock Ledge Rd Ste 210, Billings, MT 59102 today")
    assert home.street == "2840 Rimrock Ledge Rd Ste 210"
    assert phones_in("NPI 1309471625 · Phone (270) 555-0139") == ("+12705550139",)


def test_a_residencys_dates_are_no_phone_number() -> None:
    from footprint.extract.entities import phones_in

    # A board's training table: "07/2006 - 06/2010" read as (200) 606-2010 was flagged as a phone of hers.
    assert phones_in("Residency: Internal Medicine, Baylor, 07/2006 – 06/2010") == ()
    assert phones_in("Fellowship 2010-07-2013 · Office (713) 555-0142") == ("+17135550142",)
    # The ways North American numbers are written still read.
    for written in ("713/555-0142", "+1 713 555 0142", "7135550142", "1-713-555-0142", "713.555.0142 ext. 4"):
        assert phones_in(f"Call {written} today") == ("+17135550142",), written
