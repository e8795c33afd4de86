"""A story quoting the doctor by an everyday name is hers when it names the workplace her confirmed pages give.

Read by the real extract stage: the subject's hospital profile (a page the user gave) and a news story
that quotes "Dr. Gene Vronsky, her oncologist" and names the hospital two sentences on.
"""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Decision, Identity, Match, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord("1234567893", "EVGENY", "VRONSKY", credential="MD", taxonomies=("Pediatric Hematology-Oncology",))
GENE = Identity(
    make_subject("Dr. Evgeny Vronsky", known_urls=["https://www.lakeshorekids.example/doctors/vronsky"]), (), RECORD
)
PROFILE = """<html><head><title>Evgeny Vronsky, MD | Lakeshore Kids Hospital</title></head><body>
<h1>Evgeny Vronsky, MD</h1><p>Pediatric oncology. Lakeshore Kids Hospital, Duluth, MN.</p></body></html>"""
STORY = """<html><head><title>Girl beats leukemia | Northland Herald</title></head><body><article>
<h1>After two relapses, girl is cancer-free</h1>
<p>Maddie, 9, rang the bell this month. "She is the reason we run this trial," said Dr. Gene Vronsky, her
oncologist.</p><p>The trial at {where} enrolled 40 children.</p></article></body></html>"""


def _read(url: str, body: str, source: ProbeSource) -> Match:
    probe = Probe("web", url, ProbePurpose.PROFILE, source, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    return Match(page, match(GENE, page))


def _judged(where: str) -> Decision:
    own = _read("https://www.lakeshorekids.example/doctors/vronsky", PROFILE, ProbeSource.KNOWN_URL)
    story = _read("https://herald.example/2025/06/girl", STORY.format(where=where), ProbeSource.SEARCH_RESULT)
    assert own.result.decision == Decision.CONFIRMED and story.result.decision == Decision.POSSIBLE
    return {m.page.url: m.result.decision for m in with_kin(GENE, (own, story))}[story.page.url]


def test_a_story_naming_the_hospital_her_own_page_is_on_is_hers() -> None:
    assert _judged("Lakeshore Kids Hospital").is_match


def test_a_story_naming_another_hospital_stays_possible() -> None:
    assert _judged("Riverside Medical Center") == Decision.POSSIBLE


def test_a_newspaper_the_user_gave_a_story_of_is_nobodys_workplace() -> None:
    from footprint.match import workplace

    url = "https://www.northlandherald.example/2025/06/girl"
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind.NEWS)
    story = extract(Page(probe, 200, STORY.format(where="Lakeshore Kids Hospital"), "text/html", url), None)
    own = _read("https://www.lakeshorekids.example/doctors/vronsky", PROFILE, ProbeSource.KNOWN_URL)
    found = workplace.workplaces(GENE, (Match(story, match(GENE, story)), own))
    assert "lakeshorekids" in found and "northlandherald" not in found


def test_a_practitioners_title_in_a_confirmed_profiles_practice_field_is_nobodys_workplace() -> None:
    from footprint.match import workplace
    from footprint.models import Extracted, MatchResult, PersonRecord

    for title in ("Vascular Surgeon", "Interventional Cardiologist", "Board Certified Pediatrician"):
        her = PersonRecord("Evgeny Vronsky, MD", practice=title)
        own = Extracted("https://profiles.example/vronsky", "profiles", PageKind.DIRECTORY_LISTING, people=(her,))
        confirmed = Match(own, MatchResult(0.95, Decision.CONFIRMED, ("same NPI",), her, 0))
        assert workplace.workplaces(GENE, (confirmed,)) == {}
    group = PersonRecord("Evgeny Vronsky, MD", practice="Lakeshore Vascular Surgeons")
    own = Extracted("https://profiles.example/vronsky", "profiles", PageKind.DIRECTORY_LISTING, people=(group,))
    confirmed = Match(own, MatchResult(0.95, Decision.CONFIRMED, ("same NPI",), group, 0))
    assert workplace.workplaces(GENE, (confirmed,)) == {"Lakeshore Vascular Surgeons": own.url}


def test_the_subjects_field_in_a_confirmed_pages_title_is_nobodys_workplace() -> None:
    from footprint.match import workplace
    from footprint.models import Extracted, MatchResult, PersonRecord

    her = PersonRecord("Evgeny Vronsky, MD", practice="Pediatric Hematology-Oncology")
    own = Extracted("https://profiles.example/vronsky", "profiles", PageKind.DIRECTORY_LISTING, people=(her,))
    confirmed = Match(own, MatchResult(0.95, Decision.CONFIRMED, ("same NPI",), her, 0))
    assert workplace.workplaces(GENE, (confirmed,)) == {}
    there = PersonRecord("Evgeny Vronsky, MD", practice="Lakeshore Pediatric Hematology-Oncology")
    own = Extracted("https://profiles.example/vronsky", "profiles", PageKind.DIRECTORY_LISTING, people=(there,))
    confirmed = Match(own, MatchResult(0.95, Decision.CONFIRMED, ("same NPI",), there, 0))
    assert list(workplace.workplaces(GENE, (confirmed,))) == ["Lakeshore Pediatric Hematology-Oncology"]


def test_a_videos_description_naming_the_workplace_ties_it_when_the_page_has_no_text() -> None:
    """A video page rendered by script: its only words are the description its markup gives the person."""
    from dataclasses import replace

    from footprint.models import Extracted, PersonRecord

    said = "Dr. Evgeny Vronsky of Lakeshore Kids Hospital talks about fevers after chemotherapy."
    video = Extracted(
        "https://video.example/watch?v=1",
        "video",
        PageKind.SOCIAL_POST,
        title="Fevers after chemo | Morning Show",
        people=(PersonRecord("Evgeny Vronsky", context=said, read_from=("name:meta description",)),),
    )
    knowing = replace(GENE, workplaces=("Lakeshore Kids Hospital",))
    assert match(knowing, video).decision.is_match
    elsewhere = replace(video, people=(replace(video.people[0], context=said.replace("Lakeshore Kids", "Riverside")),))
    assert not match(knowing, elsewhere).decision.is_match
