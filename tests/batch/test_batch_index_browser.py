"""The batch's index.html in a real browser: no script errors, no network, sortable, linked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from footprint.batch import BatchOptions, read_roster, run_batch
from footprint.fetch.ratelimit import TokenBuckets
from footprint.sandbox import Sandbox
from tests.batch_support import DEMO_ROW, fictional_rows, settings_for, write_csv

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"


@pytest.fixture
def browser_page():  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("no Chromium browser installed")
    with sync_api.sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], timeout=30_000)
        except sync_api.Error as exc:
            pytest.skip(f"Chromium does not start here: {exc.message.splitlines()[0]}")
        page = browser.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [cell.strip() for cell in page.locator("#subjects tbody tr td:nth-child(2)").all_inner_texts()]


def test_index_opens_offline_without_errors_sorts_and_links(browser_page, sandbox: Sandbox, tmp_path: Path) -> None:
    rows = [*fictional_rows(2), DEMO_ROW, {"name": "Dr. Bad Npi", "npi": "1234567890"}]
    out = tmp_path / "batch"
    result = run_batch(
        read_roster(write_csv(tmp_path / "r.csv", rows)),
        settings_for(sandbox),
        BatchOptions(out=out, concurrency=3),
        limiter=TokenBuckets(200.0),
    )
    assert result.done == 3
    page = browser_page
    errors: list[str] = []
    network: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith("file://") else network.append(r.url))

    page.goto((out / "index.html").as_uri())
    assert page.title() == "footprint batch: 3 subjects"
    # Riskiest first: the demo physician (critical) leads.
    assert _names(page)[0] == "Dr. Imogen R. Castellwright, MD"
    assert "1234567890" in page.locator("#invalid-rows").inner_text()

    page.get_by_role("link", name="Subject", exact=True).click()
    assert page.url.endswith("/sorted/name-asc.html")
    ascending = _names(page)
    assert len(ascending) == 3 and ascending == sorted(ascending, key=str.lower)
    assert page.locator("th[aria-sort]").inner_text().startswith("Subject")
    page.get_by_role("link", name="Subject ▲").click()
    assert page.url.endswith("/sorted/name-desc.html") and _names(page) == ascending[::-1]

    page.get_by_role("link", name="Riskiest first").click()
    assert page.url.endswith("/batch/index.html")
    page.get_by_role("link", name="Dr. Imogen R. Castellwright, MD").click()
    assert page.url.endswith("/imogen-castellwright/report.html")
    assert "Castellwright" in page.title()

    assert errors == [], errors
    assert network == [], network
