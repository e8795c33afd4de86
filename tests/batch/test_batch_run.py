"""A batch over the sandbox: reports, summary, history, exit statuses, resume, shared pages."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from footprint.batch import BatchOptions, ThreadQueue, read_roster, run_batch
from footprint.batch.journal import NAME as JOURNAL
from footprint.errors import BatchInterruptedError, UsageError
from footprint.fetch.ratelimit import TokenBuckets
from footprint.history import History
from footprint.models import Scan, Severity
from footprint.sandbox import Sandbox
from footprint.status import ExitStatus
from tests.batch_support import DEMO_ROW, config_for, fictional_rows, settings_for, write_csv

NEWS = "https://www.pdxmedicaljournal.example/2026/04/sunscreen-myths"


class BrokenHistory(History):
    def record(self, scan: Scan, *args: Any, **kw: Any) -> Scan:
        if "Avery" in scan.subject.name:
            raise OSError(28, "No space left on device")
        return super().record(scan, *args, **kw)


class StopAfter(ThreadQueue):
    """A run interrupted (Ctrl-C) once ``n`` subjects are finished."""

    def __init__(self, n: int) -> None:
        super().__init__(1)
        self.n = n

    def run(self, work, jobs):  # type: ignore[no-untyped-def]
        for i, result in enumerate(super().run(work, jobs), start=1):
            yield result
            if i == self.n:
                raise KeyboardInterrupt


def _run(web: Sandbox, roster_path: Path, out: Path, **kw):  # type: ignore[no-untyped-def]
    options = BatchOptions(out=out, concurrency=kw.pop("concurrency", 3), **kw.pop("options", {}))
    settings = settings_for(web, screenshots=kw.pop("screenshots", False))
    return run_batch(read_roster(roster_path), settings, options, limiter=TokenBuckets(200.0), **kw)


def test_a_batch_writes_every_report_and_a_summary(sandbox: Sandbox, tmp_path: Path) -> None:
    nowhere = {"name": "Dr. Xavier Nowhere", "state": "ZZ"}
    roster = write_csv(tmp_path / "r.csv", [DEMO_ROW, *fictional_rows(3), nowhere])
    result = _run(sandbox, roster, tmp_path / "out")
    out = tmp_path / "out"
    assert result.exit_status == ExitStatus.ALERT  # the demo physician's high findings are all new
    assert [r.status for r in result.rows] == ["done"] * 4
    demo = result.rows[0]
    assert demo.folder == "imogen-castellwright" and demo.risk_level == "critical"
    assert demo.severities["high"] == 2 and demo.severities["critical"] == 1
    assert demo.alerts == 3  # findings at or above the default alert level, high: 1 critical + 2 high
    # ClinicalTrials.gov's API, Facebook, Reddit and X forbid crawlers (robots.txt); no Places API key; the board has
    # only a link.
    assert demo.coverage_problems == (
        "ClinicalTrials.gov (disallowed by robots.txt)",
        "Facebook (disallowed by robots.txt)",
        "Google Business Profile (not checked)",
        "Reddit (disallowed by robots.txt)",
        "State medical board licence lookup (not checked)",
        "X (Twitter) (disallowed by robots.txt)",
    )
    for row in result.rows:
        report = json.loads((out / row.folder / "report.json").read_text())
        assert report["subject"]["name"] == row.name and report["scan"]["id"] == row.scan_id
        assert stat.S_IMODE((out / row.folder / "report.html").stat().st_mode) == 0o600
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["done"] == 4 and summary["invalid_rows"] == [
        {"row": 6, "reason": "unknown US state: 'ZZ' (use a two-letter code such as OR or TX)"}
    ]
    lines = list(csv.DictReader((out / "summary.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [line["name"] for line in lines] == [r.name for r in result.rows]
    assert lines[0]["high"] == "2" and lines[0]["report"] == "imogen-castellwright/report.html"
    index = (out / "index.html").read_text()
    assert 'href="imogen-castellwright/report.html"' in index and "<script" not in index.lower()
    assert "Roster rows not run" in index and "ZZ" in index
    assert not (out / ".partial").exists()


def test_each_subject_is_recorded_and_new_findings_drive_the_alert(sandbox: Sandbox, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", [DEMO_ROW, *fictional_rows(1)])
    history = History(tmp_path / "h.db")
    first = _run(sandbox, roster, tmp_path / "m1", history=history)
    assert first.exit_status == ExitStatus.ALERT
    assert (
        first.rows[0].new_findings == first.rows[0].findings == 11
    )  # the demo physician: 1 critical, 2 high, 5 medium, 3 low (one finding per exposure)
    # Next month nothing changed: nothing new, nothing to alert on.
    second = _run(sandbox, roster, tmp_path / "m2", history=history)
    assert second.exit_status == ExitStatus.OK
    assert [r.new_findings for r in second.rows] == [0, 0]
    assert second.rows[0].previous_scan_id == first.rows[0].scan_id
    report = json.loads((tmp_path / "m2" / second.rows[0].folder / "report.json").read_text())
    assert report["scan"]["previous_scan_id"] == first.rows[0].scan_id  # recorded before the report was written
    scans = history.scans(limit=10)
    assert len(scans) == 4 and {s.owes for s in scans} == {""}
    # Batch scans store their report, absolute, like every other scan.
    assert {s.report_path for s in scans[:2]} == {str(tmp_path / "m2" / r.report) for r in second.rows}
    history.close()
    # A lower threshold is still quiet when nothing is new; "never" never alerts.
    never = _run(sandbox, roster, tmp_path / "m3", options={"alert_on": None})
    assert never.exit_status == ExitStatus.OK and never.rows[0].new_findings is None


def test_a_failed_subject_does_not_end_the_batch(sandbox: Sandbox, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", fictional_rows(3))
    result = _run(sandbox, roster, tmp_path / "out", history=BrokenHistory(tmp_path / "h.db"))
    assert result.exit_status == ExitStatus.SUBJECTS_FAILED
    failed = [r for r in result.rows if r.status == "failed"]
    assert len(failed) == 1 and "No space left on device" in failed[0].error
    assert sum(r.status == "done" for r in result.rows) == 2
    # Resuming retries only the failed subject.
    again = _run(sandbox, roster, tmp_path / "out", options={"resume": True})
    assert again.exit_status == ExitStatus.OK and again.skipped_done == 2


def test_invalid_rows_alone_give_their_own_status(sandbox: Sandbox, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", [*fictional_rows(1), {"name": "Dr. Bad Npi", "npi": "1234567890"}])
    assert _run(sandbox, roster, tmp_path / "out").exit_status == ExitStatus.ROWS_INVALID


def test_resume_skips_finished_subjects_without_fetching_them_again(sandbox: Sandbox, tmp_path: Path) -> None:
    rows = fictional_rows(4)
    out = tmp_path / "out"
    roster = write_csv(tmp_path / "all.csv", rows)
    with pytest.raises(BatchInterruptedError, match="2 of 4 subjects finished"):
        _run(sandbox, roster, out, queue=StopAfter(2))
    with sandbox.state.lock:
        sandbox.state.log.clear()
    result = _run(sandbox, roster, out, options={"resume": True})
    assert result.skipped_done == 2 and result.done == 4
    searched = " ".join(path for _, path in sandbox.state.log)
    for row in rows[:2]:
        assert f"first_name={row['name'].split()[1]}" not in searched, "a finished subject was scanned again"
    for row in rows[2:]:
        assert f"first_name={row['name'].split()[1]}" in searched
    journal = [json.loads(line) for line in (out / JOURNAL).read_text().splitlines()]
    done = [j["row"]["key"] for j in journal if j["event"] == "done"]
    assert len(done) == len(set(done)) == 4


def test_a_batch_is_resumed_only_with_the_roster_it_was_started_with(sandbox: Sandbox, tmp_path: Path) -> None:
    rows = fictional_rows(3)
    out = tmp_path / "out"
    with pytest.raises(BatchInterruptedError):
        _run(sandbox, write_csv(tmp_path / "r.csv", rows), out, queue=StopAfter(1))
    # Another roster (a row edited, one added) would mix two batches' subjects in one summary.
    edited = write_csv(tmp_path / "other.csv", [{**rows[0], "city": "Austin"}, *rows[1:], *fictional_rows(4)[3:]])
    with pytest.raises(UsageError, match="holds a batch started with another roster"):
        _run(sandbox, edited, out, options={"resume": True})
    assert _run(sandbox, write_csv(tmp_path / "same.csv", rows), out, options={"resume": True}).done == 3


def test_a_second_batch_into_the_same_folder_needs_resume(run_cli, sandbox: Sandbox, tmp_path: Path) -> None:
    roster = write_csv(tmp_path / "r.csv", fictional_rows(1))
    config = config_for(sandbox, tmp_path / "c.toml", disabled=("fastpeoplesearch", "healthgrades"))
    first = run_cli("-q", "batch", str(roster), "--out", str(tmp_path / "out"), "--config", str(config))
    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        f"index: {tmp_path / 'out' / 'index.html'}",
        f"summary: {tmp_path / 'out' / 'summary.csv'}",
        f"summary: {tmp_path / 'out' / 'summary.json'}",
    ]
    again = run_cli("batch", str(roster), "--out", str(tmp_path / "out"), "--config", str(config))
    assert again.code == 2 and "add --resume" in again.err
    resumed = run_cli("batch", str(roster), "--out", str(tmp_path / "out"), "--config", str(config), "--resume")
    assert resumed.code == 0 and "1 of 1 done (1 earlier)" in resumed.out


def test_namesakes_get_their_own_folders(sandbox: Sandbox, tmp_path: Path) -> None:
    twin = {**DEMO_ROW, "city": "Austin", "state": "TX", "specialty": "Pediatrics", "handles": ""}
    result = _run(sandbox, write_csv(tmp_path / "r.csv", [DEMO_ROW, twin]), tmp_path / "out")
    assert [r.folder for r in result.rows] == ["imogen-castellwright", "imogen-castellwright-2"]


def test_two_subjects_needing_the_same_page_fetch_it_once(sandbox: Sandbox, tmp_path: Path) -> None:
    a, b = fictional_rows(2)
    roster = write_csv(tmp_path / "r.csv", [{**a, "known_urls": NEWS}, {**b, "known_urls": NEWS}])
    with sandbox.state.lock:
        sandbox.state.log.clear()
    result = _run(sandbox, roster, tmp_path / "out", concurrency=2, screenshots=True)
    assert result.done == 2
    paths = [path for _, path in sandbox.state.log]
    reports = [json.loads((tmp_path / "out" / r.folder / "report.json").read_text()) for r in result.rows]
    # Fetched once for both; when a browser exists, one evidence screenshot serves both reports too.
    shot = any(p["url"] == NEWS and p.get("screenshot") for r in reports for p in r["pages"])
    assert paths.count("/news/2026/04/sunscreen-myths") == 1 + shot
    assert paths.count("/news/robots.txt") == 1 and paths.count("/facebook/robots.txt") == 1
    # Both reports still account for the page as their own.
    for row in result.rows:
        report = json.loads((tmp_path / "out" / row.folder / "report.json").read_text())
        assert any(p["url"] == NEWS for p in report["pages"]), row.name
        assert report["scan"]["counters"]["requests"] >= 1


def test_journal_survives_a_torn_last_line(sandbox: Sandbox, tmp_path: Path) -> None:
    rows = fictional_rows(2)
    roster = write_csv(tmp_path / "r.csv", rows)
    out = tmp_path / "out"
    with pytest.raises(BatchInterruptedError):
        _run(sandbox, roster, out, queue=StopAfter(1))
    with (out / JOURNAL).open("a") as handle:
        handle.write('{"event":"done","row":{"row":3,"key":"abc')  # a write cut short by kill -9
    result = _run(sandbox, roster, out, options={"resume": True})
    assert result.skipped_done == 1 and result.done == 2
    lines = (out / JOURNAL).read_text().splitlines()
    assert json.loads(lines[-1])["event"] == "done"


@pytest.mark.parametrize("level", ["critical", "high", "low"])
def test_alert_threshold_levels(sandbox: Sandbox, tmp_path: Path, level: str) -> None:
    roster = write_csv(tmp_path / "r.csv", [DEMO_ROW])
    result = _run(sandbox, roster, tmp_path / "out", options={"alert_on": Severity(level)})
    # The demo physician has findings at every level from critical (a review reply that
    # discloses the reviewer's care) down to low, so every threshold alerts.
    expected = ExitStatus.ALERT
    assert result.exit_status == expected


def test_ctrl_c_just_after_a_journal_line_counts_that_subject(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footprint.batch.journal import Journal

    record = Journal.record
    calls: list[str] = []

    def interrupted(self: Journal, row):  # type: ignore[no-untyped-def]
        record(self, row)  # the line is written; the interrupt lands before the runner counts it
        calls.append(row.key)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(Journal, "record", interrupted)
    with pytest.raises(BatchInterruptedError, match="2 of 3 subjects finished"):
        _run(sandbox, write_csv(tmp_path / "r.csv", fictional_rows(3)), tmp_path / "out", concurrency=1)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert [s["status"] for s in summary["subjects"]].count("done") == 2
