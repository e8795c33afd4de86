"""The second discovery pass over a real local web: the practice the user's own page names (and the user
never typed) is searched for after the first fetch, and its business page, which names the practice and
not the doctor, is opened and judged like any other page. With ``learned_queries = 0`` it is not asked."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint import config, discover, pipeline
from footprint.identity import make_subject

OWN = "https://www.oakwoodwomenshealth.com/providers/marta-vellanova"
FIELD = "Obstetrics and Gynecology"  # typed: the second pass learns no field of its own
BUSINESS = "https://www.bizreviews.example/biz/oakwood-womens-health-raleigh"
OWN_PAGE = """<html><head><title>Marta Vellanova, MD | Oakwood Women's Health | Raleigh, NC</title></head>
<body><h1>Marta Vellanova, MD</h1><p>Obstetrics and Gynecology. 410 Glenwood Ave, Raleigh, NC 27603.</p>
</body></html>"""
BUSINESS_PAGE = """<html><head><title>Oakwood Women's Health - Raleigh, NC - Reviews</title></head>
<body><h1>Oakwood Women's Health</h1><p>410 Glenwood Ave, Raleigh, NC 27603. Gynecologists.</p>
<p>"Dr. Vellanova delivered both of my kids." - Jen P.</p></body></html>"""
RESULTS = {
    "vellanova": [(OWN, "Marta Vellanova, MD | Oakwood Women's Health | Raleigh, NC", "Obstetrics and Gynecology.")],
    "oakwood women's health": [(BUSINESS, "Oakwood Women's Health - Raleigh, NC - Reviews", "Gynecologists. 4.8")],
}


def _web(server: HTTPServer, asked: list[str], answered: int | None = None) -> None:
    """The local web; the search engine answers its first ``answered`` queries (all when None), then
    refuses every one (HTTP 429)."""

    def search(request: Request) -> Response:
        query = parse_qs(request.query_string.decode())["q"][0]
        asked.append(query)
        if answered is not None and len(asked) > answered:
            return Response("slow down", status=429)
        hits = [r for key, found in RESULTS.items() if key in query.lower() for r in found]
        body = {"results": [{"url": u, "title": t, "content": c, "engine": "test"} for u, t, c in hits]}
        return Response(json.dumps(body), content_type="application/json")

    server.expect_request("/search").respond_with_handler(search)
    for host in ("www.oakwoodwomenshealth.com", "www.bizreviews.example"):
        server.expect_request(f"/h/{host}/robots.txt").respond_with_data("", status=404)
    server.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    server.expect_request("/h/www.oakwoodwomenshealth.com/providers/marta-vellanova").respond_with_data(
        OWN_PAGE, content_type="text/html"
    )
    server.expect_request("/h/www.bizreviews.example/biz/oakwood-womens-health-raleigh").respond_with_data(
        BUSINESS_PAGE, content_type="text/html"
    )


def _settings(server: HTTPServer, learned: int) -> config.Settings:
    base = server.url_for("").rstrip("/")
    hosts = ("www.oakwoodwomenshealth.com", "www.bizreviews.example")
    return config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base, "learned_queries": learned},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "mirrors": {f"https://{h}": f"{base}/h/{h}" for h in hosts},
        }
    )


@pytest.mark.parametrize("learned", [3, 0])
def test_the_practice_a_confirmed_page_names_is_searched_and_its_business_page_opened(
    httpserver: HTTPServer, learned: int
) -> None:
    asked: list[str] = []
    _web(httpserver, asked)
    subject = make_subject("Dr. Marta Vellanova", city="Raleigh", state="NC", known_urls=[OWN])
    scan = pipeline.run(subject, _settings(httpserver, learned))
    read = {m.page.url: m for m in scan.matches}
    assert read[OWN].result.decision.is_match  # the user's own page: the practice is learned from it
    practice_asked = [q for q in asked if "Oakwood" in q]
    if learned:
        # Quoted with the town, and unquoted on the video sites without the words every practice has, as its channel
        # writes it (``practice_videos``).
        video = "Oakwood Women's (site:youtube.com OR site:vimeo.com)"
        assert practice_asked == ['"Oakwood Women\'s Health" Raleigh', video]
        assert BUSINESS in read  # opened, though its title does not name the doctor
        assert BUSINESS in {r.url for r in scan.search_results}
    else:
        assert practice_asked == [] and BUSINESS not in read


def _search_row(scan):  # type: ignore[no-untyped-def]
    return next(r for r in scan.coverage if r.site == "search:searxng")


def test_the_report_says_what_the_second_pass_asked_and_opened(httpserver: HTTPServer) -> None:
    asked: list[str] = []
    _web(httpserver, asked)
    subject = make_subject("Dr. Marta Vellanova", city="Raleigh", state="NC", known_urls=[OWN], specialty=FIELD)
    scan = pipeline.run(subject, _settings(httpserver, 3))
    detail = _search_row(scan).detail
    first_pass = detail.split(";")[0]
    assert first_pass == f"{len(asked) - 2} queries"  # the first pass's, as before
    video = "Oakwood Women's (site:youtube.com OR site:vimeo.com)"
    assert f'second pass (what confirmed pages wrote): 2 queries ("Oakwood Women\'s Health" Raleigh; {video})' in detail
    assert "1 new result, 1 page opened" in detail


@pytest.mark.parametrize("answered", [1, 0])
def test_a_backend_that_failed_is_not_asked_again_and_the_report_says_so(httpserver: HTTPServer, answered: int) -> None:
    asked: list[str] = []
    _web(httpserver, asked, answered)
    subject = make_subject("Dr. Marta Vellanova", city="Raleigh", state="NC", known_urls=[OWN])
    scan = pipeline.run(subject, _settings(httpserver, 3))
    assert not [q for q in asked if "Oakwood" in q]  # refused once: never asked again in this scan
    assert len(asked) <= answered + discover.SEARCH_AT_ONCE  # at most those on the wire when it refused
    detail = _search_row(scan).detail
    assert "second pass (what confirmed pages wrote): no query asked" in detail
    assert "0 pages opened" in detail


def test_the_second_passs_requests_join_its_backends_row_and_a_new_backend_gets_its_own() -> None:
    from footprint.models import CoverageRow, CoverageStatus
    from footprint.secondpass import told

    first = (CoverageRow("search:searxng", CoverageStatus.NOT_FOUND, "13 queries", None, 13),)
    second = (
        CoverageRow("search:searxng", CoverageStatus.FOUND, "2 queries", None, 2),
        CoverageRow("search:brave", CoverageStatus.FOUND, "1 queries", None, 1),
    )
    rows = told(first, second)
    assert [(r.site, r.status, r.requests, r.detail) for r in rows] == [
        ("search:searxng", CoverageStatus.FOUND, 15, "13 queries"),  # results now: found
        ("search:brave", CoverageStatus.FOUND, 1, "second pass: 1 queries"),
    ]
