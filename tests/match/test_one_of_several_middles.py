"""A Spanish name with two given names and two surnames, "José Luis Ibáñez Ortega", is written on a ratings
site as "Dr. Jose Ibanez Ortega": the second given name left out, both surnames kept. The word between the given
name and the last surname is one of the subject's own names, not another middle name: the same physician. A
middle name the subject does not have still sets a namesake apart.
"""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.namematch import SubjectNames, fit

ME = SubjectNames.of(make_subject("Dr. Raúl Andrés Quiñonero Belmonte", city="Albuquerque", state="NM"))


def test_the_first_surname_written_without_the_second_given_name_is_no_other_middle_name() -> None:
    found = fit(ME, "Dr. Raul Quinonero Belmonte, MD")
    assert found.score == 1.0 and not found.conflict, found.reasons


def test_a_middle_name_the_subject_does_not_have_still_differs() -> None:
    found = fit(ME, "Raul Martinez Belmonte")
    assert found.conflict and any("middle name differs" in r for r in found.reasons), found.reasons


def test_the_names_in_another_order_still_differ() -> None:
    """ "Raúl Quiñonero Andrés Belmonte" is not how his names go: the order of names is part of the name."""
    found = fit(ME, "Raul Quinonero Andres Belmonte")
    assert found.conflict, found.reasons
