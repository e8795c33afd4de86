"""Reviews and ratings a page keeps in JavaScript-assigned state (``window.__STATE__ = {...}``)."""

from __future__ import annotations

import json

import lxml.html

from footprint.extract import scriptstate


def _doc(script: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body><div id=app></div><script>{script}</script></body></html>")


def test_reviews_and_rating_in_an_initial_state_object() -> None:
    state = {
        "doctor": {"name": "Dr. A B", "average": 2.4, "num_ratings": 17},
        "reviews": {
            "items": [
                {"text": "Rushed me out in four minutes flat.", "rating": 1, "created_at": "2025-02-01T10:00:00Z"},
                {"text": "Kind and thorough with my father.", "rating": 5, "created_at": "2024-12-09"},
            ]
        },
    }
    reviews, rating = scriptstate.read(_doc(f"window.__INITIAL_STATE__ = {json.dumps(state)};"))
    assert [(r.rating, r.date) for r in reviews] == [(1.0, "2025-02-01"), (5.0, "2024-12-09")]
    assert rating is not None and (rating.value, rating.count) == (2.4, 17)


def test_json_parse_of_an_escaped_string_and_sub_scores_without_an_overall() -> None:
    state = {
        "ratings": [
            {
                "comment": "Never called back about my results.",
                "date": "2025-05-05",
                "staff": 1,
                "punctuality": 2,
                "knowledge": 3,
            }
        ]
    }
    literal = json.dumps(json.dumps(state))
    reviews, _ = scriptstate.read(_doc(f"self.__NUXT__=JSON.parse({literal});"))
    assert len(reviews) == 1
    assert reviews[0].rating == 2.0
    assert reviews[0].text.startswith("Never called back")


def test_a_list_of_other_doctors_with_scores_and_bios_is_not_reviews() -> None:
    state = {"nearby": [{"name": "Dr. C D", "rating": 4.5, "bio": "Board-certified internist since 2001."}]}
    reviews, _ = scriptstate.read(_doc(f"window.__APOLLO_STATE__ = {json.dumps(state)};"))
    assert reviews == ()


def test_hostile_scripts_are_bounded_and_never_raise() -> None:
    huge = "window.__X__ = [" + "1," * scriptstate.MAX_SCRIPT + "1];"
    assert scriptstate.read(_doc(huge)) == ((), None)
    assert scriptstate.read(_doc("window.__X__ = {broken; var y = JSON.parse('{nope');")) == ((), None)
    deep = "window.__X__ = " + "[" * 5000 + "]" * 5000 + ";"
    assert scriptstate.read(_doc(deep)) == ((), None)


def test_a_description_cut_short_in_the_meta_tags_is_read_in_full_from_the_player_state() -> None:
    full = "Why every one of my knee patients goes home in this brace, and how to get one. Use code DOC15 for 15% off."
    doc = _doc(f"var playerResponse = {json.dumps({'videoDetails': {'shortDescription': full}})};")
    assert scriptstate.fuller(doc, full[:60] + "…") == full
    assert scriptstate.fuller(doc, "Short.") == "Short."  # too short to stand for the start of a text
    other = "A different text that is long enough to count as the start of one."
    assert scriptstate.fuller(doc, other) == other
