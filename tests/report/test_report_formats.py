"""The other formats: CSV one finding per row, PDF printed from the HTML, skipped without a browser."""

from __future__ import annotations

import csv
import io
import shutil
import stat
import subprocess
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from footprint import chromium
from footprint.config import NotifySettings, from_mapping
from footprint.delivery import Delivery, deliver
from footprint.errors import ConfigError, PdfUnavailableError, UsageError
from footprint.models import CoverageRow, CoverageStatus
from footprint.report import FORMATS, Letterhead, csv_report, document, parse_formats, pdf_report, write, write_all
from tests.report_scans import base_scan, finding


def _browser() -> str | None:
    try:
        return pdf_report.find_browser()
    except PdfUnavailableError:
        return None


needs_browser = pytest.mark.skipif(_browser() is None, reason="no Chromium to print with")
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def test_formats_parse_in_order_without_duplicates() -> None:
    assert parse_formats("HTML, pdf,html,csv") == ("html", "pdf", "csv")
    assert set(FORMATS) == {"html", "json", "csv", "pdf"}
    with pytest.raises(UsageError, match="unknown report format 'docx'"):
        parse_formats("html,docx")
    with pytest.raises(UsageError, match="no report format"):
        parse_formats(" , ")


def test_csv_has_one_row_per_finding_in_report_order() -> None:
    scan = base_scan(findings=(finding("a"), finding("b")))
    rows = list(csv.DictReader(io.StringIO(csv_report.render(document(scan)).decode("utf-8-sig"))))
    assert [r["finding_id"] for r in rows] == ["a", "b"]
    first = rows[0]
    assert first["subject"] == "Dr. Jane Doe, MD" and first["scan_id"] == "s1"
    assert first["fix_steps"] == "1. step one of a\n2. step two of a"
    assert first["fix_url"] == "https://broker.example/optout"
    assert first["match_confidence"] == "0.9"


def test_csv_is_utf8_with_a_byte_order_mark_for_spreadsheets() -> None:
    scan = base_scan(findings=(finding("a", title="Zoë's café"),))
    data = csv_report.render(document(scan))
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Zoë's café" in data.decode("utf-8-sig")


def test_no_browser_skips_the_pdf_in_one_line_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chromium, "system_chromium", lambda: None)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "none"))
    scan = base_scan(findings=(finding("a"),))
    result = write_all(scan, tmp_path / "out", ("html", "pdf", "json"))
    assert [p.name for p in result.paths] == ["report.html", "report.json"]
    assert not (tmp_path / "out" / "report.pdf").exists()
    [line] = result.skipped
    assert "PDF not written: no Chromium browser found" in line and "\n" not in line
    assert write(scan, tmp_path / "again", ("pdf",)) == []


