"""The fetch stage against a real local server: robots.txt, login walls, rate limits."""

from __future__ import annotations

from pytest_httpserver import HTTPServer
from werkzeug import Response

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource, Skipped

CANON = "https://www.example-ratings.com"


def _fetcher(server: HTTPServer, **fetch: object) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 50.0, **fetch}, mirrors={CANON: server.url_for("").rstrip("/")}
    )
    return Fetcher(settings, sites={})


def _probe(path: str) -> Probe:
    return Probe("example", CANON + path, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL)


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


def test_with_mirrors_only_an_unmirrored_url_is_never_requested(httpserver: HTTPServer) -> None:
    # The demo's guarantee: a URL [mirrors] does not map, on a host no mirror is on, is not fetched.
    other = HTTPServer()  # stands for the real web: reachable, and it must see no request
    other.expect_request("/photo.jpg").respond_with_data(b"\xff\xd8", content_type="image/jpeg")
    other.start()
    try:
        # No robots.txt (pytest-httpserver's 500 for an unknown path would disallow the whole site).
        httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
        httpserver.expect_request("/photo.jpg").respond_with_data(b"\xff\xd8", content_type="image/jpeg")
        httpserver.expect_request("/moved").respond_with_data(
            "", status=302, headers={"Location": other.url_for("/photo.jpg")}
        )
        fetcher = _fetcher(httpserver, mirrors_only=True)
        outside = other.url_for("/photo.jpg")
        skipped = fetcher.fetch(Probe("example", outside, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
        assert isinstance(skipped, Skipped) and skipped.status == CoverageStatus.SKIPPED
        assert "mirrors_only" in skipped.detail
        assert fetcher.fetch_bytes(outside, "example", 1000) is None
        # A mirrored page that redirects off the mirrors is not followed there either.
        moved = fetcher.fetch(_probe("/moved"))
        assert isinstance(moved, Skipped) and "mirrors_only" in moved.detail
        assert other.log == []
        # What the mirrors map, or what is on a mirror's host already, is fetched as usual.
        assert fetcher.fetch_bytes(CANON + "/photo.jpg", "example", 1000) == b"\xff\xd8"
        assert fetcher.fetch_bytes(httpserver.url_for("/photo.jpg"), "example", 1000) == b"\xff\xd8"
    finally:
        other.clear()
        other.stop()


def test_a_username_check_reads_json_where_a_profile_page_would_refuse_it(httpserver: HTTPServer) -> None:
    # WhatsMyName check URLs are often JSON APIs: the check is judged by status and markers, not parsed as a page.
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/api/users/drmaya").respond_with_json({"username": "drmaya", "followers_count": 3})
    fetcher = _fetcher(httpserver)
    check = Probe("example", CANON + "/api/users/drmaya", ProbePurpose.USERNAME, ProbeSource.HANDLE, handle="drmaya")
    got = fetcher.fetch(check)
    assert isinstance(got, Page) and '"followers_count"' in got.body
    page = fetcher.fetch(_probe("/api/users/drmaya"))
    assert isinstance(page, Skipped) and page.status == CoverageStatus.PARSE_ERROR
    assert "application/json" in page.detail


def test_counting_while_other_threads_reach_new_sites_never_ends_the_scan() -> None:
    """Each fetch thread folds the scan's statistics into the counters as it ends, while other threads
    are still adding sites: on a busy machine the old fold read the growing table unlocked and a scan
    died with "dictionary changed size during iteration"."""
    import sys
    import threading
    import time

    from footprint.fetch.stats import RequestRecord

    fetcher = Fetcher(Settings().with_overrides(fetch={"cache": False}), sites={})
    stop = threading.Event()

    def reach_new_sites() -> None:
        for n in range(20000):
            if stop.is_set():
                return
            now = time.monotonic()
            fetcher.stats.request(RequestRecord(f"site{n}", "h", "https://h/", now, now, "page"), 10)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    other = threading.Thread(target=reach_new_sites, daemon=True)
    try:
        other.start()
        while other.is_alive():
            fetcher._sync_counters()
    finally:
        stop.set()
        other.join()
        sys.setswitchinterval(old)
    fetcher._sync_counters()
    assert fetcher.counters["requests"] == sum(fetcher.per_site_requests.values()) > 0
