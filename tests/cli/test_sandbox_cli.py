"""`footprint sandbox serve` (the README's recipe for scan, batch and watch offline) and `demo --variant`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.conftest import SRC


def test_an_unknown_demo_variant_is_a_usage_error_listing_the_variants(run_cli, tmp_path: Path) -> None:
    got = run_cli("demo", "--variant", "month3", "--db", str(tmp_path / "h.sqlite3"))
    assert got.code == 2
    assert got.err.strip() == "footprint: error: no sandbox variant named 'month3'; known: month2"


def _serve(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "HOME": str(tmp_path / "home")}
    return subprocess.Popen(
        [sys.executable, "-m", "footprint", "sandbox", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    return err


@pytest.mark.timeout(180)
def test_sandbox_serve_prints_a_config_that_batch_and_check_use(run_cli, tmp_path: Path) -> None:
    config = tmp_path / "sandbox.toml"
    proc = _serve(tmp_path, "--config-out", str(config))
    try:
        deadline = time.monotonic() + 60
        while not (config.exists() and config.read_text().endswith("\n")) and time.monotonic() < deadline:
            time.sleep(0.2)
        settings = tomllib.loads(config.read_text(encoding="utf-8"))
        assert settings["fetch"]["mirrors_only"] is True
        assert settings["mirrors"]["https://www.healthgrades.com"].startswith("http://127.0.0.1:")
        assert config.stat().st_mode & 0o077 == 0  # written owner-only, like every file footprint writes

        db = str(tmp_path / "h.sqlite3")
        checked = run_cli("check", "--config", str(config), "--db", db)
        assert checked.code == 0, checked.out
        roster = tmp_path / "roster.csv"
        roster.write_text('name,state\n"Dr. Imogen R. Castellwright, MD",OR\n', encoding="utf-8")
        batch = run_cli("-q", "batch", str(roster), "--out", str(tmp_path / "b"), "--config", str(config), "--db", db)
        assert batch.code in (0, 3), batch.err
        report = (tmp_path / "b" / "imogen-castellwright" / "report.json").read_text(encoding="utf-8")
        assert '"npi": "1729483051"' in report  # the sandbox's registry and pages, found through the config
    finally:
        err = _stop(proc)
    assert "sandbox stopped" in err


def test_sandbox_serve_without_a_file_prints_the_config(tmp_path: Path) -> None:
    proc = _serve(tmp_path, "--variant", "month2")
    try:
        assert proc.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith('"https://'):
            lines.append(proc.stdout.readline())
        assert lines[0].startswith("# footprint settings for the sandbox web at http://127.0.0.1:")
        assert any(line.startswith("searxng_url = ") for line in lines)
    finally:
        err = _stop(proc)
    assert "(variant month2)" in err