def test_cli_says_why_the_pdf_is_missing_and_still_writes_the_rest(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "footprint.toml"
    config.write_text(
        "[search]\nbackends = []\n[npi]\nenabled = false\n"
        '[sites]\nenabled = ["facebook"]\n[mirrors]\n"https://www.facebook.com" = "http://127.0.0.1:9"\n'
        '[fetch]\nretries = 0\n[browser]\npath = "/nonexistent/chromium"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("scan", "Dr. Jane Doe", "--config", str(config), "--out", str(out), "--format", "csv,pdf,html")
    assert result.code == 0, result.err
    assert "PDF not written: [browser] path '/nonexistent/chromium' is not an executable" in result.err
    assert len([line for line in result.err.splitlines() if "PDF" in line]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["report.csv", "report.html"]


@needs_browser
@needs_pdftotext
def test_pdf_is_the_printed_report_and_reads_back_as_text(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    result = run_cli("demo", "--out", str(out), "--format", "pdf,csv")
    assert result.code == 0, result.err
    pdf = out / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert stat.S_IMODE((out / "report.csv").stat().st_mode) == 0o600
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    flat = " ".join(text.split())
    for needle in (
        "Digital footprint of Dr. Imogen R. Castellwright",
        "At a glance",
        "What a patient sees",
        "Ratings across sites",
        "Remediation checklist",
        "Coverage and method",
        "4417 SE Larkspur Ct",
        "could not check: disallowed by robots.txt",
    ):
        assert needle in flat, needle
    # Printed links carry their address, since paper cannot be clicked.
    assert "https://www.fastpeoplesearch.com/removal" in flat
    rows = list(csv.DictReader(io.StringIO((out / "report.csv").read_text(encoding="utf-8-sig"))))
    assert any(r["category"] == "home_address" for r in rows)


def test_a_browser_that_fails_to_print_is_a_skip_not_a_crash(tmp_path: Path) -> None:
    fake = tmp_path / "fake-chromium"
    fake.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n")
    fake.chmod(0o700)
    with pytest.raises(PdfUnavailableError, match=r"could not print \(cannot open display"):
        pdf_report.print_pdf(b"<p>x</p>", str(fake))


def test_a_browser_that_hangs_is_stopped(tmp_path: Path) -> None:
    fake = tmp_path / "slow-chromium"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o700)
    with pytest.raises(PdfUnavailableError, match="did not finish printing in 1 s"):
        pdf_report.print_pdf(b"<p>x</p>", str(fake), timeout_s=1)


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def _lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


@needs_browser
@needs_pdftotext
def test_the_pdf_a_consultant_hands_over_has_a_cover_numbered_pages_and_printed_addresses(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 120), "#0b4f8a").save(logo)
    coverage = tuple(
        CoverageRow(
            f"site{n:02d}", CoverageStatus.NOT_FOUND, "searched", f"https://site{n:02d}.example/find?q=Jane+Doe"
        )
        for n in range(30)
    )
    long_excerpt = "The page says where she lives and who she lives with, in a paragraph that goes on. " * 12
    findings = tuple(finding(f"f{n}", title=f"Exposure number {n}", excerpt=long_excerpt) for n in range(12))
    scan = base_scan(coverage=coverage, findings=findings)
    # Quotes, braces and a closing style tag: the running header is CSS, and this must stay text in it.
    prepared = 'Larkspur "LRP" Partners } </style> @page {'
    written = write_all(scan, tmp_path / "out", ("pdf",), letterhead=Letterhead(prepared, str(logo)))
    assert written.skipped == ()
    pages = _pdf_pages(tmp_path / "out" / "report.pdf")
    count = len(pages)
    assert count >= 4
    # The cover: who, when, by whom, the logo; no header or page number on it.
    cover = " ".join(_lines(pages[0]))
    assert "Dr. Jane Doe, MD" in cover and "2026-11-01" in cover and f"Prepared by {prepared}" in cover
    assert "Page " not in cover
    images = subprocess.run(
        ["pdfimages", "-list", "-f", "1", "-l", "1", str(tmp_path / "out" / "report.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert [line.split()[3:5] for line in images] == [["400", "120"]], "the logo, at its own size"
    # Every other page: the running header and "Page N of M".
    for number, page in enumerate(pages[1:], start=2):
        lines = _lines(page)
        assert lines[0].startswith("Digital footprint of Dr. Jane Doe, MD"), lines[0]
        assert lines[0].endswith(f"Confidential · prepared by {prepared}"), lines[0]
        assert lines[-1].endswith(f"Page {number} of {count}"), lines[-1]
        # No orphan: a page never ends on a heading whose text is on the next page.
        body = lines[1:-1]
        headings = {"At a glance", "Exposures", "Medium (12)", "Coverage and method", "Remediation checklist"}
        headings |= {f"MEDIUM Exposure number {n}" for n in range(12)}
        assert body[-1] not in headings, f"page {number} ends on the heading {body[-1]!r}"
    # The coverage table prints each manual-check link's address: paper cannot be clicked.
    raw = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "out" / "report.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(raw.split())
    for n in range(30):
        assert f"https://site{n:02d}.example/find?q=Jane+Doe" in flat


def test_a_logo_that_is_not_an_image_or_prepared_by_on_two_lines_is_a_config_error(tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("<svg onload=alert(1)>")
    for table, why in (
        ({"logo": str(text)}, "not a PNG, JPEG, GIF or WebP image"),
        ({"logo": str(tmp_path / "gone.png")}, "No such file"),
        ({"prepared_by": "Larkspur\nPartners"}, "one line"),
    ):
        with pytest.raises(ConfigError, match=why):
            from_mapping({"report": table})


def test_scan_and_every_delivery_put_who_prepared_the_report_on_its_cover(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "footprint.toml"
    config.write_text(
        '[search]\nsearxng_url = "http://127.0.0.1:9"\n[npi]\nenabled = false\n'
        '[sites]\nenabled = ["facebook"]\n[mirrors]\n"https://www.facebook.com" = "http://127.0.0.1:9"\n'
        '[fetch]\nretries = 0\n[browser]\nenabled = false\n[report]\nprepared_by = "Larkspur Reputation Partners"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("scan", "Dr. Jane Doe", "--config", str(config), "--out", str(out), "--format", "html")
    # No search backend answers here, so the scan is incomplete (exit 1); its report is written all the same.
    assert result.code == 1 and "no search backend answered" in result.err, result.err
    assert "pages only a web search finds were not looked for" in result.err
    cover = lxml.html.fromstring((out / "report.html").read_bytes()).xpath("//section[@class='cover']")[0]
    assert cover.xpath("string(.//dt[.='Prepared by']/following-sibling::dd[1])") == "Larkspur Reputation Partners"
    # Every command delivers its scan the same way: the letterhead travels with the delivery.
    delivery = Delivery(tmp_path / "batch" / "jane-doe", ("html",), letterhead=Letterhead("Larkspur Partners"))
    deliver(None, base_scan(), delivery, NotifySettings())
    html = (tmp_path / "batch" / "jane-doe" / "report.html").read_text(encoding="utf-8")
    assert "Prepared by</dt><dd>Larkspur Partners" in html
