"""Sherlock and Maigret: installed from PyPI into throw-away venvs on first use, run on the same sites.

The venvs live in ``$XDG_CACHE_HOME/footprint-bench`` (``~/.cache`` by
default). Both tools run with their defaults except what keeps them on the
local list and on one handle: Sherlock with ``--json FILE
--ignore-exclusions`` (the exclusions list is fetched from GitHub otherwise)
and ``--txt --output FILE`` for its list of found URLs; Maigret with ``--db
FILE --no-autoupdate -a --no-recursion`` and a simple JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PACKAGES = {"sherlock": "sherlock-project", "maigret": "maigret"}
INSTALL_TIMEOUT_S = 900


@dataclass(frozen=True)
class Peer:
    name: str
    executable: Path | None
    problem: str = ""  # why it is not there


def cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "footprint-bench"


def ensure(name: str, say: Callable[[str], None]) -> Peer:
    """The tool's executable, installing it into its own venv when it is not there yet."""
    venv = cache_dir() / name
    exe = venv / "bin" / name
    if exe.exists():
        return Peer(name, exe)
    say(f"installing {PACKAGES[name]} into {venv} (first run only) ...")
    steps = (
        [sys.executable, "-m", "venv", "--clear", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", PACKAGES[name]],
    )
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Peer(name, None, f"could not install {PACKAGES[name]}: {exc}")
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return Peer(name, None, f"could not install {PACKAGES[name]}: {last}")
    if not exe.exists():
        return Peer(name, None, f"{PACKAGES[name]} installed no {name} command")
    return Peer(name, exe)


def sherlock_command(exe: Path, handle: str, data: Path, out: Path) -> list[str]:
    return [str(exe), handle, "--json", str(data), "--ignore-exclusions", "--no-color", "--txt", "--output", str(out)]


def sherlock_found(out: Path) -> list[str]:
    """The URLs Sherlock wrote as found (one per line; a total line last)."""
    if not out.exists():
        return []
    return [line.strip() for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("http")]


def maigret_command(exe: Path, handle: str, data: Path, out: Path) -> list[str]:
    return [
        str(exe), handle, "--db", str(data), "--no-autoupdate", "-a", "--no-recursion",
        "--no-progressbar", "--no-color", "-J", "simple", "--folderoutput", str(out),
    ]  # fmt: skip


def maigret_statuses(out: Path) -> dict[str, str]:
    """Site name to Maigret's status word ("Claimed", "Available", ...) from its simple JSON report."""
    statuses: dict[str, str] = {}
    for report in out.glob("report_*_simple.json"):
        data = json.loads(report.read_text(encoding="utf-8"))
        for site, row in data.items():
            status = row.get("status", {}) if isinstance(row, dict) else {}
            statuses[site] = str(status.get("status", "")) if isinstance(status, dict) else str(status)
    return statuses
