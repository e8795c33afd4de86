"""The Celery task in eager mode (no broker): a subject in, the finished scan out, within its bounds."""

from __future__ import annotations

import base64
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from footprint.batch import wire
from footprint.batch.interface import RosterEntry
from footprint.config import EngineSettings, Settings
from footprint.fetch.ratelimit import TokenBuckets
from footprint.sandbox import Sandbox, demo_subject
from tests.batch_support import settings_for

pytest.importorskip("celery", reason="the celery extra is not installed")

from footprint.batch import celery_app

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000


@pytest.fixture
def eager() -> Any:
    """The app with tasks run in this process, and a worker runtime on in-process buckets."""
    app = celery_app.make_app("redis://127.0.0.1:1/0", EngineSettings())
    app.conf.task_always_eager = True
    board = celery_app.MemoryBoard()
    local = Settings().with_overrides(browser={"path": "/opt/this-machine/chromium"})
    runtime = celery_app.Runtime(local, limiter=lambda s: TokenBuckets(s.fetch.rate_limit_rps), board=board)
    previous = celery_app.install(runtime)
    yield app, board
    celery_app.install(previous)
    runtime.close()


def _job(web: Sandbox, run: str = "run-1") -> dict[str, Any]:
    settings = settings_for(web).with_overrides(notify={"smtp_password": "hunter2-secret"})
    return wire.job(run, RosterEntry(2, demo_subject(), "k1"), settings)


def test_the_task_scans_the_subject_and_sends_the_scan_back(sandbox: Sandbox, eager: Any) -> None:
    app, board = eager
    job = _job(sandbox)
    assert "notify" not in job["settings"]  # no SMTP password on the wire
    sent = app.tasks[celery_app.TASK].apply(args=[job]).get()
    assert sent["status"] == "done" and sent["screenshots"] == {}
    scan = wire.unpack(sent)
    assert scan.subject == demo_subject()
    assert len(scan.findings) == 11 and scan.risk.level == "critical"
    assert "k1" in board.stages("run-1")  # the stages reached the coordinator's progress display


def test_a_stopped_run_s_tasks_end_without_scanning(sandbox: Sandbox, eager: Any) -> None:
    app, board = eager
    board.cancel("run-2")
    before = len(sandbox.state.log)
    sent = app.tasks[celery_app.TASK].apply(args=[_job(sandbox, "run-2")]).get()
    assert sent == {"status": "cancelled"}
    assert len(sandbox.state.log) == before and board.stages("run-2") == {}  # not one request sent


def test_a_task_it_cannot_read_fails_that_subject_only(eager: Any) -> None:
    app, _ = eager
    sent = app.tasks[celery_app.TASK].apply(args=[{"run": "r", "key": "k"}]).get()
    assert sent["status"] == "failed" and "not a task this worker understands" in sent["error"]
    bad = {"run": "r", "key": "k", "subject": '{"name": "Dr. A"}', "settings": {"fetch": {"retires": 3}}}
    sent = app.tasks[celery_app.TASK].apply(args=[bad]).get()
    assert sent["status"] == "failed" and "unknown key 'retires'" in sent["error"]


def test_the_worker_keeps_its_own_machine_paths() -> None:
    coordinator = Settings().with_overrides(browser={"path": "/coordinator/chromium"}, fetch={"rate_limit_rps": 3.0})
    worker = Settings().with_overrides(browser={"path": "/worker/chromium"}, engine={"max_result_mb": 2.0})
    got = wire.settings_from_wire(wire.settings_to_wire(coordinator), worker)
    assert got.browser.path == "/worker/chromium" and got.fetch.rate_limit_rps == 3.0
    assert got.engine.max_result_mb == 2.0


def _scan_with_shots(sandbox: Sandbox, tmp_path: Path, sizes: list[int]) -> Any:
    from footprint import pipeline

    scan = pipeline.run(demo_subject(), settings_for(sandbox))
    folder = tmp_path / "footprint-evidence-x"
    folder.mkdir()
    findings = list(scan.findings)
    for i, size in enumerate(sizes):
        path = folder / f"{i:02d}-site.png"
        path.write_bytes(PNG + os.urandom(size))
        findings[i] = replace(findings[i], screenshot=str(path))
    return replace(scan, findings=tuple(findings)), folder


def test_screenshots_travel_with_the_scan_within_the_bound(sandbox: Sandbox, tmp_path: Path) -> None:
    scan, folder = _scan_with_shots(sandbox, tmp_path, [3000, 400_000])
    sent = wire.result(scan, max_bytes=300_000)  # room for the scan and the small one only
    assert list(sent["screenshots"]) == ["00-site.png"] and sent["screenshots_left_out"] == 1
    assert not folder.exists()  # the worker's copies (personal data) are gone once packed
    back = wire.unpack(sent)
    shots = [f.screenshot for f in back.findings if f.screenshot]
    assert len(shots) == 1 and Path(shots[0]).read_bytes()[:8] == PNG[:8]
    assert (Path(shots[0]).stat().st_mode & 0o777) == 0o600
    assert back.counters["screenshots_left_out"] == 1
    wire.discard_screenshots(back)
    assert not Path(shots[0]).exists()


def test_a_hostile_answer_cannot_write_outside_its_folder(sandbox: Sandbox, tmp_path: Path) -> None:
    scan, _ = _scan_with_shots(sandbox, tmp_path, [100])
    sent = wire.result(scan, max_bytes=10_000_000)
    sent["screenshots"] = {"../../evil.png": base64.b64encode(PNG).decode(), **sent["screenshots"]}
    back = wire.unpack(sent)
    assert not (tmp_path.parent / "evil.png").exists()
    assert [Path(f.screenshot).name for f in back.findings if f.screenshot] == ["00-site.png"]
    with pytest.raises(wire.WireError):
        wire.unpack({"scan": "not base64 at all!"})


def test_a_scan_over_the_bound_fails_in_words(sandbox: Sandbox, tmp_path: Path) -> None:
    scan, _ = _scan_with_shots(sandbox, tmp_path, [])
    with pytest.raises(wire.WireError, match="more than \\[engine\\] max_result_mb"):
        wire.result(scan, max_bytes=1000)


def test_the_redis_board_says_at_each_stage_whether_the_run_was_stopped(redis_server: Any) -> None:
    import redis

    board = celery_app.RedisBoard(redis.Redis.from_url(redis_server.url), expires_s=60)
    assert board.stage("run-3", "k1", "search on w1") is False  # recorded, and the run goes on
    assert board.stages("run-3") == {"k1": "search on w1"}
    board.cancel("run-3")
    assert board.stage("run-3", "k1", "fetch on w1") is True  # the worker stops at this stage
    assert board.stage("run-4", "k1", "search on w1") is False  # another run is not stopped
