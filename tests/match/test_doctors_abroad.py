"""A doctor of the subject's name and field on another country's hospital or practice site is a namesake
practising there; the same site naming the subject's US city (a visiting speaker) is still about them."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.match.abroad import country
from footprint.models import Address, Extracted, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

OFFICE = Address("12 Mesa Crest Blvd NE", "Albuquerque", "NM", "87110", "LOCATION")
RECORD = NpiRecord("1234567893", "ROSALIND", "QUARTERMAINE", "", "M.D.", ("Dermatology, Pediatric Dermatology",),
                   (OFFICE,))  # fmt: skip
ROSALIND = Identity(make_subject("Rosalind Quartermaine", specialty="Pediatric Dermatology"), (), RECORD)


def _read(url: str, body: str) -> Extracted:
    probe = Probe("site", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, body, "text/html", url), None)


def _consultant(where: str, line: str) -> str:
    return f"""<html><head><title>Dr Rosalind Quartermaine – Paediatric Dermatology | {where}</title></head>
    <body><div class="header">{where}</div><div class="page"><h1>Dr Rosalind Quartermaine</h1>
    <p>{line}</p></div></body></html>"""


def test_a_consultant_of_her_name_and_field_at_a_hospital_abroad_is_a_namesake() -> None:
    pages = (
        ("https://www.childrens-hospital.nhs.uk/consultants/dr-rosalind-quartermaine", "Leeds Children's Hospital",
         "Consultant in Paediatric Dermatology, Leeds. GMC number 7012345."),
        ("https://www.dermainfantil.es/equipo/dra-rosalind-quartermaine", "Hospital Infantil (Madrid)",
         "Especialista en Dermatología Pediátrica. Consulta en Madrid."),
    )  # fmt: skip
    for url, where, line in pages:
        result = match(ROSALIND, _read(url, _consultant(where, line)))
        assert result.decision.value == "rejected", result.reasons
        assert any("a namesake practising there" in r for r in result.reasons)


def test_the_same_site_naming_her_us_city_is_still_about_her() -> None:
    url = "https://www.congress-dermatology.org.uk/2026/speakers/rosalind-quartermaine"
    line = "Pediatric dermatologist from Albuquerque, New Mexico, speaking on infantile hemangioma."
    result = match(ROSALIND, _read(url, _consultant("Paediatric Dermatology Congress", line)))
    assert result.decision.is_match, result.reasons


def test_brand_country_codes_are_no_country() -> None:
    assert country("https://linktr.ee/drrosalind") == ""
    assert country("https://groups.io/g/neighbours/message/1") == ""
    assert country("https://beacons.ai/drrosalind") == ""
    assert country("https://www.clinica.com.co/medicos/rosalind") == "Colombia"
    assert country("https://www.practice.com.au/team") == "Australia"
    assert country("https://www.dermatology.example.org/team") == ""


def test_a_paper_of_her_home_country_saying_she_practises_in_the_us_is_not_abroad() -> None:
    url = "https://www.jornalcrest.com.br/comunidade/medica-rosalind-quartermaine"
    line = "A dermatologista pediátrica Rosalind Quartermaine atende crianças nos Estados Unidos."
    result = match(ROSALIND, _read(url, _consultant("Jornal Crest", line)))
    assert not any("a namesake practising there" in r for r in result.reasons), result.reasons
