"""A family's own pages name the subject among the household: a spouse's baking blog ("Posted by Maren Vantaa ·
Will Vantaa and Sulo after the semifinal"), a civic club's minutes ("Jo and Ros Pellow (12 Birch Ln) reported...").
Neither says "doctor" nor gives the town; the household a confirmed people-search record lists tells them apart."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, NpiRecord, PageKind, PersonRecord

WILL = NpiRecord("1245319599", "William", "Vantaa", "", "MD", ("Internal Medicine",), ())
WHO = Identity(make_subject("William Vantaa"), (), WILL, 1)
FAMILY = replace(WHO, relatives=("Maren Vantaa", "Sulo Vantaa", "Aino Vantaa"))


def _blog(text: str, name: str = "Will Vantaa") -> Extracted:
    own = next(line for line in text.split(". ") if name in line)
    person = PersonRecord(name, context=own, read_from=("name:text",))
    return Extracted("https://bakes.example/semifinal", "bakes.example", PageKind.OTHER, text=text, people=(person,))


BLOG = _blog("Posted by Maren Vantaa. Four braids for the hockey bus. Will Vantaa and Sulo after the semifinal. Recipe")


def test_a_page_naming_the_subject_with_two_of_the_households_relatives_is_likely() -> None:
    judged = match(FAMILY, BLOG)
    assert judged.decision.is_match
    assert any("Maren Vantaa" in r for r in judged.reasons) and any("names Sulo too" in r for r in judged.reasons)


def test_one_relative_alone_or_none_leaves_the_page_possible() -> None:
    one = _blog("Posted by Maren Vantaa. Four braids for the bus. Will Vantaa after the semifinal. Recipe")
    assert not match(FAMILY, one).decision.is_match  # a namesake's wife may be a Maren too
    assert not match(WHO, BLOG).decision.is_match  # nothing taught: the name alone
