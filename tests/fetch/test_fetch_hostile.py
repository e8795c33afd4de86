"""The fetcher against a hostile web (issue #17): no hang, no request it should not send.

Each test names the misbehaviour of ``tests/mockserver.py`` it meets: headers
or a body that trickle in, a redirect to this machine's own admin pages, a
``Retry-After`` of an hour, robots.txt that moved, broke or asks to slow down.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource
from tests.fetch.test_fetch_faults import assert_polite, fetch, fetcher_for, probe, skipped
from tests.mockserver import INTERNAL_PATH, MockWeb


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb(trickle_s=0.1) as server:
        yield server


def paths(web: MockWeb) -> list[str]:
    return [p for _, p in web.log]


# -- item 3: every request ends at the total timeout, headers included ----------------------------------
def test_headers_that_trickle_in_end_at_the_total_timeout(web: MockWeb) -> None:
    """Each header byte beats the 0.5 s read timeout; the whole answer may take 1.5 s, not 14 s a try."""
    started = time.monotonic()
    got, _ = fetch(web, "/header-trickle/page", total_timeout_s=1.5)
    elapsed = time.monotonic() - started
    s = skipped(got, CoverageStatus.TIMEOUT)
    assert "too slowly" in s.detail and "1.5 s" in s.detail
    assert elapsed < 3.0, f"the scan was held {elapsed:.1f} s by a server trickling its headers"


# -- item 19, second half: a host that trickled once is not retried at full timeout ----------------------
def test_a_body_that_trickles_is_not_retried_and_its_host_gets_less_time_after(web: MockWeb) -> None:
    fetcher = fetcher_for(web, total_timeout_s=2.0)
    started = time.monotonic()
    first = fetcher.fetch(probe("/body-trickle/one"))
    first_s = time.monotonic() - started
    second = fetcher.fetch(probe("/body-trickle/two"))
    second_s = time.monotonic() - started - first_s
    skipped(first, CoverageStatus.TIMEOUT)
    s = skipped(second, CoverageStatus.TIMEOUT)
    assert web.hits["body-trickle"] == 2, "a trickling answer was retried at full timeout"
    assert first_s < 3.0
    assert second_s < 1.2, f"the host that trickled once was given the full timeout again ({second_s:.1f} s)"
    assert "too slowly" in s.detail
    # A third trickle is not even asked for: the host has shown twice that it will not answer in time.
    third = fetcher.fetch(probe("/body-trickle/three"))
    assert "too slowly" in skipped(third, CoverageStatus.TIMEOUT).detail
    assert web.hits["body-trickle"] == 2


# -- item 7: SSRF ------------------------------------------------------------------------------------------
def test_a_redirect_from_a_mirrored_page_to_an_unmirrored_local_url_is_refused(web: MockWeb) -> None:
    got, _ = fetch(web, "/ssrf-redirect/result")
    s = skipped(got, CoverageStatus.SKIPPED)
    assert f"redirected to http://localhost:{web.url.rsplit(':', 1)[1]}{INTERNAL_PATH}: refused" in s.detail
    assert "localhost resolves to 127.0.0.1, a loopback address" in s.detail
    assert web.hits["internal-admin"] == 0, "the internal admin URL was requested"
    assert paths(web) == ["/robots.txt", "/ssrf-redirect/result"]


def test_every_redirect_hop_is_checked_not_only_the_first(web: MockWeb) -> None:
    got, _ = fetch(web, "/ssrf-hop/result")
    assert "loopback" in skipped(got, CoverageStatus.SKIPPED).detail
    assert web.hits["internal-admin"] == 0
    assert paths(web) == ["/robots.txt", "/ssrf-hop/result", "/ssrf-redirect/then"]


def test_a_probe_for_a_private_address_is_refused_before_any_request(web: MockWeb) -> None:
    fetcher = fetcher_for(web)
    port = web.url.rsplit(":", 1)[1]
    for url in (f"http://localhost:{port}/ok/admin", f"http://[::ffff:127.0.0.1]:{port}/ok/admin"):
        got = fetcher.fetch(Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT))
        s = skipped(got, CoverageStatus.SKIPPED)
        assert "refused" in s.detail and "loopback" in s.detail, s.detail
    assert fetcher.fetch_bytes(f"http://localhost:{port}/ok/photo.jpg", "web", 1000) is None
    assert web.log == []


def test_the_address_is_checked_where_the_connection_lands_not_only_where_dns_said(web: MockWeb) -> None:
    """DNS rebinding: the name looked public when checked, the connection landed on this machine."""
    from footprint.fetch.addresses import AddressPolicy

    port = web.url.rsplit(":", 1)[1]
    admin = Probe("web", f"http://localhost:{port}/ok/admin", ProbePurpose.PROFILE, ProbeSource.LINK)
    for obey_robots in (False, True):  # with robots.txt obeyed, its request is the one refused
        fetcher = fetcher_for(web, obey_robots=obey_robots)
        fetcher.transfer.addresses = AddressPolicy(fetcher.settings, resolve=lambda host, port: ["93.184.216.34"])
        s = skipped(fetcher.fetch(admin), CoverageStatus.ROBOTS_DISALLOWED if obey_robots else CoverageStatus.SKIPPED)
        assert "localhost connected to 127.0.0.1, a loopback address" in s.detail
    assert web.log == []


def test_mirrored_and_configured_local_endpoints_stay_allowed(web: MockWeb) -> None:
    got, _ = fetch(web, "/ok/page")
    assert isinstance(got, Page)
    fetcher = fetcher_for(web)
    # The mirror's own address is configured: a URL under it is fetched as it is.
    assert isinstance(fetcher.fetch(Probe("web", web.url + "/ok/direct", ProbePurpose.PROFILE, ProbeSource.LINK)), Page)


def test_a_browser_page_on_a_private_address_is_not_rendered(web: MockWeb) -> None:
    from footprint.fetch.browser import Rendered
    from footprint.sites import by_id

    class RecordingBrowser:
        missing_reason = ""

        def __init__(self) -> None:
            self.rendered: list[str] = []

        def available(self) -> bool:
            return True

        def render(self, url: str) -> Rendered:
            self.rendered.append(url)
            return Rendered(url, 200, "<html></html>")

        def close(self) -> None:
            pass

    browser = RecordingBrowser()
    x = by_id()["x"]
    assert x.requires_browser
    settings = fetcher_for(web, obey_robots=False).settings  # robots.txt would refuse it for its own reason
    fetcher = Fetcher(settings, sites={"x": x}, browser=browser)  # type: ignore[arg-type]
    port = web.url.rsplit(":", 1)[1]
    got = fetcher.fetch(Probe("x", f"http://localhost:{port}/ok/admin", ProbePurpose.PROFILE, ProbeSource.LINK))
    assert "loopback" in skipped(got, CoverageStatus.SKIPPED).detail
    assert browser.rendered == [] and web.log == []


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "shared"),
        ("93.184.216.34", None),
        ("2606:2800:220:1:248:1893:25c8:1946", None),
    ],
)
def test_which_addresses_are_not_fetched(address: str, kind: str | None) -> None:
    from footprint.fetch.addresses import forbidden_kind

    assert forbidden_kind(address) == kind


# -- item 11: a Retry-After beyond the cap blocks the host -------------------------------------------------
def test_a_retry_after_beyond_the_cap_blocks_the_host_for_the_run(web: MockWeb) -> None:
    fetcher = fetcher_for(web)
    first = fetcher.fetch(probe("/ratelimited-long/one"))
    assert "3600 s" in skipped(first, CoverageStatus.BLOCKED).detail
    started = time.monotonic()
    for path in ("/ratelimited-long/two", "/ok/three"):
        s = skipped(fetcher.fetch(probe(path)), CoverageStatus.BLOCKED)
        assert "3600 s" in s.detail and "no more requests go to it until then" in s.detail
    assert time.monotonic() - started < 0.5
    assert paths(web) == ["/robots.txt", "/ratelimited-long/one"], "a request went to a host that asked for an hour"


# -- item 12: robots.txt redirects, 5xx and 429 -----------------------------------------------------------
def test_robots_txt_that_moved_is_followed_to_the_file_that_disallows_everything() -> None:
    with MockWeb(robots="redirect") as web:
        fetcher = fetcher_for(web)
        got = fetcher.fetch(probe("/ok/profile"))
        skipped(got, CoverageStatus.ROBOTS_DISALLOWED)
        assert paths(web) == ["/robots.txt", "/robots-hop/moved.txt"]


def test_robots_txt_redirected_more_than_five_times_counts_as_absent() -> None:
    with MockWeb(robots="redirect-chain") as web:
        fetcher = fetcher_for(web)
        assert isinstance(fetcher.fetch(probe("/ok/profile")), Page)
        assert "/robots-hop/6" not in paths(web)
        assert paths(web).count("/robots-hop/5") == 1
        assert fetcher.robots_notes() == {
            "www.example-clinic-ratings.com": "robots.txt redirected more than 5 times: treated as allow-all"
        }


@pytest.mark.parametrize("status", ["503", "429"])
def test_robots_txt_answering_5xx_or_429_disallows_the_whole_site_for_the_run(status: str) -> None:
    with MockWeb(robots=status) as web:
        fetcher = fetcher_for(web)
        for path in ("/ok/one", "/ok/two"):
            s = skipped(fetcher.fetch(probe(path)), CoverageStatus.ROBOTS_DISALLOWED)
            assert f"robots.txt answered HTTP {status}" in s.detail and "RFC 9309" in s.detail
        assert web.hits["ok"] == 0, "a page was fetched although the site's robots.txt could not be read"
        assert set(paths(web)) == {"/robots.txt"}
        assert len(paths(web)) <= 3, "robots.txt was asked for again for the second page"


def test_robots_txt_answering_404_allows_everything() -> None:
    with MockWeb(robots="404") as web:
        fetcher = fetcher_for(web)
        assert isinstance(fetcher.fetch(probe("/ok/profile")), Page)
        assert isinstance(fetcher.fetch(probe("/ok/other")), Page)
        assert fetcher.robots_notes() == {}
        assert_polite(web)
