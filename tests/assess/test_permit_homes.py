"""A city's residential permit (a pool, a reroof) names the owner or the applicant with the street of the work site:
the permit publishes the house as theirs. A commercial permit at the office, or an applicant at another street (the
contractor's), says nothing of their home."""

from __future__ import annotations

from footprint.assess import assess
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

WHO = Identity(make_subject("Dr. Ida Brandvold", city="Fargo", state="ND"), ())
POOL = (
    "Citizen Access - City of Fargo · Permit Center Record RES-POOL-25-00412: Residential Pool/Spa Record Status: "
    "Finaled Work Location 4417 ELM CREST PL, FARGO ND 58104 Applicant Ida Brandvold 4417 Elm Crest Pl Fargo, ND 58104 "
    "Home Phone: (701) 555-0172 Licensed Professional Prairie Pools LLC Project Description NEW IN-GROUND POOL"
)


def _homes(text: str) -> list[str]:
    me = PersonRecord(name="Ida Brandvold")
    page = Extracted("https://permits.fargo.example.gov/record/00412", "permits.fargo.example.gov", PageKind.OTHER,
                     title="Record RES-POOL-25-00412 | Permit Center", text=text, people=(me,))  # fmt: skip
    found = assess(WHO, [Match(page, MatchResult(0.8, Decision.LIKELY, (), me, 0))], {})
    return [f.highlight for f in found if f.category == "home_address"]


def test_a_residential_pool_permit_with_her_as_applicant_at_the_work_site_gives_her_home() -> None:
    assert any("4417 ELM CREST PL" in h for h in _homes(POOL))


def test_a_commercial_permit_or_an_applicant_at_another_street_gives_no_home() -> None:
    commercial = POOL.replace("Residential Pool/Spa", "Commercial Tenant Finish").replace("Home Phone", "Phone")
    assert not _homes(commercial)
    elsewhere = POOL.replace("Applicant Ida Brandvold 4417 Elm Crest Pl", "Applicant Ida Brandvold 90 Main Ave")
    assert not _homes(elsewhere)
