"""A brewery's video description names a beer and the brewery beside the doctor on guitar: neither is a person, so the
page names one person, the doctor ("page lists 3 people" had put a beer beside him)."""

from __future__ import annotations

from footprint.extract.names import names_in


def _names(text: str) -> list[str]:
    return [n.name for n in names_in(text)]


def test_a_beer_before_its_style_is_no_person() -> None:
    assert _names("Dr. Nate Quarrington on guitar, a pint of our Hazy Fan IPA on his amp.") == ["Nate Quarrington"]
    assert _names("We poured our Pine Belt Pils for Ann Lee.") == ["Ann Lee"]


def test_a_brewery_or_an_airline_is_no_person() -> None:
    assert _names("Open mic night at Scott's Addition Brewing with Ann Lee.") == ["Ann Lee"]
    assert _names("Kotzebue Arctic Airways will fly three times a week, said Ann Lee.") == ["Ann Lee"]


def test_a_person_of_a_family_name_that_is_a_drink_stays_a_person() -> None:
    assert _names("Ann Porter and Sam Stout came to the tasting.") == ["Ann Porter", "Sam Stout"]
