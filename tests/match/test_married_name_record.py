"""A broker's record under the subject's married name ("Aigerim Holt") that lists her own name among its other names
("AKA Aigerim N Zhaksylykova", the registry's middle initial): the same person under another family name. It fits
more weakly than her name itself, so the record's town and other facts decide; an alias of another given name, or a
record whose facts are elsewhere, stays another person's."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("6160 S Marsh Ave", "Tulsa", "OK", "74136", "LOCATION")
RECORD = NpiRecord("1234567893", "AIGERIM", "QUASSEL", "N", "M.D.", ("Gynecologic Oncology",), (OFFICE,))
WHO = Identity(make_subject("Dr. Aigerim Quassel"), (), RECORD, 1)


def _record(name: str, aliases: tuple[str, ...], city: str = "Tulsa") -> Extracted:
    person = PersonRecord(name, age=41, addresses=(Address("3914 E Marsh Pl", city, "OK", "74105", "home"),),
                          aliases=aliases, read_from=("record:site selectors",))  # fmt: skip
    return Extracted("https://people.example/aigerim-holt", "people", PageKind.PEOPLE_SEARCH, people=(person,))


def test_a_married_name_record_listing_her_name_as_another_name_is_hers() -> None:
    result = match(WHO, _record("Aigerim Holt", ("Aigerim N Zhaksylykova", "Aigerim N Quassel")))
    assert result.decision.is_match, result.reasons
    assert any("another family name the record also gives" in r for r in result.reasons)


def test_other_names_that_are_not_hers_or_a_record_elsewhere_are_not() -> None:
    assert not match(WHO, _record("Aigerim Holt", ("Aigerim Holtz",))).decision.is_match
    assert not match(WHO, _record("Dana Holt", ("Dana Quassel",))).decision.is_match
    assert not match(WHO, _record("Aigerim Holt", ("Aigerim N Quassel",), city="Lawton")).decision.is_match


def test_a_generation_suffix_is_no_other_family_name() -> None:
    """ "Rogelio Santos Bautista Jr" AKA "Jun Bautista": the same family name; the suffix is no married name."""
    from footprint.match.name_fit import OTHER_FAMILY_WHY, name_fit

    person = PersonRecord("Aigerim Santos Quassel Jr", aliases=("Aigerim Quassel",))
    assert not any(OTHER_FAMILY_WHY in r for r in name_fit(WHO.subject, person).reasons)


def test_the_married_name_a_confirmed_record_bears_is_read_on_her_other_pages() -> None:
    """Once the married-name record is hers, her Q&A answer signed "Aigerim Holt, gynecologic oncologist in Tulsa" is
    judged under that name too (a second look once the first pages taught it)."""
    from footprint.match import rejudge
    from footprint.models import Decision, Match, Post

    broker = _record("Aigerim Holt", ("Aigerim N Quassel",))
    broker = replace(broker, people=(replace(broker.people[0], phones=("(918) 555-0183",)),))
    # Another broker's record of her under her own name gives the same cell: what lifts the married-name record once
    # the first pages are read.
    mine = _record("Aigerim N Quassel", ())
    profile = replace(mine, url="https://other-people.example/aigerim-quassel",
                      people=(replace(mine.people[0], phones=("(918) 555-0183",)),))  # fmt: skip
    tulsa = (Address(city="Tulsa", state="OK"),)
    answer_by = PersonRecord("Aigerim Holt", specialties=("gynecologic oncologist",), addresses=tulsa,
                             read_from=("name:post author",))  # fmt: skip
    answer = Extracted("https://qa.example/answer/aigerim-holt", "qa.example", PageKind.OTHER, people=(answer_by,),
                       posts=(Post("Aigerim Holt", "Your mom should not have this surgery with a general OB."),),
                       text="Aigerim Holt · Gynecologic oncologist in Tulsa, OK")  # fmt: skip
    judged = tuple(Match(p, match(WHO, p)) for p in (broker, answer, profile))
    assert judged[1].result.decision == Decision.REJECTED  # the first look: another family name
    assert judged[0].result.decision == Decision.LIKELY, judged[0].result.reasons
    again = rejudge.knowing(WHO, judged)
    assert again[0].result.decision == Decision.CONFIRMED, again[0].result.reasons
    assert again[1].result.decision.is_match, again[1].result.reasons
