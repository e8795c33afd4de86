"""A resident's pages: the registry gives no field, and its address is the programme's hospital.

Read by the real extract stage: a news story that quotes a resident in running text ("said Ada Quill, a
second-year resident") under a headline naming the hospital. The hospital is a fact only the subject has
among namesakes when the registry's own address is named after it (a trainee's NPI address is the
programme's) or when a confirmed page gives it; another hospital's story, or one quoting a namesake by
another first name, stays where it was.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, trainee, with_kin
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
)

STUDENT = "Student in an Organized Health Care Education/Training Program"
PLAZA = Address(street="1 BRACKENRIDGE UNIVERSITY PLAZA MAILSTOP 8054", city="Tulsa", state="OK", postal_code="74104")


def _identity(taxonomy: str = STUDENT, street: str = PLAZA.street) -> Identity:
    record = NpiRecord("1234567893", "ADA", "QUILL", credential="DO", taxonomies=(taxonomy,),
                       addresses=(Address(street=street, city="Tulsa", state="OK", postal_code="74104"),))  # fmt: skip
    return Identity(make_subject("Dr. Ada Quill"), (), record)


STORY = """<html><head><title>{where} residents vote to unionize | Prairie Journal</title></head><body><article>
<h1>{where} residents vote to unionize</h1><p>The vote was 311 to 74.</p>
<p>"We are asking to afford an apartment near the hospital," said {who}, a second-year resident who helped
organize the vote.</p></article></body></html>"""


def _story(where: str, who: str = "Ada Quill") -> Match:
    url = "https://prairiejournal.example/2026/04/union"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    page = extract(Page(probe, 200, STORY.format(where=where, who=who), "text/html", url), None)
    return Match(page, match(_identity(), page))


def _again(identity: Identity, story: Match) -> Match:
    return next(m for m in with_kin(identity, (story,)) if m.page.url == story.page.url)


def test_a_trainees_registry_address_names_the_programmes_hospital() -> None:
    assert trainee.teaching_site(_identity()) == ["Brackenridge University"]


def test_an_attendings_or_a_generic_street_names_no_programme() -> None:
    assert trainee.teaching_site(_identity(taxonomy="Internal Medicine")) == []
    assert trainee.teaching_site(_identity(street="1 HOSPITAL DR")) == []


def test_a_story_quoting_the_resident_at_her_registry_hospital_is_hers() -> None:
    story = _story("Brackenridge University Hospital")
    assert story.result.decision == Decision.POSSIBLE
    again = _again(_identity(), story)
    assert again.result.decision.is_match
    assert any("NPI record's address" in r for r in again.result.reasons)


def test_a_story_at_another_hospital_stays_possible() -> None:
    story = _story("Cimarron Valley Hospital")
    assert _again(_identity(), story).result.decision == Decision.POSSIBLE


def test_a_namesake_by_another_first_name_at_the_hospital_is_not_lifted() -> None:
    story = _story("Brackenridge University Hospital", who="Adele Quill")
    assert not _again(_identity(), story).result.decision.is_match


def test_the_reason_names_the_confirmed_page_that_taught_the_workplace() -> None:
    identity = _identity(taxonomy="Internal Medicine")  # no programme from the registry: only the page
    roster = PersonRecord(name="Ada Quill, DO", credentials=("DO",), practice="Brackenridge University Hospital")
    own_url = "https://www.doximity.com/pub/ada-quill-do"
    own = Extracted(url=own_url, site_id="doximity", kind=PageKind.DIRECTORY_LISTING, people=(roster,))
    confirmed = Match(own, MatchResult(0.95, Decision.CONFIRMED, ("same NPI",), roster, 0))
    story = _story("Brackenridge University Hospital")
    again = next(m for m in with_kin(identity, (confirmed, story)) if m.page.url == story.page.url)
    assert again.result.decision.is_match
    assert any(f"as {own_url} says" in r for r in again.result.reasons)
