"""The titled name a confirmed page quotes for the subject ('Dr. Tseng ("Dr. Mo" to her patients)') is read where
another page writes it, though reading took it for no person: a parent's blog's "Dr. Mo at Riverbend Sports Clinic
says..." is hers beside her workplace. Without her page's quote, or with the name beside no workplace of hers, it
is not. Hand-made records: Mei-Hua Tseng, a sports physician in Eugene."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

RECORD = NpiRecord(
    "1245319599", "Mei-Hua", "Tseng", credential="MD", taxonomies=("Sports Medicine",),
    addresses=(Address("5 River Rd", "Eugene", "OR", "97401", "LOCATION"),),
)  # fmt: skip
WHO = replace(
    Identity(make_subject("Dr. Mei-Hua Tseng", state="OR"), (), RECORD, 2), workplaces=("Riverbend Sports Clinic",)
)
BIO = PersonRecord("Mei-Hua Tseng", credentials=("MD",), context='Dr. Tseng ("Dr. Mo" to her young patients) · Eugene')
OWN = Extracted("https://clinic.example/tseng", "clinic", PageKind.OTHER, title="Mei-Hua Tseng, MD", people=(BIO,))
CONFIRMED = Match(OWN, MatchResult(1.0, Decision.CONFIRMED, ("x",), BIO, 0))


def _blog(text: str) -> Match:
    gran = PersonRecord("Gran Pat", context="Lovely!", read_from=("name:comment",))
    page = Extracted("https://ourkid.example/afos", "ourkid", PageKind.NEWS, title="New braces", text=text,
                     people=(gran,))  # fmt: skip
    return Match(page, match(WHO, page))


def _after(*pages: Match) -> MatchResult:
    return with_kin(WHO, pages)[-1].result


def test_the_taught_titled_name_beside_her_workplace_on_a_parents_blog_is_hers() -> None:
    blog = _blog("Jonah got new braces. Dr. Mo at Riverbend Sports says the goal is the parade. Gran Pat: Lovely!")
    assert not blog.result.decision.is_match  # judged on the commenter: "Dr. Mo" is no person to reading
    after = _after(CONFIRMED, blog)
    assert after.decision == Decision.LIKELY
    assert after.person is not None and after.person.name == "Dr. Mo"
    assert any("everyday name a confirmed page writes" in r for r in after.reasons)


def test_without_her_pages_quote_or_beside_no_workplace_of_hers_it_is_not() -> None:
    blog = _blog("Jonah got new braces. Dr. Mo at Riverbend Sports says the goal is the parade. Gran Pat: Lovely!")
    plain = replace(CONFIRMED, result=replace(CONFIRMED.result, person=replace(BIO, context="Dr. Tseng · Eugene")))
    assert not _after(plain, blog).decision.is_match
    elsewhere = _blog("Jonah got new braces. Dr. Mo at the county fair says hi. Gran Pat: Lovely!")
    assert not _after(CONFIRMED, elsewhere).decision.is_match
