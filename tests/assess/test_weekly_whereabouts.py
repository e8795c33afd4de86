"""A routine told in any words: a repeat, an hour and a place of the subject's, in one sentence or in a sentence
naming her and the next one about her, is where anyone can find her each week; her clinic's hours are not."""

from __future__ import annotations

from footprint.models import Decision, MatchResult
from tests.assess._marta import excerpts, marta, read_page

GYM = """<html><head><title>Member Spotlight: Marta Q. | Far Hills Barbell Dayton</title></head><body><article>
<h1>Member Spotlight: Marta Q.</h1><p>Posted by Coach Dee · October 3, 2026</p>
<p>If you come to the 5:30 a.m. class, you know Marta. {second}</p>
<p>Favorite lift? "Anything but thrusters." Congrats Marta Quellweg!</p></article></body></html>"""

FORUM = """<html><head><title>Rolled my ankle on the trail - Dayton Trail Runners</title></head><body>
<div class="post"><p>trailmarta: Ice it, keep it up tonight, and get it looked at if you cannot bear weight.
Marta Quellweg (kids' doc) · {sign}</p></div></body></html>"""


def _found(body: str, url: str) -> dict[str, set[str]]:
    page = read_page(body, url)
    result = MatchResult(0.8, Decision.LIKELY, ("test",), page.person, 0)
    return excerpts(marta(), page, result)


def test_a_gyms_spotlight_saying_she_is_at_the_dawn_class_every_weekday_tells_where_she_is() -> None:
    second = "She's been there Monday through Friday, rain or snow, for three years."
    found = _found(GYM.format(second=second), "https://farhillsbarbell.example/blog/spotlight-marta")
    assert "location_exposure" in found


def test_a_spotlight_without_a_repeat_gives_no_routine() -> None:
    second = "She joined in March and deadlifted 215 on her birthday."
    found = _found(GYM.format(second=second), "https://farhillsbarbell.example/blog/spotlight-marta")
    assert "location_exposure" not in found


def test_her_signature_inviting_runners_to_her_house_each_saturday_at_seven_tells_where_she_lives() -> None:
    found = _found(FORUM.format(sign="see you at Saturday long run, 7 am from my house on Brennan"),
                   "https://daytontrail.example/t/ankle/22")  # fmt: skip
    assert any("my house on Brennan" in e or "house on Brennan" in e for e in found.get("location_exposure", ()))


def test_her_clinics_hours_are_the_public_face() -> None:
    found = _found(FORUM.format(sign="seeing patients Monday through Friday, 8 am at Far Hills Pediatrics"),
                   "https://daytontrail.example/t/ankle/23")  # fmt: skip
    assert "location_exposure" not in found
