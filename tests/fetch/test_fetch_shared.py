"""The batch's shared fetcher against a real local server: one request per URL, bounded memory."""

from __future__ import annotations

import threading
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.fetch.shared import FetchCancelledError, SharedFetcher, parallel_each, parallel_map
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.sites import SiteDefinition

CANON = "https://www.example-directory.com"


def _shared(server: HTTPServer, memo_bytes: int = 1_000_000) -> SharedFetcher:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 1000.0, "obey_robots": False, "retries": 0},
        mirrors={CANON: server.url_for("").rstrip("/")},
    )
    return SharedFetcher(Fetcher(settings, sites={}), memo_bytes=memo_bytes)


def _probe(path: str, site: str = "directory", rank: int | None = None) -> Probe:
    return Probe(site, CANON + path, ProbePurpose.LISTING, ProbeSource.SEARCH_RESULT, rank=rank)


def _hits(server: HTTPServer, path: str) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


def _slow(body: str) -> object:
    def handler(request: Request) -> Response:
        time.sleep(0.3)
        return Response(body, content_type="text/html")

    return handler


def test_concurrent_requests_for_one_page_share_one_fetch(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/listing/dermatology").respond_with_handler(_slow("<html>the listing</html>"))
    shared = _shared(httpserver)
    views = [shared.view() for _ in range(8)]
    results = parallel_map(lambda v: v.fetch(_probe("/listing/dermatology", rank=id(v))), views, 8)
    assert _hits(httpserver, "/listing/dermatology") == 1
    assert all(isinstance(r, Page) and r.body == "<html>the listing</html>" for r in results)
    # Each subject gets the page addressed to its own probe, and counts it as its own request.
    assert [r.probe.rank for r in results] == [id(v) for v in views]
    assert all(v.counters["requests"] == 1 and v.per_site_requests["directory"] == 1 for v in views)
    assert sum(v.counters["batch_shared"] for v in views) == 7
    # Later requests come from the memo.
    assert isinstance(shared.fetch(_probe("/listing/dermatology")), Page)
    assert _hits(httpserver, "/listing/dermatology") == 1


def test_memo_is_bounded_in_bytes_and_forgets_the_oldest(httpserver: HTTPServer) -> None:
    for i in range(6):
        httpserver.expect_request(f"/p{i}").respond_with_data("x" * 20_000, content_type="text/html")
    shared = _shared(httpserver, memo_bytes=90_000)
    for i in range(6):
        shared.fetch(_probe(f"/p{i}"))
    assert shared.memo_size <= 90_000
    shared.fetch(_probe("/p5"))  # recent: kept
    shared.fetch(_probe("/p0"))  # oldest: forgotten, fetched again
    assert _hits(httpserver, "/p5") == 1 and _hits(httpserver, "/p0") == 2


def test_transient_failures_are_not_kept_but_not_found_is(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/flaky").respond_with_data("busy", status=500)
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    shared = _shared(httpserver)
    for _ in range(2):
        flaky = shared.fetch(_probe("/flaky"))
        gone = shared.fetch(_probe("/gone"))
    assert isinstance(flaky, Skipped) and flaky.status == CoverageStatus.HTTP_ERROR
    assert isinstance(gone, Skipped) and gone.status == CoverageStatus.NOT_FOUND
    assert _hits(httpserver, "/flaky") == 2 and _hits(httpserver, "/gone") == 1


def test_stop_ends_waiting_and_later_fetches(httpserver: HTTPServer) -> None:
    arrived = threading.Event()

    def slow(request: Request) -> Response:
        arrived.set()
        time.sleep(0.3)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    shared = _shared(httpserver)
    outcomes: list[object] = []

    def follower() -> None:
        try:
            outcomes.append(shared.view().fetch(_probe("/slow")))
        except FetchCancelledError as exc:
            outcomes.append(exc)

    leader = threading.Thread(target=lambda: shared.fetch(_probe("/slow")))
    leader.start()
    # The follower asks only once the leader's request is on the wire (on a busy machine a fixed pause
    # let the follower ask first, and it became the one fetching); stopped while it waits, or before it
    # asks at all, it is cancelled either way.
    assert arrived.wait(timeout=5)
    waiting = threading.Thread(target=follower)
    waiting.start()
    time.sleep(0.05)
    shared.stop()
    waiting.join(timeout=5)
    leader.join(timeout=5)
    assert len(outcomes) == 1 and isinstance(outcomes[0], FetchCancelledError)
    with pytest.raises(FetchCancelledError):
        shared.fetch(_probe("/slow"))


def test_a_subject_sees_the_robots_txt_note_of_the_sites_it_asked_and_no_other(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "<!DOCTYPE html><html>Welcome</html>", content_type="text/html"
    )
    httpserver.expect_request("/listing/x").respond_with_data("<html>the listing</html>", content_type="text/html")
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 1000.0, "obey_robots": True, "retries": 0},
        mirrors={CANON: httpserver.url_for("").rstrip("/")},
    )
    directory = SiteDefinition("directory", "Directory", "directory", CANON)
    shared = SharedFetcher(Fetcher(settings, sites={"directory": directory}))
    asked, idle = shared.view(), shared.view()
    assert isinstance(asked.fetch(_probe("/listing/x")), Page)
    assert asked.robots_notes() == {"directory": "robots.txt unreadable (HTML): treated as allow-all"}
    assert idle.robots_notes() == {}


def test_each_answer_is_handed_over_as_soon_as_it_is_in() -> None:
    released = threading.Event()

    def answer(name: str) -> str:
        if name == "slow":
            assert released.wait(5)  # on the wire until the fast answer has been read
        return name

    arrived = []
    for index, result in parallel_each(answer, ["slow", "fast"], 8):
        arrived.append((index, result))
        released.set()
    assert arrived == [(1, "fast"), (0, "slow")]


def test_a_cancelled_batch_stops_handing_over_answers(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/page").respond_with_data("x", content_type="text/html")
    shared = _shared(httpserver)
    shared.stop()
    with pytest.raises(FetchCancelledError):
        list(shared.view().fetch_each([_probe("/page"), _probe("/page", rank=2)]))
