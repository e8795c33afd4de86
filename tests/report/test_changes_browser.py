"""The demo's month-2 report, opened in Chromium: its changes section names what changed in words (issue #18).

Resolved findings by their title and site (they used to be bare ids), the
new finding, the rating that moved, the new negative review, and the date
of the previous scan. Skipped without Playwright or Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


def test_month_two_report_names_the_changes_in_words(browser: Any, run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "history.sqlite3")
    first = run_cli("-q", "demo", "--db", db, "--out", str(tmp_path / "m1"))
    assert first.code == 0, first.err
    second = run_cli("-q", "demo", "--variant", "month2", "--db", db, "--out", str(tmp_path / "m2"))
    assert second.code == 0, second.err

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((tmp_path / "m2" / "report.html").as_uri())
    section = page.locator("#changes")
    text = " ".join(section.inner_text().split())
    page.close()

    assert re.search(r"Since the scan of \d{4}-\d\d-\d\d \d\d:\d\d UTC", text), text
    assert "Resolved (no longer found) HIGH Home address listed on FastPeopleSearch" in text
    assert "Changed LOW 2 negative reviews on Sharecare" in text
    assert "on FastPeopleSearch on FastPeopleSearch" not in text  # a title naming its site is not followed by it
    assert "New HIGH Photo showing drinking, posted by @marisolquint@mastodon.social on Mastodon" in text
    assert "Ratings that moved Sharecare: fell from 3.9 to 3.7 of 5 (12 → 13 reviews)" in text
    assert "New negative reviews Sharecare, 1.0 of 5, 2026-11-14" in text
    assert not re.search(r"\b[0-9a-f]{16}\b", text), "a finding is named by its id"
