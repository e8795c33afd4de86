"""The README reads right: every table row in a table, no paragraph twice, every roster column explained,
a recipe for scan, batch and watch on the sandbox (issue #18)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from footprint.batch.roster import COLUMNS

README = Path(__file__).resolve().parents[1] / "README.md"


def _prose(text: str) -> list[str]:
    """The README's lines outside fenced code blocks, with their line numbers."""
    out, fenced = [], False
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        out.append("" if fenced else f"{n}:{line}")
    return out


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def test_every_table_row_belongs_to_a_table_with_a_header() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    strays = []
    for n, line in enumerate(lines):
        first = line.startswith("|") and not (n and lines[n - 1].startswith("|"))  # a table's first line
        if first and not (n + 1 < len(lines) and re.match(r"^\|[-:| ]+\|$", lines[n + 1])):
            strays.append(f"line {n + 1}: {line[:60]}")
    assert not strays, strays


def test_no_paragraph_runs_into_a_second_copy_of_itself() -> None:
    # A sentence that ends a line and a next line that starts lower-case again: a paragraph pasted twice.
    lines = [x for x in _prose(README.read_text(encoding="utf-8")) if x]
    joined = []
    for before, after in itertools.pairwise(lines):
        text_before, text_after = before.split(":", 1)[1], after.split(":", 1)[1]
        starts_low = re.match(r"^[a-z]", text_after) and not text_after.startswith(("footprint", "e.g.", "i.e."))
        if re.search(r"[a-z)]\.$", text_before) and starts_low:
            joined.append(after[:70])
    assert not joined, joined


def test_every_roster_column_is_explained() -> None:
    batches = _section(README.read_text(encoding="utf-8"), "Batches for consultants")
    prose = "\n".join(line.split(":", 1)[1] for line in _prose(batches) if line)
    missing = [c for c in COLUMNS if f"`{c}`" not in prose]
    assert not missing, f"roster columns not explained in 'Batches for consultants': {missing}"
    assert "email" in prose and "never writes to it" in prose


def test_a_recipe_runs_scan_batch_and_watch_on_the_sandbox() -> None:
    recipe = _section(README.read_text(encoding="utf-8"), "Trying scan, batch and watch on the sandbox")
    assert "footprint sandbox serve" in recipe
    for command in ("scan", "batch", "watch add", "watch run"):
        assert re.search(rf"^footprint {command} .*", recipe, re.M), command
