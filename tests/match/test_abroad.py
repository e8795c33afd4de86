"""A namesake practising abroad: a practice page on another country's site that names no place in the US."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.abroad import country_of, elsewhere
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1234567893", "Orrin", "Quillfeather", "M", "MD", ("Psychiatry & Neurology, Neurology",),
    (Address("400 Hawthorne Ln", "Charlotte", "NC", "28204", "LOCATION"),),
)  # fmt: skip
SUBJECT = make_subject("Orrin Quillfeather")
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD)
TEAM = "Dr Orrin Quillfeather, MBBS, FRACP. Consultant neurologist, migraine and cluster headache. Box Hill, Victoria."


def _judged(url: str, text: str) -> tuple[Decision, tuple[str, ...]]:
    person = PersonRecord(name="Dr Orrin Quillfeather", specialties=("Neurologist",), context=text)
    page = Extracted(url=url, site_id="x", kind=PageKind.OTHER, people=(person,), text=text)
    result = match(WHO, page)
    return result.decision, result.reasons


def test_a_practice_page_on_an_australian_site_is_a_namesake_abroad() -> None:
    decision, reasons = _judged("https://www.boxhillneuro.com.au/our-team/dr-orrin-quillfeather", TEAM)
    assert not decision.is_match
    assert "on a site of Australia (.com.au) naming no place in the US" in reasons


def test_the_same_page_on_a_us_site_or_naming_the_subjects_town_is_not_abroad() -> None:
    decision, reasons = _judged("https://www.boxhillneuro.com/our-team/dr-orrin-quillfeather", TEAM)
    assert decision.is_match and not any("naming no place in the US" in r for r in reasons)
    quoted = "Orrin Quillfeather, MD, a neurologist in Charlotte, N.C., spoke at the Melbourne congress."
    _, reasons = _judged("https://www.neurocongress.org.uk/2026/speakers", quoted)
    assert not any("naming no place in the US" in r for r in reasons)


def test_a_country_code_sold_as_a_generic_name_and_australian_postcodes() -> None:
    mine = [Address(city="Charlotte", state="NC")]
    assert country_of("https://drorrin.io/about") == "" and country_of("https://orrin.co/") == ""
    assert country_of("https://www.clinic.co.nz/team") == "New Zealand"
    assert elsewhere("https://www.clinic.com.au/team", "Perth, WA 6000", mine)  # Western Australia, not Washington
    assert not elsewhere("https://www.clinic.com.au/team", "Seattle, WA 98101", mine)
    assert not elsewhere("https://www.clinic.com.au/team", "Perth", [])  # the subject placed nowhere: no judgement
