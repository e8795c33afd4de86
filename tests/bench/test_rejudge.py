"""bench/rejudge.py judges a kept blind scan again and gets the scan's own figures back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _last(out: str) -> str:
    return out.strip().splitlines()[-1]


def test_rejudging_a_kept_scan_with_the_same_code_reproduces_its_figures(tmp_path: Path) -> None:
    scan = subprocess.run(
        [sys.executable, str(BENCH / "blind_quality.py"), "--only", "ann-lee", "--dump", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert (tmp_path / "ann-lee.pickle").is_file()
    again = subprocess.run(
        [sys.executable, str(BENCH / "rejudge.py"), str(tmp_path), "--changes"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    figures = _last(scan.stdout)
    assert figures.startswith("match_precision=")
    assert _last(again.stdout) == figures
    assert f"kept scan:  {figures}" in again.stdout
    assert "no labelled page changed its decision" in again.stdout


def test_rejudge_refuses_an_empty_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "rejudge.py"), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and "no kept scan" in done.stderr


def test_held_out_cannot_be_dumped(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "blind_quality.py"), "--held-out", "--dump", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "aggregates only" in done.stderr
    assert not list(tmp_path.iterdir())
