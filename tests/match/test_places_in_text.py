"""Places as newspapers write them near a name: AP state abbreviations ("Lincoln, Neb.") and a bare city
("a Lincoln nephrologist"). Another city of the subject's state, beyond commuting distance, holds a
same-name, same-field doctor at "possible"; her own city or a suburb of it does not."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.extract.places import places_in
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", credential="MD", taxonomies=("Nephrology",),
    addresses=(Address("100 Dodge St", "Omaha", "NE", "68102", "LOCATION"),),
)  # fmt: skip
ZORA = Identity(make_subject("Dr. Zora Quillfeather"), (), RECORD)


def _quoted(sentence: str) -> Decision:
    body = f"""<html><head><title>Kidney month | State News</title></head><body><article><h1>Kidney month</h1>
    <p>{sentence}</p><p>Screening is free through March.</p></article></body></html>"""
    url = "https://news.example/kidney-month"
    probe = Probe("news.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return match(ZORA, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_ap_state_abbreviations_are_states() -> None:
    assert places_in("a nephrologist in Lincoln, Neb., said") == (Address(city="Lincoln", state="NE"),)
    assert places_in("from Kansas City, Mo. and Bend, Ore.") == (
        Address(city="Kansas City", state="MO"),
        Address(city="Bend", state="OR"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Zora Quillfeather, a Lincoln nephrologist, said screening matters.",
        "Dr. Zora Quillfeather, a nephrologist in Lincoln, Neb., said screening matters.",
        "Dr. Zora Quillfeather, who practises in Kearney, said screening matters.",
    ],
)
def test_a_same_field_namesake_in_another_city_of_her_state_stays_possible(sentence: str) -> None:
    assert not _quoted(sentence).is_match


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Zora Quillfeather, an Omaha nephrologist, said screening matters.",
        "Dr. Zora Quillfeather, a Bellevue nephrologist, said screening matters.",  # a suburb of Omaha
        "Dr. Zora Quillfeather, a nephrologist, spoke at the Chamber of Commerce.",
    ],
)
def test_her_city_a_suburb_or_no_city_do_not_hold_her(sentence: str) -> None:
    assert _quoted(sentence).is_match


def test_a_city_whose_name_opens_with_new_keeps_it_and_a_label_word_after_new_does_not() -> None:
    record = "Ada Okonjo, 31 · New Orleans, LA · Previously: Monroe, LA"
    assert [(a.city, a.state) for a in places_in(record)] == [("New Orleans", "LA"), ("Monroe", "LA")]
    assert [a.city for a in places_in("New Patients Welcome in Austin, TX")] == ["Austin"]
    assert [a.city for a in places_in("New Patients Austin, TX")] == ["Austin"]


def test_a_same_field_namesake_in_a_large_city_of_another_state_stays_possible() -> None:
    assert not _quoted("Dr. Zora Quillfeather, a Denver nephrologist, said screening matters.").is_match


@pytest.mark.parametrize(
    "sentence",
    [
        # An institution named after a city has offices in other states; a city of two states is no place.
        "Dr. Zora Quillfeather, a Cleveland Clinic nephrologist, said screening matters.",
        "Dr. Zora Quillfeather, a Portland nephrologist, said screening matters.",
    ],
)
def test_an_institution_or_a_city_of_two_states_does_not_hold_her(sentence: str) -> None:
    assert _quoted(sentence).is_match


def test_only_one_large_city_of_the_name_is_a_place() -> None:
    from footprint.match.geo import big_city_state

    assert big_city_state("Denver") == "CO"
    assert big_city_state("Portland") == ""  # Oregon and Maine
    assert big_city_state("Kearney") == ""  # a small city: its name alone is not known far away
