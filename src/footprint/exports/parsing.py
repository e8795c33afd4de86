"""Small, forgiving readers for the JSON, JavaScript and CSV files inside exports.

Every function here returns None or an empty value for anything it does not
understand and records why on the collector; a reader never raises on a
file's content.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from footprint.exports.archive import Archive
from footprint.exports.interface import Collector

_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")


def fix_meta_text(value: Any) -> Any:
    """Undo Meta's export encoding: UTF-8 bytes written as one ``\\u00XX`` escape each.

    "Caf\\u00c3\\u00a9" reads back as "CafÃ©"; encoding as Latin-1 recovers the
    bytes, which decode as UTF-8 to "Café". Strings that are not such
    mis-encodings (a real "é", or anything above U+00FF) are left alone.
    """
    if isinstance(value, str):
        if value.isascii() or any(ord(c) > 0xFF for c in value):
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return value
    if isinstance(value, list):
        return [fix_meta_text(v) for v in value]
    if isinstance(value, dict):
        return {k: fix_meta_text(v) for k, v in value.items()}
    return value


def load_json(archive: Archive, name: str, out: Collector, *, meta: bool = False) -> Any:
    text = archive.read_text(name)
    if text is None:
        out.odd(name, "too large")
        return None
    out.used.add(name)
    try:
        data = json.loads(text)
    except ValueError:
        out.odd(name, "not valid JSON")
        return None
    return fix_meta_text(data) if meta else data


def load_ytd(archive: Archive, name: str, out: Collector) -> list[Any]:
    """An X archive ``data/*.js`` file: strip ``window.YTD.x.part0 =`` and parse the JSON; never evaluate."""
    text = archive.read_text(name)
    if text is None:
        out.odd(name, "too large")
        return []
    out.used.add(name)
    body = _YTD_PREFIX.sub("", text, count=1).strip().rstrip(";").strip()
    try:
        data = json.loads(body)
    except ValueError:
        out.odd(name, "not a window.YTD data file")
        return []
    if not isinstance(data, list):
        out.odd(name)
        return []
    return data


def load_csv(archive: Archive, name: str, out: Collector, expect: str) -> list[dict[str, str]]:
    """Rows of a LinkedIn CSV; skips the "Notes:" preamble some files carry before the header."""
    text = archive.read_text(name)
    if text is None:
        out.odd(name, "too large")
        return []
    out.used.add(name)
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if expect.lower() in line.lower()), None)
    if start is None:
        out.odd(name, f"no {expect!r} column")
        return []
    try:
        reader = csv.DictReader(io.StringIO("".join(lines[start:])))
        return [{(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)} for row in reader]
    except csv.Error:
        out.odd(name, "not valid CSV")
        return []


def as_list(data: Any, *keys: str) -> list[Any] | None:
    """The list itself, or the list under the first of ``keys`` present; None when neither."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in keys:
            if isinstance(data.get(key), list):
                return list(data[key])
    return None


def obj(value: Any) -> dict[str, Any]:
    """The value when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def text_of(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def day(timestamp: Any) -> str:
    """A Unix timestamp as YYYY-MM-DD; "" when it is not one."""
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float) or timestamp <= 0:
        return ""
    try:
        return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    except (OverflowError, OSError, ValueError):
        return ""


def coordinate(lat: Any, lon: Any) -> tuple[float, float] | None:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None
    return la, lo


def place_text(name: str, gps: tuple[float, float] | None) -> str:
    """ "Laurelhurst Park (45.5215, -122.6253)", the name alone, or the coordinates alone."""
    where = f"{gps[0]:.4f}, {gps[1]:.4f}" if gps else ""
    if name and where:
        return f"{name} ({where})"
    return name or where


def first(values: Iterable[str]) -> str:
    return next((v for v in values if v), "")
