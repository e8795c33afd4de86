"""A listed word inside a proper name (a brand, a shop, a street) is the name's, not the thing: "two scoops of
Joint Harvest collagen" is no cannabis, "dinner on Whiskey Row" no whiskey; the word itself still counts."""

from __future__ import annotations

from footprint.assess.detectors.base import hit


def test_a_brand_or_street_named_with_a_listed_word_is_no_drink_or_drug() -> None:
    assert hit("substance", "two scoops of Joint Harvest marine collagen in my coffee") == ""
    assert hit("substance", "we met for dinner on Whiskey Row tonight") == ""


def test_the_word_itself_still_counts_capitalised_or_not() -> None:
    assert hit("substance", "rolled a joint after clinic") == "joint"
    assert hit("substance", "Margaritas on the patio!") == "Margaritas"
    assert hit("substance", "we had Tequila shots") != ""
    assert hit("discipline", "The State Medical Board suspended Dr. Ash's license") != ""
