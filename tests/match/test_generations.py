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


FATHER = NpiRecord(
    "1996293308", "ROBERT", "OKAFOR", "", credential="MD", taxonomies=("Internal Medicine",),
    addresses=(Address("1820 Salem Ave", "Dayton", "OH", "45406", "LOCATION"),), phones=("937-555-0102",), suffix="Sr.",
)  # fmt: skip
BOTH = replace(SON, registry_others=(FATHER,))


def _profile(street: str, phone: str) -> Page:
    body = f"""<html><head><title>Dr. Robert Okafor, MD - Internal Medicine - Dayton, OH | Ratings</title></head>
    <body><h1>Dr. Robert Okafor, MD</h1><p>Internal Medicine</p><p>Okafor Internal Medicine Clinic</p>
    <p>{street}, Dayton, OH 45406</p><p>{phone}</p><p>4.6 out of 5 · 31 ratings</p></body></html>"""
    url = "https://ratings.example/physician/dr-robert-okafor-c4k8m"
    probe = Probe("ratings.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.RATINGS_PROFILE)
    return Page(probe, 200, body, "text/html", url)


def test_a_profile_at_the_fathers_own_office_is_his_not_the_sons() -> None:
    """The page writes no generation; its office street or phone is the registry's father's, not the son's."""
    at_his = match(BOTH, extract(_profile("1820 Salem Ave", "(937) 555-0188"), None))
    assert not at_his.decision.is_match, at_his.reasons
    assert any("another physician of the name" in r for r in at_his.reasons)
    his_phone = match(BOTH, extract(_profile("77 Wayne Ave", "(937) 555-0102"), None))
    assert not his_phone.decision.is_match, his_phone.reasons
    elsewhere = match(BOTH, extract(_profile("77 Wayne Ave", "(937) 555-0188"), None))
    assert not any("another physician of the name" in r for r in elsewhere.reasons)
