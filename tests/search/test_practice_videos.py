"""The videos the subject's workplace posts, searched and opened, over a real local web.

A hospital's channel names its doctors in a video's description only ("3:40 Med shed with Dr. Wren Halvorsen"):
search shows the video by its title and the channel ("Camp Bluebird 2026 on Vimeo", "Lakeview Children's ..."),
which no name query returns and no snippet names the doctor by. The second pass asks the workplace's name on the
video sites and opens the videos whose title or snippet writes the workplace's own words; another organisation's
video, or the same words returned by another query, is not opened for it."""

from __future__ import annotations

from dataclasses import replace

from pytest_httpserver import HTTPServer

from footprint import pipeline, practice_videos
from footprint.identity import make_subject, name_variants
from footprint.learned import Learned
from footprint.models import Identity, SearchResult
from footprint.results import plausible
from tests.search._local_web import local_settings, search_engine, serve_pages

PRACTICE = "Lakeview Children's Hospital"
ASKED = practice_videos.query(PRACTICE)
CAMP = "https://vimeo.com/928114499"
OTHER = "https://vimeo.com/928114500"
CAMP_PAGE = """<html><head><title>Camp Bluebird 2026 on Vimeo</title>
<meta name="description" content="A week at camp for kids in treatment. 3:40 Med shed with Dr. Wren Halvorsen, camp
medical director"><meta property="og:title" content="Camp Bluebird 2026"></head><body>
<span itemprop="author" itemscope><link itemprop="name" content="Lakeview Children's"></span></body></html>"""
VIDEO_WORDS = "site youtube com or vimeo lakeview children s hospital"
INDEX = [
    (CAMP, "Camp Bluebird 2026 on Vimeo", "Lakeview Children's ... camp medical staff ... chapters ...", VIDEO_WORDS),
    (OTHER, "Open house on Vimeo", "Riverside Clinic ... meet our team ...", VIDEO_WORDS),
]
NPI = {
    "number": "1245319599",
    "enumeration_type": "NPI-1",
    "basic": {"first_name": "WREN", "middle_name": "Q", "last_name": "HALVORSEN", "credential": "M.D.", "status": "A"},
    "addresses": [{"address_purpose": "LOCATION", "address_1": "1200 SW PARK AVE", "city": "PORTLAND", "state": "OR",
                   "postal_code": "97205", "telephone_number": "503-555-0100"}],
    "taxonomies": [{"desc": "Pediatrics", "primary": True, "state": "OR", "license": "1"}],
}  # fmt: skip


def _who() -> Identity:
    subject = make_subject("Dr. Wren Halvorsen", city="Portland", state="OR", practice=PRACTICE)
    return Identity(subject, name_variants(subject))


def _result(snippet: str, *queries: str) -> SearchResult:
    return SearchResult(3, CAMP, "Camp Bluebird 2026 on Vimeo", snippet, "searxng", queries=queries)


def test_a_video_the_workplace_query_returned_with_its_own_words_is_plausible() -> None:
    taught = Learned(practices=("Lakeview Children's Hospital",))
    assert plausible(_who(), _result("Lakeview Children's ... camp medical staff", ASKED), taught)
    # Another organisation's video that the same query returned, or the words returned by a name query: not opened.
    assert not plausible(_who(), _result("Riverside Clinic ... camp medical staff", ASKED), taught)
    assert not plausible(_who(), _result("Lakeview Children's ... camp", '"Wren Halvorsen" Portland'), taught)
    # A workplace whose own words are none ("General Hospital"): its query's videos are anyone's.
    assert practice_videos.own_words("General Hospital") == ""


