"""Whole scans (through the CLI) against a misbehaving site: the scan finishes,
the coverage row says what happened, and the counters reach the reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.fetch.test_fetch_faults import assert_polite
from tests.mockserver import MockWeb

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "footprint" / "report" / "report.schema.json"


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb(slow_s=2.0) as server:
        yield server


def scan(run_cli: Any, tmp_path: Path, web: MockWeb, path: str, *flags: str) -> dict[str, Any]:
    config = tmp_path / "footprint.toml"
    config.write_text(
        f"""
[search]
backends = []
[npi]
enabled = false
[sites]
enabled = ["facebook"]
username_candidates = 0
[browser]
enabled = false
[fetch]
rate_limit_rps = 4.0
read_timeout_s = 0.5
retries = 1
backoff_s = 0.05
cache_path = "{tmp_path / "cache.sqlite"}"
[mirrors]
"https://www.facebook.com" = "{web.url}"
""",
        encoding="utf-8",
    )
    out = tmp_path / "report"
    result = run_cli(
        "scan",
        "Dr. Jane Doe, MD",
        "--known-url",
        f"https://www.facebook.com{path}",
        "--config",
        str(config),
        "--out",
        str(out),
        *flags,
    )
    assert result.code in (0, 3), result.err
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
    report["html"] = (out / "report.html").read_text(encoding="utf-8")
    return report


def row(report: dict[str, Any], site: str = "facebook") -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in report["coverage"] if r["site"] == site)
    return found


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/captcha/jane", "captcha", "captcha"),
        ("/challenge/jane", "captcha", "HTTP 403"),
        ("/to-login/jane", "login_wall", "log in"),
        ("/forbidden/jane", "blocked", "HTTP 403"),
        ("/slow/jane", "timeout", "in time"),
        ("/drop/jane", "http_error", "closed the connection"),
        ("/wrong-type/jane", "parse_error", "application/pdf"),
    ],
)
def test_a_misbehaving_site_becomes_a_coverage_row_with_a_reason(
    run_cli: Any, tmp_path: Path, web: MockWeb, path: str, status: str, words: str
) -> None:
    report = scan(run_cli, tmp_path, web, path)
    facebook = row(report)
    assert facebook["status"] == status
    assert facebook["outcome"] == "could_not_check"  # another page of the site never makes it "found"
    assert words in facebook["detail"]
    assert facebook["manual_check_url"]
    assert_polite(web)


def test_retries_bytes_and_time_reach_the_json_and_html_reports(run_cli: Any, tmp_path: Path, web: MockWeb) -> None:
    report = scan(run_cli, tmp_path, web, "/ratelimited/jane")
    facebook = row(report)
    assert facebook["retries"] == 1 and facebook["retry_reasons"] == {"429": 1}
    assert facebook["requests"] == 4  # robots.txt, the name search, the page twice
    assert facebook["bytes"] > 0 and facebook["seconds"] > 0
    assert report["scan"]["counters"]["retry/429"] == 1
    assert "429: 1" in report["html"]
    assert_polite(web)


def test_a_robots_txt_that_is_a_web_page_is_said_in_the_site_s_coverage_row(run_cli: Any, tmp_path: Path) -> None:
    with MockWeb(robots="html") as web:
        report = scan(run_cli, tmp_path, web, "/ok/jane")
    facebook = row(report)
    assert facebook["detail"].endswith("; robots.txt unreadable (HTML): treated as allow-all")
    assert "robots.txt unreadable (HTML): treated as allow-all" in report["html"]
    assert all("robots.txt" not in r["detail"] for r in report["coverage"] if r["site"] != "facebook")


def test_malformed_html_does_not_end_the_scan(run_cli: Any, tmp_path: Path, web: MockWeb) -> None:
    report = scan(run_cli, tmp_path, web, "/malformed/jane")
    assert row(report)["status"] in ("not_found", "found", "parse_error")


def test_the_second_scan_comes_from_the_cache_and_refresh_fetches_again(
    run_cli: Any, tmp_path: Path, web: MockWeb
) -> None:
    first = row(scan(run_cli, tmp_path, web, "/ok/jane"))
    asked = len(web.log)
    second = row(scan(run_cli, tmp_path, web, "/ok/jane"))
    # robots.txt, the name search and the known page, all from the cache: the site is not asked at all.
    assert first["cache_hits"] == 0 and second["cache_hits"] == 3 and second["requests"] == 0
    assert len(web.log) == asked
    refreshed = row(scan(run_cli, tmp_path, web, "/ok/jane", "--refresh"))
    assert refreshed["cache_hits"] == 0 and len(web.log) == asked + 3
    uncached = row(scan(run_cli, tmp_path, web, "/ok/jane", "--no-cache"))
    assert uncached["cache_hits"] == 0 and len(web.log) == asked + 6


def test_a_found_site_that_then_asked_for_an_hour_s_pause_says_what_was_not_checked(
    run_cli: Any, tmp_path: Path, web: MockWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOOTPRINT_FETCH_MAX_WORKERS", "1")  # the known URLs in order: the page, then the 429
    report = scan(run_cli, tmp_path, web, "/ok/jane", "--known-url", "https://www.facebook.com/ratelimited-long/jane")
    facebook = row(report)
    assert facebook["status"] == "found"
    assert "1 page(s) about the subject" in facebook["detail"]
    assert "not checked (blocked: " in facebook["detail"] and "3600 s" in facebook["detail"]
    assert web.hits["ratelimited-long"] == 1
