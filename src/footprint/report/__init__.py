"""The report stage: one module per output format behind one interface.

Each format is a function of a :class:`Rendering` (the document, the scan
and the options) returning bytes, registered in FORMATS. A format that
cannot be produced here (PDF without a browser) is skipped with a one-line
reason; the others are still written. Files are written readable by the
owner only: they hold personal data. Every format is rendered into a
staging folder first and then moved into place together
(:mod:`footprint.report.folder`), so a kill never leaves two scans' files
side by side and a link planted in the folder is never written through.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.errors import PdfUnavailableError, ReportError, UsageError
from footprint.models import Scan
from footprint.report import csv_report, json_report, pdf_report, screenshots
from footprint.report import folder as folders
from footprint.report.letterhead import Letterhead
from footprint.report.model import document

__all__ = [
    "FORMATS",
    "Letterhead",
    "Rendering",
    "Written",
    "check_out",
    "document",
    "parse_formats",
    "write",
    "write_all",
    "write_private",
]

check_out = folders.check

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
            # Jinja2, Pillow and the text readers: imported when an HTML or PDF report is made, not by every scan.
            from footprint.report import html_report

            self._html = html_report.render(self.doc, self.scan, self.folder, letterhead=self.letterhead)
        return self._html

    def printable(self) -> bytes:
        """The HTML for the PDF: the same, without links to files a PDF cannot open."""
        from footprint.report import html_report

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
    """Write ``data`` so that only the owner can read it, from the first byte on.

    The bytes go to a new temporary file beside ``path``, which is then
    renamed over it: a link planted at ``path`` is replaced, never followed,
    and a reader never sees half a file.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


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
    """Render every requested format into ``folder`` (created owner-only), all of them moved in at once.

    ``letterhead`` says who prepared the report, for the PDF's cover page.

    A format that cannot be produced on this machine is reported in
    ``skipped``; when none can, the folder is left as it was. An unwritable
    folder is a ReportError. The paths returned are absolute. A link at
    ``folder`` itself is replaced by the folder (resolve it first to write
    where it points).
    """
    target = folders.place(folder)
    staged = folders.staging(target)
    try:
        # Evidence PNGs next to the report, paths made relative; an earlier write of this scan may hold them.
        scan = screenshots.collect(scan, staged, earlier=target)
        rendering = Rendering(document(scan), scan, staged, browser_path, letterhead or Letterhead())
        names, skipped = [], []
        for name in formats:
            filename, render = FORMATS[name]
            try:
                data = render(rendering)
            except PdfUnavailableError as exc:
                skipped.append(exc.user_message())
                continue
            try:
                folders.write_new(staged / filename, data)
            except OSError as exc:
                raise ReportError(f"cannot write {target / filename}: {exc.strerror}") from None
            names.append(filename)
        if names:
            folders.publish(staged, target)
    finally:
        shutil.rmtree(staged, ignore_errors=True)  # gone already once published
    return Written(tuple(target / n for n in names), tuple(skipped))


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
