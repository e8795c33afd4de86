"""A list of names each written family name first, set apart by semicolons, as rosters, member lists and author
lists write them ("Carmody, Rick; Mott, Lorraine A."): each item is one person, in the usual order."""

from __future__ import annotations

import pytest

from footprint.extract.names import names_in


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Members: Vellacott, Rick; Mott, Lorraine; Pike, Ann.", ["Rick Vellacott", "Lorraine Mott", "Ann Pike"]),
        ("Authors: Vellacott, Rick; Mott, Lorraine A.", ["Rick Vellacott", "Lorraine A. Mott"]),
        ("Tsou, Mei F.; Lin, Amy", ["Mei F. Tsou", "Amy Lin"]),
        ("Vellacott, R. E.; Mott, L.", ["R. E. Vellacott", "L. Mott"]),
    ],
)
def test_each_item_of_a_semicolon_list_is_a_name_turned_round(text: str, names: list[str]) -> None:
    assert [n.name for n in names_in(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Offices: Dallas, Texas; Austin, Texas",
        "Hours: Monday, Friday; Sunday, Closed",
        "Sizes: Small, Medium; Large, X.",
    ],
)
def test_places_days_and_words_in_such_a_list_are_no_names(text: str) -> None:
    assert names_in(text) == []


def test_one_item_alone_is_no_list() -> None:
    assert [n.name for n in names_in("Treasurer: Vellacott, Rick")] == []
