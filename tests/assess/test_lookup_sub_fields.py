"""A licence lookup lays out a section heading over its labelled field: "Disciplinary Actions" then
"Action Taken: None" is a field answered none, whatever the field's label; the same layout answered with an
action is one.
"""

from __future__ import annotations

from footprint.assess import assess
from footprint.match import match
from footprint.match.person import decide
from footprint.models import Match, MatchResult, PageKind
from tests.assess._marta import marta, read_page

MARTA = marta()


def _board_actions(section: str) -> set[str]:
    body = f"""<html><head><title>Practitioner Profile - State Medical Board</title></head><body>
<h1>Practitioner Profile</h1><table>
<tr><th>Name</th><td>QUELLWEG, MARTA L</td></tr><tr><th>License Status</th><td>ACTIVE</td></tr>
<tr><th>City/State</th><td>DAYTON, OH</td></tr></table>
<h2>Disciplinary Actions</h2><p>{section}</p></body></html>"""
    url = "https://board.example/lookup/detail?id=4418"
    page = read_page(body, url, PageKind.OFFICIAL_RECORD)
    judged = match(MARTA, page)
    sure = MatchResult(0.95, decide(0.95), judged.reasons, judged.person, judged.person_index)
    return {f.category for f in assess(MARTA, [Match(page, sure)], {})}


def test_a_sections_field_answered_none_under_its_own_label_is_no_board_action() -> None:
    assert "disciplinary_action" not in _board_actions("Restrictions: None.")
    assert "disciplinary_action" not in _board_actions("Action Taken: None")


def test_the_same_field_answered_with_an_action_is_one() -> None:
    assert "disciplinary_action" in _board_actions("Action Taken: Public reprimand, 2024.")


def test_an_attestation_of_no_final_action_is_no_board_action() -> None:
    """Tennessee's licence verification ends with one sentence listing what it found none of."""
    assert "disciplinary_action" not in _board_actions(
        "No final disciplinary action, criminal conviction or liability claim reported."
    )
    assert "disciplinary_action" not in _board_actions("There are no pending or public board actions.")
