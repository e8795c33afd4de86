"""A sister's food blog writes the subject's home street by its name alone, with the husband's given name: "the first
boil at my sister Daisy Fontenot and Luc's place on Thistlewick Coulee Drive". The confirmed broker record lists 318
Thistlewick Coulee Dr and Luc Fontenot: one house on one street, the household's page. A short street name (Elm),
or the street without a relative, or a relative without the street, is anyone's. Hand-made records."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1760485241", "MARGUERITE", "FONTENOT", "", "MD", ("Physical Medicine & Rehabilitation",),
    (Address("100 Johnston St", "Lafayette", "LA", "70501", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Marguerite Fontenot", state="LA"), (), RECORD)


def _broker(street: str = "318 Thistlewick Coulee Dr") -> Match:
    record = PersonRecord(
        "Marguerite Fontenot", addresses=(Address(street, "Lafayette", "LA", "70508", "home"),),
        relatives=("Luc Fontenot", "Yvonne Broussard"),
    )  # fmt: skip
    page = Extracted("https://people.example/marguerite-fontenot", "people", PageKind.PEOPLE_SEARCH, people=(record,))
    found = Match(page, match(WHO, page))
    assert found.result.decision == Decision.CONFIRMED
    return found


def _blog(text: str) -> Match:
    person = PersonRecord("Daisy Fontenot", context=text.split(". ")[0], read_from=("name:text",))
    page = Extracted("https://supperclub.example.com/first-boil", "supperclub", PageKind.NEWS, title="First boil",
                     text=text, people=(person,))  # fmt: skip
    return Match(page, match(WHO, page))


POST = "We did the first boil at my sister Daisy Fontenot and Luc's place on Thistlewick Coulee Drive. Forty pounds."


def _after(page: Match, broker: Match | None = None) -> Decision:
    broker = broker or _broker()
    return {m.page.url: m.result for m in with_kin(WHO, (broker, page))}[page.page.url].decision


def test_the_home_streets_name_and_her_husbands_given_name_are_her_household() -> None:
    blog = _blog(POST)
    assert not blog.result.decision.is_match  # "Daisy" and nothing else: possible
    assert _after(blog).is_match


def test_the_street_without_a_relative_a_relative_without_the_street_or_a_short_street_tell_nothing() -> None:
    assert not _after(_blog(POST.replace(" and Luc's place", "'s place"))).is_match
    assert not _after(_blog(POST.replace("Thistlewick Coulee Drive", "the bayou"))).is_match
    elm = _broker("12 Elm St")
    assert not _after(_blog(POST.replace("Thistlewick Coulee Drive", "Elm Street")), elm).is_match
