"""The report stage: one module per output format behind one interface.

Each format is a function ``(document, scan) -> bytes`` registered in
FORMATS. Files are written readable by the owner only: they hold personal
data.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from footprint.errors import ReportError
from footprint.models import Scan
from footprint.report import html_report, json_report, screenshots
from footprint.report.model import document

Writer = Callable[[dict[str, Any], Scan], bytes]

FORMATS: dict[str, tuple[str, Writer]] = {
    "html": ("report.html", html_report.render),
    "json": ("report.json", json_report.render),
}


def parse_formats(text: str | tuple[str, ...]) -> tuple[str, ...]:
    names = [t.strip().lower() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ReportError(f"unknown report format '{unknown[0]}'; known: {', '.join(FORMATS)}", "")
    return tuple(dict.fromkeys(names))


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` so that only the owner can read it, from the first byte on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)


def write(scan: Scan, folder: Path, formats: tuple[str, ...]) -> list[Path]:
    """Render every requested format into ``folder`` (created owner-only); return the paths."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReportError(f"cannot create report folder {folder}: {exc.strerror}") from None
    scan = screenshots.collect(scan, folder)  # evidence PNGs next to the report
    doc = document(scan)
    written = []
    for name in formats:
        filename, render = FORMATS[name]
        path = folder / filename
        try:
            write_private(path, render(doc, scan))
        except OSError as exc:
            raise ReportError(f"cannot write {path}: {exc.strerror}") from None
        written.append(path)
    return written
