"""The short name a physician goes by over a real local web: a forum post signed with it run into the family
initial ("GwenT: rad onc here") and a review that calls the doctor by it ("Dr. Nacho set my wrist") are found
by the queries built from the short form of the typed given name, and opened. A name with no short form asks no
more queries than before."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from footprint import config, pipeline
from footprint.config import SearchSettings
from footprint.identity import make_subject, name_variants
from footprint.models import Identity
from footprint.search_queries import everyday_given, everyday_member_names, queries
from tests.search._local_web import local_settings, search_engine, serve_pages

FORUM = "https://www.plainsanglers.example/forums/threads/skin-burns-week-four-4410/"
REVIEW = "https://www.bizreviews.example/biz/snowy-range-bone-joint"
FORUM_PAGE = """<html><head><title>Skin burns in week four of treatment, Laramie - Plains Anglers</title></head>
<body><h1>Skin burns in week four</h1><div class="post"><b>GwenT</b>: Rad onc here. Plain aloe, loose cotton,
and show the nurse on your next visit.</div></body></html>"""
REVIEW_PAGE = """<html><head><title>Snowy Range Bone &amp; Joint - Laramie, WY - Reviews</title></head>
<body><h1>Snowy Range Bone &amp; Joint</h1><p>"Dr. Nacho set my wrist on a Sunday." - Lee M.</p>
</body></html>"""
# The engine's index: a result is returned when each quoted phrase of the query is in its words (as a real engine
# answers a quoted query); the other words only rank.
INDEX = [
    (FORUM, "Skin burns in week four of treatment, Laramie - Plains Anglers", "GwenT: Rad onc here. Plain aloe ..."),
    (REVIEW, "Snowy Range Bone & Joint - Laramie, WY - Orthopedic Surgery", '"Dr. Nacho set my wrist on a Sunday"'),
]
HOSTS = ("www.plainsanglers.example", "www.bizreviews.example")


def _web(server: HTTPServer, asked: list[str]) -> None:
    server.expect_request("/search").respond_with_handler(search_engine(INDEX, asked))
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    serve_pages(server, {FORUM: FORUM_PAGE, REVIEW: REVIEW_PAGE})


def _settings(server: HTTPServer) -> config.Settings:
    return local_settings(server, HOSTS)


def _opened(server: HTTPServer, name: str, specialty: str) -> tuple[set[str], list[str]]:
    asked: list[str] = []
    _web(server, asked)
    subject = make_subject(name, city="Laramie", state="WY", specialty=specialty)
    scan = pipeline.run(subject, _settings(server))
    return {m.page.url for m in scan.matches}, asked


def test_a_forum_post_signed_with_the_short_name_and_family_initial_is_found_and_opened(httpserver: HTTPServer) -> None:
    opened, asked = _opened(httpserver, "Dr. Gwendolyn Tremayne", "Radiation Oncology")
    assert FORUM in opened
    assert '"gwent" oncologist Laramie' in asked
    assert REVIEW not in opened  # "Dr. Nacho" is not her


def test_a_review_calling_the_doctor_by_the_short_name_with_title_is_found_and_opened(httpserver: HTTPServer) -> None:
    opened, asked = _opened(httpserver, "Dr. Ignacio Ardanza", "Orthopaedic Surgery")
    assert REVIEW in opened
    assert any(q.startswith('"Dr. Nacho"') for q in asked)
    assert FORUM not in opened


def _who(name: str, **where: str) -> Identity:
    subject = make_subject(name, **where)
    return Identity(subject, name_variants(subject), None)


def test_the_short_name_is_one_two_letters_shorter_not_another_spelling_and_needs_a_place_or_field() -> None:
    assert everyday_given(_who("Dr. Gwendolyn Tremayne", city="Laramie")) == ["Gwen"]
    assert everyday_given(_who("Dr. Mohammad Haddadin", city="Laramie")) == []  # "Mohamad" is a spelling
    assert everyday_given(_who("Dr. Gwendolyn Tremayne")) == []  # "Dr. Gwen" alone is anyone's
    # A handle's given name is the name gone by: only the title run into it is new ("drdolly_peds").
    handled = Identity(make_subject("Dr. Dorothea Tremayne", city="Laramie", handles=["@dolly.tremayne"]), ())
    assert everyday_given(handled) == [] and everyday_member_names(handled) == ["drdolly"]


def test_a_name_with_no_short_form_asks_no_more_queries() -> None:
    who = _who("Dr. Meseret Tremayne", city="Laramie", specialty="Pediatrics")
    made = queries(who, SearchSettings().max_queries)
    assert everyday_given(who) == [] and everyday_member_names(who) == []
    assert [q for q in made if q.startswith('"Dr. ') and "Trema" not in q and " T." not in q] == [
        '"Dr. Meseret" pediatrician Laramie',
        '"Dr. T" pediatrician Laramie',  # the family initial titled, as forums sign and patients shorten
    ]
    assert len(queries(who, 99)) <= SearchSettings().max_queries


def test_a_result_calling_a_neonatologist_dr_given_beside_the_nicu_is_opened() -> None:
    from footprint.models import NpiRecord, SearchResult
    from footprint.results import plausible

    record = NpiRecord("1234567893", "SELAM", "TREMAYNE", taxonomies=("Neonatal-Perinatal Medicine",))
    subject = make_subject("Dr. Selam Tremayne", state="ND")
    who = Identity(subject, name_variants(subject), record)

    def result(url: str, title: str, snippet: str) -> SearchResult:
        return SearchResult(1, url, title, snippet, "searxng")

    assert plausible(
        who, result("https://fund.example/f/twins", "Help the Abara twins home", "NICU day 40. Dr. Selam says")
    )
    assert plausible(
        who, result("https://video.example/@dr.selam.nicu/video/1", "rounds in the NICU before sunrise", "")
    )
    # Without the unit (or the field or the town) "Dr. Selam" is anyone's.
    assert not plausible(who, result("https://fund.example/f/new-roof", "A new roof for the Abaras", "Dr. Selam says"))


BLOG = "https://www.kellsavenotes.example/2026/08/the-oak-comes-down/"
BLOG_PAGE = """<html><head><title>The oak comes down | Kells Avenue Notes</title></head><body><article>
<h1>The oak comes down</h1><p>Meg Kittredge, the work injury doctor on Ogletown Road in Laramie, called the city every
Monday until they took the oak down.</p></article></body></html>"""


def test_the_nickname_most_people_go_by_is_asked_first_and_finds_the_neighbours_blog(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    index = [(BLOG, "The oak comes down | Kells Avenue Notes", "Meg Kittredge, the work injury doctor on Ogletown")]
    httpserver.expect_request("/search").respond_with_handler(search_engine(index, asked))
    httpserver.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    serve_pages(httpserver, {BLOG: BLOG_PAGE})
    scan = pipeline.run(make_subject("Dr. Margaret Kittredge", city="Laramie", state="WY"),
                        local_settings(httpserver, ("www.kellsavenotes.example",)))  # fmt: skip
    assert '"Meg Kittredge" Laramie' in asked
    assert BLOG in {m.page.url for m in scan.matches}


def test_common_everyday_forms_come_before_rare_look_alikes_and_keep_no_other_names() -> None:
    made = queries(_who("Dr. Margaret Kittredge", state="WY"), 8)
    assert '"Meg Kittredge" WY' in made and '"Madge Kittredge" WY' not in made
    assert '"Bill Oakes" WY' in queries(_who("Dr. William Oakes", state="WY"), 8)
    assert '"Neil Haverkamp" WY' in queries(_who("Dr. Cornelius Haverkamp", state="WY"), 8)
    # A name the table does not rank keeps the forms that open like it; no form that is another name ("Nora").
    assert '"Kate Moss" WY' in queries(_who("Dr. Katherine Moss", state="WY"), 8)
    assert not [q for q in queries(_who("Dr. Eleanor Whitfield", state="WY"), 12) if q.startswith('"Nora')]
