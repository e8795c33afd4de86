"""--out is checked before the scan starts, and every scan's report path is in the history, absolute."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from footprint.sandbox import Sandbox
from tests.batch_support import config_for, fictional_rows, write_csv

FAST = ("fastpeoplesearch", "healthgrades")


@pytest.fixture
def config(sandbox: Sandbox, tmp_path: Path) -> Path:
    """A working config: without the --out check, each scan below would run (about 20 s) and fail at the end.

    The refusals below must come in under 5 s: far less than a scan, and enough for a busy machine.
    """
    return config_for(sandbox, tmp_path / "c.toml", disabled=FAST)


def _timed(run_cli, *args: str):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    result = run_cli(*args)
    return result, time.monotonic() - started


def test_out_that_is_a_file_is_refused_before_the_scan(run_cli, config: Path, tmp_path: Path) -> None:
    file = tmp_path / "report.html"
    file.write_text("last month's report, kept by hand\n")
    result, took = _timed(run_cli, "scan", "Dr. Avery Quillfeather", "--config", str(config), "--out", str(file))
    assert result.code == 2 and took < 5.0, (result.err, took)
    assert result.err == f"footprint: error: --out {file} is a file, not a folder; choose a folder\n"
    assert file.read_text() == "last month's report, kept by hand\n"


def test_out_holding_another_physicians_report_is_refused_before_the_scan(
    run_cli, config: Path, tmp_path: Path
) -> None:
    out, db = tmp_path / "doe", str(tmp_path / "h.db")
    first = run_cli("-q", "demo", "--db", db, "--out", str(out))
    assert first.code == 0, first.err
    other = ("scan", "Dr. Avery Quillfeather", "--config", str(config), "--db", db)
    result, took = _timed(run_cli, *other, "--out", str(out))
    assert result.code == 2 and took < 5.0, (result.err, took)
    assert "holds the report of 'Dr. Imogen R. Castellwright, MD'" in result.err and result.err.count("\n") == 1
    assert json.loads((out / "report.json").read_text())["subject"]["family_name"] == "Castellwright"
    demo, took = _timed(run_cli, "-q", "demo", "--db", db, "--out", str(tmp_path / "doe" / "report.json"))
    assert demo.code == 2 and "is a file" in demo.err


def test_batch_out_that_is_a_file_is_refused_at_once(run_cli, config: Path, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", fictional_rows(1))
    file = tmp_path / "audits"
    file.write_text("x")
    result, took = _timed(run_cli, "batch", str(roster), "--out", str(file), "--config", str(config))
    assert result.code == 2 and took < 5.0 and "is a file, not a folder" in result.err, (result.err, took)


def test_history_shows_each_scans_report_absolute(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "h.db")
    assert run_cli("-q", "demo", "--db", db, "--out", "relative/month1").code == 0
    (row,) = json.loads(run_cli("history", "--db", db, "--format", "json").out)
    assert row["report"] == str(tmp_path / "relative" / "month1" / "report.html") and row["owes"] is None
    listed = run_cli("history", "--db", db)
    assert f"report: {tmp_path / 'relative' / 'month1' / 'report.html'}" in listed.out


def test_watch_out_that_is_a_file_is_refused_when_added(run_cli, tmp_path: Path) -> None:
    file = tmp_path / "reports"
    file.write_text("x")
    added = run_cli("watch", "add", "Dr. Avery Quillfeather", "--out", str(file), "--db", str(tmp_path / "h.db"))
    assert added.code == 2 and "is a file, not a folder" in added.err, added.err
