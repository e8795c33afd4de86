"""A written address's comma ends its street: "1840 Via Firenze, Henderson, NV" is a house in Henderson, whatever
the street's type word in front of its name ("Via", "Calle", "Camino") that a tagger may not know."""

from __future__ import annotations

from footprint.extract.entities import parse_address


def test_a_street_with_its_type_in_front_keeps_the_town_after_the_comma() -> None:
    found = parse_address("1840 SAND VIA FIRENZE, HENDERSON, NV 89044")
    assert (found.city, found.state, found.postal_code) == ("HENDERSON", "NV", "89044")
    assert found.street.endswith("FIRENZE")


def test_a_plain_address_is_read_as_before() -> None:
    found = parse_address("4417 SE Larkspur Ct, Portland, OR 97202")
    assert (found.street, found.city, found.state) == ("4417 SE Larkspur Ct", "Portland", "OR")
