"""The CSV report: one finding per row, for spreadsheets and client rosters.

Scraped text ends up in cells that a spreadsheet may evaluate: a cell that
starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return, which
some programs strip before looking) is prefixed with an apostrophe so that
it is shown as text, never run as a formula. Links are http(s) or empty.
The file is UTF-8 with a byte-order mark, which is how Excel recognises
UTF-8.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from footprint.models import Scan
from footprint.report.model import safe_url

COLUMNS = (
    "subject",
    "scan_id",
    "scanned_at",
    "severity",
    "category",
    "title",
    "site",
    "url",
    "match_confidence",
    "match_reasons",
    "why",
    "excerpt",
    "exposed",
    "fix",
    "fix_steps",
    "fix_url",
    "status",
    "finding_id",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str | float | int:
    """A value made safe for a spreadsheet: numbers as they are, text that could be a formula defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _row(doc: dict[str, Any], f: dict[str, Any]) -> list[str | float | int]:
    remediation = f["remediation"]
    steps = remediation.get("steps") or []
    values: list[Any] = [
        doc["subject"]["name"],
        doc["scan"]["id"],
        doc["scan"]["finished_at"],
        f["severity"],
        "; ".join(f.get("categories") or [f["category"]]),  # every category the exposure falls under
        f["title"],
        f.get("site_name") or f["site"],
        safe_url(f["url"]) or "",
        round(float(f["match_confidence"]), 2),
        "; ".join(f.get("match_reasons") or []),
        f.get("why") or "",
        f["evidence"]["excerpt"],
        f["evidence"].get("highlight") or "",
        remediation["summary"],
        "\n".join(f"{i}. {step}" for i, step in enumerate(steps, 1)),
        safe_url(remediation.get("url")) or "",
        f.get("status") or "",
        f["id"],
    ]
    return [cell(v) for v in values]


def render(doc: dict[str, Any], scan: Scan | None = None) -> bytes:
    """The findings as CSV (a header row, then one row per finding, worst first as in the document)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for f in doc["findings"]:
        writer.writerow(_row(doc, f))
    return out.getvalue().encode("utf-8-sig")
