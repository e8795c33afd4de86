"""A street on a community page is written as a proper name ("34 Elm Crest Rd"); a count or a year before a
doctor's title ("the 2025 guests Dr. Marta Quellweg and Dr. Poe") is no home on "guests Dr".
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Match, MatchResult, PageKind
from tests.assess._marta import marta, read_page

MARTA = marta()
URL = "https://sites.example/view/valley-parents-circle/guests"


def _homes(sentences: str) -> set[str]:
    body = f"""<html><head><title>Valley Parents Circle - Speakers</title></head><body>
<h1>Speakers</h1><p>{sentences}</p></body></html>"""
    page = read_page(body, URL, PageKind.OTHER)
    judged = match(MARTA, page)
    sure = MatchResult(0.95, decide(0.95), judged.reasons, judged.person, judged.person_index)
    return {f.excerpt for f in assess(MARTA, [Match(page, sure)], {}) if f.category == "home_address"}


def test_a_year_and_a_word_before_a_doctors_title_is_no_street() -> None:
    said = "Among the 2025 guests Dr. Marta Quellweg and her husband Tom told parents about their family's routines."
    assert _homes(said) == set()


def test_a_street_written_as_a_name_in_a_sentence_about_her_household_is_her_home() -> None:
    said = "Dr. Marta Quellweg and her husband Tom host the spring picnic at their house, 34 Elm Crest Rd."
    assert any("34 Elm Crest Rd" in e for e in _homes(said))
