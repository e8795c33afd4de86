"""Name forms bylines, captions and registers write: initials run together and possessives.

Each form is checked against the subject and against a namesake it must not be taken for.
"""

from __future__ import annotations

import pytest

from footprint.models import Subject
from footprint.namematch import SubjectNames, fit

OKAFOR = SubjectNames.of(Subject(name="Robert James Okafor"))


@pytest.mark.parametrize("written", ["R.J. Okafor", "RJ Okafor", "Okafor, R.J.", "Dr. R.J. Okafor, MD", "R. J. Okafor"])
def test_initials_run_together_fit_like_spaced_initials(written: str) -> None:
    found = fit(OKAFOR, written)
    assert found.score == pytest.approx(0.75)
    assert not found.conflict
    assert "same middle initial J" in found.reasons


def test_run_together_initials_with_another_middle_initial_are_a_namesake() -> None:
    found = fit(OKAFOR, "R.K. Okafor")
    assert found.conflict
    assert found.score < 0.75


def test_run_together_initials_with_another_first_initial_are_another_person() -> None:
    assert fit(OKAFOR, "S.J. Okafor").score <= 0.1


def test_capital_name_is_not_split_into_initials() -> None:
    assert fit(OKAFOR, "ROBERT OKAFOR").score == 1.0
    jo = SubjectNames.of(Subject(name="Jo Okafor"))
    assert fit(jo, "JO OKAFOR").score == 1.0


@pytest.mark.parametrize("written", ["Robert Okafor's", "Dr. Robert Okafor’s", "Okafor's, Robert"])
def test_a_possessive_is_the_name(written: str) -> None:
    assert fit(OKAFOR, written).score == 1.0


def test_a_possessive_does_not_make_a_relative_the_subject() -> None:
    assert fit(OKAFOR, "Grace Okafor's").score <= 0.1


@pytest.mark.parametrize(("subject", "written"), [("Mingyu Zhou", "Dr. Ming Zhou"), ("Xiaoling Wu", "Xiao Wu")])
def test_a_chinese_given_name_written_by_its_first_syllable_fits(subject: str, written: str) -> None:
    found = fit(SubjectNames.of(Subject(name=subject)), written)
    assert found.score == pytest.approx(0.8)
    assert any("first syllable" in r for r in found.reasons)


@pytest.mark.parametrize(("subject", "written"), [("Linda Carter", "Lin Carter"), ("Mingyu Zhou", "Min Zhou")])
def test_a_name_cut_anywhere_else_is_another_given_name(subject: str, written: str) -> None:
    assert fit(SubjectNames.of(Subject(name=subject)), written).score < 0.5


@pytest.mark.parametrize(
    ("given", "written"),
    [("Marguerite", "Daisy"), ("Marguerite", "Margaret"), ("Wilhelmina", "Billie"), ("Rosalind", "Roz")],
)
def test_an_english_pet_form_the_nicknames_dataset_lacks_fits_and_another_given_name_does_not(
    given: str, written: str
) -> None:
    me = SubjectNames.of(Subject(name=f"{given} Quellhorst"))
    assert fit(me, f"{written} Quellhorst").score >= 0.8
    assert fit(me, "Dorothy Quellhorst").score < 0.5
    assert fit(me, f"{written} Ambergate").score < 0.5
