"""A relative of another family name (a husband's children, who bear his) written whole on a community page, with the
subject's town, ties the page to the subject's household: "Theo Raman's mom, Pippa Lockridge" in a school's news.
Their given name alone, or their whole name in another town, does not. Hand-made records: the subject practises in
Tulsa, OK; the broker lists a husband, Dane Kestrel, and a son, Milo Kestrel."""

from __future__ import annotations

from footprint.match import household, match
from footprint.models import Decision, Extracted, Match, PageKind, PersonRecord
from tests.match._orson import WHO, broker

BROKER = broker("Dane Kestrel", "Milo Kestrel")


def _tie(text: str) -> str:
    person = PersonRecord("Orson Pellworth", context=text.split(". ")[0], read_from=("name:text",))
    page = Extracted("https://school.example/news", "school", PageKind.OTHER, title="Family News", text=text,
                     people=(person,))  # fmt: skip
    broker = Match(BROKER, match(WHO, BROKER))
    assert broker.result.decision == Decision.CONFIRMED
    return household.tie(household.of(WHO, (broker,)), page, person)


def test_a_relatives_whole_name_of_another_family_in_the_town_is_the_household() -> None:
    why = _tie("Thanks to Milo Kestrel's dad, Orson Pellworth, for the canoe. Tulsa, Oklahoma.")
    assert "names Milo Kestrel and Tulsa" in why


def test_the_given_name_alone_or_another_town_is_no_household_tie() -> None:
    assert _tie("Thanks to Milo's dad, Orson Pellworth, for the canoe. Tulsa, Oklahoma.") == ""
    assert _tie("Thanks to Milo Kestrel's dad, Orson Pellworth. Bend, Oregon.") == ""


def test_two_relatives_written_whole_tie_a_clipped_given_name_too() -> None:
    one = _tie("Thanks to Milo Kestrel's dad, Orson Pellworth. Tulsa, Oklahoma.")
    two = _tie("Orson Pellworth (dad of Milo Kestrel), Treasurer: Dane Kestrel. Tulsa, Oklahoma.")
    assert not household.by_relatives(one)
    assert household.by_relatives(two) and "Dane Kestrel" in two and "Milo Kestrel" in two
