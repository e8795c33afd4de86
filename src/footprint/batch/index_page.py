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

The pages list the subjects that finished (done or failed) and say how many
have not run yet: ``summary.csv`` and ``summary.json`` list every subject.
So the sorted copies grow with finished subjects only: a 100,000-row roster
stopped after two subjects wrote 620 MB of pages, 21 copies of 100,000
"not run yet" rows; now a few kilobytes. Each row is rendered once per page
folder and the copies only reorder those rows, so writing the pages costs
one rendering of the table plus 21 joins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from footprint.batch.interface import RowProblem, SummaryRow
from footprint.identity import fold
from footprint.report import write_private

SORTED = "sorted"
DEFAULT = ("risk", "desc")
ROW_MARK = "<!--row-->"  # starts each rendered row; autoescaped text cannot contain it
_REPO_TEMPLATES = Path(__file__).resolve().parents[3] / "reports" / "templates"
STATUS_ORDER = {"failed": 0, "pending": 1, "done": 2}
SEVERITIES = ("critical", "high", "medium", "low")


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
    return [rows[i] for i in _order(rows, column, direction)]


def _order(rows: Sequence[SummaryRow], column: str, direction: str) -> list[int]:
    col = next(c for c in COLUMNS if c.id == column)
    by_row = sorted(range(len(rows)), key=lambda i: rows[i].row)
    return sorted(by_row, key=lambda i: col.key(rows[i]), reverse=direction == "desc")


def rendered_rows(rows: Sequence[SummaryRow], base: str) -> list[str]:
    """Each row's ``<tr>``, escaped, in the order given; ``base`` leads from the page's folder to the batch's."""
    template = _environment().get_template("batch_index_rows.html.j2")
    html = template.render(rows=rows, base=base, severities=SEVERITIES)
    return html.split(ROW_MARK)[1:]


def render(
    doc: dict[str, Any],
    rows: Sequence[SummaryRow],
    problems: Sequence[RowProblem],
    sort: tuple[str, str],
    base: str,
    shown: Sequence[str] | None = None,
) -> str:
    """One page; ``base`` is the way from the page's folder back to the batch folder.

    Only finished rows are shown. ``shown`` is :func:`rendered_rows` of those rows for this
    ``base``, when the caller renders several pages (each page then only reorders them).
    """
    finished = [r for r in rows if r.status != "pending"]
    if shown is None:
        shown = rendered_rows(finished, base)
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
    rows_html = Markup("".join(shown[i] for i in _order(finished, *sort)))  # noqa: S704 - rendered escaped
    return template.render(
        doc=doc,
        rows_html=rows_html,
        problems=problems,
        headings=headings,
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
    finished = [r for r in rows if r.status != "pending"]
    shown = rendered_rows(finished, "../")
    for col in COLUMNS:
        for direction in ("asc", "desc"):
            page = render(doc, finished, problems, (col.id, direction), "../", shown)
            write_private(folder / variant_name(col.id, direction), page.encode("utf-8"))
    index = out / "index.html"
    write_private(index, render(doc, finished, problems, DEFAULT, "").encode("utf-8"))
    return index
