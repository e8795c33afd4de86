"""A username check's own signal outranks the fetcher's block rules (issue #16, real-web fixtures).

Threads sends a missing account to its login page: that redirect is "absent",
not a login wall. Facebook's profile page carries a login prompt beside the
account's marker: present, not a login wall. Anything else that looks like a
login page stays a login wall.
"""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Response

from footprint import usernames
from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Probe, ProbeSource, Skipped
from footprint.sites import by_id

REAL_WEB = Path(__file__).resolve().parents[1] / "data" / "real_web"


def _fetcher(server: HTTPServer, origin: str, site_id: str) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0}, mirrors={origin: server.url_for("").rstrip("/")}
    )
    return Fetcher(settings, sites={site_id: by_id()[site_id]})


def _check(fetcher: Fetcher, site_id: str, handle: str) -> Page | Skipped:
    """A username check as the pipeline runs it: the fetch, then the definition's verdict."""
    site = by_id()[site_id]
    probe = usernames.probe(site, handle, ProbeSource.HANDLE)
    assert isinstance(probe, Probe)
    return usernames.checked(fetcher.fetch(probe), site)


def test_threads_redirect_to_login_is_no_such_account(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/@noonewouldeverusethis7").respond_with_response(
        Response(status=302, headers={"Location": "/login?next=%2F%40noonewouldeverusethis7"})
    )
    httpserver.expect_request("/@wrenhalvorsen").respond_with_data(
        (REAL_WEB / "threads" / "profile_present.html").read_text(), content_type="text/html"
    )
    fetcher = _fetcher(httpserver, "https://www.threads.com", "threads")
    missing = _check(fetcher, "threads", "noonewouldeverusethis7")
    assert isinstance(missing, Skipped) and missing.status == CoverageStatus.NOT_FOUND, missing
    assert not [r for r, _ in httpserver.log if r.path.startswith("/login")]  # the redirect is not followed
    present = _check(fetcher, "threads", "wrenhalvorsen")
    assert isinstance(present, Page) and present.status == 200


def test_threads_login_page_answered_in_place_is_no_such_account(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/@noonewouldeverusethis7").respond_with_data(
        (REAL_WEB / "threads" / "absent_login_page.html").read_text(), content_type="text/html"
    )
    got = _check(_fetcher(httpserver, "https://www.threads.com", "threads"), "threads", "noonewouldeverusethis7")
    assert isinstance(got, Skipped) and got.status == CoverageStatus.NOT_FOUND, got


def test_a_login_redirect_elsewhere_is_still_a_login_wall(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/wrenhalvorsen/").respond_with_response(
        Response(status=302, headers={"Location": "/accounts/login/?next=%2Fwrenhalvorsen%2F"})
    )
    got = _check(_fetcher(httpserver, "https://www.instagram.com", "instagram"), "instagram", "wrenhalvorsen")
    assert isinstance(got, Skipped) and got.status == CoverageStatus.LOGIN_WALL, got


def test_facebook_profile_with_a_login_prompt_is_present_and_the_bare_title_absent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)  # a mirror that allows it
    for handle, case in (("wrenhalvorsen", "profile_present"), ("noonewouldeverusethis7", "absent")):
        httpserver.expect_request(f"/{handle}").respond_with_data(
            (REAL_WEB / "facebook" / f"{case}.html").read_text(), content_type="text/html"
        )
    fetcher = _fetcher(httpserver, "https://www.facebook.com", "facebook")
    present = _check(fetcher, "facebook", "wrenhalvorsen")
    assert isinstance(present, Page), present
    absent = _check(fetcher, "facebook", "noonewouldeverusethis7")
    assert isinstance(absent, Skipped) and absent.status == CoverageStatus.NOT_FOUND, absent


def test_instagram_escaped_absent_text_and_tiktok_status_code_are_no_such_account(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/noonewouldeverusethis77777/").respond_with_data(
        (REAL_WEB / "instagram" / "absent.html").read_text(), content_type="text/html"
    )
    httpserver.expect_request("/@noonewouldeverusethis7").respond_with_data(
        (REAL_WEB / "tiktok" / "absent.html").read_text(), content_type="text/html"
    )
    instagram = _check(
        _fetcher(httpserver, "https://www.instagram.com", "instagram"), "instagram", "noonewouldeverusethis77777"
    )
    tiktok = _check(_fetcher(httpserver, "https://www.tiktok.com", "tiktok"), "tiktok", "noonewouldeverusethis7")
    for got in (instagram, tiktok):
        assert isinstance(got, Skipped) and got.status == CoverageStatus.NOT_FOUND, got
