"""A people's or a town's festival ("Samoan Days", "Greek Festival", "Shoshone Powwow") is no person, whatever word
names it, and neither is a park a text goes to ("at Roosevelt Park", "in Grant Park"); a given name keeps a person
("Doris Day", "Jane Park"), and so does a possessive ("at Seo Yeon Park's office": hers)."""

from __future__ import annotations

from footprint.extract.names import names_in
from footprint.extract.personhood import not_a_person


def test_a_festival_named_by_any_word_is_no_one() -> None:
    for event in ("Samoan Days", "Greek Festival", "Shoshone Powwow", "Tongan Days 2026"):
        assert not_a_person(event.removesuffix(" 2026")), event
    for name in ("Doris Day", "Mary Ann Fair", "Seoyeon Park", "Ann Q. Festival"):
        assert not not_a_person(name), name


def test_a_park_the_text_goes_to_is_no_person() -> None:
    assert [n.name for n in names_in("Immersion at Roosevelt Park lake on day five.")] == []
    assert [n.name for n in names_in("We ate at Young Kim's and walked in Grant Park.")] == ["Young Kim"]
    assert [n.name for n in names_in("I met Jane Park after the parade.")] == ["Jane Park"]
    assert [n.name for n in names_in("We met at Seo Yeon Park's office.")] == ["Seo Yeon Park"]
