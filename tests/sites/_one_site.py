"""One site scanned alone through the real CLI, its host mirrored to a local server: the coverage row it gets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def coverage_row(
    run_cli: Any, tmp_path: Path, name: str, site: str, host: str, served: str, *who: str
) -> dict[str, Any]:
    """Scan ``who`` (the CLI's name and options) with only ``site`` enabled and ``host`` served at ``served``."""
    config = tmp_path / f"{name}.toml"
    config.write_text(
        f"""
[search]
backends = []
[npi]
enabled = false
[sites]
enabled = ["{site}"]
username_candidates = 0
[browser]
enabled = false
[fetch]
cache = false
rate_limit_rps = 50.0
[mirrors]
"{host}" = "{served.rstrip("/")}"
""",
        encoding="utf-8",
    )
    out = tmp_path / name
    result = run_cli("scan", *who, "--config", str(config), "--out", str(out))
    assert result.code in (0, 3), result.err
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    row: dict[str, Any] = next(r for r in report["coverage"] if r["site"] == site)
    return row
