"""The fetcher against the web's misbehaviours (tests/mockserver.py), one test each.

For each: the fetch finishes (bounded), the outcome says what happened, and
the server's own request log shows the rate limit held.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Parser, Probe, ProbePurpose, ProbeSource, Skipped
from tests.mockserver import MockWeb

CANON = "https://www.example-clinic-ratings.com"
RPS = 4.0


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb(slow_s=2.0) as server:
        yield server


def fetcher_for(web: MockWeb, **fetch: object) -> Fetcher:
    settings = Settings().with_overrides(
        fetch={
            "cache": False,
            "rate_limit_rps": RPS,
            "connect_timeout_s": 1.0,
            "read_timeout_s": 0.5,
            "retries": 2,
            "backoff_s": 0.05,
            "retry_after_cap_s": 5.0,
            "total_timeout_s": 5.0,
            **fetch,
        },
        browser={"enabled": False},
        mirrors={CANON: web.url},
    )
    return Fetcher(settings, sites={})


def probe(path: str, parser: Parser = Parser.HTML) -> Probe:
    return Probe("example", CANON + path, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, parser=parser)


def fetch(web: MockWeb, path: str, **fetch_settings: object) -> tuple[Page | Skipped, Fetcher]:
    fetcher = fetcher_for(web, **fetch_settings)
    return fetcher.fetch(probe(path)), fetcher


def assert_polite(web: MockWeb, rps: float = RPS) -> None:
    """The server saw requests no closer than the rate allows.

    robots.txt takes no turn (it is fetched once, first, and sets the rate);
    every other request does. 100 ms of slack per gap covers what happens
    between the client taking its slot and the request arriving (a new
    connection, a busy machine). A request that left late on a busy machine
    arrives close to the next one, which left on time: a short gap counts
    when the gap before it was long enough to hold the rate over the two
    (a limiter that let two go at once has a normal gap before its short
    one, and fails). Over the whole run the rate must hold within 5%.
    """
    times = [t for t, path in web.log if not path.endswith("/robots.txt")]
    assert len(times) >= 2, "too few requests to judge the rate"
    gaps = [b - a for a, b in itertools.pairwise(times)]
    slot = 1.0 / rps
    for i, gap in enumerate(gaps):
        if gap < slot - 0.1:
            assert i > 0 and gaps[i - 1] + gap >= 2 * slot - 0.1, gaps
    if len(times) >= 3:
        assert (len(times) - 1) / (times[-1] - times[0] + 0.1) <= rps * 1.05, gaps


def skipped(got: Page | Skipped, status: CoverageStatus) -> Skipped:
    assert isinstance(got, Skipped), got
    assert got.status == status, got
    assert got.manual_check_url == got.probe.url
    return got


def test_slow_response_beyond_the_read_timeout_is_a_timeout(web: MockWeb) -> None:
    started = time.monotonic()
    got, fetcher = fetch(web, "/slow/page")
    s = skipped(got, CoverageStatus.TIMEOUT)
    assert "after 3 tries" in s.detail
    assert web.hits["slow"] == 3
    assert time.monotonic() - started < 6
    assert fetcher.stats.sites["example"].retries["timeout"] == 2
    assert_polite(web)


def test_dropped_connection_is_retried_then_reported(web: MockWeb) -> None:
    got, fetcher = fetch(web, "/drop/page")
    s = skipped(got, CoverageStatus.HTTP_ERROR)
    assert "closed the connection" in s.detail and "3 tries" in s.detail
    assert web.hits["drop"] == 3
    assert fetcher.counters["retry/connection"] == 2
    assert_polite(web)


def test_truncated_body_is_retried_then_reported(web: MockWeb) -> None:
    got, fetcher = fetch(web, "/partial/page")
    s = skipped(got, CoverageStatus.HTTP_ERROR)
    assert "broke off" in s.detail
    assert fetcher.counters["retry/truncated"] == 2
    assert_polite(web)


def test_429_waits_as_long_as_retry_after_says(web: MockWeb) -> None:
    got, fetcher = fetch(web, "/ratelimited/page")
    assert isinstance(got, Page) and "Dr. Jane Doe" in got.body
    tries = [t for t, path in web.log if path.startswith("/ratelimited")]
    assert len(tries) == 2
    assert tries[1] - tries[0] >= 0.95, "came back before Retry-After: 1 had passed"
    assert fetcher.counters["retry/429"] == 1
    assert_polite(web)


def test_429_asking_for_longer_than_the_cap_is_not_waited_out(web: MockWeb) -> None:
    started = time.monotonic()
    got, _ = fetch(web, "/ratelimited-long/page")
    s = skipped(got, CoverageStatus.BLOCKED)
    assert "3600" in s.detail
    assert web.hits["ratelimited-long"] == 1
    assert time.monotonic() - started < 3


def test_503_then_success_is_a_page(web: MockWeb) -> None:
    got, fetcher = fetch(web, "/unavailable-once/page")
    assert isinstance(got, Page) and got.status == 200
    assert web.hits["unavailable-once"] == 2
    assert fetcher.counters["retry/503"] == 1
    assert_polite(web)


def test_a_500_is_retried_unless_the_probe_accepts_it_as_its_answer(web: MockWeb) -> None:
    fetcher = fetcher_for(web)
    got = fetcher.fetch(probe("/broken/plain"))
    assert skipped(got, CoverageStatus.HTTP_ERROR) and web.hits["broken"] == 3  # retries=2
    # A username check whose definition says a missing account answers 500: that is the answer.
    check = replace(probe("/broken/drmaya"), purpose=ProbePurpose.USERNAME, accept_status=(500,))
    answer = fetcher.fetch(check)
    assert isinstance(answer, Page) and answer.status == 500
    assert web.hits["broken"] == 4, "an accepted status is not retried"
    # Read by its status whatever its type: an API check's "missing" may well be an HTML error page.
    api = replace(check, url=CANON + "/broken/api/drmaya", parser=Parser.BLUESKY_PROFILE)
    answer = fetcher.fetch(api)
    assert isinstance(answer, Page) and answer.status == 500 and web.hits["broken"] == 5


def test_a_redirect_the_probe_accepts_is_its_answer_and_is_not_followed(web: MockWeb) -> None:
    check = replace(probe("/to-login/drmaya"), purpose=ProbePurpose.USERNAME, accept_status=(302,))
    got = fetcher_for(web).fetch(check)
    assert isinstance(got, Page) and got.status == 302
    assert got.final_url == CANON + "/to-login/drmaya"
    assert [p for _, p in web.log] == ["/robots.txt", "/to-login/drmaya"], "the redirect was followed"
    # Without it, the same redirect is followed as far as the login page: a login wall.
    plain = fetcher_for(web).fetch(probe("/to-login/other"))
    assert skipped(plain, CoverageStatus.LOGIN_WALL)


def test_redirect_loop_is_named_not_followed_forever(web: MockWeb) -> None:
    got, _ = fetch(web, "/loop/a")
    s = skipped(got, CoverageStatus.HTTP_ERROR)
    assert "redirect loop" in s.detail
    assert web.hits["loop"] == 2
    assert_polite(web)


def test_redirect_to_a_login_page_is_a_login_wall_and_the_login_page_is_not_fetched(web: MockWeb) -> None:
    got, _ = fetch(web, "/to-login/profile")
    s = skipped(got, CoverageStatus.LOGIN_WALL)
    assert "/accounts/login/" in s.detail
    assert web.hits["accounts"] == 0


def test_captcha_page_is_a_captcha_not_a_page(web: MockWeb) -> None:
    got, _ = fetch(web, "/captcha/profile")
    skipped(got, CoverageStatus.CAPTCHA)


def test_cloudflare_style_challenge_is_a_captcha(web: MockWeb) -> None:
    got, _ = fetch(web, "/challenge/profile")
    s = skipped(got, CoverageStatus.CAPTCHA)
    assert "HTTP 403" in s.detail
    assert web.hits["challenge"] == 1, "a challenge is not retried"


def test_403_is_blocked_not_not_found(web: MockWeb) -> None:
    got, _ = fetch(web, "/forbidden/profile")
    s = skipped(got, CoverageStatus.BLOCKED)
    assert "HTTP 403" in s.detail


def test_huge_body_is_cut_at_max_bytes_and_the_rest_never_read(web: MockWeb) -> None:
    started = time.monotonic()
    got, fetcher = fetch(web, "/huge/page", max_bytes=1_000_000)
    assert isinstance(got, Page)
    assert 900_000 <= len(got.body) <= 1_000_000
    assert fetcher.counters["truncated"] == 1
    assert time.monotonic() - started < 10
    time.sleep(0.2)  # let the server notice the hang-up
    assert web.sent["/huge/page"] < 20 * 1024 * 1024, "the client kept reading far past the cap"


def test_gzip_bomb_stops_at_the_cap(web: MockWeb) -> None:
    started = time.monotonic()
    got, fetcher = fetch(web, "/bomb/page", max_bytes=1_000_000)
    assert isinstance(got, Page)
    assert len(got.body) <= 1_000_000
    assert fetcher.counters["truncated"] == 1
    assert fetcher.counters["bytes"] < 1_000_000, "far less went over the wire than was decoded"
    assert time.monotonic() - started < 10


def test_wrong_content_type_is_refused_with_a_reason(web: MockWeb) -> None:
    got, fetcher = fetch(web, "/wrong-type/cv")
    s = skipped(got, CoverageStatus.PARSE_ERROR)
    assert "application/pdf" in s.detail and "HTML" in s.detail
    assert fetcher.stats.sites["example"].bytes < 100_000, "the PDF was downloaded anyway"


def test_html_where_json_is_expected_is_refused(web: MockWeb) -> None:
    fetcher = fetcher_for(web)
    got = fetcher.fetch(probe("/ok/api", parser=Parser.MASTODON_ACCOUNT))
    s = skipped(got, CoverageStatus.PARSE_ERROR)
    assert "expected JSON" in s.detail


def test_non_utf8_html_without_a_charset_is_read_as_windows_1252(web: MockWeb) -> None:
    got, _ = fetch(web, "/latin1/page")
    assert isinstance(got, Page)
    assert "Dr. José Müller – Café" in got.body


def test_malformed_html_still_arrives_as_a_page(web: MockWeb) -> None:
    got, _ = fetch(web, "/malformed/page")
    assert isinstance(got, Page)
    assert "Café" in got.body and "Dermatology" in got.body


def test_robots_disallow_is_obeyed_and_reported() -> None:
    with MockWeb(robots="disallow") as web:
        fetcher = fetcher_for(web)
        got = fetcher.fetch(probe("/private/profile"))
        s = skipped(got, CoverageStatus.ROBOTS_DISALLOWED)
        assert "robots.txt" in s.detail
        assert isinstance(fetcher.fetch(probe("/ok/profile")), Page)
        assert isinstance(fetcher.fetch(probe("/ok/other")), Page)
        assert [p for _, p in web.log] == ["/robots.txt", "/ok/profile", "/ok/other"]
        assert_polite(web)


def test_garbage_robots_txt_counts_as_allow_all(caplog: pytest.LogCaptureFixture) -> None:
    with MockWeb(robots="garbage") as web:
        fetcher = fetcher_for(web)
        with caplog.at_level(logging.WARNING):
            first = fetcher.fetch(probe("/ok/one"))
            second = fetcher.fetch(probe("/ok/two"))
        assert isinstance(first, Page) and isinstance(second, Page)
        assert [p for _, p in web.log].count("/robots.txt") == 1, "robots.txt is fetched once per host"
        assert sum("treated as allow-all" in r.getMessage() for r in caplog.records) == 1
        assert_polite(web)


def test_an_unreadable_robots_txt_is_noted_for_its_site_and_a_readable_one_is_not() -> None:
    host = "www.example-clinic-ratings.com"  # no site definition owns it: the host stands for the site
    for robots, notes in (
        ("garbage", {host: "robots.txt unreadable (binary): treated as allow-all"}),
        ("html", {host: "robots.txt unreadable (HTML): treated as allow-all"}),
        ("allow", {}),
    ):
        with MockWeb(robots=robots) as web:
            fetcher = fetcher_for(web)
            assert isinstance(fetcher.fetch(probe("/ok/one")), Page)
            assert fetcher.robots_notes() == notes, robots


def test_many_probes_on_one_host_keep_to_its_rate(web: MockWeb) -> None:
    fetcher = fetcher_for(web, rate_limit_rps=5.0)
    results = fetcher.fetch_all([probe(f"/ok/{i}") for i in range(10)])
    assert all(isinstance(r, Page) for r in results)
    assert [r.probe.url for r in results] == [CANON + f"/ok/{i}" for i in range(10)]
    assert_polite(web, 5.0)


def test_robots_txt_takes_no_turn_of_the_rate_limit_and_every_page_does() -> None:
    """At one request per 2 s, the first page follows robots.txt at once; the second waits its turn."""
    with MockWeb(robots="allow") as web:
        fetcher = fetcher_for(web, rate_limit_rps=0.5)
        started = time.monotonic()
        results = fetcher.fetch_all([probe("/ok/one"), probe("/ok/two")])
        assert all(isinstance(r, Page) for r in results)
        assert web.log[0][1] == "/robots.txt"
        first, second = sorted(at - started for at, path in web.log if path.startswith("/ok/"))
        assert first < 1.0, web.log  # not 2 s after robots.txt
        assert second - first >= 2.0 - 0.1, web.log


def test_crawl_delay_slows_the_host_below_the_configured_rate() -> None:
    with MockWeb(robots="crawl-delay") as web:
        fetcher = fetcher_for(web)
        results = fetcher.fetch_all([probe(f"/ok/{n}") for n in range(3)])
        assert all(isinstance(r, Page) for r in results)
        assert fetcher.host_rate(CANON.removeprefix("https://")) == pytest.approx(1 / 0.6)
        assert_polite(web, 1 / 0.6)


def test_requests_go_through_the_configured_proxy_and_name_footprint(web: MockWeb) -> None:
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": RPS, "retries": 0, "proxy": web.url}, browser={"enabled": False}
    )
    # No mirror: the name does not resolve here, so only the proxy can have answered.
    target = Probe("example", "http://www.clinic-ratings.invalid/ok/jane", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL)
    got = Fetcher(settings, sites={}).fetch(target)
    assert isinstance(got, Page) and "Dr. Jane Doe" in got.body
    assert [p for _, p in web.log] == [
        "http://www.clinic-ratings.invalid/robots.txt",
        "http://www.clinic-ratings.invalid/ok/jane",
    ]
    from footprint import PROJECT_URL, __version__

    assert all(a == f"footprint/{__version__} (+{PROJECT_URL})" for a in web.agents)


def test_fetchers_sharing_one_limiter_share_each_host_s_rate(web: MockWeb) -> None:
    """A batch: two subjects' fetchers on the same site, one bucket per host between them."""
    from concurrent.futures import ThreadPoolExecutor

    from footprint.fetch.ratelimit import TokenBuckets

    shared = TokenBuckets(RPS)
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": RPS}, browser={"enabled": False}, mirrors={CANON: web.url}
    )
    fetchers = [Fetcher(settings, sites={}, limiter=shared) for _ in range(2)]
    with ThreadPoolExecutor(2) as pool:
        batches = list(pool.map(lambda i: fetchers[i].fetch_all([probe(f"/ok/{i}-{n}") for n in range(3)]), range(2)))
    assert all(isinstance(r, Page) for batch in batches for r in batch)
    assert_polite(web)
