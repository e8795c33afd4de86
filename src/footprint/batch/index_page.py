"""The batch's ``index.html``: every subject in one table, sortable without a script.

Sorting is done ahead of time: ``index.html`` lists the subjects riskiest
first, and each column heading links to a copy of the page sorted by that
column (``sorted/<column>-<asc|desc>.html``; the active heading links to the
reverse order). Why not a sorting script: the reports are script-free and
their Content-Security-Policy forbids scripts, so that hostile text from
the web can never run; the index follows the same rule (``default-src
'none'``), opens from a file or a shared drive or an e-mail attachment with
no network request, works where scripts are blocked, and prints as shown.
The cost is a few small extra files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from footprint.batch.interface import RowProblem, SummaryRow
from footprint.identity import fold
from footprint.report import write_private

SORTED = "sorted"
DEFAULT = ("risk", "desc")
_REPO_TEMPLATES = Path(__file__).resolve().parents[3] / "reports" / "templates"
STATUS_ORDER = {"failed": 0, "pending": 1, "done": 2}


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    first: str  # the direction a first click sorts in
    key: Callable[[SummaryRow], Any]


def _severity(name: str) -> Callable[[SummaryRow], Any]:
    return lambda r: r.severities.get(name, -1)


COLUMNS = (
    Column("row", "Row", "asc", lambda r: r.row),
    Column("name", "Subject", "asc", lambda r: fold(r.name)),
    Column("status", "Status", "asc", lambda r: STATUS_ORDER.get(r.status, 9)),
    Column("risk", "Risk", "desc", lambda r: -1.0 if r.risk_score is None else r.risk_score),
    Column("critical", "Critical", "desc", _severity("critical")),
    Column("high", "High", "desc", _severity("high")),
    Column("medium", "Medium", "desc", _severity("medium")),
    Column("low", "Low", "desc", _severity("low")),
    Column("new", "New since last scan", "desc", lambda r: -1 if r.new_findings is None else r.new_findings),
    Column("coverage", "Could not check", "desc", lambda r: len(r.coverage_problems)),
)


@cache
def _environment() -> jinja2.Environment:
    # An installed wheel carries the templates as package data; a checkout reads reports/templates.
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(_REPO_TEMPLATES))]
    try:
        loaders.insert(0, jinja2.PackageLoader("footprint", "templates"))
    except ValueError:
        pass
    return jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True, undefined=jinja2.StrictUndefined)


def variant_name(column: str, direction: str) -> str:
    return f"{column}-{direction}.html"


def order(rows: Sequence[SummaryRow], column: str, direction: str) -> list[SummaryRow]:
    """Rows sorted by one column; ties keep roster order (Python's sort is stable both ways)."""
    col = next(c for c in COLUMNS if c.id == column)
    by_row = sorted(rows, key=lambda r: r.row)
    return sorted(by_row, key=col.key, reverse=direction == "desc")


def render(
    doc: dict[str, Any], rows: Sequence[SummaryRow], problems: Sequence[RowProblem], sort: tuple[str, str], base: str
) -> str:
    """One page; ``base`` is the way from the page's folder back to the batch folder."""
    here = "" if base else f"{SORTED}/"
    headings = []
    for col in COLUMNS:
        active = sort[0] == col.id
        direction = ("asc" if sort[1] == "desc" else "desc") if active else col.first
        headings.append(
            {
                "label": col.label,
                "href": here + variant_name(col.id, direction),
                "aria_sort": ("ascending" if sort[1] == "asc" else "descending") if active else None,
                "arrow": ("▲" if sort[1] == "asc" else "▼") if active else "",
            }
        )
    label = next(c.label for c in COLUMNS if c.id == sort[0])
    template = _environment().get_template("batch_index.html.j2")
    return template.render(
        doc=doc,
        rows=order(rows, *sort),
        problems=problems,
        headings=headings,
        severities=("critical", "high", "medium", "low"),
        base=base,
        home=f"{base}index.html",
        sorted_by=f"{label}, {'ascending' if sort[1] == 'asc' else 'descending'}",
    )


def write(doc: dict[str, Any], rows: Sequence[SummaryRow], problems: Sequence[RowProblem], out: Path) -> Path:
    """index.html and every sorted variant; returns the index's path."""
    folder = out / SORTED
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()  # planted in the batch folder: never write through it
    folder.mkdir(exist_ok=True, mode=0o700)
    for col in COLUMNS:
        for direction in ("asc", "desc"):
            page = render(doc, rows, problems, (col.id, direction), "../")
            write_private(folder / variant_name(col.id, direction), page.encode("utf-8"))
    index = out / "index.html"
    write_private(index, render(doc, rows, problems, DEFAULT, "").encode("utf-8"))
    return index
