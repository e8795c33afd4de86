"""A whole scan through the CLI when no search backend answers: one line, exit 1, no "not found" for lack of search."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from footprint.sandbox import Sandbox
from tests.real_web_api import case, serve

SEARCH_ONLY = ("healthgrades", "sharecare")  # the sandbox serves them; only search finds them


def test_no_search_backend_answering_exits_1_in_one_line_and_leaves_sources_unchecked(
    run_cli, tmp_path: Path, httpserver: HTTPServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BRAVE_SEARCH_API_KEY", raising=False)
    serve(httpserver, case("duckduckgo", "challenge"), "/html/", "POST")
    with Sandbox() as web:
        mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
        config = tmp_path / "footprint.toml"
        config.write_text(
            # The default chain, with a SearXNG that is down and a DuckDuckGo that challenges.
            f'[search]\nsearxng_url = "http://127.0.0.1:9"\nduckduckgo_url = "{httpserver.url_for("/html/")}"\n\n'
            f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n[fetch]\ncache = false\nretries = 0\n\n'
            f"[browser]\nscreenshots = false\n\n[mirrors]\n{mirrors}\n"
        )
        out = tmp_path / "report"
        result = run_cli(
            "scan", "Dr. Imogen R. Castellwright, MD", "--specialty", "Dermatology", "--city", "Portland",
            "--state", "OR", "--config", str(config), "--out", str(out),
        )  # fmt: skip
    assert result.code == 1, result.err
    [line] = [text for text in result.err.splitlines() if text.startswith("footprint:")]  # not the test server's log
    assert line.startswith("footprint: error: no search backend answered (searxng: ")
    assert "brave: needs an API key: set BRAVE_SEARCH_API_KEY" in line and "duckduckgo: " in line
    assert "could not be checked" in line
    assert "(incomplete: no web search)" in result.out  # the risk score is not the whole story
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))  # the report is still written
    rows = {row["site"]: row for row in report["coverage"]}
    assert rows["search:duckduckgo"]["status"] == "captcha"
    for site in SEARCH_ONLY:
        assert rows[site]["status"] == "skipped", rows[site]
        assert rows[site]["detail"] == "could not check: no search backend answered (searxng, brave, duckduckgo)"
    assert not [row for row in report["coverage"] if "not in web search results" in row["detail"]]
    # Doximity's profile at the address the site gives every physician is read without search.
    assert rows["doximity"]["status"] == "found", rows["doximity"]
    # A handle derived from her name is a possible match to review, not a check: still "could not check".
    assert rows["bluesky"]["status"] == "skipped" and "possible match" in rows["bluesky"]["detail"]
    # The sources checked without search still are: the registry by name, the site's own name search.
    assert rows["npi_registry"]["status"] == "found"
    assert rows["fastpeoplesearch"]["status"] == "found"
