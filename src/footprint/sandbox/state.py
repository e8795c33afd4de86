"""What the sandbox serves: its folders (a later month's overlays first), its manifest and its request log.

Both the server and its dynamic endpoints read it; neither imports the other for it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml

from footprint.sites import SAFE_LOADER

T = TypeVar("T")

WEB = Path(__file__).parent / "web"


class SandboxState:
    """What the server serves: the roots to look in (overlays first) and the request log.

    The files are read once: what a path finds, a file's bytes and a data file's parsed
    contents are kept, under the roots they were found in (a test that puts an overlay in
    front mid-run sees it at once). The server answers thousands of requests a second in
    the benchmarks with other processes on the same cores.
    """

    def __init__(self, overlays: list[Path] | None = None, delay_s: float = 0.0) -> None:
        self.roots = [*(overlays or []), WEB]
        self.delay_s = delay_s
        self.log: list[tuple[float, str]] = []
        self.lock = threading.Lock()
        manifest = yaml.safe_load((WEB / "manifest.yaml").read_text(encoding="utf-8"))
        self.sites: dict[str, str] = manifest["sites"]
        self.routes: dict[str, dict[str, Any]] = manifest.get("routes", {})
        self._kept: dict[tuple[Any, ...], Any] = {}

    def once(self, key: tuple[Any, ...], make: Callable[[], T]) -> T:
        """``make()``, kept for these roots (files do not change while the sandbox runs): a value made
        from files, made once."""
        full = (*self.roots, None, *key)
        try:
            return cast(T, self._kept[full])
        except KeyError:
            made = self._kept[full] = make()
            return made

    def find(self, key: str, rest: str) -> Path | None:
        return self.once(("find", key, rest), lambda: self._find(key, rest))

    def _find(self, key: str, rest: str) -> Path | None:
        for root in self.roots:
            base = (root / key).resolve()
            for candidate in (rest, rest + ".html", rest + ".json", rest.rstrip("/") + "/index.html"):
                path = (base / candidate.lstrip("/")).resolve()
                if path.is_file() and path.is_relative_to(base):
                    return path
        return None

    def read(self, relative: str) -> str:
        return self.once(("read", relative), lambda: self._read(relative))

    def _read(self, relative: str) -> str:
        for root in self.roots:
            path = root / relative
            if path.is_file():
                return path.read_text(encoding="utf-8")
        raise FileNotFoundError(relative)

    def body(self, path: Path) -> bytes:
        """A found file's bytes."""
        return self.once(("body", path), path.read_bytes)

    def data(self, relative: str) -> Any:
        """A data file's contents (``.json`` or ``.yaml``), parsed; callers only read them."""
        if relative.endswith(".json"):
            return self.once(("data", relative), lambda: json.loads(self.read(relative)))
        return self.once(("data", relative), lambda: yaml.load(self.read(relative), Loader=SAFE_LOADER))  # noqa: S506

    def file_data(self, path: Path) -> Any:
        """A found JSON file's contents, parsed; callers only read them."""
        return self.once(("file data", path), lambda: json.loads(self.body(path)))
