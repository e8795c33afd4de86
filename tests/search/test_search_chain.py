"""The default backend order works with no setup, falls back when a backend fails, and says when none answered."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import SearchSettings, Settings
from footprint.discover import web_search
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.models import CoverageStatus, Identity
from footprint.search.chain import unanswered
from footprint.sites import catalog
from tests.real_web_api import case

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


def _settings(**search: object) -> Settings:
    base = Settings()
    fetch = replace(base.fetch, rate_limit_rps=50, retries=0, cache=False)
    return replace(base, search=replace(SearchSettings(max_queries=3, max_site_queries=0, **search)), fetch=fetch)  # type: ignore[arg-type]


def _identity() -> Identity:
    subject = make_subject("Dr. Wren A. Halvorsen, MD", specialty="Dermatology", city="Portland", state="OR")
    return Identity(subject, name_variants(subject))


def _duckduckgo(httpserver: HTTPServer, name: str = "results") -> list[Request]:
    seen: list[Request] = []
    answer = case("duckduckgo", name)

    def handler(request: Request) -> Response:
        seen.append(request)
        return answer.response("text/html; charset=utf-8")

    httpserver.expect_request("/html/", method="POST").respond_with_handler(handler)
    return seen


def _searxng(httpserver: HTTPServer) -> list[Request]:
    seen: list[Request] = []
    answer = case("searxng", "results")

    def handler(request: Request) -> Response:
        seen.append(request)
        return answer.response()

    httpserver.expect_request("/searxng/search").respond_with_handler(handler)
    return seen


def _search(settings: Settings):  # type: ignore[no-untyped-def]
    fetcher = Fetcher(settings)
    try:
        return web_search(_identity(), settings, fetcher.fetch, catalog())
    finally:
        fetcher.close()


def test_a_fresh_machine_searches_duckduckgo_with_no_setup(httpserver: HTTPServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BRAVE_SEARCH_API_KEY", raising=False)
    seen = _duckduckgo(httpserver)
    found = _search(_settings(duckduckgo_url=httpserver.url_for("/html/")))  # no searxng_url, no Brave key
    assert len(seen) == 3  # every query
    assert [r.site_id for r in found.results] == ["ratemds", "zocdoc"]
    assert found.gap == ""
    assert [(row.site, row.status) for row in found.coverage] == [("search:duckduckgo", CoverageStatus.FOUND)]


def test_a_reachable_searxng_answers_alone(httpserver: HTTPServer) -> None:
    searxng, duckduckgo = _searxng(httpserver), _duckduckgo(httpserver)
    settings = _settings(searxng_url=httpserver.url_for("/searxng"), duckduckgo_url=httpserver.url_for("/html/"))
    found = _search(settings)
    assert len(searxng) == 3 and duckduckgo == []
    assert {r.site_id for r in found.results} >= {"healthgrades", "doximity"}


def test_an_unreachable_searxng_falls_back_once_and_says_so(httpserver: HTTPServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BRAVE_SEARCH_API_KEY", raising=False)
    seen = _duckduckgo(httpserver)
    found = _search(_settings(searxng_url=UNREACHABLE, duckduckgo_url=httpserver.url_for("/html/")))
    rows = {row.site: row for row in found.coverage}
    assert rows["search:searxng"].status == CoverageStatus.HTTP_ERROR
    assert rows["search:searxng"].requests == 1  # not asked again for the next queries
    assert rows["search:duckduckgo"].status == CoverageStatus.FOUND and len(seen) == 3
    assert "search:brave" not in rows  # never usable, and not needed
    assert found.gap == "" and unanswered(found.coverage) is None


def test_brave_comes_before_duckduckgo_when_its_key_is_set(httpserver: HTTPServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BRAVE_SEARCH_API_KEY", "brave-test-key")
    httpserver.expect_request("/brave").respond_with_response(case("brave", "web_search").response())
    duckduckgo = _duckduckgo(httpserver)
    found = _search(_settings(brave_url=httpserver.url_for("/brave"), duckduckgo_url=httpserver.url_for("/html/")))
    assert duckduckgo == []
    assert [r.site_id for r in found.results] == ["vitals", "x"]


def test_when_no_backend_answers_the_line_names_each_one_and_why(httpserver: HTTPServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BRAVE_SEARCH_API_KEY", raising=False)
    seen = _duckduckgo(httpserver, "challenge")
    found = _search(_settings(searxng_url=UNREACHABLE, duckduckgo_url=httpserver.url_for("/html/")))
    assert len(seen) == 1  # a challenge is not asked again, let alone solved
    assert found.results == ()
    assert found.gap == "no search backend answered (searxng, brave, duckduckgo)"
    line = unanswered(found.coverage)
    assert line is not None and "\n" not in line
    assert line.startswith("no search backend answered (searxng: ")
    assert "brave: needs an API key: set BRAVE_SEARCH_API_KEY" in line
    assert "duckduckgo: " in line and "captcha" in line


def test_search_turned_off_is_not_a_failure_but_leaves_a_gap() -> None:
    found = _search(_settings(backends=()))
    assert found.coverage == () and unanswered(found.coverage) is None
    assert "web search is off" in found.gap


@pytest.mark.parametrize("status", [401, 422])
def test_a_refused_brave_key_falls_back_to_duckduckgo(httpserver: HTTPServer, monkeypatch, status: int) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BRAVE_SEARCH_API_KEY", "revoked")
    body = json.dumps({"type": "ErrorResponse", "error": {"code": "SUBSCRIPTION_TOKEN_INVALID"}})
    httpserver.expect_request("/brave").respond_with_data(body, status=status, content_type="application/json")
    _duckduckgo(httpserver)
    found = _search(_settings(brave_url=httpserver.url_for("/brave"), duckduckgo_url=httpserver.url_for("/html/")))
    rows = {row.site: row for row in found.coverage}
    assert "refused the key in BRAVE_SEARCH_API_KEY" in rows["search:brave"].detail
    assert "revoked" not in repr(found)
    assert rows["search:duckduckgo"].status == CoverageStatus.FOUND


def test_queries_after_the_first_go_a_few_at_a_time_and_merge_in_query_order() -> None:
    """A dozen queries one after another make a scan wait a dozen round trips of the search engine."""
    import threading
    import time

    from footprint.discover import SEARCH_AT_ONCE
    from footprint.search_queries import queries

    wanted = queries(_identity(), 8)
    lock = threading.Lock()
    in_flight = {"now": 0, "most": 0, "during_first": 0}
    asked: list[str] = []

    def handler(request: Request) -> Response:
        query = request.args["q"]
        number = wanted.index(query)
        with lock:
            asked.append(query)
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])
            if number > 0 and wanted[0] not in asked[:-1]:
                in_flight["during_first"] += 1
        # Later queries answer in reverse order: the merge must follow the queries, not the answers.
        time.sleep(0.1 + 0.05 * (len(wanted) - number))
        with lock:
            in_flight["now"] -= 1
        result = {"url": f"https://www.example.org/q{number}", "title": query, "content": query, "engine": "x"}
        return Response(json.dumps({"query": query, "results": [result]}), content_type="application/json")

    with HTTPServer(threaded=True) as server:
        server.expect_request("/searxng/search").respond_with_handler(handler)
        settings = replace(
            _settings(searxng_url=server.url_for("/searxng")),
            search=replace(SearchSettings(max_queries=8, max_site_queries=0, searxng_url=server.url_for("/searxng"))),
        )
        settings = replace(settings, fetch=replace(settings.fetch, rate_limit_rps=1000))
        found = _search(settings)
    assert len(wanted) >= 5 and sorted(asked) == sorted(wanted)
    assert asked[0] == wanted[0] and in_flight["during_first"] == 0  # the first alone: a refusal is known first
    assert 1 < in_flight["most"] <= SEARCH_AT_ONCE
    assert [r.url for r in found.results] == [f"https://www.example.org/q{n}" for n in range(len(wanted))]
    assert [r.rank for r in found.results] == list(range(1, len(wanted) + 1))


def test_a_page_two_queries_return_keeps_both_snippets(httpserver: HTTPServer) -> None:
    """An engine writes a page's snippet for the query: the first query's snippet names a relative, the second's
    the subject; whether the page names the subject is read from both."""

    def handler(request: Request) -> Response:
        query = request.args.get("q", "")
        subject = "Wren" in query
        snippet = "Dr. Wren Halvorsen will speak on sun safety." if subject else "Ole Halvorsen will play the fiddle."
        item = {"url": "https://www.fairgrounds.example.org/2026/program", "title": "Fair program", "content": snippet}
        return Response(json.dumps({"query": query, "results": [item]}), content_type="application/json")

    httpserver.expect_request("/searxng/search").respond_with_handler(handler)
    settings = _settings(searxng_url=httpserver.url_for("/searxng"))
    found = _search(replace(settings, search=replace(settings.search, max_queries=12)))
    (page,) = [r for r in found.results if "fairgrounds" in r.url]
    assert len(page.queries) > 1
    assert "Ole Halvorsen will play the fiddle." in page.snippet
    assert "Dr. Wren Halvorsen will speak on sun safety." in page.snippet
    assert page.snippet.count("Ole Halvorsen") == 1


def test_the_snippet_of_a_late_query_is_kept_after_long_ones(httpserver: HTTPServer) -> None:
    """A school newsletter comes back for the family name and town, the state, the full name: each snippet is a long
    one around a relative. The query on the subject's own name form comes late, and its snippet is the one that
    names her: it is kept, so discovery opens the page."""

    def handler(request: Request) -> Response:
        query = request.args.get("q", "")
        if "Wren" in query:
            snippet = "Thank you to our chaperones, Wren Halvorsen and Ole Halvorsen, for the retreat."
        else:
            filler = " ".join(["Parents' Club eNews, the retreat, the bake sale and the bus schedule."] * 4)
            snippet = f"Ole Halvorsen ({query}) ... {filler}"
        item = {"url": "https://www.school.example.org/news/retreat", "title": "Retreat thanks", "content": snippet}
        return Response(json.dumps({"query": query, "results": [item]}), content_type="application/json")

    httpserver.expect_request("/searxng/search").respond_with_handler(handler)
    settings = _settings(searxng_url=httpserver.url_for("/searxng"))
    from footprint.discover import ask

    wanted = ["Halvorsen Portland", "Halvorsen Oregon", "Halvorsen OR", "Halvorsen MD", '"Wren Halvorsen" Portland']
    fetcher = Fetcher(settings)
    try:
        found = ask(wanted, settings, fetcher.fetch)
    finally:
        fetcher.close()
    (page,) = found.results
    assert len(page.snippet) > 1000
    assert "chaperones, Wren Halvorsen" in page.snippet


def test_a_later_pass_returns_the_known_pages_its_queries_found_again_with_their_new_snippets(
    httpserver: HTTPServer,
) -> None:
    """The second pass asks the everyday name a confirmed page taught; a page the first pass found under a relative's
    snippet comes back with the subject's, and is reconsidered with both."""
    from footprint.discover import ask
    from footprint.models import SearchResult

    url = "https://www.fairgrounds.example.org/2026/program"
    item = {"url": url, "title": "Fair program", "content": "Dr. Wren Halvorsen will speak on sun safety."}
    httpserver.expect_request("/searxng/search").respond_with_json({"query": "q", "results": [item]})
    settings = _settings(searxng_url=httpserver.url_for("/searxng"))
    known = SearchResult(7, url, "Fair program", "Ole Halvorsen will play the fiddle.", "searxng")
    fetcher = Fetcher(settings)
    try:
        found = ask(['"Wren Halvorsen" Portland'], settings, fetcher.fetch, (), [known])
    finally:
        fetcher.close()
    assert found.results == ()  # nothing new
    (again,) = found.again
    assert again.rank == 7
    assert "Ole Halvorsen" in again.snippet and "Dr. Wren Halvorsen will speak" in again.snippet
