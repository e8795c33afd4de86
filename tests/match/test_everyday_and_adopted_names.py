"""A given name the subject goes by that is no English nickname of the registered one: the everyday form in the
language of a community page ("Jadzia" for Jadwiga, "Piet" for Pieter, "Yossi" for Yosef), the Irish form of an
English name ("Séamus" for James), and a Western name a Hong Kong or Taiwanese physician adopted, signed before the
initials of the registered one ("Kelvin K.W. Tsang" for Ka-Wing Tsang). Each fits as a nickname or an initial does;
another given name, another formal name of the same family, or the adopted name with another initial is no fit."""

from __future__ import annotations

import pytest

from footprint.models import Subject
from footprint.namematch import SubjectNames, fit


def _fit(subject: str, written: str):  # type: ignore[no-untyped-def]
    return fit(SubjectNames.of(Subject(name=subject)), written)


@pytest.mark.parametrize(
    ("subject", "written"),
    [
        ("Jadwiga Ostrowska", "Jadzia Ostrowska"),
        ("Pieter Dekker", "Piet Dekker"),
        ("Yosef Halevi", "Yossi Halevi"),
        ("Giuseppe Ferrante", "Beppe Ferrante"),
        ("Beatriz Moura", "Bia Moura"),
        ("Sigrún Einarsdóttir", "Sigga Einarsdóttir"),  # an Icelandic gælunafn, from the Sig- stem
        ("Guðmundur Arason", "Gummi Arason"),
    ],
)
def test_an_everyday_form_fits_as_a_nickname(subject: str, written: str) -> None:
    found = _fit(subject, written)
    assert found.score >= 0.85
    assert any("everyday form of" in r for r in found.reasons)


def test_the_irish_form_of_the_registered_name_fits() -> None:
    assert _fit("James Moriarty", "Séamus Moriarty").score >= 0.85


@pytest.mark.parametrize(
    ("subject", "written"),
    [
        ("Jadwiga Ostrowska", "Kasia Ostrowska"),  # Katarzyna's everyday form, a sister's
        ("Pieter Dekker", "Henk Dekker"),  # Hendrik's
        ("Katarzyna Ostrowska", "Jadzia Ostrowska"),
        ("Sigrún Einarsdóttir", "Gunna Einarsdóttir"),  # Guðrún's
    ],
)
def test_another_names_everyday_form_does_not_fit(subject: str, written: str) -> None:
    assert _fit(subject, written).score < 0.5


@pytest.mark.parametrize("written", ["Kelvin K. Tsang", "Kelvin K.W. Tsang", "Dr. Kelvin K. W. Tsang, MD"])
def test_an_adopted_name_before_the_registered_names_initials_fits_as_an_initial(written: str) -> None:
    found = _fit("Ka-Wing Tsang", written)
    assert 0.5 < found.score < 0.85
    assert any("adopted name" in r for r in found.reasons)


@pytest.mark.parametrize("written", ["Kelvin C. Tsang", "Kelvin Tsang", "Kelvin W. Tsang", "Kelvin K. Tsang-Lee"])
def test_the_adopted_name_with_other_initials_or_none_is_not_a_fit(written: str) -> None:
    assert _fit("Ka-Wing Tsang", written).score < 0.5


def test_no_adopted_name_for_a_given_name_of_one_part() -> None:
    assert _fit("Mike Tsang", "Kevin M. Tsang").score < 0.5


def test_one_sentence_writing_the_subject_twice_is_no_tie() -> None:
    from footprint.identity import make_subject
    from footprint.match import match
    from footprint.models import Extracted, Identity, PageKind, PersonRecord

    line = "Team manager: Lexi Ostrowska (our team doctor, Dr. Alex Ostrowska, pediatrics, Duluth, MN)"
    names = ("Lexi Ostrowska", "Alex Ostrowska")
    people = tuple(PersonRecord(n, context=line, read_from=("name:text",)) for n in names)
    page = Extracted("https://club.example/roster", "club", PageKind.OTHER, text=line, people=people)
    who = Identity(make_subject("Dr. Alexandra Ostrowska", state="MN", city="Duluth", specialty="Pediatrics"), ())
    result = match(who, page)
    assert result.decision.is_match
    assert not any("fits as well" in r for r in result.reasons)


def test_an_everyday_name_made_of_both_given_names() -> None:
    found = _fit("Marivic Santos", "Maria Victoria L Santos")
    assert found.score >= 0.85 and any("everyday form of Maria Victoria" in r for r in found.reasons)
    assert _fit("Marivic Santos", "Maria Teresa Santos").score < 0.5


@pytest.mark.parametrize(
    ("subject", "written"), [("Jadwiga Kowalska", "Jadzia Kowalski"), ("Olga Sokolova", "Olga Sokolov")]
)
def test_the_other_genders_form_of_a_slavic_family_name_is_the_same_family(subject: str, written: str) -> None:
    found = _fit(subject, written)
    assert found.score >= 0.8 and any("other gender's form" in r for r in found.reasons)


def test_an_english_family_name_with_a_longer_namesake_is_no_gendered_form() -> None:
    assert not any("other gender's form" in r for r in _fit("Anna Martina", "Anna Martin").reasons)
