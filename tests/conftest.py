"""Shared fixtures. Every test runs with HOME and the XDG folders in a temporary
directory, so nothing ever touches the real home directory."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from footprint.cli import main
from footprint.sandbox import Sandbox

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("FOOTPRINT_CONFIG", raising=False)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the real entry point (errors, exit statuses and all) in-process."""

    def run(*args: str) -> CliResult:
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:  # pragma: no cover - main always exits
            code = 0
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as web:
        yield web


@dataclass
class DemoRun:
    folder: Path
    report: dict[str, Any]
    html: str
    stdout: str


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """`footprint demo` run once, as a user would, in a subprocess."""
    import subprocess

    folder = tmp_path_factory.mktemp("demo") / "out"
    home = tmp_path_factory.mktemp("demo-home")
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        # The checkout under test, whichever footprint is installed.
        "PYTHONPATH": str(SRC),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "footprint", "demo", "--out", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    html = (folder / "report.html").read_text(encoding="utf-8")
    return DemoRun(folder, report, html, proc.stdout)


SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contracts" / "report.schema.json"


@pytest.fixture(autouse=True)
def _no_settings_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """No FOOTPRINT_* variable of the developer's shell reaches a test (they are settings now)."""
    import os

    for name in [n for n in os.environ if n.startswith("FOOTPRINT_")]:
        monkeypatch.delenv(name)


@pytest.fixture
def run_cli_with(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the real entry point with an environment passed in as a mapping (os.environ untouched)."""
    import io

    from rich.console import Console

    from footprint.cli import Env

    def run(environ: dict[str, str], *args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        env = Env(Console(file=out, highlight=False), Console(file=err, highlight=False), environ=environ)
        try:
            main(list(args), env=env)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:  # pragma: no cover - main always exits
            code = 0
        captured = capsys.readouterr()
        return CliResult(code, captured.out + out.getvalue(), captured.err + err.getvalue())

    return run


@pytest.fixture
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real redis-server on a free 127.0.0.1 port, stopped after the test; skipped when not installed."""
    from tests.redisserver import RedisServer

    server = RedisServer(tmp_path_factory.mktemp("redis"))
    try:
        yield server
    finally:
        server.stop()
