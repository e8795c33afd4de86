"""A whole scan of Google Business Profile through the Places API (New): the key is sent, never written anywhere."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.real_web_api import case

KEY = "AIzaSy-footprint-test-0123456789"


def _places(httpserver: HTTPServer) -> list[Request]:
    """Places (New) as documented: a missing field mask is a 400 INVALID_ARGUMENT, a wrong key a 403."""
    seen: list[Request] = []
    answers = {
        ("POST", "/v1/places:searchText"): case("google_business", "api_text_search"),
        ("GET", "/v1/places/ChIJdemoCedarHollow0001"): case("google_business", "api_place_details"),
    }

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.headers.get("X-Goog-Api-Key") != KEY:
            return Response(json.dumps({"error": {"code": 403, "status": "PERMISSION_DENIED"}}), 403)
        if not request.headers.get("X-Goog-FieldMask"):
            return case("google_business", "api_error_no_fieldmask").response()
        found = answers.get((request.method, request.path))
        if found is None:
            return Response(json.dumps({"error": {"code": 404, "status": "NOT_FOUND"}}), 404)
        return found.response()

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)  # a 500 would disallow the host
    httpserver.expect_request("/v1/places:searchText").respond_with_handler(handler)
    httpserver.expect_request("/v1/places/ChIJdemoCedarHollow0001").respond_with_handler(handler)
    httpserver.expect_request("/v1/places/ChIJdemoRenwickSkin00002").respond_with_handler(handler)
    return seen


def _config(tmp_path: Path, httpserver: HTTPServer) -> Path:
    config = tmp_path / "footprint.toml"
    config.write_text(
        f'[search]\nbackends = []\n[npi]\nenabled = false\n[sites]\nenabled = ["google_business"]\n'
        f"username_candidates = 0\n[browser]\nenabled = false\n[fetch]\nretries = 0\n"
        f'cache_path = "{tmp_path / "cache.sqlite"}"\n'
        f'[mirrors]\n"https://places.googleapis.com" = "{httpserver.url_for("").rstrip("/")}"\n'
    )
    return config


def test_the_places_key_reaches_the_api_in_its_header_and_nowhere_else(
    run_cli, tmp_path: Path, httpserver: HTTPServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GOOGLE_PLACES_API_KEY", KEY)
    seen = _places(httpserver)
    out, db = tmp_path / "report", tmp_path / "history.sqlite"
    result = run_cli(
        "-vv", "scan", "Dr. Wren A. Halvorsen, MD", "--specialty", "Dermatology", "--city", "Portland",
        "--state", "OR", "--config", str(_config(tmp_path, httpserver)), "--out", str(out), "--db", str(db),
        "--format", "html,json,csv",
    )  # fmt: skip
    assert result.code in (0, 3), result.err
    # Text Search, then Place Details of both places it named; each with the key and a field mask.
    asked = [(r.method, r.path) for r in seen]
    assert asked[0] == ("POST", "/v1/places:searchText")
    assert sorted(asked[1:]) == [
        ("GET", "/v1/places/ChIJdemoCedarHollow0001"),
        ("GET", "/v1/places/ChIJdemoRenwickSkin00002"),
    ]
    assert all(KEY not in r.url and r.headers["X-Goog-FieldMask"] for r in seen)
    # Never in what the user sees, the report, the cache or the history.
    assert KEY not in result.out + result.err
    assert "DEBUG" in result.err or "GET" in result.err  # -vv did log the requests
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"report.html", "report.json", "report.csv", "history.sqlite"}
    leaked = [p.name for p in written if KEY.encode() in p.read_bytes()]
    assert leaked == []
    report = json.loads((out / "report.json").read_text())
    row = next(r for r in report["coverage"] if r["site"] == "google_business")
    assert row["requests"] >= 3 and row["status"] in ("found", "not_found")  # robots.txt counts too


def test_a_refused_key_is_could_not_check_not_not_found(
    run_cli, tmp_path: Path, httpserver: HTTPServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GOOGLE_PLACES_API_KEY", "AIza-revoked")
    _places(httpserver)
    out = tmp_path / "report"
    result = run_cli(
        "scan", "Dr. Wren A. Halvorsen, MD", "--city", "Portland", "--state", "OR",
        "--config", str(_config(tmp_path, httpserver)), "--out", str(out), "--db", str(tmp_path / "h.sqlite"),
    )  # fmt: skip
    assert result.code in (0, 3), result.err
    report = json.loads((out / "report.json").read_text())
    row = next(r for r in report["coverage"] if r["site"] == "google_business")
    assert row["status"] == "blocked" and "HTTP 403" in row["detail"]
    assert "AIza-revoked" not in json.dumps(report)
