"""One re-judging step: pages left "possible" are judged once knowing what the first judgement's pages taught.

A broker's record confirmed as the subject's lists a child and a cell number; a second broker's record of the
name in a nearby town names the same child and is lifted. A third record that shares only the second one's
landline is not lifted by it in the same step: the second record's phone is a fact learned from a page that
was itself only corroborated. Each lifted page's reasons name the page that taught the fact.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import Address, Decision, Extracted, Identity, Match, MatchResult, PageKind, PersonRecord

KATE = Identity(make_subject("Dr. Katherine Lindqvist, MD", specialty="Pediatrics", city="Madison", state="WI"), ())
SUBURB = (Address("12 Elm St", "Middleton", "WI", "53562", "home"),)  # alone, a namesake here is only possible
HERS = PersonRecord("Katherine M Lindqvist", age=44, addresses=SUBURB, phones=("+16085550177",),
                    relatives=("Lars Lindqvist",))  # fmt: skip
OWN = Extracted("https://people.example/a", "people", PageKind.PEOPLE_SEARCH, people=(HERS,))
CONFIRMED = Match(OWN, MatchResult(0.9, Decision.CONFIRMED, ("x",), HERS, 0))


def _broker(url: str, **fields: object) -> Match:
    page = Extracted(url, url.split("/")[2], PageKind.PEOPLE_SEARCH,
                     people=(PersonRecord("Katherine Lindqvist", addresses=SUBURB, **fields),))  # type: ignore[arg-type]  # fmt: skip
    return Match(page, match(KATE, page))


def test_a_record_naming_her_confirmed_records_child_is_lifted_and_says_which_page_taught_it() -> None:
    kin = _broker("https://lookup.example/k", relatives=("Lars Lindqvist",))
    assert kin.result.decision == Decision.POSSIBLE
    _, lifted = with_kin(KATE, (CONFIRMED, kin))
    assert lifted.result.decision.is_match
    assert any("Lars Lindqvist" in r and r.endswith(f"taught by {OWN.url}") for r in lifted.result.reasons)


def test_a_phone_taught_only_by_a_page_lifted_in_the_same_step_lifts_nothing() -> None:
    kin = _broker("https://lookup.example/k", relatives=("Lars Lindqvist",), phones=("(608) 555-0300",))
    landline = _broker("https://phonebook.example/k", phones=("608-555-0300",))
    assert landline.result.decision == Decision.POSSIBLE
    _, lifted, kept = with_kin(KATE, (CONFIRMED, kin, landline))
    assert lifted.result.decision.is_match
    assert kept.result == landline.result  # the landline is the lifted record's word, not a confirmed page's


def test_her_confirmed_records_own_phone_lifts_the_same_record_on_another_site() -> None:
    cell = _broker("https://phonebook.example/k", phones=("608-555-0177",))
    _, lifted = with_kin(KATE, (CONFIRMED, cell))
    assert lifted.result.decision.is_match
    assert any(r.endswith(f"taught by {OWN.url}") for r in lifted.result.reasons)


def test_a_page_left_possible_that_is_not_lifted_keeps_its_first_judgement() -> None:
    stranger = _broker("https://lookup.example/k", relatives=("Olaf Lindqvist",), phones=("608-555-0999",))
    _, kept = with_kin(KATE, (CONFIRMED, stranger))
    assert kept.result == stranger.result


def test_on_a_brokers_page_of_two_records_her_relative_decides_for_the_record_listing_him() -> None:
    """The page's text holds every record's relatives: a relative written without the middle initial there
    ("Lars Lindqvist" for the learned "Lars M Lindqvist") counts for the record that lists him, not for both."""
    other = PersonRecord("Katherine Lindqvist", age=71, addresses=SUBURB, relatives=("Olaf Lindqvist",))
    her = PersonRecord("Katherine Lindqvist", age=44, addresses=SUBURB, relatives=("Lars Lindqvist",))
    text = "Katherine Lindqvist, 71 Related: Olaf Lindqvist. Katherine Lindqvist, 44 Related: Lars Lindqvist"
    page = Extracted("https://lookup.example/k", "lookup.example", PageKind.PEOPLE_SEARCH, people=(other, her),
                     text=text)  # fmt: skip
    result = match(replace(KATE, relatives=("Lars M Lindqvist",)), page)
    assert result.decision.is_match and result.person == her, result.reasons


def test_a_newsletter_thanking_her_husband_without_his_middle_initial_names_her_relative() -> None:
    text = ("Thanks to Dr. Katherine Lindqvist (mom of Lars and Ingrid) for the flu clinic. "
            "Also thanks to Erik Lindqvist for grilling.")  # fmt: skip
    own = text.split(". ")[0]  # her sentence; the husband is thanked in another
    her = PersonRecord("Katherine Lindqvist", relatives=("Lars", "Ingrid"), context=own, read_from=("name:text",))
    page = Extracted("https://pta.example/news", "pta.example", PageKind.OTHER, people=(her,), text=text)
    assert any("Erik M Lindqvist" in r for r in match(replace(KATE, relatives=("Erik M Lindqvist",)), page).reasons)
    assert not any("Olaf" in r for r in match(replace(KATE, relatives=("Olaf M Lindqvist",)), page).reasons)
