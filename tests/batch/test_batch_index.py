"""The batch index's pages grow with finished subjects only (issue #17, item 18).

A 100,000-row roster stopped after two subjects wrote 21 pages of 100,000
"not run yet" rows each: 620 MB and 26 s, after Ctrl-C. The pages now list
the subjects that finished; summary.csv and summary.json still list all.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import lxml.html

from footprint.batch import index_page
from footprint.batch.interface import BatchResult, RowProblem, SummaryRow
from footprint.batch.summary import write_summary
from footprint.status import ExitStatus

SEVERITIES = {"critical": 0, "high": 1, "medium": 2, "low": 0, "info": 0}


def _done(i: int, name: str, score: float) -> SummaryRow:
    return SummaryRow(
        i + 2,
        f"k{i}",
        name,
        f"f{i}",
        "done",
        "moderate",
        score,
        SEVERITIES,
        3,
        3,
        0,
        (),
        "s",
        None,
        f"f{i}/report.html",
    )


def _result(rows: list[SummaryRow], problems: tuple[RowProblem, ...] = ()) -> BatchResult:
    return BatchResult("out", tuple(rows), problems, 0, 1.0, "high", ExitStatus.OK)


def _names(page: Path) -> list[str]:
    tree = lxml.html.fromstring(page.read_bytes())
    return [row.xpath("string(td[2])").strip() for row in tree.xpath("//table[@id='subjects']/tbody/tr")]


def test_two_finished_of_100000_write_small_pages_quickly(tmp_path: Path) -> None:
    rows = [_done(0, "Dr. Bo Fenn", 30.0), _done(1, "Dr. Ada Quill", 60.0)]
    rows += [SummaryRow(i + 2, f"k{i}", f"Dr. Pending {i}", f"p{i}", "pending") for i in range(2, 100_000)]
    began = time.process_time()
    files = write_summary(_result(rows), "clients.csv", tmp_path)
    cpu = time.process_time() - began
    pages = [tmp_path / "index.html", *sorted((tmp_path / "sorted").glob("*.html"))]
    assert len(pages) == 21
    assert sum(p.stat().st_size for p in pages) < 300_000  # 604 MB before
    assert cpu < 8, f"{cpu:.1f} s of CPU to write the summary"  # 18 s before
    for page in pages:
        assert sorted(_names(page)) == ["Dr. Ada Quill", "Dr. Bo Fenn"], page.name
    assert _names(tmp_path / "index.html") == ["Dr. Ada Quill", "Dr. Bo Fenn"]  # riskiest first
    assert _names(tmp_path / "sorted" / "name-desc.html") == ["Dr. Bo Fenn", "Dr. Ada Quill"]
    text = lxml.html.fromstring((tmp_path / "index.html").read_bytes()).text_content()
    assert "99,998 subjects not run yet are not listed here" in " ".join(text.split())
    summary = json.loads(files[2].read_text(encoding="utf-8"))
    assert len(summary["subjects"]) == 100_000 and summary["totals"]["pending"] == 99_998
    assert files[1].read_text(encoding="utf-8-sig").count("\n") == 100_001  # the CSV: header and every subject


def test_rows_rendered_once_are_escaped_and_linked_from_each_folder(tmp_path: Path) -> None:
    evil = 'Dr. Eve <script>alert(1)</script> <!--row--> "Mallory"'
    rows = [_done(0, evil, 90.0), _done(1, "Dr. Ada Quill", 10.0)]
    rows.append(SummaryRow(4, "k2", "Dr. Cy Fail", "f2", "failed", error="<b>timeout</b>"))
    index_page.write({"totals": _totals(rows), **_doc()}, rows, (RowProblem(5, "<i>no name</i>"),), tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index and "<b>timeout" not in index and "<i>no name" not in index
    tree = lxml.html.fromstring(index)
    assert tree.xpath("//table[@id='subjects']/tbody/tr[1]/td[2]/a/@href") == ["f0/report.html"]
    assert _names(tmp_path / "index.html") == [evil, "Dr. Ada Quill", "Dr. Cy Fail"]
    sorted_page = lxml.html.fromstring((tmp_path / "sorted" / "name-asc.html").read_bytes())
    assert sorted_page.xpath("//tbody/tr/td[2]/a/@href") == ["../f1/report.html", "../f0/report.html"]
    assert _names(tmp_path / "sorted" / "status-asc.html")[0] == "Dr. Cy Fail"


def _doc() -> dict[str, object]:
    return {"roster": "r.csv", "written_at": "2026-11-01T12:00:00", "alert_on": "high", "tool": {"version": "x"}}


def _totals(rows: list[SummaryRow]) -> dict[str, int]:
    done = sum(r.status == "done" for r in rows)
    failed = sum(r.status == "failed" for r in rows)
    return {"subjects": len(rows), "done": done, "failed": failed, "pending": 0, "invalid_rows": 1, "alerts": 0}
