"""The other formats: CSV one finding per row, PDF printed from the HTML, skipped without a browser."""

from __future__ import annotations

import csv
import io
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from footprint import chromium
from footprint.errors import PdfUnavailableError, UsageError
from footprint.report import FORMATS, csv_report, document, parse_formats, pdf_report, write, write_all
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
        "could not check: login wall",
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
