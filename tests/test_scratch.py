"""Scratch folders never outlive the process: not at exit, not on SIGTERM or Ctrl-C mid-screenshot (#17, item 17)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from footprint import scratch
from tests.conftest import SRC
from tests.fetch.test_browser import needs_chromium

CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from footprint import scratch
    if sys.argv[2] == "batch":  # a handler already there (a batch turns SIGTERM into Ctrl-C): it still runs
        def stop(signum, frame):
            print("handled", flush=True)
            raise SystemExit(7)
        signal.signal(signal.SIGTERM, stop)
    scratch.guard()
    folder = scratch.folder("footprint-evidence-")
    (folder / "01-broker.png").write_bytes(b"personal data")
    print(folder, flush=True)
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    time.sleep(5)
    print("still here", flush=True)
    """
)


def _child(tmp_path: Path, signame: str, mode: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, signame, mode], capture_output=True, text=True, timeout=30, env=env, check=False
    )


@pytest.mark.parametrize(
    ("signame", "mode", "code"),
    [("SIGTERM", "", -signal.SIGTERM), ("SIGINT", "", -signal.SIGINT), ("SIGTERM", "batch", 7)],
)
def test_a_signal_removes_the_scratch_folders_and_then_does_what_it_did(
    tmp_path: Path, signame: str, mode: str, code: int
) -> None:
    done = _child(tmp_path, signame, mode)
    assert done.returncode == code, done.stderr
    assert "still here" not in done.stdout
    assert ("handled" in done.stdout) == (mode == "batch")
    assert Path(done.stdout.splitlines()[0]).name.startswith("footprint-evidence-")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_removed_is_never_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    folder = scratch.folder("footprint-shots-")
    assert folder.parent == tmp_path and folder.stat().st_mode & 0o077 == 0
    assert scratch.write(folder / "a.png", b"x") and (folder / "a.png").stat().st_mode & 0o077 == 0
    assert not scratch.write(folder / "a.png", b"y"), "an existing file is not overwritten"
    scratch.remove_all()
    assert not folder.exists()
    assert not scratch.write(folder / "b.png", b"late"), "a screenshot finishing after shutdown"
    assert not folder.exists()


def _footprint_folders(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith("footprint-"))


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_stopping_a_scan_during_its_screenshots_leaves_nothing_in_tmpdir(tmp_path: Path, signum: int) -> None:
    # Short: Chromium's socket path under TMPDIR must fit in 108 bytes, which pytest's tmp_path may not.
    tmp = Path(tempfile.mkdtemp(prefix="fp-", dir="/tmp"))
    try:
        _stop_a_demo(tmp, tmp_path, signum)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _stop_a_demo(tmp: Path, tmp_path: Path, signum: int) -> None:
    home = tmp_path / "home"
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONPATH": str(SRC),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "footprint", "demo", "--out", str(tmp_path / "out")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "stderr.txt").open("wb"),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        # The first evidence screenshot is on disk: stop the scan now.
        while not any(p.name.startswith("footprint-shots-") and any(p.iterdir()) for p in tmp.iterdir()):
            assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
            assert time.monotonic() < deadline, f"no screenshot yet: {_footprint_folders(tmp)}"
            time.sleep(0.05)
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode != 0
    assert _footprint_folders(tmp) == []
    # Playwright's driver sees its parent gone, closes Chromium and removes its own profile folder.
    deadline = time.monotonic() + 15
    while list(tmp.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert list(tmp.iterdir()) == []
    assert not (tmp_path / "out" / "report.html").exists()
