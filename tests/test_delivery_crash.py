"""Recorded, reported, alerted: one unit. kill -9 between recording a scan and writing its report.

Before the outbox, such a kill lost the alert for good: no report, and the
next scan compared itself with the unreported one ("0 new, 13 persisting",
exit 0); a resumed batch scanned the subject again, recorded it twice and
alerted nothing. Now the next run writes the missing report and sends the
alert, and a scan whose report could not be written is not kept at all.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.batch.journal import NAME as JOURNAL
from footprint.sandbox import Sandbox
from tests.batch_support import DEMO_ROW, config_for, fictional_rows, write_csv
from tests.conftest import SRC
from tests.mailserver import smtp_server

ROOT = SRC.parent
FAST = ("fastpeoplesearch", "healthgrades")
SCAN = (
    "scan", "Dr. Imogen R. Castellwright, MD", "--specialty", "Dermatology", "--city", "Portland",
    "--state", "OR", "--handle", "@icastellwright@mastodon.social", "--alert-on", "low",
)  # fmt: skip


def notify_config(web: Sandbox, path: Path, *, smtp_port: int | None = None, webhook: str = "") -> Path:
    config_for(web, path, disabled=FAST)
    table = '\n[notify]\nreport_base_url = ""\n'
    if smtp_port:
        table += (
            'email_to = ["dr.c@example.org"]\nemail_from = "footprint@example.org"\n'
            f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp_port}\nsmtp_security = "none"\n'
        )
    if webhook:
        table += f'webhook_url = "{webhook}"\n'
    path.write_text(path.read_text(encoding="utf-8") + table, encoding="utf-8")
    return path


def child(mode: str, pause_s: float, args: Sequence[str], cwd: Path) -> subprocess.Popen[str]:
    """footprint's command line in a child that pauses at a chosen moment (see tests/history_child.py)."""
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{ROOT}", "HOME": str(cwd)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.history_child", mode, str(pause_s), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_pause(proc: subprocess.Popen[str], timeout_s: float = 150) -> str:
    """The id of the scan the child paused with (its pause line on stderr names it after "scan")."""
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if "pausing" in line:
            words = line.split()
            return words[words.index("scan") + 1]
        assert line or proc.poll() is None, f"the child ended before the moment to kill it: {proc.stderr.read()}"
    raise AssertionError("the child never reached the moment to kill it")


def kill_9(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def scan_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM scans ORDER BY seq")]


@pytest.mark.timeout(400)
def test_kill_9_after_recording_the_next_scan_writes_the_report_and_sends_the_alert(
    run_cli, sandbox: Sandbox, tmp_path: Path
) -> None:
    db, first, second = tmp_path / "h.db", tmp_path / "m1", tmp_path / "m2"
    with smtp_server() as mail:
        config = notify_config(sandbox, tmp_path / "c.toml", smtp_port=mail.port)
        common = (*SCAN, "--config", str(config), "--db", str(db))
        proc = child("--recorded", 120, [*common, "--out", str(first)], tmp_path)
        try:
            doomed = wait_for_pause(proc)
        finally:
            kill_9(proc)
        assert scan_ids(db) == [doomed]  # the scan row is there; nothing else happened
        assert not (first / "report.json").exists() and mail.messages == []
        listed = run_cli("history", "--db", str(db))
        assert "not written yet" in listed.out, listed.out

        again = run_cli("-q", *common, "--out", str(second))
        assert again.code == 3, again.err  # the interrupted scan's findings are still news
        assert f"finished scan {doomed}" in " ".join(again.out.split())

    # The interrupted scan got its report, where it was asked for, and its alert.
    recovered = json.loads((first / "report.json").read_text())
    assert recovered["scan"]["id"] == doomed and {f["status"] for f in recovered["findings"]} == {"new"}
    (message,) = mail.messages  # one alert: the new scan has nothing new since the recovered one
    assert doomed in message.get_content() and f"{first / 'report.html'}" in message.get_content()
    alerted = {f["title"] for f in recovered["findings"] if f["severity"] != "info"}  # --alert-on low
    assert alerted and all(title in message.get_content() for title in alerted)
    # The new scan follows the recovered one, and says so.
    latest = json.loads((second / "report.json").read_text())
    assert latest["scan"]["previous_scan_id"] == doomed and latest["changes"]["new"] == []
    history = json.loads(run_cli("history", "--db", str(db), "--format", "json").out)
    assert [h["id"] for h in history][1] == doomed and all(h["owes"] is None for h in history)
    assert history[1]["report"] == str(first / "report.html")


@pytest.mark.timeout(400)
def test_a_report_that_cannot_be_written_does_not_consume_the_scan(run_cli, sandbox: Sandbox, tmp_path: Path) -> None:
    db, out = tmp_path / "h.db", tmp_path / "out"
    with smtp_server() as mail:
        config = notify_config(sandbox, tmp_path / "c.toml", smtp_port=mail.port)
        common = (*SCAN, "--config", str(config), "--db", str(db))
        # The child pauses inside its write transaction; meanwhile --out becomes a file, so the report fails.
        proc = child("--cli", 3, [*common, "--out", str(out)], tmp_path)
        try:
            wait_for_pause(proc)
            out.write_text("not a folder any more\n")
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 1 and "cannot" in err, err
        assert scan_ids(db) == []  # the scan whose report failed is not kept
        assert mail.messages == []

        out.unlink()
        again = run_cli("-q", *common, "--out", str(out))
        assert again.code == 3, again.err  # its findings are new: nothing was ever reported
        assert len(mail.messages) == 1
    report = json.loads((out / "report.json").read_text())
    assert report["scan"]["previous_scan_id"] is None and report["changes"] is None


@pytest.mark.timeout(400)
def test_a_batch_killed_after_recording_resumes_without_scanning_again_and_alerts(
    run_cli, sandbox: Sandbox, tmp_path: Path, httpserver: HTTPServer
) -> None:
    hooks: list[dict] = []

    def receive(request: Request) -> Response:
        hooks.append(json.loads(request.get_data()))
        return Response("ok")

    httpserver.expect_request("/hook", method="POST").respond_with_handler(receive)
    db, out = tmp_path / "h.db", tmp_path / "out"
    roster = write_csv(tmp_path / "clients.csv", [DEMO_ROW, *fictional_rows(2)])
    config = notify_config(sandbox, tmp_path / "c.toml", webhook=httpserver.url_for("/hook"))
    args = ["batch", str(roster), "--out", str(out), "--config", str(config), "--db", str(db), "--alert-on", "low"]
    args += ["--concurrency", "1"]
    proc = child("--recorded", 120, args, tmp_path)
    try:
        doomed = wait_for_pause(proc)  # the first subject, recorded; its folder, journal line and alert to come
    finally:
        kill_9(proc)
    assert scan_ids(db) == [doomed] and hooks == []

    resumed = run_cli("-q", *args, "--resume")
    assert resumed.code == 3, resumed.err
    ids = scan_ids(db)
    assert len(ids) == 3 and ids[0] == doomed, "a subject was recorded twice"
    journal = [json.loads(line) for line in (out / JOURNAL).read_text().splitlines()]
    done = {j["row"]["key"]: j["row"]["scan_id"] for j in journal if j.get("event") == "done"}
    assert len(done) == 3 and doomed in done.values()
    (alert,) = [h for h in hooks if h["scan_id"] == doomed]
    assert alert["subject"] == DEMO_ROW["name"] and alert["new_findings"]
    assert alert["report_url"].endswith("/imogen-castellwright/report.html")
    report = json.loads((out / "imogen-castellwright" / "report.json").read_text())
    assert report["scan"]["id"] == doomed
