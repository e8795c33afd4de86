"""The batch summary: ``summary.json``, ``summary.csv`` and ``index.html`` in the batch folder.

Every file lists every subject of the roster in roster order (the index
page also in other orders, see :mod:`footprint.batch.index_page`), with its
risk, its counts by severity, what is new since its last scan and the
sources that could not be checked. Files are written owner-only: they name
clients.

The exit status follows the precedence documented in the README: new
findings at or above the alert threshold (3) before failed subjects (5)
before invalid rows (4), because the status should name the first thing a
person must act on; the summary lists all of them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from footprint import __version__
from footprint.batch import index_page
from footprint.batch.interface import BatchResult, RowProblem, SummaryRow
from footprint.models import Severity
from footprint.report import write_private
from footprint.status import ExitStatus

SEVERITIES = tuple(s.value for s in Severity)
CSV_COLUMNS = (
    "row", "name", "status", "risk_level", "risk_score", *SEVERITIES, "findings",
    "new_since_last_scan", "alerts", "coverage_problems", "report", "scan_id", "error",
    "pinned_down", "possible_pages",
)  # fmt: skip


def exit_status(rows: Sequence[SummaryRow], problems: Sequence[RowProblem]) -> ExitStatus:
    """ALERT over SUBJECTS_FAILED over ROWS_INVALID over OK (see the module docstring)."""
    if any(r.alerts for r in rows):
        return ExitStatus.ALERT
    if any(r.status == "failed" or (r.status == "done" and r.error) for r in rows):
        return ExitStatus.SUBJECTS_FAILED
    if problems:
        return ExitStatus.ROWS_INVALID
    return ExitStatus.OK


def document(result: BatchResult, source: str) -> dict[str, Any]:
    """summary.json's content."""
    rows = result.rows
    return {
        "tool": {"name": "footprint", "version": __version__},
        "roster": source,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "alert_on": result.alert_on,
        "exit_status": int(result.exit_status),
        "totals": {
            "subjects": len(rows),
            "done": result.done,
            "failed": result.failed,
            "pending": sum(1 for r in rows if r.status == "pending"),
            "invalid_rows": len(result.problems),
            "alerts": result.alerts,
            "findings": {s: sum(r.severities.get(s, 0) for r in rows) for s in SEVERITIES},
        },
        "invalid_rows": [{"row": p.row, "reason": p.reason} for p in result.problems],
        "subjects": [r.to_json() for r in rows],
    }


def json_bytes(doc: dict[str, Any]) -> bytes:
    """summary.json: indented, with one subject per line, so that 100,000 subjects take a second, not ten."""
    head = json.dumps({**doc, "subjects": []}, indent=2, ensure_ascii=False)
    before, marker, after = head.rpartition('"subjects": []')  # the last key: json.dumps keeps the order
    subjects = ",\n".join("    " + json.dumps(s, ensure_ascii=False) for s in doc["subjects"])
    body = f'"subjects": [\n{subjects}\n  ]' if subjects else marker
    return (before + body + after + "\n").encode("utf-8")


def csv_bytes(rows: Iterable[SummaryRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        cells: list[Any] = [
            r.row, r.name, r.status, r.risk_level, "" if r.risk_score is None else r.risk_score,
            *(r.severities.get(s, "") for s in SEVERITIES), r.findings if r.status == "done" else "",
            "" if r.new_findings is None else r.new_findings, r.alerts, "; ".join(r.coverage_problems),
            r.report, r.scan_id, r.error,
            ("yes" if r.pinned else "no") if r.status == "done" else "", r.possible_pages if r.status == "done" else "",
        ]  # fmt: skip
        writer.writerow([_cell(c) for c in cells])
    # A BOM so that spreadsheet programs read the names as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a cell starting with = + - @ is shown as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_summary(result: BatchResult, source: str, out: Path) -> list[Path]:
    """Write summary.json, summary.csv, index.html (and its sorted variants); return the main paths."""
    doc = document(result, source)
    json_path, csv_path = out / "summary.json", out / "summary.csv"
    write_private(json_path, json_bytes(doc))
    write_private(csv_path, csv_bytes(result.rows))
    index = index_page.write(doc, result.rows, result.problems, out)
    return [index, csv_path, json_path]
