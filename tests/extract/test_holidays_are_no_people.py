"""A family blog titles its post by the day it celebrates, in its own language ("Pchum Ben at the temple",
"Lebaran di Fontana", "Khmer New Year at the temple"): the day is no person, though its words read like a name ("Pchum
Ben" ends in a given name), and the post is its writer's. A person whose family name is a holiday's word keeps it."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.personhood import not_a_person
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

GHOST = """<html><head><title>{title}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",
"author":{{"@type":"Person","name":"Mealea Sok"}},"headline":"{title}"}}</script></head><body>
<header><a href="/">Sok Kitchen</a></header><main><article><h1>{title}</h1>
<div class="byline">Mealea Sok · Oct 2, 2026</div>
<p>We made num ansom for forty people in the temple kitchen and my nephew carried the trays.</p>
<figure><img src="/a.jpg" alt="trays"><figcaption>{caption}</figcaption></figure></article></main></body></html>"""


def _post(title: str, caption: str = "The trays before the blessing.") -> Extracted:
    url = "https://sokkitchen.example/posts/the-day"
    probe = Probe("sokkitchen.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, GHOST.format(title=title, caption=caption), "text/html", url), None)


def test_a_post_titled_by_its_day_is_its_writers() -> None:
    for title in (
        "Pchum Ben at the temple",
        "Khmer New Year at the temple",
        "Lebaran di Fontana",
        "Eid al-Fitr, again",
    ):
        assert [p.name for p in _post(title).people] == ["Mealea Sok"], title
    caption = "Lotu Tamaiti: the children in white on the steps."
    assert [p.name for p in _post("A Sunday in May", caption).people] == ["Mealea Sok"]


def test_holidays_of_many_calendars_are_no_one_and_namesakes_of_their_words_stay_people() -> None:
    for day in (
        "Khmer New Year",
        "Lunar New Year",
        "Pchum Ben",
        "Chaul Chnam Thmey",
        "Hari Raya Aidilfitri",
        "Idul Fitri",
        "Tsagaan Sar",
        "Diwali Mela",
        "Lakshmi Puja",
        "Christmas Eve Carols",
        "Easter Sunday",
        "Losar Tashi Delek",
    ):
        assert not_a_person(day), day
    for name in ("Carol Christmas", "Tariq Ramadan", "Puja Sharma", "Ramadan Abdi", "Nasser Eid", "Ben Pchum"):
        assert not not_a_person(name), name
