"""Screenshots embedded into the HTML report as ``data:`` URIs.

The report must open offline and request nothing, so images travel inside
it. Only raster formats recognised by their first bytes are embedded (never
SVG, which can carry script). Each is shrunk to a thumbnail (Pillow) and
re-encoded as JPEG when that is smaller, kept under a size cap, and the
whole report under a total budget, so that a scan with many screenshots
still yields a file that a mail client accepts.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

MAX_FILE_BYTES = 15_000_000  # larger files are not even opened
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
MAX_IMAGE_BYTES = 400_000  # per embedded image, after shrinking
MAX_TOTAL_BYTES = 6_000_000
THUMB_BOX = (960, 2400)  # width, height: full-page captures stay legible at the report's width

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

    base: Path | None = None  # relative paths (the report's screenshots/ folder) start here
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
        if not file.is_absolute() and self.base is not None:
            file = self.base / file
        try:
            if not file.is_file():
                return self._skip(path, "not a file")
            if file.stat().st_size > MAX_FILE_BYTES:
                return self._skip(path, f"file larger than {MAX_FILE_BYTES // 1_000_000} MB")
            data = file.read_bytes()
        except OSError as exc:
            return self._skip(path, exc.strerror or "unreadable")
        mime = sniff(data[:16])
        if mime is None:
            return self._skip(path, "not a PNG, JPEG, GIF or WebP image")
        try:
            data, mime = shrink(data, mime)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            return self._skip(path, f"unreadable image ({type(exc).__name__})")
        if len(data) > self.per_image:
            return self._skip(path, f"larger than {self.per_image // 1000} kB even as a thumbnail")
        if self.used + len(data) > self.total:
            return self._skip(path, "report image budget spent")
        self.used += len(data)
        return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"

    def _skip(self, path: str, why: str) -> str | None:
        self.skipped.append(f"{Path(path).name}: {why}")
        return None


def shrink(data: bytes, mime: str) -> tuple[bytes, str]:
    """A thumbnail no larger than THUMB_BOX, as JPEG when that is smaller than the original."""
    with Image.open(io.BytesIO(data)) as im:
        if im.width * im.height > MAX_PIXELS:
            raise ValueError("too many pixels")
        if im.width <= THUMB_BOX[0] and im.height <= THUMB_BOX[1] and len(data) <= MAX_IMAGE_BYTES // 4:
            return data, mime
        im.draft("RGB", THUMB_BOX)  # JPEG decodes at a reduced scale: faster, less memory
        small = im.convert("RGB")
        small.thumbnail(THUMB_BOX)
        out = io.BytesIO()
        small.save(out, "JPEG", quality=75, optimize=True)
    encoded = out.getvalue()
    return (encoded, "image/jpeg") if len(encoded) < len(data) else (data, mime)
