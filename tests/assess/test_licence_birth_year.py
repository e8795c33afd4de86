"""Several state boards print a licensee's birth year on the public licence page ("Year of Birth 1979"): the
subject's licence record then publishes it. A board's results page listing several licensees does not say whose."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Identity, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://license.example-board.gov/verify/profile/77120"
WHO = Identity(make_subject("Dr. Tobiah Quarrington"), name_variants(make_subject("Dr. Tobiah Quarrington")))


def _birth_dates(fields: str) -> list[str]:
    body = f"""<html><head><title>Licence Verification - QUARRINGTON, TOBIAH</title></head><body>
<h1>QUARRINGTON, TOBIAH</h1><div>Physician (MD) · License No. Q4410 · Active</div>{fields}
<div>Board Actions: none on file.</div></body></html>"""
    probe = Probe(
        "license.example-board.gov", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OFFICIAL_RECORD
    )
    page = extract(Page(probe, 200, body, "text/html", URL), None)
    judged = match(WHO, page)
    sure = Match(page, MatchResult(0.9, decide(0.9), judged.reasons, judged.person, judged.person_index))
    return [f.highlight for f in assess(WHO, [sure], {}) if f.category == "birth_date"]


def test_his_licence_page_printing_his_year_of_birth_publishes_it() -> None:
    assert _birth_dates("<dl><dt>Year of Birth</dt><dd>1979</dd><dt>Gender</dt><dd>Male</dd></dl>") == ["1979"]


def test_a_licence_page_without_a_birth_field_publishes_no_birth_date() -> None:
    assert not _birth_dates("<dl><dt>Original Issue Date</dt><dd>07/02/2009</dd></dl>")


def test_a_board_orders_birth_year_of_a_patient_is_not_the_licensees() -> None:
    # A consent order's prose about a patient: no field of the licence record.
    assert not _birth_dates("<p>Findings: Patient A, born in 2015, was seen on 03/02/2021.</p>")
    assert _birth_dates("<dl><dt>Date of Birth</dt><dd>03/14/1975</dd></dl>") == ["03/14/1975"]
