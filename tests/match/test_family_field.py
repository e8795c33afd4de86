"""A patient's story names "Dr. Quillfeather" with what she did in the subject's field and no town: the subject when
the registry knows no other clinician of her field named Quillfeather anywhere (likely); possible when it knows
another, when it was not asked, or when the page names another Quillfeather."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

OFFICE = Address("410 Heron Bayou Rd", "Lafayette", "LA", "70503", "LOCATION")
RECORD = NpiRecord("1234567893", "ROSALIND", "QUILLFEATHER", credential="MD", taxonomies=("Rheumatology",),
                   addresses=(OFFICE,))  # fmt: skip
NAMESAKE = NpiRecord("1245319599", "HENRY", "QUILLFEATHER", credential="MD", taxonomies=("Rheumatology",),
                     addresses=(Address("1 Main St", "Boise", "ID", "83702", "LOCATION"),))  # fmt: skip
ROSALIND = Identity(make_subject("Rosalind Quillfeather", state="LA"), (), RECORD, npi_candidates=1,
                    family_peers=(RECORD,))  # fmt: skip

STORY = """<html><head><title>Two years with lupus | A Slow Bloom</title></head><body><article>
<h1>Two years with lupus</h1><p>Posted by Dana</p>
<p>My rheumatologist, Dr. Quillfeather, finally found the dose of hydroxychloroquine that let me garden again.{more}</p>
</article></body></html>"""


def _judged(identity: Identity, more: str = "") -> tuple[Decision, str]:
    url = "https://aslowbloom.example.com/2026/05/two-years-with-lupus"
    probe = Probe("blog", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    result = match(identity, extract(Page(probe, 200, STORY.format(more=more), "text/html", url), None))
    return result.decision, "; ".join(result.reasons)


def test_the_only_clinician_of_her_field_with_the_family_name_is_her() -> None:
    decision, why = _judged(ROSALIND)
    assert decision == Decision.LIKELY, why
    assert "no other clinician of the subject's field with this family name" in why


def test_another_of_the_field_with_the_family_name_leaves_it_possible() -> None:
    decision, why = _judged(replace(ROSALIND, family_peers=(RECORD, NAMESAKE)))
    assert decision == Decision.POSSIBLE, why


def test_without_the_registrys_answer_it_stays_possible() -> None:
    decision, why = _judged(replace(ROSALIND, family_peers=None))
    assert decision == Decision.POSSIBLE, why


def test_another_person_of_the_family_name_on_the_page_leaves_it_possible() -> None:
    decision, why = _judged(ROSALIND, " Her husband, Tobias Quillfeather, drove me home.")
    assert decision != Decision.LIKELY and decision != Decision.CONFIRMED, why


def _answers(body: dict[str, object], asked: list[str]) -> object:
    """A registry that answers ``body`` to every question and keeps the questions in ``asked``."""
    import json

    from footprint.models import Skipped

    def fetch(probe: Probe) -> Page | Skipped:
        asked.append(probe.url)
        return Page(probe, 200, json.dumps(body), "application/json", probe.url)

    return fetch


def test_the_registry_is_asked_for_her_family_name_in_her_field_nationwide() -> None:
    from footprint.config import Settings
    from footprint.npi_api import family_in_field

    item = {
        "number": "1245319599",
        "basic": {"first_name": "HENRY", "last_name": "QUILLFEATHER", "credential": "MD"},
        "addresses": [{"city": "BOISE", "state": "ID", "address_purpose": "LOCATION"}],
        "taxonomies": [{"desc": "Rheumatology"}],
    }
    asked: list[str] = []
    found = family_in_field(RECORD, Settings(), _answers({"result_count": 1, "results": [item]}, asked))  # type: ignore[arg-type]
    assert found is not None and [r.first_name for r in found] == ["Henry"]
    assert any("last_name=QUILLFEATHER&taxonomy_description=Rheumatology" in u for u in asked)
    assert not any("state=" in u or "city=" in u for u in asked)
    # A family name of two words is any of its halves to a patient: not asked.
    double = replace(RECORD, last_name="IBANEZ QUILLFEATHER")
    assert family_in_field(double, Settings(), _answers({"result_count": 0, "results": []}, [])) is None  # type: ignore[arg-type]
