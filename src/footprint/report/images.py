"""Screenshots embedded into the HTML report as ``data:`` URIs.

The report must open offline and request nothing, so images travel inside
it. Only raster formats recognised by their first bytes are embedded (never
SVG, which can carry script), each under a size cap, and the whole report
under a total budget so that a scan with hundreds of screenshots still
yields a file that a mail client accepts.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

MAX_IMAGE_BYTES = 400_000
MAX_TOTAL_BYTES = 6_000_000

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff(head: bytes) -> str | None:
    """The image MIME type from a file's first bytes, or None when it is not a known raster image."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass
class Embedder:
    """Turns screenshot paths into data: URIs until the report's image budget is spent."""

    per_image: int = MAX_IMAGE_BYTES
    total: int = MAX_TOTAL_BYTES
    used: int = 0
    skipped: list[str] = field(default_factory=list)
    _done: dict[str, str | None] = field(default_factory=dict)

    def data_uri(self, path: str | None) -> str | None:
        """The embedded image, or None (and a note in ``skipped``) when it cannot or should not be embedded."""
        if not path:
            return None
        if path not in self._done:
            self._done[path] = self._load(path)
        return self._done[path]

    def _load(self, path: str) -> str | None:
        file = Path(path)
        try:
            size = file.stat().st_size
            if not file.is_file():
                return self._skip(path, "not a file")
            if size > self.per_image:
                return self._skip(path, f"larger than {self.per_image // 1000} kB")
            if self.used + size > self.total:
                return self._skip(path, "report image budget spent")
            data = file.read_bytes()[: self.per_image + 1]
        except OSError as exc:
            return self._skip(path, exc.strerror or "unreadable")
        mime = sniff(data[:16])
        if mime is None:
            return self._skip(path, "not a PNG, JPEG, GIF or WebP image")
        self.used += len(data)
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"

    def _skip(self, path: str, why: str) -> str | None:
        self.skipped.append(f"{Path(path).name}: {why}")
        return None
