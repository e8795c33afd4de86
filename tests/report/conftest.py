"""Shared by the report's browser tests: Chromium launched once per module, skipped where there is none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footprint.errors import PdfUnavailableError
from footprint.report import pdf_report

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
]


def _executable() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    try:
        return pdf_report.find_browser()
    except PdfUnavailableError:
        return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    executable = _executable()
    if executable is None:
        pytest.skip("no Chromium browser on this machine")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=LAUNCH_ARGS, timeout=30_000)
        yield launched
        launched.close()
