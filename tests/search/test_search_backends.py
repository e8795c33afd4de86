"""Search backends against local servers answering in the real services' shapes."""
# ruff: noqa: E501 - the DuckDuckGo page below keeps its real long lines

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import SearchSettings, Settings
from footprint.discover import site_queries, web_search
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.models import CoverageStatus, Identity
from footprint.search.brave import BraveBackend
from footprint.search.duckduckgo import DuckDuckGoBackend
from footprint.search.searxng import SearxngBackend
from footprint.search_queries import queries
from footprint.sites import catalog

DDG_PAGE = """<!DOCTYPE html><html><body><div id="links" class="results">
<div class="result results_links results_links_deep web-result">
  <div class="links_main links_deep result__body">
    <h2 class="result__title"><a rel="nofollow" class="result__a"
      href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.healthgrades.com%2Fphysician%2Fdr-ansel-marrowby-x7k2p&amp;rut=abc">Dr. Ansel Marrowby, MD | Healthgrades</a></h2>
    <a class="result__snippet" href="#">Dr. Ansel <b>Marrowby</b> is a family medicine doctor in Portland, OR.</a>
  </div></div>
<div class="result results_links results_links_deep web-result">
  <div class="links_main links_deep result__body">
    <h2 class="result__title"><a rel="nofollow" class="result__a" href="https://www.doximity.com/pub/ansel-marrowby-md">Ansel Marrowby, MD | Doximity</a></h2>
    <a class="result__snippet" href="#">Family Medicine in Portland.</a>
  </div></div>
<div class="result results_links results_links_deep web-result">
  <div class="links_main links_deep result__body">
    <h2 class="result__title"><a class="result__a" href="javascript:alert(1)">Hostile</a></h2>
  </div></div>
</div></body></html>"""

CHALLENGE = """<!DOCTYPE html><html><body><form id="challenge-form" action="/d.js" method="POST">
<div class="anomaly-modal__title">Unfortunately, bots use DuckDuckGo too.</div></form></body></html>"""


def _settings(**search: object) -> Settings:
    base = Settings()
    return replace(base, search=replace(SearchSettings(), **search), fetch=replace(base.fetch, rate_limit_rps=50))


def _identity() -> Identity:
    subject = make_subject("Dr. Ansel Q. Marrowby, MD", specialty="Family Medicine", city="Portland", state="OR")
    return Identity(subject, name_variants(subject))


def test_brave_sends_the_key_as_a_header_and_reads_web_results(httpserver: HTTPServer, monkeypatch) -> None:
    monkeypatch.setenv("BRAVE_SEARCH_API_KEY", "sekret-123")
    body = {"type": "search", "query": {"original": "x"}, "web": {"type": "search", "results": [
        {"title": "Dr. Ansel Marrowby - Vitals", "url": "https://www.vitals.com/doctors/Dr_Ansel_Marrowby.html",
         "description": "Family medicine", "language": "en"},
        {"title": "Not a web link", "url": "ftp://example.org/x", "description": ""},
    ]}}  # fmt: skip
    httpserver.expect_request(
        "/res/v1/web/search", headers={"X-Subscription-Token": "sekret-123"}, query_string={"q": "ansel", "count": "20"}
    ).respond_with_json(body)
    settings = _settings(brave_url=httpserver.url_for("/res/v1/web/search"))
    outcome = BraveBackend(settings).search("ansel", Fetcher(settings).fetch)
    assert [r.url for r in outcome.results] == ["https://www.vitals.com/doctors/Dr_Ansel_Marrowby.html"]
    assert outcome.results[0].snippet == "Family medicine"


def test_brave_without_a_key_is_skipped_and_says_which_variable(monkeypatch) -> None:
    monkeypatch.delenv("BRAVE_SEARCH_API_KEY", raising=False)
    outcome = BraveBackend(_settings()).search("x", lambda probe: pytest.fail("must not fetch"))
    assert outcome.status == CoverageStatus.SKIPPED and "BRAVE_SEARCH_API_KEY" in outcome.detail


def test_duckduckgo_posts_the_query_and_unwraps_result_links(httpserver: HTTPServer) -> None:
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.form.get("q", ""))
        return Response(DDG_PAGE, content_type="text/html")

    httpserver.expect_request("/html/", method="POST").respond_with_handler(handler)
    settings = _settings(duckduckgo_url=httpserver.url_for("/html/"))
    outcome = DuckDuckGoBackend(settings).search('"Ansel Marrowby" MD', Fetcher(settings).fetch)
    assert seen == ['"Ansel Marrowby" MD']
    assert [r.url for r in outcome.results] == [
        "https://www.healthgrades.com/physician/dr-ansel-marrowby-x7k2p",
        "https://www.doximity.com/pub/ansel-marrowby-md",
    ]
    assert outcome.results[0].snippet.startswith("Dr. Ansel Marrowby is a family medicine doctor")


