"""The health talks of a community whose language the subject speaks, searched and opened, over a real local web.

A doctor who sees patients in Somali is the guest of Somali television's health show; its video names the guest in
the description only ("Martida: Dr. Cabdiraxmaan Yuusuf Faarax ... Dr. Wren Halvorsen"), which search does not show:
the result is the show's title, the language and the topic. The second pass asks the language's health talks in the
subject's state on the video sites once a confirmed page says the subject speaks it, and opens the videos whose title
or snippet writes the language; another query's result, or a video that does not write the language, is not opened
for it."""

from __future__ import annotations

from dataclasses import replace

from pytest_httpserver import HTTPServer

from footprint import language_videos, pipeline
from footprint.identity import make_subject, name_variants
from footprint.learned import Learned
from footprint.models import Decision, Extracted, Identity, Match, MatchResult, PageKind, SearchResult
from footprint.practice_videos import VIDEO_SITES
from footprint.results import plausible
from tests.search._local_web import local_settings, search_engine, serve_pages

PROFILE = "https://www.lakeviewhealth.example.org/providers/wren-halvorsen"
PROFILE_PAGE = """<html><head><title>Wren Halvorsen, MD | Infectious Disease | Lakeview Health</title></head><body>
<h1>Wren Halvorsen, MD</h1><p>Infectious Disease · Minneapolis, MN</p>
<p>Dr. Halvorsen runs the travel medicine clinic and sees patients in English and Somali.</p></body></html>"""
TALK = "https://vimeo.com/951100001"
OTHER_TALK = "https://vimeo.com/951100002"
TALK_PAGE = """<html><head><title>Caafimaadkaaga – Measles | Somali TV Minnesota on Vimeo</title>
<meta property="og:title" content="Caafimaadkaaga – Measles | Somali TV Minnesota">
<meta name="description" content="Martida: Dr. Wren Halvorsen, infectious disease physician, Lakeview Health,
Minneapolis."></head><body></body></html>"""
WORDS = "somali health minnesota site youtube com or vimeo"
INDEX = [
    (TALK, "Caafimaadkaaga – Measles | Somali TV Minnesota on Vimeo", "tallaal ... MMR ...", WORDS),
    (OTHER_TALK, "Health fair 2026 on Vimeo", "booths ... blood pressure ...", WORDS),
]
NPI = {
    "number": "1245319599",
    "enumeration_type": "NPI-1",
    "basic": {"first_name": "WREN", "middle_name": "Q", "last_name": "HALVORSEN", "credential": "M.D.", "status": "A"},
    "addresses": [{"address_purpose": "LOCATION", "address_1": "700 PARK AVE", "city": "MINNEAPOLIS", "state": "MN",
                   "postal_code": "55415", "telephone_number": "612-555-0100"}],
    "taxonomies": [{"desc": "Internal Medicine, Infectious Disease", "primary": True, "state": "MN", "license": "1"}],
}  # fmt: skip


def _who(state: str = "MN") -> Identity:
    subject = make_subject("Dr. Wren Halvorsen", city="Minneapolis", state=state)
    return Identity(subject, name_variants(subject))


def _page(text: str, decision: Decision = Decision.CONFIRMED) -> Match:
    page = Extracted(f"https://example.org/{len(text)}", "example.org", PageKind.OTHER, "Profile", text=text)
    return Match(page, MatchResult(0.9, decision, ()))


def test_the_languages_a_confirmed_page_says_the_subject_speaks_are_read_in_order() -> None:
    judged = (
        _page("She speaks English, Armenian and Russian. Board certified."),
        _page("Gender Male Languages English, Khmer New patients Accepting"),
        _page("Inpatient consults, care for Khmer-speaking families and Hmong-speaking elders."),
        _page("Yá'át'ééh: patients are welcome to speak Navajo with her."),
        _page("He sees patients in English, Portuguese and Spanish."),
    )
    assert language_videos.spoken(judged) == (
        "Armenian", "Russian", "Khmer", "Hmong", "Navajo", "Portuguese", "Spanish",
    )  # fmt: skip
    # A page left possible says nothing about the subject; a language named without a word of speaking is a topic
    # ("a Russian novel", "the Somali community"), not a language the subject sees patients in.
    assert language_videos.spoken((_page("She speaks Tagalog.", Decision.POSSIBLE),)) == ()
    assert language_videos.spoken((_page("A talk on the Russian novel for the Somali community."),)) == ()


def test_the_query_asks_the_languages_health_talks_in_the_state_on_the_video_sites() -> None:
    assert language_videos.query("Somali", _who()) == f"Somali health Minnesota {VIDEO_SITES}"
    assert language_videos.query("Khmer", _who(state="")) == f"Khmer health {VIDEO_SITES}"
    assert len(language_videos.queries(("Armenian", "Russian", "Georgian"), _who())) == language_videos.LANGUAGES_ASKED


def test_a_video_the_language_query_returned_that_writes_the_language_is_plausible() -> None:
    asked = language_videos.query("Somali", _who())
    talk = SearchResult(3, TALK, "Caafimaadkaaga – Measles | Somali TV Minnesota - YouTube", "MMR", "searxng",
                        queries=(asked,))  # fmt: skip
    assert plausible(_who(), talk, Learned())
    # A video the same query returned that does not write the language: anyone's health talk.
    assert not plausible(_who(), replace(talk, title="Health fair 2026 - YouTube"), Learned())
    # The same words returned by a name query, or in the first pass (nothing learned yet): not opened for it.
    assert not plausible(_who(), replace(talk, queries=('"Wren Halvorsen" Minneapolis',)), Learned())
    assert not plausible(_who(), talk, None)


def test_only_the_first_few_talks_of_a_language_are_opened() -> None:
    asked = language_videos.query("Somali", _who())
    talks = [
        SearchResult(i, f"https://www.youtube.com/watch?v=Somali{i:05d}", f"Somali TV {i}", "", "searxng",
                     queries=(asked,))
        for i in range(1, 6)
    ]  # fmt: skip
    assert language_videos.beyond_first(talks) == {t.url for t in talks[language_videos.TALKS_OPENED :]}


def test_the_second_pass_asks_the_spoken_languages_talks_and_opens_the_video(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    for _ in range(2):
        httpserver.expect_request("/search").respond_with_handler(search_engine(INDEX, asked, every_word=True))
        httpserver.expect_request("/npi/api/").respond_with_json({"result_count": 1, "results": [NPI]})
        serve_pages(httpserver, {PROFILE: PROFILE_PAGE, TALK: TALK_PAGE})
    plain = local_settings(httpserver, ("www.lakeviewhealth.example.org", "vimeo.com"))
    settings = replace(plain, search=replace(plain.search, learned_queries=8))
    subject = make_subject("Dr. Wren Halvorsen", city="Minneapolis", state="MN", known_urls=(PROFILE,))
    scan = pipeline.run(subject, settings)
    decided = {m.page.url: m.result.decision for m in scan.matches}
    assert language_videos.query("Somali", _who()) in asked
    # The guest the description names is the subject: the talk is in the report as theirs.
    assert decided.get(TALK) in (Decision.CONFIRMED, Decision.LIKELY)
    assert OTHER_TALK not in decided
