"""Small, forgiving readers for the JSON, JavaScript and CSV files inside exports.

Every function here returns None or an empty value for anything it does not
understand and records why on the collector; a reader never raises on a
file's content, with one exception: JSON nested deeper than the archive's
limit refuses the export (ExportError, one line, exit 2). Files are
stream-parsed within the archive's limits (:mod:`.jsonstream`): a file with
more values than one file may hold is read up to the limit, and the rest is
named as not read.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from footprint.errors import ExportError
from footprint.exports import jsonstream
from footprint.exports.archive import Archive, Limits, MemberTooLargeError, Readable
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
    """A JSON file's value, within the archive's limits; None (and a note) when it cannot be read."""
    return _parse(archive, name, out, "not valid JSON", text=fix_meta_text if meta else None)


def load_ytd(archive: Archive, name: str, out: Collector) -> list[Any]:
    """An X archive ``data/*.js`` file: skip ``window.YTD.x.part0 =`` and parse the JSON; never evaluate."""
    data = _parse(archive, name, out, "not a window.YTD data file", prefix=_YTD_PREFIX)
    if data is None:
        return []
    if not isinstance(data, list):
        out.odd(name)
        return []
    return data


def _parse(archive: Archive, name: str, out: Collector, invalid: str, **options: Any) -> Any:
    limits = archive.limits
    try:
        with archive.stream(name) as stream:
            out.used.add(name)
            parsed = jsonstream.parse(
                stream, max_values=limits.max_values, max_items=limits.max_items, max_depth=limits.max_depth, **options
            )
    except MemberTooLargeError:
        out.odd(name, "too large")
        return None
    except jsonstream.TooDeep as exc:
        raise ExportError(f"{archive.path}: {name} is {exc}; refusing to read it") from None
    except ValueError:
        out.odd(name, invalid)
        return None
    if parsed.stopped_at:
        out.odd(name, f"read up to {parsed.stopped_at}; the rest not read")
    return parsed.value


def load_csv(archive: Archive, name: str, out: Collector, expect: str) -> list[dict[str, str]]:
    """Rows of a LinkedIn CSV; skips the "Notes:" preamble some files carry before the header.

    Read line by line; at most the archive's ``max_items`` rows and ``max_values`` cells are kept, the rest
    named as not read.
    """
    try:
        with archive.stream(name) as stream:
            out.used.add(name)
            return _csv_rows(_lines(stream), name, out, expect, archive.limits)
    except MemberTooLargeError:
        out.odd(name, "too large")
        return []


def _csv_rows(lines: Iterator[str], name: str, out: Collector, expect: str, limits: Limits) -> list[dict[str, str]]:
    first = next((line for line in lines if expect.lower() in line.lower()), None)
    if first is None:
        out.odd(name, f"no {expect!r} column")
        return []
    rows: list[dict[str, str]] = []
    cells = 0
    try:
        header: list[str] | None = None
        for row in csv.reader(itertools.chain([first], lines)):
            if header is None:
                header = [h.strip() for h in row]
                cells = len(header)
                continue
            cells += len(row)
            if cells > limits.max_values or len(rows) >= limits.max_items:
                out.odd(name, f"read up to {len(rows):,} rows; the rest not read")
                break
            if row:
                rows.append({k: v.strip() for k, v in zip(header, row, strict=False)})
    except csv.Error:
        out.odd(name, "not valid CSV")
        return []
    return rows


def _lines(stream: Readable) -> Iterator[str]:
    """The stream's text, line by line ending in "\\n", decoded as UTF-8 with a BOM skipped."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    pending: list[str] = []  # the line so far, in pieces: a long line costs no quadratic copying
    while True:
        chunk = stream.read(1 << 16)
        text = decoder.decode(chunk, final=not chunk)
        start = 0
        while (end := text.find("\n", start)) >= 0:
            pending.append(text[start : end + 1])
            yield "".join(pending)
            pending.clear()
            start = end + 1
        if start < len(text):
            pending.append(text[start:])
        if not chunk:
            if pending:
                yield "".join(pending)
            return


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
