"""The HTML report opened in a real Chromium: no script runs, nothing is requested, it reads well.

Needs Playwright and a Chromium (the system one at /usr/bin/chromium, or
whatever ``[browser] path`` discovery finds); skipped cleanly without them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from footprint.models import CoverageRow, CoverageStatus
from footprint.report import document, html_report
from tests.conftest import DemoRun
from tests.report_scans import base_scan, finding, hostile_scan, png_bytes

pytestmark = pytest.mark.browser

SECTION_HEADINGS = [
    "At a glance",
    "Is this you?",  # the demo's derived Bluesky handle is a possible match
    "What a patient sees",
    "Ratings across sites",
    "Exposures",
    "Listings",
    "Remediation checklist",
    "Coverage and method",
]


@dataclass
class Visit:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _open(browser: Any, report: Path, width: int = 1200) -> Visit:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.set_default_timeout(15_000)
    visit = Visit(page)
    page.on("console", lambda m: visit.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.page_errors.append(str(e)))
    page.on("request", lambda r: visit.requests.append(r.url))

    def dialog(d: Any) -> None:
        visit.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(report.as_uri(), wait_until="load")
    return visit


def _others(visit: Visit, report: Path) -> list[str]:
    return [u for u in visit.requests if u != report.as_uri() and not u.startswith("data:")]


def test_demo_report_opens_cleanly_with_every_section(browser: Any, demo_run: DemoRun, tmp_path: Path) -> None:
    report = demo_run.folder / "report.html"
    visit = _open(browser, report)
    page = visit.page
    assert visit.console_errors == [] and visit.page_errors == []
    assert _others(visit, report) == [], "the report made network requests"
    headings = page.locator("main h2").all_inner_texts()
    assert headings == SECTION_HEADINGS
    for heading in SECTION_HEADINGS:
        assert page.get_by_role("heading", name=heading, exact=True).is_visible()
    assert page.get_by_role("img", name="Rating out of 5 on each site", exact=True).is_visible()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.close()


def test_demo_report_is_keyboard_usable(browser: Any, demo_run: DemoRun) -> None:
    visit = _open(browser, demo_run.folder / "report.html")
    page = visit.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the report"
    assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999px", "skip link stays hidden"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    # Tab reaches the checklist's boxes and Space ticks one.
    box = page.locator("#checklist input[type=checkbox]").first
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked()
    page.close()


def test_demo_report_fits_a_narrow_window(browser: Any, demo_run: DemoRun, tmp_path: Path) -> None:
    visit = _open(browser, demo_run.folder / "report.html", width=400)
    page = visit.page
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    # Data tables become labelled blocks rather than scrolling sideways.
    label = page.evaluate("getComputedStyle(document.querySelector('#coverage td[data-label]'), '::before').content")
    assert label.replace('" "', "") == '"What happened: "'
    page.screenshot(path=str(tmp_path / "report-narrow.png"), full_page=True)
    page.close()


def test_hostile_report_runs_no_script_and_requests_nothing(browser: Any, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    shot.write_bytes(png_bytes())
    scan = hostile_scan(screenshot=shot)
    unbroken = "W" * 400  # no place to wrap: must not push the page sideways
    scan = replace(scan, findings=(*scan.findings, finding("long", title=unbroken, excerpt=unbroken, site=unbroken)))
    report = tmp_path / "hostile.html"
    report.write_bytes(html_report.render(document(scan), scan))
    visit = _open(browser, report)
    page = visit.page
    # Hover and focus everything a handler could hang on.
    page.mouse.move(5, 5)
    for y in range(0, page.evaluate("document.documentElement.scrollHeight"), 150):
        page.mouse.move(300, y % 880 + 10)
        page.mouse.wheel(0, 150)
    for _ in range(60):
        page.keyboard.press("Tab")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert visit.dialogs == []
    assert visit.console_errors == [] and visit.page_errors == []
    assert _others(visit, report) == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.styleSheets.length") == 1
    assert page.locator("body").is_visible(), "a scraped style hid the page"
    assert "<script>window.pwned=1;alert(1)</script>" in page.locator("#exposures").inner_text()
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    page.set_viewport_size({"width": 400, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.close()


# Contrast ratio (WCAG 2) of each text element's colour against the first opaque background behind it.
CONTRAST_JS = """
() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const a = lum(rgb(style.color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    out.push([el.tagName + '.' + el.className, el.textContent.trim().slice(0, 30), Math.round(ratio * 100) / 100]);
  }
  return out;
}
"""


def test_demo_report_text_passes_wcag_aa_contrast(browser: Any, demo_run: DemoRun) -> None:
    visit = _open(browser, demo_run.folder / "report.html")
    measured = visit.page.evaluate(CONTRAST_JS)
    assert len(measured) > 100
    # 4.5:1 for body text; this report has no large-text exemption to lean on.
    assert [m for m in measured if m[2] < 4.5] == []
    visit.page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_coverage_table_fits_a_window_and_a_phone_with_what_happened_first(
    browser: Any, demo_run: DemoRun, width: int
) -> None:
    visit = _open(browser, demo_run.folder / "report.html", width=width)
    page = visit.page
    fits = page.evaluate(
        """() => {
          const wrap = document.querySelector('#coverage .table-wrap');
          return {page: document.documentElement.scrollWidth, table: wrap.scrollWidth - wrap.clientWidth};
        }"""
    )
    assert fits == {"page": width, "table": 0}, "no sideways scrolling, of the page or inside the table"
    # What happened and where to check by hand come first; the request counters wait, folded, behind them.
    cells = "#coverage tbody tr:first-child td"
    labels = page.evaluate(f"[...document.querySelectorAll('{cells}')].map(td => td.dataset.label)")
    assert labels[:2] == ["What happened", "Check by hand"] and labels[-1] == "Requests"
    counters = page.locator("#coverage tbody tr").first.locator("dl.counters")
    assert not counters.is_visible()
    page.locator("#coverage tbody tr").first.locator("summary").click()
    assert counters.is_visible() and "Retries" in counters.inner_text()
    page.close()


def test_a_coverage_row_named_by_a_long_url_still_fits_a_1280_pixel_window(browser: Any, tmp_path: Path) -> None:
    url = "https://www.example-practice.com/" + "our-team/dr-jane-doe-md-board-certified-dermatologist/" * 3
    rows = (
        CoverageRow(f"known URL {url}", CoverageStatus.HTTP_ERROR, "HTTP 503 after 4 tries; " * 6, url, 4),
        CoverageRow("healthgrades", CoverageStatus.FOUND, "1 page(s) about the subject", None, 3),
    )
    scan = base_scan(coverage=rows)
    report = tmp_path / "report.html"
    report.write_bytes(html_report.render(document(scan), scan))
    page = _open(browser, report, width=1280).page
    overflow = (
        "(() => { const w = document.querySelector('#coverage .table-wrap'); return w.scrollWidth - w.clientWidth; })()"
    )
    assert page.evaluate(overflow) == 0
    page.close()
