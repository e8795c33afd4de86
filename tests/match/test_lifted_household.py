"""A broker's record of the subject confirmed only in the re-judging step (its relatives are those a likely record
listed) lists the household a relative's post names: "Imo, Rafa and Tess at the Hoover Dam" on her mother's Medium
post, "Abdi and Faadumo with Hibaaq" on a sister's Ghost post. The post is read once more against that household;
a record still only "possible" teaches nothing. Hand-made records: Dilvara Ostrand, a nephrologist in Tulsa."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.lifted_household import relatives_pages
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
    "1245319599", "DILVARA", "OSTRAND", "", "MD", ("Nephrology",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Dilvara Ostrand"), (), RECORD, 1)
HOME = Address("118 Birch Ln", "Broken Arrow", "OK", "74012", "home")
RECORD_PAGE = Extracted(
    "https://people.example/dilvara-ostrand", "people", PageKind.PEOPLE_SEARCH,
    people=(PersonRecord("Dilvara Ostrand", addresses=(HOME,), relatives=("Kasimir Ostrand", "Nelia Ostrand")),),
)  # fmt: skip
AUTHOR = PersonRecord("Renske Vos", read_from=("name:author",))
POST = Extracted(
    "https://medium.example/@renske/lanterns", "medium.example", PageKind.NEWS, title="Lanterns",
    text="Three weeks with my niece's family. Dilvara, Kasimir and Nelia at the lantern fair.", people=(AUTHOR,),
)  # fmt: skip


def _broker(decision: Decision) -> Match:
    return Match(RECORD_PAGE, MatchResult(0.9 if decision.is_match else 0.6, decision, (), RECORD_PAGE.people[0], 0))


def _post() -> Match:
    return Match(POST, MatchResult(0.0, Decision.REJECTED, ("given name differs: Renske vs Dilvara",), AUTHOR, 0))


def test_a_relatives_post_is_read_against_the_household_of_a_record_confirmed_in_the_same_step() -> None:
    first = (_broker(Decision.POSSIBLE), _post())
    once = (_broker(Decision.CONFIRMED), _post())
    post = relatives_pages(WHO, first, once)[1]
    assert post.result.decision == Decision.LIKELY
    assert any("names Dilvara, Kasimir and Nelia" in r for r in post.result.reasons)


def test_a_record_still_possible_or_confirmed_from_the_start_changes_nothing() -> None:
    first = (_broker(Decision.POSSIBLE), _post())
    assert relatives_pages(WHO, first, first) == first
    confirmed = (_broker(Decision.CONFIRMED), _post())
    assert relatives_pages(WHO, confirmed, confirmed) == confirmed  # knowing read it already
