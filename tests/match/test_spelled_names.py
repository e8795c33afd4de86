"""Names written in forms the subject's own name does not spell out: a hyphenated given name as its parts or
initials, and the family name in another romanisation, which is weak evidence decided only by what else the
page says, and never on a directory that copies the registry's spelling of another physician.

Each page is read by the real extract stage, then matched; the records and pages are made up here.
"""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.namematch import SubjectNames, fit

# -- a hyphenated given name --------------------------------------------------------------------------------
MEI = SubjectNames.of(make_subject("Mei-Fang Tsou"))
MEI_ANNE = SubjectNames.of(make_subject("Mei-Fang Anne Tsou"))


@pytest.mark.parametrize("written", ["Mei F. Tsou", "Mei F Tsou", "Tsou, Mei F.", "Dr. Mei F. Tsou, MD"])
def test_a_hyphenated_given_name_with_its_second_part_as_an_initial_is_the_name(written: str) -> None:
    found = fit(MEI, written)
    assert found.score >= 0.9
    assert not found.conflict


@pytest.mark.parametrize("written", ["M.F. Tsou", "M. F. Tsou"])
def test_both_parts_as_initials_fit_better_than_one_initial(written: str) -> None:
    assert fit(MEI, written).score > fit(MEI, "M. Tsou").score


@pytest.mark.parametrize(
    ("typed", "taught", "written"),
    [
        ("Ji Hoon Baek", [], "Dr. Jihoon Baek"),  # a two-word given name run together
        ("Mary Ann Poe", [], "Maryann Poe"),
        ("Jihoon Baek", [], "Ji Hoon Baek"),  # a one-word given name spaced
        ("Jay Baek", ["Jihoon Baek"], "Dr. Ji Hoon Baek, MD"),  # the registered name a confirmed page taught, spaced
    ],
)
def test_a_given_name_spaced_or_run_together_is_the_name(typed: str, taught: list[str], written: str) -> None:
    found = fit(SubjectNames.of(make_subject(typed, also_known_as=taught)), written)
    assert found.score == 1.0
    assert not found.conflict


SLAVIC = [
    ("Matej Kovačič", "Dr. Matthew Kovacic, MD"),
    ("Matej Kovacic", "Matt Kovacic"),
    ("Jiří Novák", "George Novak"),
    ("Luka Horvat", "Luke Horvat"),
]


@pytest.mark.parametrize(("typed", "written"), SLAVIC)
def test_a_slavic_given_name_in_its_english_form_is_the_name(typed: str, written: str) -> None:
    assert fit(SubjectNames.of(make_subject(typed)), written).score == pytest.approx(0.85)
    assert fit(SubjectNames.of(make_subject(typed)), "Mark Kovacic").score < 0.5


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Anahit Sargsyan", "Anahit Sarkisian"),
        ("Aram Hakobyan", "Aram Hagopian"),
        ("Lilit Grigoryan", "Lilit Krikorian"),
    ],
)
def test_an_armenian_family_name_in_its_other_romanisation_is_weak_evidence(typed: str, written: str) -> None:
    found = fit(SubjectNames.of(make_subject(typed)), written)
    assert 0.7 <= found.score < 0.85 and any("Armenian" in r for r in found.reasons)
    assert fit(SubjectNames.of(make_subject(typed)), "Anahit Petrosyan").score < 0.5


def test_the_first_part_alone_weighs_like_an_initial() -> None:
    found = fit(MEI, "Mei Tsou")
    assert found.score == pytest.approx(0.75)
    assert any("first part" in r for r in found.reasons)


def test_the_first_part_with_another_second_initial_is_another_name() -> None:
    assert fit(MEI, "Mei L. Tsou").score < 0.5  # a Mei-Ling
    assert fit(MEI_ANNE, "Mei L. Tsou").score < 0.5


def test_the_first_part_with_the_subjects_middle_initial_still_fits() -> None:
    assert fit(MEI_ANNE, "Mei A. Tsou").score == pytest.approx(0.75)


def test_the_second_initial_is_no_middle_initial_that_differs() -> None:
    found = fit(MEI_ANNE, "Mei F. Tsou")
    assert not found.conflict
    assert found.score >= 0.9


# -- a family name in another romanisation ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "written"),
    [("Minjae Jeong", "Minjae Chung"), ("Parisa Ghasemi", "Parisa Qasemi"), ("Mei-Fang Hsieh", "Mei-Fang Xie")],
)
def test_another_romanisation_of_the_family_name_fits_below_the_full_name(subject: str, written: str) -> None:
    found = fit(SubjectNames.of(make_subject(subject)), written)
    assert 0.5 < found.score < 0.85
    assert any("another romanisation" in r for r in found.reasons)


def test_a_family_name_the_table_does_not_hold_is_no_romanisation() -> None:
    assert fit(SubjectNames.of(make_subject("Minjae Jeong")), "Minjae Jones").score < 0.5


RECORD = NpiRecord(
    "1234567893",
    "MINJAE",
    "JEONG",
    credential="MD",
    taxonomies=("Neurological Surgery",),
    addresses=(Address("400 Harbor Crest St", "Baltimore", "MD", "21205", "LOCATION"),),
    phones=("410-555-0163",),
)
MINJAE = Identity(
    make_subject("Dr. Minjae Jeong, MD", specialty="Neurosurgery", city="Baltimore", state="MD"), (), RECORD
)


def _judge(body: str, url: str, kind: PageKind = PageKind.OTHER) -> Decision:
    probe = Probe("somewhere.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, kind)
    return match(MINJAE, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_a_ratings_profile_under_another_spelling_is_another_physician() -> None:
    body = """<html><head><title>Dr. Minjae Chung, MD | Neurosurgery in Baltimore, MD</title></head><body>
    <h1>Dr. Minjae Chung, MD</h1><p>Neurosurgery</p><p>Baltimore, MD</p></body></html>"""
    url = "https://ratings.example/doctors/dr-minjae-chung"
    assert _judge(body, url, PageKind.RATINGS_PROFILE) in (Decision.POSSIBLE, Decision.REJECTED)


def test_another_spelling_with_only_the_name_is_not_the_subject() -> None:
    body = """<html><head><title>Minjae Chung</title></head><body><h1>Minjae Chung</h1>
    <p>Likes hiking.</p></body></html>"""
    assert not _judge(body, "https://blog.example/about").is_match


def test_another_spelling_with_the_subjects_practice_phone_and_field_is_the_subject() -> None:
    body = """<html><head><title>Minjae Chung | Neurosurgery grand rounds</title></head><body><article>
    <h1>Grand rounds: Minjae Chung</h1><p>Minjae Chung, a neurosurgeon in Baltimore, speaks on spine surgery.
    Call 410-555-0163 to register.</p></article></body></html>"""
    assert _judge(body, "https://hospital.example/events/grand-rounds").is_match
