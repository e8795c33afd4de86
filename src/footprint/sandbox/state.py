"""What the sandbox serves: its folders (a later month's overlays first), its manifest and its request log.

Both the server and its dynamic endpoints read it; neither imports the other for it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import yaml

WEB = Path(__file__).parent / "web"


class SandboxState:
    """What the server serves: the roots to look in (overlays first) and the request log."""

    def __init__(self, overlays: list[Path] | None = None, delay_s: float = 0.0) -> None:
        self.roots = [*(overlays or []), WEB]
        self.delay_s = delay_s
        self.log: list[tuple[float, str]] = []
        self.lock = threading.Lock()
        manifest = yaml.safe_load((WEB / "manifest.yaml").read_text(encoding="utf-8"))
        self.sites: dict[str, str] = manifest["sites"]
        self.routes: dict[str, dict[str, Any]] = manifest.get("routes", {})

    def find(self, key: str, rest: str) -> Path | None:
        for root in self.roots:
            base = (root / key).resolve()
            for candidate in (rest, rest + ".html", rest + ".json", rest.rstrip("/") + "/index.html"):
                path = (base / candidate.lstrip("/")).resolve()
                if path.is_file() and path.is_relative_to(base):
                    return path
        return None

    def read(self, relative: str) -> str:
        for root in self.roots:
            path = root / relative
            if path.is_file():
                return path.read_text(encoding="utf-8")
        raise FileNotFoundError(relative)
