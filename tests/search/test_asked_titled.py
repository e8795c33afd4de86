"""A result the engine returned for a query quoting "Dr. Nacho" with the field and the town, whose title says
"Dr. Nacho" but whose snippet shows neither the field nor the town (a blog's header, a podcast page): the engine
matched the page on those words, so it is opened, over a real local web. The same title returned for a query that
did not ask the titled name is not; nor is a result of the titled query whose title and snippet do not say it, or
write another doctor's full name ("Dr. Nacho Gutierrez"), or of a query that gave the state alone."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from footprint import config, pipeline
from footprint.identity import make_subject, name_variants
from footprint.models import Identity, SearchResult
from footprint.results import plausible
from tests.search._local_web import local_settings, search_engine, serve_pages

BLOG = "https://www.wristnotes.example/about"
OTHER = "https://www.quietpages.example/post/41"
BLOG_PAGE = """<html><head><title>Dr. Nacho | Wrist Notes</title></head><body><h1>About Dr. Nacho</h1>
<p>Dr. Ignacio "Nacho" Ardanza is an orthopaedic surgeon in Laramie, Wyoming, who writes about wrists.</p>
</body></html>"""
OTHER_PAGE = """<html><head><title>Quiet pages</title></head><body><p>Dr. Nacho said so, in Laramie, orthopaedic
clinic.</p></body></html>"""
# (url, title, snippet, the page's words the engine matched on): a quoted phrase must be in the page's words, the
# other words only rank, as a real engine answers.
INDEX = [
    (BLOG, "Dr. Nacho | Wrist Notes", "Notes on wrists, splints and getting back to the climbing wall.",
     "Dr. Ignacio Nacho Ardanza orthopaedic surgeon Laramie Wyoming"),
    (OTHER, "Quiet pages", "A post from the archive.", "Dr. Nacho said so in Laramie orthopaedic clinic"),
]  # fmt: skip
HOSTS = ("www.wristnotes.example", "www.quietpages.example")


def _web(server: HTTPServer) -> None:
    server.expect_request("/search").respond_with_handler(search_engine(INDEX))
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    serve_pages(
        server,
        {"https://www.wristnotes.example/about": BLOG_PAGE, "https://www.quietpages.example/post/41": OTHER_PAGE},
    )


def _settings(server: HTTPServer) -> config.Settings:
    return local_settings(server, HOSTS)


def test_a_result_saying_the_titled_name_the_query_quoted_beside_field_and_town_is_opened(
    httpserver: HTTPServer,
) -> None:
    _web(httpserver)
    subject = make_subject("Dr. Ignacio Ardanza", city="Laramie", state="WY", specialty="Orthopaedic Surgery")
    scan = pipeline.run(subject, _settings(httpserver))
    blog = next(r for r in scan.search_results if r.url == BLOG)
    assert any(q.startswith('"Dr. Nacho"') for q in blog.queries)
    opened = {m.page.url for m in scan.matches}
    assert BLOG in opened
    assert OTHER not in opened  # returned for the quote, but its title and snippet do not say it


def test_the_titled_name_alone_is_not_enough_without_a_query_that_quoted_it_with_field_or_town() -> None:
    subject = make_subject("Dr. Ignacio Ardanza", city="Laramie", specialty="Orthopaedic Surgery")
    who = Identity(subject, name_variants(subject), None)
    title, snippet = "Dr. Nacho | Wrist Notes", "Notes on wrists, splints and getting back to the climbing wall."
    asked = '"Dr. Nacho" orthopedist Laramie'
    assert plausible(who, SearchResult(1, BLOG, title, snippet, "searxng", queries=(asked,)))
    assert not plausible(who, SearchResult(1, BLOG, title, snippet, "searxng", queries=('"Dr. Nacho"',)))
    assert not plausible(who, SearchResult(1, BLOG, title, snippet, "searxng", queries=("Ignacio Ardanza",)))
    assert not plausible(who, SearchResult(1, BLOG, title, snippet, "searxng"))
    # Another doctor's full name ("Dr. Nacho Gutierrez", "Dr. Nacho R. Vidal") is judged by the family-name rules.
    for other in ("Dr. Nacho Gutierrez | Wrist Notes", "Dr. Nacho R. Vidal, MD"):
        assert not plausible(who, SearchResult(1, BLOG, other, snippet, "searxng", queries=(asked,)))
    # Lower case in a URL: the titled name ends a part of the path, or a family name goes on after it.
    bare = ("Wrist Notes", "Notes on wrists.", "searxng")
    assert plausible(who, SearchResult(1, "https://www.wristnotes.example/dr-nacho", *bare, queries=(asked,)))
    assert not plausible(who, SearchResult(1, "https://x.example/dr-nacho-vidal/reviews", *bare, queries=(asked,)))
    # A state alone beside the quote: "Dr. Nacho" in a whole state is anyone's.
    in_state = Identity(make_subject("Dr. Ignacio Ardanza", state="WY"), (), None)
    assert not plausible(in_state, SearchResult(1, BLOG, title, snippet, "searxng", queries=('"Dr. Nacho" WY',)))


def test_the_family_initial_titled_is_opened_when_the_result_itself_places_it() -> None:
    """Patients shorten a long family name ("Dr. K at the rehab hospital in Billings") and doctors sign a forum post
    "-- Dr. G (peds derm, ABQ)": the query quoting "Dr. K" with the field and the town returns such a page, and it is
    opened when its own title or snippet names the town (a city's short name too) or the field; a titled initial
    alone is thousands of doctors, and "Dr. K. Moss" is another doctor's name."""
    subject = make_subject(
        "Dr. Anselm Korhonen", city="Billings", state="MT", specialty="Physical Medicine & Rehabilitation"
    )
    who = Identity(subject, name_variants(subject), None)
    asked = ('"Dr. K" physiatrist Billings',)
    thread = "https://forum.example.org/viewtopic.php?t=22817"

    def result(title: str, snippet: str) -> SearchResult:
        return SearchResult(1, thread, title, snippet, "searxng", queries=asked)

    assert plausible(who, result("Rehab in Montana? - SCI Forum", "... Dr. K at Yellowstone Rehab in Billings ..."))
    assert not plausible(who, result("Rehab in Montana? - SCI Forum", "... Dr. K was wonderful to us ..."))
    assert not plausible(who, result("Rehab? - SCI Forum", "... Dr. K. Moss at the clinic in Billings ..."))
    other = SearchResult(1, thread, "Rehab? - SCI Forum", "... Dr. K at Yellowstone Rehab in Billings ...", "searxng")
    assert not plausible(who, other)  # no query asked the titled initial
    albuquerque = make_subject("Bettina Gallardo", city="Albuquerque", state="NM", specialty="Pediatric Dermatology")
    signed = SearchResult(1, thread, "Wet wraps not working", "skinkids_abq ... -- Dr. G (peds derm, ABQ)", "searxng",
                          queries=('"Dr. G" pediatric dermatologist Albuquerque',))  # fmt: skip
    assert plausible(Identity(albuquerque, name_variants(albuquerque), None), signed)
