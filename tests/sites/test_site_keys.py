"""Sites behind an API key: the key comes from the environment, is sent, and never lands in a page or report."""

from __future__ import annotations

from dataclasses import replace

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import Settings
from footprint.extract import extract
from footprint.fetch import Fetcher
from footprint.identity import make_subject, name_variants
from footprint.models import Identity, Page
from footprint.probes import site_probes
from footprint.sites import by_id, catalog, fill
from tests.real_web_api import REAL_WEB


def _identity() -> Identity:
    subject = make_subject("Dr. Ansel Q. Marrowby, MD", specialty="Family Medicine", city="Portland", state="OR")
    return Identity(subject, name_variants(subject))


def test_every_search_template_fills_for_a_full_subject() -> None:
    from footprint.probes import template_values

    values = template_values(_identity()) | {"npi": "1234567893"}
    for site in catalog():
        dataset = {"dataset": site.datasets.known[0][1]} if site.datasets else {}
        for template in site.search_urls:
            assert fill(template, values | dataset).startswith("https://"), site.id


def test_places_key_is_sent_in_its_header_but_never_kept(httpserver: HTTPServer, monkeypatch) -> None:
    monkeypatch.setenv("GOOGLE_PLACES_API_KEY", "AIza-test-key")
    body = (REAL_WEB / "google_business" / "api_text_search.json").read_text()
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(body, content_type="application/json")

    httpserver.expect_request("/v1/places:searchText", method="POST").respond_with_handler(handler)
    # No robots.txt (pytest-httpserver's 500 for an unknown path would disallow the whole site).
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    site = by_id()["google_business"]
    settings = replace(Settings(), mirrors={"https://places.googleapis.com": httpserver.url_for("").rstrip("/")})
    [probe] = site_probes(_identity(), [site])
    assert "AIza" not in repr(probe)
    got = Fetcher(settings, {site.id: site}).fetch(probe)
    assert isinstance(got, Page), got
    [request] = seen
    assert request.headers["X-Goog-Api-Key"] == "AIza-test-key" and "AIza" not in request.url
    assert "AIza" not in got.final_url and "AIza" not in repr(got)
    page = extract(got, site)
    assert page.people and "AIza" not in repr(page)


def test_without_the_key_the_site_is_not_probed(monkeypatch) -> None:
    monkeypatch.delenv("GOOGLE_PLACES_API_KEY", raising=False)
    assert site_probes(_identity(), [by_id()["google_business"]]) == []
