"""``footprint scan --handle X --username-sites FILE`` through the CLI, on local webs.

The 60 sites of the username bench (``bench/usernames``: status codes, "no
such user" texts, redirects when the account is missing, required headers,
``strip_bad_char``, a site that wants a browser's User-Agent) with the
handle the user gave; and one small site holding an account at a handle
derived from the subject's name, with no handle given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from bench.usernames import formats
from bench.usernames.server import Web
from bench.usernames.sites import ACCOUNT, Kind, build
from footprint.sites import SiteDefinition, whatsmyname


@pytest.fixture(scope="module")
def web() -> Iterator[Web]:
    with Web(build(delay_s=0.0)) as running:
        yield running


def _config(path: Path, sites: list[SiteDefinition]) -> Path:
    ids = ", ".join(json.dumps(s.id) for s in sites)
    # The sites are on loopback addresses, fetched only under a configured endpoint: each mirrors itself.
    mirrors = "".join(f'"{s.base_url}" = "{s.base_url}"\n' for s in sites)
    path.write_text(
        "[fetch]\nrate_limit_rps = 50.0\ncache = false\n[search]\nbackends = []\n[npi]\nenabled = false\n"
        f"[browser]\nenabled = false\n[sites]\nenabled = [{ids}]\n[mirrors]\n{mirrors}",
        encoding="utf-8",
    )
    return path


def _scan(run_cli: Any, tmp_path: Path, wmn: Path, *extra: str) -> dict[str, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    config = _config(tmp_path / "f.toml", whatsmyname.load(wmn))
    out = tmp_path / "out"
    result = run_cli(
        "-q", "scan", "Maya Test", *extra, "--username-sites", str(wmn), "--config", str(config),
        "--out", str(out), "--format", "json,html",
    )  # fmt: skip
    assert result.code in (0, 3), result.err
    report: dict[str, Any] = json.loads((out / "report.json").read_text())
    report["html"] = (out / "report.html").read_text()
    return report


def test_a_given_handle_is_found_on_every_listed_site_that_has_it_and_shown_as_yours(
    run_cli: Any, web: Web, tmp_path: Path
) -> None:
    wmn = formats.write_all(web, tmp_path)["whatsmyname"]
    web.label = "scan"
    report = _scan(run_cli, tmp_path, wmn, "--handle", ACCOUNT)
    web.label = ""
    coverage = {row["site"]: row for row in report["coverage"]}
    pages = {page["site"]: page for page in report["pages"]}
    for site in web.sites:
        sid = f"wmn_{site.name.lower()}"
        row = coverage[sid]
        if site.kind is Kind.HEADERS_UA:  # footprint never sends a browser's User-Agent: could not check
            assert row["status"] == "blocked" and "refuses non-browser clients" in row["detail"], site.name
            assert sid not in pages
        elif site.has_account:
            assert row["status"] == "found" and row["detail"] == f"your handle @{ACCOUNT}", (site.name, row)
            assert pages[sid]["match"]["decision"] == "confirmed", site.name
            assert pages[sid]["match"]["reasons"][0] == f"your handle @{ACCOUNT} on {site.name}"
        else:
            assert row["status"] == "not_found" and row["detail"] == f"no account @{ACCOUNT}", (site.name, row)
            assert sid not in pages, site.name
    assert f"your handle @{ACCOUNT}" in report["html"]
    # What went over the wire: one check per site, as each entry asks, and nothing else.
    seen = list(web.requests("scan"))
    checks = [r for r in seen if r.path != "/robots.txt"]
    assert len([r for r in seen if r.path == "/robots.txt"]) == 60
    assert len(checks) == 60, sorted(r.path for r in checks)  # no retried 500, no redirect followed, no other name
    by_site = {r.site: r for r in checks}
    for site in web.sites:
        if site.kind is Kind.HEADERS_ACCEPT:
            assert "application/json" in by_site[site.index].accept
        if site.kind is Kind.HEADERS_COOKIE:
            assert "accept_rules=true" in by_site[site.index].cookie
        assert by_site[site.index].user_agent.startswith("footprint/")


def test_strip_bad_char_finds_dr_maya_where_the_list_strips_the_dot(run_cli: Any, web: Web, tmp_path: Path) -> None:
    wmn = formats.write_all(web, tmp_path)["whatsmyname"]
    report = _scan(run_cli, tmp_path, wmn, "--handle", "dr.maya")
    coverage = {row["site"]: row for row in report["coverage"]}
    for site in web.sites:
        if site.kind is Kind.STRIP:
            want = "found" if site.has_account else "not_found"
            assert coverage[f"wmn_{site.name.lower()}"]["status"] == want, site.name


PROFILE = (
    '<html><head><title>mayatest on Pebble</title><meta property="og:type" content="profile"></head>'
    '<body><section class="profile-card"><p class="handle">@mayatest</p><p>Joined 2021</p></section></body></html>'
)


def test_an_account_at_a_derived_handle_is_possible_not_yours(
    run_cli: Any, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/u/mayatest").respond_with_data(PROFILE, content_type="text/html")
    given_page = PROFILE.replace("mayatest", "drmaya")
    httpserver.expect_request("/u/drmaya").respond_with_data(given_page, content_type="text/html")
    httpserver.no_handler_status_code = 404
    entry = {"name": "Pebble", "uri_check": httpserver.url_for("/u/{account}"), "e_code": 200,
             "e_string": "profile-card", "m_code": 404, "m_string": "", "cat": "social"}  # fmt: skip
    wmn = tmp_path / "wmn.json"
    wmn.write_text(json.dumps({"sites": [entry]}))
    derived = _scan(run_cli, tmp_path / "derived", wmn)
    [page] = derived["pages"]
    assert page["url"].endswith("/u/mayatest")
    assert page["match"]["decision"] == "possible"
    assert "derived from the subject's name" in page["match"]["reasons"][0]
    assert {row["site"]: row for row in derived["coverage"]}["wmn_pebble"]["status"] != "found"
    # Given a handle that fits the site, the derived names are not checked there at all.
    httpserver.clear_log()
    given = _scan(run_cli, tmp_path / "given", wmn, "--handle", "drmaya")
    assert [p["match"]["decision"] for p in given["pages"]] == ["confirmed"]
    assert [r.path for r, _ in httpserver.log] == ["/robots.txt", "/u/drmaya"]
