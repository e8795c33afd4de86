"""Pages no query for the full name finds, over a real local web: a newsletter byline that writes the given
initial alone ("L. Quarrender, MD"), found by the query for that form and opened; and a Doximity profile at the
address the site gives every physician (/pub/{first}-{last}-{credential}), read though web search never
returned it."""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import parse_qs

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint import config, pipeline
from footprint.identity import make_subject

BYLINE = "https://www.tvds.example/newsletter/2026/spring/case-notes"
BYLINE_PAGE = """<html><head><title>Case notes | Treasure Valley Dermatology Society Newsletter</title></head>
<body><h1>Case notes: three rashes that were not eczema</h1><p>L. Quarrender, MD · Boise</p>
<p>A 9-year-old girl came in with a ring-shaped rash on her forearm ...</p></body></html>"""
DOXIMITY = "https://www.doximity.com/pub/linnea-quarrender-md"
DOXIMITY_PAGE = """<html><head><title>Dr. Linnea Quarrender, MD – Dermatology – Boise, ID | Doximity</title></head>
<body><h1 class="profile-name">Dr. Linnea Quarrender, MD</h1><p class="profile-specialty">Dermatology</p>
<p class="profile-location">Boise, ID</p></body></html>"""
# What the engine knows: each result's title and snippet. It answers as a real engine does: every quoted phrase
# of the query must be in the result; the words outside quotes only rank.
INDEX = [(BYLINE, "Case notes | Treasure Valley Dermatology Society Newsletter", "L. Quarrender, MD · Boise")]


def _fold(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _web(server: HTTPServer, asked: list[str], doximity: bool) -> None:
    def search(request: Request) -> Response:
        query = parse_qs(request.query_string.decode())["q"][0]
        asked.append(query)
        phrases = [_fold(p) for p in re.findall(r'"([^"]+)"', query)]
        said = [(u, t, c, f" {_fold(f'{t} {c}')} ") for u, t, c in INDEX]
        hits = [(u, t, c) for u, t, c, text in said if phrases and all(f" {p} " in text for p in phrases)]
        body = {"results": [{"url": u, "title": t, "content": c, "engine": "test"} for u, t, c in hits]}
        return Response(json.dumps(body), content_type="application/json")

    server.expect_request("/search").respond_with_handler(search)
    for host in ("www.tvds.example", "www.doximity.com"):
        server.expect_request(f"/h/{host}/robots.txt").respond_with_data("", status=404)
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    server.expect_request("/h/www.tvds.example/newsletter/2026/spring/case-notes").respond_with_data(
        BYLINE_PAGE, content_type="text/html"
    )
    server.expect_request("/h/www.doximity.com/pub/linnea-quarrender-md").respond_with_data(
        DOXIMITY_PAGE if doximity else "<html><body>Page not found</body></html>",
        status=200 if doximity else 404,
        content_type="text/html",
    )


def _settings(server: HTTPServer) -> config.Settings:
    base = server.url_for("").rstrip("/")
    hosts = ("www.tvds.example", "www.doximity.com")
    return config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "sites": {"enabled": ["doximity"]},
            "mirrors": {f"https://{h}": f"{base}/h/{h}" for h in hosts},
        }
    )


def _scan(server: HTTPServer, asked: list[str], doximity: bool = True):  # type: ignore[no-untyped-def]
    _web(server, asked, doximity)
    subject = make_subject("Dr. Linnea Quarrender", city="Boise", state="ID", specialty="Dermatology")
    return pipeline.run(subject, _settings(server))


def test_a_byline_with_the_given_initial_alone_is_searched_for_and_opened(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    scan = _scan(httpserver, asked)
    assert '"L. Quarrender" MD Boise' in asked  # within the first pass's budget
    assert BYLINE in {r.url for r in scan.search_results}
    assert BYLINE in {m.page.url for m in scan.matches}  # opened and judged, though it never writes "Linnea"


def test_the_doximity_profile_at_the_sites_own_address_is_read_without_a_search_result(
    httpserver: HTTPServer,
) -> None:
    asked: list[str] = []
    scan = _scan(httpserver, asked)
    assert DOXIMITY not in {r.url for r in scan.search_results}
    read = {m.page.url: m for m in scan.matches}
    assert DOXIMITY in read
    assert read[DOXIMITY].page.site_id == "doximity"
    row = next(r for r in scan.coverage if r.site == "doximity")
    assert row.status == "found"


def test_no_doximity_profile_at_that_address_nor_in_search_is_not_found(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    scan = _scan(httpserver, asked, doximity=False)
    assert DOXIMITY not in {m.page.url for m in scan.matches}
    row = next(r for r in scan.coverage if r.site == "doximity")
    assert (row.status, row.outcome) == ("not_found", "not_found")
