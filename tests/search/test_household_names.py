"""A result that writes the subject's household by family name in the subject's town is opened.

A PTA's donor roll ("Gold: The Halvorsen Family (Ola, 5th grade)"), a parish bulletin ("coffee hour hosted by the
Halvorsen family") or a neighbourhood newsletter ("garden hosts: the Halvorsens (5012)") names a household, and its
search snippet shows no given name of the subject's: these results are opened when the town is beside the phrase or
the household's own query (family name and town) returned them; a business named for a family is not."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject, name_variants
from footprint.models import Identity, SearchResult
from footprint.results import plausible

URL = "https://www.northeastpta.example.org/2025-26/thank-you"


def _who() -> Identity:
    subject = make_subject("Dr. Wren Halvorsen", city="Tacoma", state="WA")
    return Identity(subject, name_variants(subject))


def _result(title: str, snippet: str, *queries: str) -> SearchResult:
    return SearchResult(7, URL, title, snippet, "searxng", queries=queries or ('"Wren Halvorsen" Tacoma',))


def test_a_household_named_by_the_family_name_in_the_subjects_town_is_opened() -> None:
    roll = _result("Thank You Families! 2025-26", "Northeast Tacoma PTA ... Gold: The Halvorsen Family ...")
    assert plausible(_who(), roll)
    assert plausible(_who(), _result("Fall Newsletter", "garden hosts: the Halvorsens (5012), Tacoma"))
    assert plausible(_who(), _result("Band Boosters, Tacoma", "The Owen-Halvorsen Family (Isla, pipes)"))
    # The household's own query (family name and town) returned it, though the snippet does not write the town.
    bulletin = _result("Weekly Bulletin", "coffee hour ... the Halvorsen family ...", "Halvorsen Tacoma")
    assert plausible(_who(), bulletin)


def test_a_family_business_another_town_or_a_name_alone_is_not_opened() -> None:
    assert not plausible(_who(), _result("Halvorsen Family Dentistry, Tacoma", "The Halvorsen Family Dentistry team"))
    # Another town's household of the name, returned by a query on the subject's name.
    assert not plausible(_who(), _result("Spokane PTA", "Gold: The Halvorsen Family ..."))
    # The family name with no household word: the name rules decide (a surname alone opens nothing).
    assert not plausible(_who(), _result("Tacoma PTA", "Gold: Halvorsen, Lindqvist, Ortega ..."))
    roll = _result("Thank You Families! 2025-26", "Northeast Tacoma PTA ... Gold: The Halvorsen Family ...")
    assert not plausible(_who(), replace(roll, snippet=roll.snippet.replace("Halvorsen", "Lindqvist")))
