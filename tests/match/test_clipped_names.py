"""An everyday given name clipped from the formal one ("Rimas" for Rimantas, "Dez" for Desmond) fits as the initial
it begins with: the page's field and town must both agree, and the namesakes of the family (a nephew of the clipped
name in another town, a relative of it with no field, a sister whose name the typed one is a clipping of) stay out."""

from __future__ import annotations

from footprint.clipped import clipped
from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.namematch import CLIPPED, SubjectNames, fit


def test_an_everyday_name_is_the_formal_names_opening_with_a_pet_or_its_own_ending() -> None:
    assert clipped("Dez", "Desmond") and clipped("Frankie", "Francesca") and clipped("Rimas", "Rimantas")
    assert clipped("Bea", "Beatriz") and clipped("Bea", "Beatrix")  # the clipping of several formal names
    assert not clipped("Al", "Alasdair")  # two letters are anyone's
    assert not clipped("Paul", "Paula") and not clipped("Robert", "Roberta")  # another name, not a clipping
    assert not clipped("Jose", "Josefina", bare=False) and clipped("Frankie", "Francesca", bare=False)


def test_a_clipped_name_fits_as_its_initial_with_the_family_name_whole_and_a_longer_name_does_not() -> None:
    rimantas = SubjectNames.of(make_subject("Rimantas Vaitkevicius"))
    assert fit(rimantas, "Rimas Vaitkevicius").score == fit(rimantas, "R. Vaitkevicius").score == CLIPPED
    assert fit(rimantas, "Rimas Vaitkevicus").score < 0.5  # the family name spelled otherwise: too little left
    assert fit(rimantas, "Rimvydas Vaitkevicius").score < 0.5  # another name of the same opening
    jose = SubjectNames.of(make_subject("José Pelkauskas"))
    assert fit(jose, "Josefina Pelkauskas").score < 0.5  # his sister: the registry, not the name, says who is who


RECORD = NpiRecord(
    "1234567893",
    "RIMANTAS",
    "VAITKEVICIUS",
    middle_name="PETRAS",
    credential="MD",
    taxonomies=("Pathology, Forensic Pathology",),
    addresses=(Address("300 Crest Harmony Rd", "Fort Collins", "CO", "80525", "LOCATION"),),
    phones=("970-555-0190",),
)
SUBJECT = Identity(make_subject("Dr. Rimantas Vaitkevicius"), (), RECORD)


def _judge(body: str, kind: PageKind = PageKind.OTHER) -> Decision:
    url = "https://somewhere.example/page"
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(SUBJECT, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_the_clipped_name_with_the_subjects_field_and_town_is_the_subject() -> None:
    body = """<html><head><title>Speakers | Rocky Crest Death Investigation Conference</title></head><body><main>
    <h1>Speakers</h1><div><h2>Dr. Rimas Vaitkevicius, MD</h2><p>Forensic pathologist, Fort Collins, Colorado.</p>
    </div></main></body></html>"""
    assert _judge(body, PageKind.DIRECTORY_LISTING).is_match


def test_a_nephew_of_the_clipped_name_in_another_town_is_not_the_subject() -> None:
    body = """<html><head><title>Rimas Vaitkevicius, 31 - Colorado Springs, CO</title></head><body>
    <div class="r"><h2>Rimas J Vaitkevicius, 31</h2><div>Lives in Colorado Springs, CO</div>
    <div>Occupation: Welder</div><div>Related to Dana Vaitkevicius</div></div></body></html>"""
    assert not _judge(body, PageKind.PEOPLE_SEARCH).is_match


def test_a_relative_of_the_clipped_name_in_the_subjects_town_with_no_field_is_for_the_user_to_answer() -> None:
    body = """<html><head><title>Harmony Crest 10K results</title></head><body><main><h1>Harmony Crest 10K</h1>
    <p>Rimas Vaitkevicius of Fort Collins finished third in his age group.</p></main></body></html>"""
    assert not _judge(body).is_match
