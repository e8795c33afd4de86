"""A given name spelled otherwise than the nickname table's one spelling keeps that name's everyday forms: Katharine
is "Kit" and "Kate" as Katherine is, Augustin is "Gus" as Augustine is. Before, "Kit Penwarden" on her own Bluesky
and Strava and "Gus Beauchesne" on his forum answer were rejected as "given name differs". A changed final letter is
another name, often of the other sex (Daniela is no Daniel, so no "Danny"), and a short name's final "e" too."""

from __future__ import annotations

import pytest

from footprint.identity import given_name_forms, make_subject, name_variants
from footprint.match.person import name_score
from footprint.models import Identity
from footprint.spellings import table_spellings


def _score(typed: str, written: str) -> float:
    return name_score(Identity(make_subject(typed, city="Hartford", state="CT"), ()), written)[0]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Dr. Katharine Penwarden", "Kit Penwarden"),
        ("Dr. Katharine Penwarden", "Kate Penwarden"),
        ("Dr. Augustin Beauchesne", "Gus Beauchesne"),
        ("Dr. Catharine Moyle", "Cathy Moyle"),
        ("Dr. Lawrance Oduya", "Larry Oduya"),
        ("Dr. Jacquelin Brusse", "Jackie Brusse"),
    ],
)
def test_a_variant_spelling_keeps_the_everyday_forms_of_the_tables_spelling(typed: str, written: str) -> None:
    assert _score(typed, written) >= 0.8


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Dr. Daniela Ferro", "Danny Ferro"),  # Daniel's pet form, not Daniela's
        ("Dr. Rafaela Souto", "Rafe Souto"),
        ("Dr. Katharine Penwarden", "Gus Penwarden"),
    ],
)
def test_another_name_is_still_another_name(typed: str, written: str) -> None:
    assert _score(typed, written) < 0.5  # "given name differs"


def test_only_names_the_table_does_not_know_borrow_and_only_by_one_vowel() -> None:
    assert table_spellings("katharine") == ("katherine",)
    assert table_spellings("augustin") == ("augustine",)
    assert table_spellings("katherine") == ()  # the table's own spelling
    assert table_spellings("simone") == ()  # Simon is another name
    assert table_spellings("daniela") == () and table_spellings("mariana") == ()
    assert "kit" in given_name_forms("Katharine") and "gus" in given_name_forms("Augustin")


def test_searches_spell_out_the_variants_everyday_forms() -> None:
    variants = name_variants(make_subject("Dr. Augustin Beauchesne", city="Norwich", state="CT"))
    assert "Gus Beauchesne" in variants
