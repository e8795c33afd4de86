"""Whole scans (through the CLI) against today's real-web answers served locally (issue #16).

A people-search site behind a Cloudflare challenge is "could not check:
captcha" with a manual link and its opt-out link, never "not found"; a
RateMDs profile brings every review of its JSON pages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

REAL_WEB = Path(__file__).resolve().parent / "data" / "real_web"


def _answer(case: str) -> Response:
    """A real-web fixture as its host serves it: status, headers and body from its expected file."""
    folder, name = case.split("/")
    expected = json.loads((REAL_WEB / folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    body = next(p for p in (REAL_WEB / folder).glob(f"{name}.*") if not p.name.endswith(".expected.json"))
    headers = dict(expected.get("headers", {}))
    headers.setdefault("content-type", "application/json" if body.suffix == ".json" else "text/html")
    return Response(body.read_bytes(), status=expected["http_status"], headers=headers)


def _scan(run_cli: Any, tmp_path: Path, server: HTTPServer, sites: dict[str, str], *args: str) -> dict[str, Any]:
    mirrors = "\n".join(f'"{origin}" = "{server.url_for("/" + key)}"' for key, origin in sites.items())
    config = tmp_path / "footprint.toml"
    config.write_text(
        f"""
[search]
backends = []
[npi]
enabled = false
[sites]
enabled = {json.dumps(sorted(sites))}
username_candidates = 0
[browser]
enabled = false
[fetch]
cache = false
rate_limit_rps = 20.0
retries = 0
[mirrors]
{mirrors}
""",
        encoding="utf-8",
    )
    out = tmp_path / "report"
    result = run_cli("scan", "Dr. Wren Halvorsen, MD", "--city", "Portland", "--state", "OR",
                     "--config", str(config), "--out", str(out), *args)  # fmt: skip
    assert result.code in (0, 3), result.err
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    report["html"] = (out / "report.html").read_text(encoding="utf-8")
    return report


def test_a_cloudflare_challenge_is_captcha_with_the_manual_and_opt_out_links(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/fastpeoplesearch/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/fastpeoplesearch/name/wren-halvorsen_portland-or").respond_with_response(
        _answer("fastpeoplesearch/captcha_cloudflare")
    )
    report = _scan(run_cli, tmp_path, httpserver, {"fastpeoplesearch": "https://www.fastpeoplesearch.com"})
    row = next(r for r in report["coverage"] if r["site"] == "fastpeoplesearch")
    assert row["status"] == "captcha", row
    assert row["manual_check_url"] == "https://www.fastpeoplesearch.com/name/wren-halvorsen_portland-or"
    assert row["optout_url"] == "https://www.fastpeoplesearch.com/removal"
    checklist = lxml.html.fromstring(report["html"]).xpath("//section[@id='checklist']")[0]
    links = {a.text_content(): a.get("href") for a in checklist.xpath(".//a")}
    assert links["opt out"] == "https://www.fastpeoplesearch.com/removal"
    assert links["open"] == row["manual_check_url"]


def test_a_ratemds_profile_brings_the_reviews_of_its_json_pages(
    run_cli: Any, tmp_path: Path, httpserver: HTTPServer
) -> None:
    profile = "/ratemds/doctor-ratings/3391027/Dr-Wren-Halvorsen-Portland-OR.html"
    httpserver.expect_request("/ratemds/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request(profile).respond_with_response(_answer("ratemds/profile_meta_current"))

    def json_pages(request: Request) -> Response:
        if request.args.get("page") == "1":
            return _answer("ratemds/api_profile_json")
        review = {"created": "2025-06-01T09:00:00Z", "comment": "Billing sent me to collections twice.", "average": 1.0}
        second = {"count": 16, "total_pages": 2, "page": 2, "next": None, "results": [review]}
        return Response(json.dumps(second), content_type="application/json")

    httpserver.expect_request(profile + "/").respond_with_handler(json_pages)
    url = "https://www.ratemds.com/doctor-ratings/3391027/Dr-Wren-Halvorsen-Portland-OR.html"
    report = _scan(run_cli, tmp_path, httpserver, {"ratemds": "https://www.ratemds.com"}, "--known-url", url)
    page = next(p for p in report["pages"] if p["url"] == url)
    assert page["match"]["decision"] in ("confirmed", "likely"), page["match"]
    # The negative reviews of the page itself and of both JSON pages, each once.
    section = lxml.html.fromstring(report["html"]).xpath("//section[@id='ratings']")[0].text_content()
    assert section.count("Never called me back about my results.") == 1
    assert "Billing sent me to collections twice." in section  # page 2 of the JSON reviews
    asked = [r.args.get("page") for r, _ in httpserver.log if r.path == profile + "/"]
    assert asked == ["1", "2"]
