"""Every URL the user gave is in the report with what happened to it (issue #17, item 10)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.mockserver import MockWeb

CANON = "https://www.jane-doe-dermatology.example"


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb() as server:
        yield server


def test_every_known_url_has_a_coverage_row_saying_what_happened(web: MockWeb, tmp_path: Path, run_cli: Any) -> None:
    config = tmp_path / "footprint.toml"
    config.write_text(
        "[fetch]\ncache = false\nretries = 1\nbackoff_s = 0.05\nrate_limit_rps = 20.0\n\n"
        '[search]\nbackends = []\n\n[npi]\nenabled = false\n\n[sites]\nenabled = ["healthgrades"]\n\n'
        f'[mirrors]\n"{CANON}" = "{web.url}"\n"https://www.healthgrades.com" = "{web.url}/healthgrades"\n',
        encoding="utf-8",
    )
    given = {
        "ok": f"{CANON}/ok/about",
        "loop": f"{CANON}/loop/a",
        "missing": f"{CANON}/missing/old-page",
        "unavailable": f"{CANON}/unavailable/bio",
        "ssrf": f"{CANON}/ssrf-redirect/profile",
    }
    args = [a for url in given.values() for a in ("--known-url", url)]
    result = run_cli(
        "scan", "Dr. Jane Doe", "--config", str(config), "--out", str(tmp_path / "out"), "--format", "json", *args
    )
    assert result.code == 0, result.err
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    rows = {row["site"]: row for row in report["coverage"]}
    expected = {
        "ok": ("found", "read"),
        "loop": ("http_error", "redirect loop"),
        "missing": ("not_found", "HTTP 404"),
        "unavailable": ("http_error", "HTTP 503"),
        "ssrf": ("skipped", "loopback"),
    }
    for key, url in given.items():
        row = rows.get(f"known URL {url}")
        assert row is not None, f"the known URL {url} is not in the report's coverage"
        status, words = expected[key]
        assert row["status"] == status and words in row["detail"], row
        assert row["manual_check_url"] == url
    assert web.hits["internal-admin"] == 0
