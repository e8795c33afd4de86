"""The fetch stage against a real local server: robots.txt, login walls, rate limits."""

from __future__ import annotations

import itertools
import time

from pytest_httpserver import HTTPServer
from werkzeug import Response

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Probe, Skipped

CANON = "https://www.example-ratings.com"


def _fetcher(server: HTTPServer, **fetch: object) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0, **fetch}, mirrors={CANON: server.url_for("").rstrip("/")}
    )
    return Fetcher(settings, sites={})


def _probe(path: str) -> Probe:
    return Probe("example", CANON + path, "profile", "test")


def test_robots_disallow_becomes_a_coverage_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n")
    httpserver.expect_request("/public").respond_with_data("<html><title>ok</title></html>", content_type="text/html")
    fetcher = _fetcher(httpserver)
    blocked = fetcher.fetch(_probe("/private/page"))
    assert isinstance(blocked, Skipped) and blocked.status == CoverageStatus.ROBOTS_DISALLOWED
    assert blocked.manual_check_url == CANON + "/private/page"
    assert isinstance(fetcher.fetch(_probe("/public")), Page)
    assert not [r for r, _ in httpserver.log if r.path.startswith("/private")]


def test_a_redirect_to_a_login_page_is_a_login_wall_not_not_found(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/profile").respond_with_response(
        Response(status=302, headers={"Location": "/login?next=/profile"})
    )
    httpserver.expect_request("/login").respond_with_data("<form>Log in</form>", content_type="text/html")
    got = _fetcher(httpserver).fetch(_probe("/profile"))
    assert isinstance(got, Skipped) and got.status == CoverageStatus.LOGIN_WALL
    assert "log in" in got.detail


def test_captcha_page_is_a_captcha(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/p").respond_with_data('<div class="g-recaptcha"></div>', content_type="text/html")
    got = _fetcher(httpserver).fetch(_probe("/p"))
    assert isinstance(got, Skipped) and got.status == CoverageStatus.CAPTCHA


def test_requests_to_one_host_keep_to_the_rate_limit(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    times: list[float] = []

    def handler(request):  # type: ignore[no-untyped-def]
        times.append(time.monotonic())
        return Response("<html></html>", content_type="text/html")

    httpserver.expect_request("/page").respond_with_handler(handler)
    fetcher = _fetcher(httpserver, rate_limit_rps=10.0)
    fetcher.fetch_all([_probe(f"/page?n={i}") for i in range(8)])
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 8
    assert min(gaps) >= 0.09, gaps
