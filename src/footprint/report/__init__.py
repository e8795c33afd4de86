"""The report stage: one module per output format behind one interface.

Each format is a function of a :class:`Rendering` (the document, the scan
and the options) returning bytes, registered in FORMATS. A format that
cannot be produced here (PDF without a browser) is skipped with a one-line
reason; the others are still written. Files are written readable by the
owner only: they hold personal data.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.errors import PdfUnavailableError, ReportError, UsageError
from footprint.models import Scan
from footprint.report import csv_report, html_report, json_report, pdf_report, screenshots
from footprint.report.html_report import Letterhead
from footprint.report.model import document

__all__ = ["FORMATS", "Letterhead", "Rendering", "Written", "document", "parse_formats", "write", "write_all"]

log = logging.getLogger(__name__)


@dataclass
class Rendering:
    """What every format renders from; the HTML is rendered once and shared with the PDF."""

    doc: dict[str, Any]
    scan: Scan
    folder: Path  # where the report goes: relative screenshot paths start here
    browser_path: str = ""
    letterhead: Letterhead = field(default_factory=Letterhead)
    _html: bytes | None = field(default=None, repr=False)

    def html(self) -> bytes:
        if self._html is None:
            self._html = html_report.render(self.doc, self.scan, self.folder, letterhead=self.letterhead)
        return self._html

    def printable(self) -> bytes:
        """The HTML for the PDF: the same, without links to files a PDF cannot open."""
        return html_report.render(self.doc, self.scan, self.folder, letterhead=self.letterhead, for_print=True)


def _pdf(r: Rendering) -> bytes:
    return pdf_report.print_pdf(r.printable(), pdf_report.find_browser(r.browser_path))


Writer = Callable[[Rendering], bytes]

FORMATS: dict[str, tuple[str, Writer]] = {
    "html": ("report.html", Rendering.html),
    "json": ("report.json", lambda r: json_report.render(r.doc, r.scan)),
    "csv": ("report.csv", lambda r: csv_report.render(r.doc, r.scan)),
    "pdf": ("report.pdf", _pdf),
}


def parse_formats(text: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``"html,json"`` as a tuple of known format names, duplicates dropped; UsageError on an unknown one."""
    names = [t.strip().lower() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise UsageError(f"unknown report format '{unknown[0]}'; known: {', '.join(FORMATS)}")
    if not names:
        raise UsageError(f"no report format given; known: {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(names))


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` so that only the owner can read it, from the first byte on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Written:
    paths: tuple[Path, ...]
    skipped: tuple[str, ...] = ()  # one line per format that could not be produced, saying why


def write_all(
    scan: Scan,
    folder: Path,
    formats: tuple[str, ...],
    *,
    browser_path: str = "",
    letterhead: Letterhead | None = None,
) -> Written:
    """Render every requested format into ``folder`` (created owner-only).

    ``letterhead`` says who prepared the report, for the PDF's cover page.

    A format that cannot be produced on this machine is reported in
    ``skipped``; an unwritable folder is a ReportError.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReportError(f"cannot create report folder {folder}: {exc.strerror}") from None
    scan = screenshots.collect(scan, folder)  # evidence PNGs next to the report, paths made relative
    rendering = Rendering(document(scan), scan, folder, browser_path, letterhead or Letterhead())
    written, skipped = [], []
    for name in formats:
        filename, render = FORMATS[name]
        path = folder / filename
        try:
            data = render(rendering)
        except PdfUnavailableError as exc:
            skipped.append(exc.user_message())
            continue
        try:
            write_private(path, data)
        except OSError as exc:
            raise ReportError(f"cannot write {path}: {exc.strerror}") from None
        written.append(path)
    return Written(tuple(written), tuple(skipped))


def write(
    scan: Scan,
    folder: Path,
    formats: tuple[str, ...],
    *,
    browser_path: str = "",
    letterhead: Letterhead | None = None,
) -> list[Path]:
    """Like :func:`write_all`, returning the paths; a skipped format is logged as a warning."""
    result = write_all(scan, folder, formats, browser_path=browser_path, letterhead=letterhead)
    for line in result.skipped:
        log.warning("%s", line)
    return list(result.paths)
