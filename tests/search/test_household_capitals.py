"""A household named by its relatives' given names and the family name as the family writes it, with a capital
inside ("MacAulay", "DeLuca"): a family blog's caption is opened though the typed name is capitalised otherwise."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.learned import Learned
from footprint.models import Identity, SearchResult
from footprint.results import plausible

TAUGHT = Learned(kin=("Dafydd", "Isla", "Rory"))


def _who() -> Identity:
    subject = make_subject("Dr. Mairi Macaulay", city="Columbia", state="SC")
    return Identity(subject, name_variants(subject))


def _result(snippet: str) -> SearchResult:
    return SearchResult(4, "https://owensofwheatst.example/blog", "Blog | The Owens", snippet, "searxng")


def test_the_family_name_with_a_capital_inside_and_two_relatives_opens_the_caption() -> None:
    assert plausible(_who(), _result("Isla and Rory at the MacAulay clan tent, Rural Hill"), TAUGHT)
    assert plausible(_who(), _result("Isla and Rory at the Macaulay clan tent, Rural Hill"), TAUGHT)


def test_the_family_name_as_a_common_word_or_one_relative_does_not() -> None:
    assert not plausible(_who(), _result("Isla at the MacAulay clan tent, Rural Hill"), TAUGHT)
    assert not plausible(_who(), _result("isla and rory at the macaulay clan tent"), TAUGHT)


def test_a_married_name_confirmed_pages_give_names_the_household_too() -> None:
    taught = Learned(families=("Owen",), kin=TAUGHT.kin)
    assert not plausible(_who(), _result("The Owens · Isla and Rory at the Highland Games"), taught)
    assert plausible(_who(), _result("Dafydd Owen with Isla and Rory at the Highland Games"), taught)
