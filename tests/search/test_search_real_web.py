"""Each search backend reads the answers the evidence describes (docs/evidence/{searxng,brave,duckduckgo}.md).

The answers are served from tests/data/real_web/ with their real statuses
and headers; what a backend must read is each case's ``.expected.json``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import SearchSettings, Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus
from footprint.search.brave import BraveBackend
from footprint.search.duckduckgo import DuckDuckGoBackend
from footprint.search.searxng import SearxngBackend
from tests.real_web_api import case, serve


def _settings(**search: object) -> Settings:
    base = Settings()
    return replace(base, search=replace(SearchSettings(), **search), fetch=replace(base.fetch, rate_limit_rps=50))


def _read(results) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return [{"url": r.url, "title": r.title, "snippet": r.snippet} for r in results]


def test_searxng_2026_answer_without_number_of_results_is_read_in_rank_order(httpserver: HTTPServer) -> None:
    answer = case("searxng", "results")
    serve(httpserver, answer, "/search")
    settings = _settings(searxng_url=httpserver.url_for(""))
    outcome = SearxngBackend(settings).search('"Wren Halvorsen" dermatologist Portland', Fetcher(settings).fetch)
    assert outcome.status == CoverageStatus.FOUND
    assert [{"url": r.url, "title": r.title} for r in outcome.results] == answer.expected["results"]
    assert [r.rank for r in outcome.results] == [1, 2, 3]


def test_searxng_without_the_json_format_says_how_to_enable_it(httpserver: HTTPServer) -> None:
    answer = case("searxng", "format_disabled_403")
    serve(httpserver, answer, "/search")
    settings = _settings(searxng_url=httpserver.url_for(""))
    outcome = SearxngBackend(settings).search("test", Fetcher(settings).fetch)
    assert outcome.status not in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND) and not outcome.results
    assert "enable the json format under search.formats" in outcome.detail and "\n" not in outcome.detail


def test_brave_sends_its_key_header_and_reads_web_results_as_plain_text(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = case("brave", "web_search")
    monkeypatch.setenv("BRAVE_SEARCH_API_KEY", "brave-test-key")
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return answer.response()

    httpserver.expect_request("/res/v1/web/search").respond_with_handler(handler)
    settings = _settings(brave_url=httpserver.url_for("/res/v1/web/search"))
    outcome = BraveBackend(settings).search('"Wren Halvorsen" dermatologist', Fetcher(settings).fetch)
    assert _read(outcome.results) == answer.expected["results"]  # <strong> marks stripped
    [request] = seen
    assert request.headers["X-Subscription-Token"] == "brave-test-key"
    assert request.headers["Accept"].startswith("application/json")
    assert request.args["q"] == '"Wren Halvorsen" dermatologist'


def test_duckduckgo_sends_the_real_forms_fields_with_footprints_user_agent(httpserver: HTTPServer) -> None:
    answer = case("duckduckgo", "results")
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return answer.response("text/html; charset=utf-8")

    httpserver.expect_request("/html/", method="POST").respond_with_handler(handler)
    url = httpserver.url_for("/html/")
    settings = _settings(duckduckgo_url=url)
    outcome = DuckDuckGoBackend(settings).search("Wren Halvorsen dermatologist", Fetcher(settings).fetch)
    [request] = seen
    wanted = answer.expected["request"]
    assert request.content_type == wanted["content_type"]
    assert request.form.to_dict() == wanted["form"]
    assert request.headers["Referer"] == url.removesuffix("html/")  # the endpoint's origin, as the form's page
    assert request.headers["User-Agent"].startswith("footprint/")
    assert _read(outcome.results) == answer.expected["results"]  # the /l/?uddg= redirector unwrapped
    read = repr(outcome.results)
    assert not [text for text in answer.expected["must_not_read"] if text in read]  # the ad block


def test_duckduckgo_challenge_is_a_captcha_not_no_results(httpserver: HTTPServer) -> None:
    answer = case("duckduckgo", "challenge")
    assert answer.status == 202  # a success status: only the page says it is a challenge
    serve(httpserver, answer, "/html/", "POST")
    settings = _settings(duckduckgo_url=httpserver.url_for("/html/"))
    outcome = DuckDuckGoBackend(settings).search("Wren Halvorsen", Fetcher(settings).fetch)
    assert outcome.status == CoverageStatus.CAPTCHA and not outcome.results
    assert len(httpserver.log) == 1  # asked once, never worked around


def test_duckduckgo_303_means_no_results_and_is_not_followed(httpserver: HTTPServer) -> None:
    answer = case("duckduckgo", "no_results_redirect")
    serve(httpserver, answer, "/html/", "POST", content_type="text/html")
    httpserver.expect_request("/html/", method="GET").respond_with_data("must not be asked", status=500)
    settings = _settings(duckduckgo_url=httpserver.url_for("/html/"))
    outcome = DuckDuckGoBackend(settings).search("zxqv wren halvorsen nonexistent", Fetcher(settings).fetch)
    assert outcome.status == CoverageStatus.NOT_FOUND and outcome.results == ()
    assert [entry[0].method for entry in httpserver.log] == ["POST"]
