"""The browser: where Chromium is found, JavaScript-only sites, life without one, and hostile pages.

A hostile page may not reach another port (WebSocket, WebRTC, fetch), flood
a host past its rate limit or robots.txt, or take the machine's memory
(a gzip bomb, an endless page, an image bomb).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from footprint import chromium
from footprint.config import Settings
from footprint.fetch import Fetcher, renderer
from footprint.fetch.browser import Browser, BrowserError, launch_flags
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.sites import parse_definition
from tests.conftest import DemoRun
from tests.fetch.test_fetch_faults import assert_polite
from tests.mockserver import Listener, MockWeb

CANON = "https://www.js-only-ratings.example"


def _has_chromium() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return chromium.system_chromium() is not None


needs_chromium = pytest.mark.skipif(not _has_chromium(), reason="no Chromium and Playwright on this machine")


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb() as server:
        yield server


def js_fetcher(web: MockWeb, rps: float = 4.0, max_bytes: int = 5_000_000, **browser_settings: object) -> Fetcher:
    site = parse_definition(
        {"id": "jsonly", "name": "JS Only", "kind": "ratings", "base_url": CANON, "requires_browser": True}, "test"
    )
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": rps, "max_bytes": max_bytes},
        browser=browser_settings,
        mirrors={CANON: web.url},
    )
    return Fetcher(settings, sites={"jsonly": site})


def test_chromium_is_looked_for_in_the_configured_path_then_playwright_then_the_system(tmp_path: Path) -> None:
    mine, bundled = tmp_path / "my-chrome", tmp_path / "pw-chrome"
    mine.write_text("")
    bundled.write_text("")
    assert chromium.choose_executable(str(mine), str(bundled)) == (str(mine), "[browser] path")
    assert chromium.choose_executable(str(tmp_path / "gone"), str(bundled)) == (str(bundled), "Playwright's install")
    found, origin = chromium.choose_executable("", str(tmp_path / "gone"))
    assert (found, origin) == (chromium.system_chromium(), "the system") or found is None


def test_without_a_browser_pages_that_need_one_are_skipped_and_it_is_said_once(
    web: MockWeb, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A machine with no Chromium: none on the PATH, none configured, none from Playwright (HOME is empty).
    monkeypatch.setattr(chromium, "system_chromium", lambda: None)
    fetcher = js_fetcher(web, path="/nowhere/chrome")
    with caplog.at_level(logging.WARNING):
        got = [
            fetcher.fetch(Probe("jsonly", f"{CANON}/ok/{n}", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
            for n in range(2)
        ]
    fetcher.close()
    for g in got:
        assert isinstance(g, Skipped) and g.status == CoverageStatus.SKIPPED
        assert "needs a browser" in g.detail and g.manual_check_url == g.probe.url
    assert sum("no browser" in r.getMessage() for r in caplog.records) == 1
    assert [path for _, path in web.log] == ["/robots.txt"], "no page was fetched without the browser"


def test_without_a_browser_a_page_robots_txt_forbids_is_robots_disallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # x.com forbids crawlers: that is why it was not checked, browser or not (issue #16).
    monkeypatch.setattr(chromium, "system_chromium", lambda: None)
    with MockWeb(robots="disallow") as web:
        fetcher = js_fetcher(web, path="/nowhere/chrome")
        got = fetcher.fetch(Probe("jsonly", f"{CANON}/private/profile", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
        fetcher.close()
    assert isinstance(got, Skipped) and got.status == CoverageStatus.ROBOTS_DISALLOWED, got


@pytest.mark.browser
@needs_chromium
def test_the_browser_path_obeys_robots_txt() -> None:
    with MockWeb(robots="disallow") as web:
        _browse_past_robots(web)


def _browse_past_robots(web: MockWeb) -> None:
    fetcher = js_fetcher(web)
    try:
        refused = fetcher.fetch(Probe("jsonly", f"{CANON}/private/x", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
        allowed = fetcher.fetch(Probe("jsonly", f"{CANON}/ok/1", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
    finally:
        fetcher.close()
    assert isinstance(refused, Skipped) and refused.status == CoverageStatus.ROBOTS_DISALLOWED, refused
    assert isinstance(allowed, Page) and "Dr. Jane Doe" in allowed.body  # the same browser, an allowed page
    assert not [path for _, path in web.log if path.startswith("/private")], "Chromium opened a disallowed page"


@pytest.mark.browser
@needs_chromium
def test_a_site_that_requires_a_browser_is_rendered_by_chromium(web: MockWeb) -> None:
    fetcher = js_fetcher(web)
    try:
        pages = [
            fetcher.fetch(Probe("jsonly", f"{CANON}/ok/{n}", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
            for n in range(2)
        ]
        blocked = fetcher.fetch(Probe("jsonly", f"{CANON}/captcha/x", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL))
    finally:
        fetcher.close()
    for page in pages:
        assert isinstance(page, Page) and "Dr. Jane Doe" in page.body
        assert page.final_url.startswith(CANON)
    assert isinstance(blocked, Skipped) and blocked.status == CoverageStatus.CAPTCHA
    assert fetcher.stats.sites["jsonly"].requests == 4  # robots.txt and three pages
    assert_polite(web, 4.0)


@pytest.mark.browser
@needs_chromium
def test_the_demo_report_shoots_the_exposed_parts_and_not_api_answers(demo_run: DemoRun) -> None:
    findings = demo_run.report["findings"]
    shots = {f["evidence"]["screenshot"] for f in findings if f["evidence"]["screenshot"]}
    shots |= {p["screenshot"] for p in demo_run.report["pages"] if p["screenshot"]}
    assert 0 < len(shots) <= 12
    for shot in shots:
        assert shot.startswith("screenshots/")
        data = (demo_run.folder / shot).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert (demo_run.folder / shot).stat().st_mode & 0o077 == 0
    (home,) = [f for f in findings if f["category"] == "home_address"]
    assert home["evidence"]["screenshot"], "the home address on the broker page is shot"
    # Open Payments and Mastodon answer through their APIs: raw JSON, or a page that is blank without script.
    for f in findings:
        if f["site"] in ("open_payments", "mastodon"):
            assert f["evidence"]["screenshot"] is None, f["title"]
    rejected = [p for p in demo_run.report["pages"] if p["match"]["decision"] == "rejected"]
    assert rejected and not any(p["screenshot"] for p in rejected), "pages about someone else are not photographed"


# -- a hostile page cannot misuse the browser (issue #17, item 6) -----------------------------------------------


def test_the_sandbox_is_dropped_only_for_root() -> None:
    assert "--no-sandbox" not in launch_flags(euid=1000)
    assert "--no-sandbox" in launch_flags(euid=0)
    # Whatever escapes footprint's interception meets a dead proxy and resolves no name; WebRTC may not use UDP.
    flags = launch_flags(euid=1000)
    assert "--proxy-server=http://127.0.0.1:1" in flags and "--proxy-bypass-list=<-loopback>" in flags
    assert "--webrtc-ip-handling-policy=disable_non_proxied_udp" in flags


def _probe(url: str) -> Probe:
    return Probe("jsonly", url, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL)


@pytest.mark.browser
@needs_chromium
def test_a_page_s_script_reaches_no_other_port_by_websocket_webrtc_or_fetch(web: MockWeb) -> None:
    fetcher = js_fetcher(web)
    try:
        with Listener() as side:
            tcp, udp = side.ports
            page = fetcher.fetch(_probe(f"{CANON}/sockets/page?tcp={tcp}&udp={udp}"))
            time.sleep(2.0)  # ICE gathering and reconnects happen after the load event
    finally:
        fetcher.close()
    assert isinstance(page, Page) and "Dr. Jane Doe" in page.body, "the page itself still renders"
    assert (side.connections, side.datagrams) == (0, 0)
    assert [path for _, path in web.log] == ["/robots.txt", f"/sockets/page?tcp={tcp}&udp={udp}"]


@pytest.mark.browser
@needs_chromium
def test_a_flood_of_images_keeps_to_the_rate_limit_robots_txt_and_the_page_budget() -> None:
    with MockWeb(robots="disallow") as web:
        fetcher = js_fetcher(web, max_requests=5, rps=2.0)
        try:
            page = fetcher.fetch(_probe(f"{CANON}/flood/page"))
        finally:
            fetcher.close()
        paths = [path for _, path in web.log]
    assert isinstance(page, Page) and "Dr. Jane Doe" in page.body
    assert "/private/me.png" not in paths, "robots.txt disallows it"
    assert paths[0] == "/robots.txt" and paths[1] == "/flood/page"
    assert 3 <= len(paths) <= 6, f"the page and at most 4 images: {paths}"
    # The images came through the host's rate limit (2/s), one by one: 130 in a second was the attack.
    images = [t for t, path in web.log if path.startswith("/flood/img/")]
    gaps = [b - a for a, b in itertools.pairwise(images)]
    assert gaps and min(gaps) >= 0.5 - 0.1, gaps


def _renderer_peak(browser: Browser, stop: threading.Event, peak: list[float]) -> None:
    while not stop.is_set():
        used = max((p.rss_mb for p in renderer.family(browser.mark) if p.renderer), default=0.0)
        peak[0] = max(peak[0], used)
        time.sleep(0.05)


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("path", ["/pagebomb/page", "/huge/page"])
def test_a_page_rendered_in_the_browser_is_held_to_max_bytes(web: MockWeb, path: str) -> None:
    # A 64 MB gzip bomb of markup, and an endless page: the browser sees at most max_bytes of either.
    fetcher = js_fetcher(web, max_bytes=500_000)
    assert fetcher.browser.available()
    stop, peak = threading.Event(), [0.0]
    sampler = threading.Thread(target=_renderer_peak, args=(fetcher.browser, stop, peak), daemon=True)
    sampler.start()
    try:
        page = fetcher.fetch(_probe(f"{CANON}{path}"))
    finally:
        stop.set()
        sampler.join()
        fetcher.close()
    assert isinstance(page, Page)
    assert len(page.body.encode()) <= 500_000
    assert web.sent[path] < 20_000_000, "the rest was never read"
    assert peak[0] < 300, f"the renderer peaked at {peak[0]:.0f} MB"


@pytest.mark.browser
@needs_chromium
def test_a_renderer_over_the_memory_cap_is_stopped_and_the_browser_goes_on(web: MockWeb) -> None:
    # 16000 x 16000 pixels: 275 kB on the wire, over a gigabyte once painted for a screenshot.
    fetcher = js_fetcher(web, max_memory_mb=300)
    browser = fetcher.browser

    def shoot(path: str) -> bytes:
        net = fetcher.gate.page(f"{CANON}{path}", "jsonly", scripts=False)
        shot: bytes = browser.visit(f"{CANON}{path}", net, lambda page, _: page.screenshot(), scripts=False)
        return shot

    stop, peak = threading.Event(), [0.0]
    sampler = threading.Thread(target=_renderer_peak, args=(browser, stop, peak), daemon=True)
    try:
        assert browser.available()
        sampler.start()
        with pytest.raises(BrowserError, match="more than 300 MB of memory"):
            shoot("/imagebomb/page")
        stop.set()
        after = shoot("/ok/after")
    finally:
        stop.set()
        fetcher.close()
    assert after.startswith(b"\x89PNG"), "the next page is shot as usual"
    assert peak[0] < 700, f"the renderer reached {peak[0]:.0f} MB before it was stopped"


def test_a_host_that_asked_to_be_left_alone_is_left_alone_by_the_browser_too(web: MockWeb) -> None:
    fetcher = js_fetcher(web)
    try:
        net = fetcher.gate.page(f"{CANON}/ok/page", "jsonly", scripts=False)
        assert net.load(f"{CANON}/ok/page", "document") is not None
        fetcher.transfer.hosts.block(urlsplit(CANON).netloc, 3600, "3600 s")  # a Retry-After beyond the cap
        asked = len(web.log)
        assert net.load(f"{CANON}/ok/image.png", "image") is None
        assert len(web.log) == asked and net.budget.refused["failed"] == 1
        # Nor is a page from another origin, or a font, asked for at all.
        assert net.load("http://127.0.0.1:9/x.png", "image") is None and net.load(f"{CANON}/f.woff", "font") is None
        assert net.budget.refused["another origin"] == 1 and net.budget.refused["font not loaded"] == 1
    finally:
        fetcher.close()
