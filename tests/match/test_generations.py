"""A parent and a child both physicians with one name: the registry's suffix tells them apart when the
user typed none. A page about "Sr." is the father of the subject the registry lists as "Jr."."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "ROBERT", "OKAFOR", "JAMES", credential="MD", taxonomies=("Cardiovascular Disease",),
    addresses=(Address("100 Main St", "Dayton", "OH", "45402", "LOCATION"),), phones=("937-555-0100",), suffix="Jr.",
)  # fmt: skip
SON = Identity(make_subject("Dr. Robert Okafor", state="OH"), (), RECORD)


def _story(name: str) -> Page:
    body = f"""<html><head><title>{name} retires</title></head><body><article><h1>{name} retires</h1>
    <p>{name}, a cardiologist in Dayton, retires after 40 years at the heart institute.</p></article></body></html>"""
    url = "https://news.example/retires"
    probe = Probe("news.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return Page(probe, 200, body, "text/html", url)


def test_the_father_with_the_same_field_and_city_is_held_at_possible() -> None:
    found = match(SON, extract(_story("Dr. Robert Okafor Sr."), None))
    assert found.decision == Decision.POSSIBLE
    assert any("generation Sr., but the subject's NPI record gives Jr." in r for r in found.reasons)


def test_the_son_himself_and_the_name_without_a_suffix_are_him() -> None:
    assert match(SON, extract(_story("Dr. Robert Okafor Jr."), None)).decision.is_match
    assert match(SON, extract(_story("Dr. Robert Okafor"), None)).decision.is_match


def test_the_registry_phone_outweighs_the_generation() -> None:
    page = _story("Dr. Robert Okafor Sr.")
    body = page.body.replace("</article>", "<p>Call Dr. Robert Okafor Sr. at 937-555-0100.</p></article>")
    assert match(SON, extract(replace(page, body=body), None)).decision.is_match


def test_without_a_registry_suffix_a_generation_on_the_page_is_no_conflict() -> None:
    plain = replace(SON, npi_record=replace(RECORD, suffix=""))
    assert match(plain, extract(_story("Dr. Robert Okafor Sr."), None)).decision.is_match
