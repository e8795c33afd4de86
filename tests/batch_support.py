"""Helpers shared by the batch tests: rosters, and settings pointed at a sandbox."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from footprint.batch.roster import COLUMNS
from footprint.config import Settings
from footprint.sandbox import Sandbox

DEMO_ROW = {
    "name": "Dr. Imogen R. Castellwright, MD",
    "specialty": "Dermatology",
    "city": "Portland",
    "state": "OR",
    "handles": "@icastellwright@mastodon.social",
}
FIRST = ("Avery", "Bram", "Celeste", "Dorian", "Elspeth", "Fenwick", "Greta", "Hollis", "Ines", "Jasper")
LAST = ("Quillfeather", "Ravensworth", "Stonebridge", "Thistlewood", "Underhay", "Vantongeren")


def fictional_rows(n: int) -> list[dict[str, str]]:
    """``n`` made-up physicians nobody in the sandbox is called."""
    rows = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        rows.append({"name": f"Dr. {first} {last}{'' if i < 60 else i}", "specialty": "Cardiology", "state": "TX"})
    return rows


def write_csv(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def write_jsonl(path: Path, rows: Iterable[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def config_for(
    web: Sandbox, path: Path, *, rps: float = 100.0, disabled: tuple[str, ...] = (), screenshots: bool = False
) -> Path:
    """A TOML config pointing every site at the sandbox, as a user's private mirror would.

    Evidence screenshots are off unless asked for: a batch test is about the batch.
    """
    mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
    off = ", ".join(f'"{d}"' for d in disabled)
    path.write_text(
        f'[search]\nbackends = ["searxng"]\nsearxng_url = "{web.base_url}/searxng"\n\n'
        f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n'
        f"[fetch]\ncache = false\nrate_limit_rps = {rps}\n\n"
        f"[sites]\ndisabled = [{off}]\n\n"
        f"[browser]\nscreenshots = {str(screenshots).lower()}\n\n"
        f"[mirrors]\n{mirrors}\n",
        encoding="utf-8",
    )
    return path


def settings_for(web: Sandbox, screenshots: bool = False, **fetch: Any) -> Settings:
    return web.settings().with_overrides(fetch={"rate_limit_rps": 100.0, **fetch}, browser={"screenshots": screenshots})
