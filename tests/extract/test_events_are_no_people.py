"""An event a family blog names ("the Loch Norman Highland Games", "the Sweet Corn Festival") is no person of the
page, though a given name sits inside it ("Norman"): the post is then judged on its writer and the people it
presents. A person whose family name is an event's word keeps it ("Mary Ann Fair")."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.personhood import not_a_person
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

URL = "https://roefamily.example/blog/games-day"
WIX = """<html><head><title>Blog | The Roe Family</title></head><body><main><h1>Games day</h1>
<p class="byline">Dafydd Roe · Jul 20, 2026</p>
<figure><img src="/pipes.jpg" alt="pipe band"><figcaption>Loch Norman Highland Games, pipes in the rain</figcaption>
</figure><p>Isla marched with the band at the Sweet Corn Festival too. Next year the heavy events.</p></main>
</body></html>"""


def test_an_event_with_a_given_name_inside_is_no_person_of_a_family_post() -> None:
    probe = Probe("roefamily.example", URL, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    people = [p.name for p in extract(Page(probe, 200, WIX, "text/html", URL), None).people]
    assert "Dafydd Roe" in people
    assert not any("Games" in n or "Festival" in n for n in people), people


def test_events_are_no_one_and_a_family_name_of_an_event_word_stays_a_person() -> None:
    for phrase in ("Loch Norman Highland Games", "County Fair", "Sweet Corn Festival", "Cody Stampede Rodeo"):
        assert not_a_person(phrase), phrase
    for name in ("Mary Ann Fair", "Jane Q. Fair", "Jane Fair", "Norman Games"):
        assert not not_a_person(name), name
