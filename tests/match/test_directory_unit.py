"""A department's or division's own faculty list names its field once, in the heading, and each doctor
by name, credential and rank only: that field is every listed doctor's. A directory of several
departments says nothing about one doctor's field."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource


def _record(taxonomy: str) -> NpiRecord:
    return NpiRecord("1234567893", "ZORA", "QUILLFEATHER", credential="MD", taxonomies=(taxonomy,),
                     addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),))  # fmt: skip


PEDS = Identity(make_subject("Dr. Zora Quillfeather"), (), _record("Pediatrics, Pediatric Hematology-Oncology"))
ANESTHESIA = Identity(make_subject("Dr. Zora Quillfeather"), (), _record("Anesthesiology"))
COLLEAGUES = ["Ida Brandvold", "Tomas Reyes", "Lena Moss", "Kwame Mensah", "Claire Bouchard"]


def _faculty(heading: str) -> Page:
    rows = "".join(f"<li>{n}, MD</li>" for n in COLLEAGUES)
    body = f"""<html><head><title>Faculty | Northern Plains University Medical School</title></head><body>
    <header>Northern Plains University Medical School</header><main><p>{heading}</p><h1>Faculty</h1>
    <h2>Professors</h2><ul><li>Zora Quillfeather, MD, PhD — Professor and Division Director; leukemia</li>
    {rows}</ul></main></body></html>"""
    url = "https://med.northernplains.example/faculty"
    probe = Probe("med.northernplains.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", url)


def test_the_divisions_field_is_the_listed_doctors() -> None:
    page = extract(_faculty("Department of Pediatrics · Division of Hematology-Oncology"), None)
    found = match(PEDS, page)
    assert found.decision.is_match
    assert any("field in its own words" in r for r in found.reasons)


def test_a_namesake_of_another_field_is_not_taken() -> None:
    page = extract(_faculty("Department of Pediatrics · Division of Hematology-Oncology"), None)
    assert not match(ANESTHESIA, page).decision.is_match


def test_a_directory_of_several_departments_gives_no_field() -> None:
    page = extract(_faculty("Department of Pediatrics · Department of Surgery · Department of Medicine"), None)
    assert not match(PEDS, page).decision.is_match
