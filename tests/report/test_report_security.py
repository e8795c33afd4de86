"""Scraped text is hostile: every report shows it as text and links only http(s)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from footprint.models import Remediation
from footprint.report import csv_report, document, html_report, json_report
from footprint.report.model import safe_url
from tests.report_scans import EVIL, EVIL_URLS, base_scan, finding, hostile_scan, png_bytes


def _tree(html: bytes) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


@pytest.fixture(scope="module")
def hostile_html() -> bytes:
    scan = hostile_scan()
    return html_report.render(document(scan), scan)


def test_no_scraped_markup_becomes_an_element_or_attribute(hostile_html: bytes) -> None:
    tree = _tree(hostile_html)
    assert tree.xpath("//script") == []
    assert tree.xpath("//iframe|//object|//embed|//form|//base|//meta[@http-equiv='refresh']") == []
    assert len(tree.xpath("//style")) == 1, "a scraped </style> opened a style element"
    handlers = [
        (el.tag, name) for el in tree.iter() if isinstance(el.tag, str) for name in el.attrib if name.startswith("on")
    ]
    assert handlers == []
    styles = [el.get("style") for el in tree.xpath("//*[@style]")]
    assert not [s for s in styles if "javascript" in s or "url(" in s]
    assert tree.xpath("//svg//*[@onload]") == []


def test_scraped_text_is_shown_as_text(hostile_html: bytes) -> None:
    text = _tree(hostile_html).text_content()
    assert "<script>window.pwned=1;alert(1)</script>" in text
    assert '" onmouseover="window.pwned=3" x="' in text
    # Template syntax in scraped text is never evaluated.
    assert "{{ 7*7 }}" in text and "{% for x in range(3) %}" in text
    assert "looploop" not in text and "49" not in text


def test_every_link_is_http_or_an_anchor_and_every_image_is_embedded(hostile_html: bytes) -> None:
    tree = _tree(hostile_html)
    hrefs = tree.xpath("//@href")
    assert hrefs, "the report has links"
    for href in hrefs:
        assert href.startswith(("https://", "http://", "#")), href
        assert safe_url(href) or href.startswith("#"), href
    for src in tree.xpath("//@src"):
        assert src.startswith("data:image/"), src
    raw = hostile_html.decode()
    for url in EVIL_URLS:
        assert f'href="{url}' not in raw


def test_content_security_policy_forbids_scripts_and_requests(hostile_html: bytes) -> None:
    csp = _tree(hostile_html).xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    assert "script-src" not in csp[0] and "img-src data:" in csp[0]


def test_json_keeps_text_as_data_and_drops_unsafe_links() -> None:
    doc = document(hostile_scan())
    for f in doc["findings"]:
        assert f["remediation"]["url"] is None
    for c in doc["coverage"]:
        assert c["manual_check_url"] is None
    assert json.loads(json_report.render(doc, hostile_scan()))["findings"][0]["title"].startswith(EVIL)


def test_csv_defuses_formulas_and_drops_unsafe_links() -> None:
    scan = hostile_scan()
    rows = list(csv.DictReader(io.StringIO(csv_report.render(document(scan), scan).decode("utf-8-sig"))))
    assert len(rows) == len(scan.findings)
    for row in rows:
        assert row["url"] == "" and row["fix_url"] == ""
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert "2. =HYPERLINK" in rows[0]["fix_steps"]  # inside a cell, not at its start: harmless


@pytest.mark.parametrize("payload", ["=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(1+1)", "\t=1+1"])
def test_csv_cells_that_start_like_a_formula_are_prefixed(payload: str) -> None:
    f = finding("f1", title=payload, excerpt=payload, why=payload, site=payload, highlight=payload)
    scan = base_scan(findings=(replace(f, remediation=Remediation(payload, (payload,), None)),))
    row = next(csv.DictReader(io.StringIO(csv_report.render(document(scan), scan).decode("utf-8-sig"))))
    for column in ("title", "excerpt", "why", "site", "exposed", "fix"):
        assert row[column] == "'" + payload, column


def test_only_real_raster_images_are_embedded(tmp_path: Path) -> None:
    svg = tmp_path / "evil.png"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
    scan = hostile_scan(screenshot=svg)
    html = html_report.render(document(scan), scan).decode()
    assert "data:image/svg" not in html and "<img" not in html
    assert "evil.png: not a PNG, JPEG, GIF or WebP image" in html

    png = tmp_path / "shot.png"
    png.write_bytes(png_bytes())
    scan = hostile_scan(screenshot=png)
    tree = _tree(html_report.render(document(scan), scan))
    images = tree.xpath("//img[contains(@class, 'shot')]")
    assert images and all(i.get("src").startswith("data:image/png;base64,") for i in images)
    assert all(i.get("alt") for i in images)