def test_the_second_pass_asks_the_workplace_on_the_video_sites_and_opens_its_video(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    for _ in range(2):
        httpserver.expect_request("/search").respond_with_handler(search_engine(INDEX, asked, every_word=True))
        httpserver.expect_request("/npi/api/").respond_with_json({"result_count": 1, "results": [NPI]})
        serve_pages(httpserver, {CAMP: CAMP_PAGE})
    plain = local_settings(httpserver, ("vimeo.com",))
    settings = replace(plain, search=replace(plain.search, learned_queries=8))
    subject = make_subject("Dr. Wren Halvorsen", city="Portland", state="OR", practice=PRACTICE)
    scan = pipeline.run(subject, settings)
    opened = {m.page.url for m in scan.matches}
    assert ASKED in asked
    assert CAMP in opened
    assert OTHER not in opened  # matching judges the opened video on the names its description gives


def test_the_video_query_leaves_out_the_words_every_such_place_has() -> None:
    # A video's title writes "at Lakeview Children's", seldom "Hospital": the engine needs most of the query's words.
    assert practice_videos.query("Lakeview Children's Hospital") == f"Lakeview Children's {practice_videos.VIDEO_SITES}"
    assert practice_videos.query("Tarn Valley Kidney Associates") == f"Tarn Valley {practice_videos.VIDEO_SITES}"
    assert practice_videos.query("General Hospital") == ""


def test_a_video_titled_with_most_of_the_organisations_own_words_in_a_row_is_plausible() -> None:
    taught = Learned()
    asked = practice_videos.query("Tarn Narrows Children's Rehabilitation Center")
    video = SearchResult(3, CAMP, "Adaptive Sports Day 2026 at Narrows Children's - YouTube", "sled hockey", "searxng",
                         queries=(asked,))  # fmt: skip
    assert plausible(_who(), video, taught)
    # "Children's" alone is every children's hospital's word; another organisation's video is not opened.
    assert not plausible(_who(), replace(video, title="Open house at Seattle Children's - YouTube"), taught)
    society = practice_videos.query("Tarn Marathi Mandal of New Jersey")
    play = SearchResult(
        4, OTHER, '"Ti Phulrani" – Tarn Marathi Mandal of NJ 2026', "cast", "searxng", queries=(society,)
    )
    assert plausible(_who(), play, taught)


def test_the_circles_whose_pages_the_match_took_are_searched_on_the_video_sites() -> None:
    from footprint.models import Decision, Extracted, Match, MatchResult, PageKind

    def _page(title: str, kind: PageKind, decision: Decision) -> Match:
        page = Extracted(f"https://example.org/{len(title)}", "example.org", kind, title)
        return Match(page, MatchResult(0.8, decision, ()))

    judged = (
        _page("February 2026 Newsletter | St Andrew's Society of Columbia", PageKind.OTHER, Decision.LIKELY),
        _page("2026 Junior Roster | Cherry Creek Archers", PageKind.OTHER, Decision.CONFIRMED),
        _page("Proctor salon opens | The Tavok Tribune", PageKind.NEWS, Decision.LIKELY),  # a newspaper's: anyone's
        _page("Bulletin | Grace Methodist Church", PageKind.OTHER, Decision.POSSIBLE),  # not taken for the subject's
        _page("Ganeshotsav 2026 | Halvorsen Cousins", PageKind.OTHER, Decision.LIKELY),  # named after the family
        _page("Speakers – 2026 Annual Dialysis Conference", PageKind.OTHER, Decision.CONFIRMED),  # a page's heading
    )
    found = practice_videos.publishers(judged, {"halvorsen"})
    assert found == ("St Andrew's Society of Columbia", "Cherry Creek Archers")
    asked = practice_videos.queries((PRACTICE, *found, "Another Org", "One More Club"))
    assert asked[:3] == [practice_videos.query(p) for p in (PRACTICE, *found)]
    assert len(asked) == practice_videos.VIDEO_QUERIES


def test_a_community_named_with_the_family_name_is_a_circle_but_the_household_is_not() -> None:
    """Peoples and clans name their associations with the name their members carry ("Sherpa Kyidug", a Chinatown's
    "Wong Family Benevolent Association"): its channel posts the talks its members give. The family's own group
    ("Wong Cousins") stays out."""
    from footprint.models import Decision, Extracted, Match, MatchResult, PageKind

    def _page(title: str) -> Match:
        page = Extracted(f"https://example.org/{len(title)}", "example.org", PageKind.OTHER, title)
        return Match(page, MatchResult(0.8, Decision.CONFIRMED, ()))

    judged = (
        _page("Losar 2026 Newsletter | Tamsen Sherpa Kyidug New York"),
        _page("Lunar New Year banquet | Wong Family Benevolent Association"),
        _page("Reunion 2026 | Wong Cousins"),
        _page("Summer picnic | Sherpa Family"),
    )
    found = practice_videos.publishers(judged, {"sherpa", "wong"})
    assert found == ("Tamsen Sherpa Kyidug New York", "Wong Family Benevolent Association")
    talk = SearchResult(
        5, OTHER, "Memory loss talk | Tamsen Sherpa Kyidug NY - YouTube", "health talk", "searxng",
        queries=(practice_videos.query(found[0]),),
    )  # fmt: skip
    assert practice_videos.from_workplace(talk)


GALA = "https://www.youtube.com/watch?v=Gala2026xyz"
CLUB_WORDS = "site youtube com or vimeo com cherry creek skating club"


def test_a_circle_only_the_second_pass_showed_has_its_videos_asked_after_it(httpserver: HTTPServer) -> None:
    """The club's page was opened for a name the confirmed pages taught, after the second pass had asked its video
    queries: its channel's video (whose description names the subject) is asked and opened after that pass."""
    from footprint import discover, secondpass
    from footprint.fetch.fetcher import Fetcher
    from footprint.models import Decision, Extracted, Match, MatchResult, PageKind

    index = [(GALA, "Winter Gala 2026 – Cherry Creek Skating Club - YouTube", "ice dance ... chapters ...", CLUB_WORDS)]
    asked: list[str] = []
    httpserver.expect_request("/search").respond_with_handler(search_engine(index, asked, every_word=True))
    plain = local_settings(httpserver, ("www.youtube.com",))
    settings = replace(plain, search=replace(plain.search, learned_queries=8))
    club = Extracted("https://cherrycreekskating.example.org/news", "web", PageKind.OTHER,
                     "Spring 2026 Newsletter | Cherry Creek Skating Club")  # fmt: skip
    judged = (Match(club, MatchResult(0.9, Decision.CONFIRMED, ())),)
    first = discover.SearchPass((), (), name_queries=('"Wren Halvorsen" Portland',))
    seen: set[str] = set()
    fetch = Fetcher(settings).fetch
    late = secondpass.late_circles(_who(), judged, None, first, settings, fetch, {}, seen, 0)
    assert late is not None
    assert asked == [practice_videos.query("Cherry Creek Skating Club")]
    assert [p.url for p in late.probes] == [GALA]
    # The report's search row tells the query with the second pass's, and the page it opened.
    told = secondpass.summary(secondpass.joined(None, late))
    assert "Cherry Creek Skating Club" in told and "1 page opened" in told
    # A circle whose videos a pass already asked for is not asked again.
    done = secondpass.SecondPass(late.search, (), late.asked, 1, "")
    assert secondpass.late_circles(_who(), judged, done, first, settings, fetch, {}, seen, 0) is None


def test_every_workplace_the_confirmed_pages_name_is_searched_beside_the_learned_queries() -> None:
    """A hospital's team page lists the subject in the page only, and is found by the hospital's name alone. The
    learned queries take one form of each kind first, so a second workplace fell outside their budget."""
    from footprint import learned, secondpass

    taught = Learned(
        givens=("Wrenna",),
        titled=("Dr. Wren",),
        practices=("Tarn Valley Pediatrics", "Cascade Ridge Medical Center", PRACTICE),
        kin=("Ola", "Siri", "Nils"),
    )
    budget = learned.queries(_who(), taught, (), 8)
    assert '"Cascade Ridge Medical Center" Portland' not in budget
    asked = secondpass.workplace_queries(_who(), taught)
    # Each workplace the pages name, with the town; the one the user typed was asked by the first pass.
    assert asked == ['"Tarn Valley Pediatrics" Portland', '"Cascade Ridge Medical Center" Portland']
