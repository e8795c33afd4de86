"""The browser: where Chromium is found, JavaScript-only sites, evidence screenshots, and life without one."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint import chromium
from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import CoverageStatus, Page, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.sites import parse_definition
from tests.conftest import DemoRun
from tests.fetch.test_fetch_faults import assert_polite
from tests.mockserver import MockWeb

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


def js_fetcher(web: MockWeb, **browser_settings: object) -> Fetcher:
    site = parse_definition(
        {"id": "jsonly", "name": "JS Only", "kind": "ratings", "base_url": CANON, "requires_browser": True}, "test"
    )
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": 4.0}, browser=browser_settings, mirrors={CANON: web.url}
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
def test_the_demo_report_carries_evidence_screenshots(demo_run: DemoRun) -> None:
    shots = [p["screenshot"] for p in demo_run.report["pages"] if p["screenshot"]]
    shots += [f["evidence"]["screenshot"] for f in demo_run.report["findings"] if f["evidence"]["screenshot"]]
    assert shots, "no screenshot of any confirmed page or finding"
    assert len(set(shots)) <= 8
    for shot in set(shots):
        assert shot.startswith("screenshots/")
        data = (demo_run.folder / shot).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert (demo_run.folder / shot).stat().st_mode & 0o077 == 0
    rejected = [p for p in demo_run.report["pages"] if p["match"]["decision"] == "rejected"]
    assert rejected and not any(p["screenshot"] for p in rejected), "pages about someone else are not photographed"