def test_duckduckgo_challenge_page_becomes_captcha(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/html/", method="POST").respond_with_data(CHALLENGE, content_type="text/html")
    settings = _settings(duckduckgo_url=httpserver.url_for("/html/"))
    outcome = DuckDuckGoBackend(settings).search("x", Fetcher(settings).fetch)
    assert outcome.status == CoverageStatus.CAPTCHA and not outcome.results


def test_searxng_403_says_json_must_be_enabled(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search").respond_with_data("Forbidden", status=403)
    settings = _settings(searxng_url=httpserver.url_for(""))
    outcome = SearxngBackend(settings).search("x", Fetcher(settings).fetch)
    assert "enable the json format" in outcome.detail and "\n" not in outcome.detail


def test_results_are_deduplicated_classified_and_kept_in_rank_order(httpserver: HTTPServer) -> None:
    answers = {
        0: ["https://www.zocdoc.com/doctor/ansel-marrowby-md-271828", "https://unknown.example/a"],
        1: ["https://unknown.example/a", "https://www.ratemds.com/doctor-ratings/3141592/Dr-Ansel-Marrowby-Portland-OR.html"],
    }  # fmt: skip
    calls: list[str] = []

    def handler(request: Request) -> Response:
        urls = answers.get(len(calls), [])
        calls.append(request.args["q"])
        results = [{"url": u, "title": u, "content": "", "engine": "x"} for u in urls]
        return Response(json.dumps({"query": calls[-1], "results": results}), content_type="application/json")

    httpserver.expect_request("/search").respond_with_handler(handler)
    settings = _settings(searxng_url=httpserver.url_for(""), max_queries=2, max_site_queries=0)
    found = web_search(_identity(), settings, Fetcher(settings).fetch, catalog())
    assert [(r.rank, r.site_id) for r in found.results] == [(1, "zocdoc"), (2, None), (3, "ratemds")]


def test_query_variants_cover_middle_initial_title_credentials_and_place() -> None:
    made = queries(_identity(), 12)
    assert made[0] == '"Ansel Marrowby" Family Medicine Portland OR'
    # A page writing "Ansel Q. Marrowby" or "Marrowby, Ansel" matches these, not the quoted phrase.
    assert made[1] == "Ansel Marrowby Oregon" and made[2] == "Ansel Marrowby"
    assert '"Dr. Marrowby" Family Medicine Portland' in made
    assert '"Ansel Q. Marrowby" Family Medicine' in made
    assert '"Dr. Ansel" family physician Portland' in made  # "Dr. Nadia the cardiologist"
    # Forms every page of which the first query already returns come last: they only rank.
    every = queries(_identity(), 40)
    assert every[-3:] == ['"Dr. Ansel Marrowby" Portland OR', '"Ansel Marrowby, MD" OR', '"Ansel Marrowby" MD']
    # So do the surname first (its pages have both words the unquoted name asks for) and the titled member
    # signature ("Dr. Ansel M."; its pages have "Ansel M."), just before them.
    assert every[-5:-3] == ['"Marrowby, Ansel" OR', '"Dr. Ansel M." Portland']
    assert '"A. Marrowby" MD Portland' in made  # the byline with the given initial: "A. Marrowby, MD"
    sq = site_queries(_identity(), catalog(), 5)
    assert sq and all(q.startswith('"Ansel Marrowby" (site:') for q in sq)
    assert any("site:doximity.com" in q for q in sq)


def _paged(httpserver: HTTPServer, pages: dict[int, int], *, honour_pageno: bool = True) -> list[int]:
    """A SearXNG answering ``pages[n]`` results on page n (or page 1's answer to every page)."""
    asked: list[int] = []

    def handler(request: Request) -> Response:
        pageno = int(request.args.get("pageno", "1"))
        asked.append(pageno)
        page = pageno if honour_pageno else 1
        results = [
            {"url": f"https://news.example/{page}/{i}", "title": f"story {page}.{i}", "content": "", "engine": "x"}
            for i in range(pages.get(page, 0))
        ]
        return Response(json.dumps({"query": request.args["q"], "results": results}), content_type="application/json")

    httpserver.expect_request("/search").respond_with_handler(handler)
    return asked


def test_searxng_reads_the_next_page_while_pages_come_back_full(httpserver: HTTPServer) -> None:
    asked = _paged(httpserver, {1: 10, 2: 10, 3: 4})
    settings = _settings(searxng_url=httpserver.url_for(""), max_results=25)
    outcome = SearxngBackend(settings).search("Ansel Marrowby", Fetcher(settings).fetch)
    assert asked == [1, 2, 3] and outcome.requests == 3
    assert [r.rank for r in outcome.results] == list(range(1, 25))  # 10 + 10 + 4, ranked in page order
    assert outcome.results[10].url == "https://news.example/2/0"


def test_searxng_stops_at_max_results_a_short_page_or_an_instance_that_ignores_pageno(httpserver: HTTPServer) -> None:
    asked = _paged(httpserver, {1: 10, 2: 10, 3: 10})
    settings = _settings(searxng_url=httpserver.url_for(""), max_results=15)
    assert len(SearxngBackend(settings).search("q1", Fetcher(settings).fetch).results) == 15 and asked == [1, 2]
    asked.clear()
    settings = _settings(searxng_url=httpserver.url_for(""), max_results=40)
    httpserver.clear()
    asked = _paged(httpserver, {1: 10}, honour_pageno=False)  # every page is page 1
    outcome = SearxngBackend(settings).search("q2", Fetcher(settings).fetch)
    assert len(outcome.results) == 10 and asked == [1, 2]  # page 2 added nothing: no page 3
    httpserver.clear()
    asked = _paged(httpserver, {1: 7, 2: 10})
    assert len(SearxngBackend(settings).search("q3", Fetcher(settings).fetch).results) == 7 and asked == [1]
