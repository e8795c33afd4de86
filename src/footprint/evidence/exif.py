"""The GPS position stored in an image's EXIF data, read with Pillow under hard caps.

Images come from the web, so they are hostile: more than ``max_bytes`` is
not read at all, and an image larger than ``max_pixels`` is refused from its
header, before any pixel is decoded (Pillow opens images lazily). Only the
EXIF block is read; a broken or missing one means "no position".
"""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

MAX_BYTES = 8_000_000
MAX_PIXELS = 40_000_000
GPS_IFD = 0x8825
LAT_REF, LAT, LON_REF, LON = 1, 2, 3, 4


def gps_from_image(
    data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees from the image's EXIF GPS block, or None."""
    if not data or len(data) > max_bytes:
        return None
    from PIL import Image, UnidentifiedImageError  # imported by the first photo read, not by every scan

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
                if width * height > max_pixels:
                    return None
                gps = dict(img.getexif().get_ifd(GPS_IFD))
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    except (OSError, ValueError, SyntaxError, TypeError, KeyError, IndexError):
        return None
    lat = _degrees(gps.get(LAT), gps.get(LAT_REF), 90.0)
    lon = _degrees(gps.get(LON), gps.get(LON_REF), 180.0)
    if lat is None or lon is None or (lat == 0.0 and lon == 0.0):
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(value: Any, ref: Any, limit: float) -> float | None:
    """EXIF (degrees, minutes, seconds) rationals and an N/S/E/W reference as signed degrees."""
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    total = d + m / 60.0 + s / 3600.0
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if str(ref).strip().upper() in ("S", "W"):
        total = -total
    if not math.isfinite(total) or abs(total) > limit:
        return None
    return total
