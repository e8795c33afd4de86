"""`footprint watch run` on the batch engines: due subjects scanned together, a summary, who alerted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from footprint.sandbox import Sandbox
from tests.watch.test_watch import IMOGEN, _sandbox_config

OTHERS = ("Dr. Avery Quillfeather", "Dr. Bram Quillfeather")


def _watch_three(run_cli: Any, config: Path, out: Path, db: str) -> None:
    assert run_cli("watch", "add", *IMOGEN, "--config", str(config), "--out", str(out), "--db", db).code == 0
    for name in OTHERS:
        added = run_cli("watch", "add", name, "--state", "TX", "--config", str(config), "--out", str(out), "--db", db)
        assert added.code == 0, added.err


def _check_run(result: Any, out: Path, db: str, run_cli: Any) -> None:
    assert result.code == 3, result.err  # the demo physician's high findings are new
    words = " ".join(result.out.split())
    assert "watch run: 3 of 3 done · 1 alerted: Dr. Imogen R. Castellwright, MD" in words
    (summary_path,) = out.glob("watch-runs/*/summary.json")
    summary = json.loads(summary_path.read_text())
    assert summary["totals"]["done"] == 3 and summary["totals"]["alerts"] == 3
    demo = next(s for s in summary["subjects"] if s["name"].startswith("Dr. Imogen"))
    assert demo["report"].startswith("../../imogen-castellwright-") and demo["report"].endswith("/report.html")
    assert (summary_path.parent / demo["report"]).is_file()  # the index links each report where it is
    assert f'href="{demo["report"]}"' in (summary_path.parent / "index.html").read_text()
    scans = json.loads(run_cli("history", "--db", db, "--format", "json").out)
    assert len(scans) == 3
    assert "due now" not in run_cli("watch", "list", "--db", db).out  # every watch marked run


@pytest.mark.timeout(240)
def test_due_subjects_are_scanned_together_then_summarised(run_cli, tmp_path: Path) -> None:
    db, out = str(tmp_path / "h.sqlite3"), tmp_path / "reports"
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        _watch_three(run_cli, config, out, db)
        result = run_cli("watch", "run", "--concurrency", "3", "--out", str(out), "--db", db)
        _check_run(result, out, db, run_cli)
        again = run_cli("watch", "run", "--db", db)
        assert again.code == 0 and "nothing is due" in again.out


@pytest.mark.timeout(240)
def test_watch_run_on_a_celery_worker(run_cli, redis_server: Any, tmp_path: Path) -> None:
    pytest.importorskip("celery", reason="the celery extra is not installed")
    from tests.batch.test_celery_workers import start_worker

    db, out = str(tmp_path / "h.sqlite3"), tmp_path / "reports"
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        _watch_three(run_cli, config, out, db)
        worker = start_worker(redis_server.url, config, tmp_path / "home", tmp_path / "w.log")
        try:
            result = run_cli(
                "watch", "run", "--engine", "celery", "--broker", redis_server.url, "--out", str(out), "--db", db
            )
        finally:
            worker.terminate()
            worker.wait(30)
    _check_run(result, out, db, run_cli)
    assert "Task footprint.scan" in (tmp_path / "w.log").read_text()  # the worker did the scanning
