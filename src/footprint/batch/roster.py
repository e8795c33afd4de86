"""Rosters: the consultant's list of physicians, as CSV or JSON lines.

CSV has a header row naming some of the columns in :data:`COLUMNS` (only
``name`` is required; case and spaces do not matter); several values in one
cell are separated by ``;``. JSON lines holds one object per line with the
same keys; a multi-value key may also be a list. Row numbers are what a
spreadsheet shows (the header is row 1) or the line number in JSON lines.

A row that cannot be scanned (no name, a malformed NPI or check digit, an
unknown state, a non-http URL, a duplicate) becomes a :class:`RowProblem`
with its number and reason; the other rows still run. A roster that cannot
be read at all, or holds no rows, is a :class:`RosterError`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from footprint.batch.interface import Roster, RosterEntry, RowProblem
from footprint.errors import RosterError, SubjectError
from footprint.identity import fold, make_subject
from footprint.models import Subject

COLUMNS = ("name", "specialty", "city", "state", "npi", "handles", "known_urls", "also_known_as", "email")
MULTI = frozenset({"handles", "known_urls", "also_known_as"})
MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")

Raw = dict[str, Any]


def read_roster(path: str | Path) -> Roster:
    """Read and validate a roster file; RosterError when it cannot be read or is empty."""
    file = Path(path)
    text = _read_text(file)
    if not text.strip():
        raise RosterError(f"roster {file} is empty")
    as_json = file.suffix.lower() in JSON_SUFFIXES or (
        file.suffix.lower() != ".csv" and text.lstrip("\ufeff \t\r\n").startswith("{")
    )
    rows, notes = _json_rows(text) if as_json else _csv_rows(text, file)
    return validate(str(file), rows, notes)


def validate(source: str, rows: Iterator[tuple[int, Raw | str]], notes: tuple[str, ...] = ()) -> Roster:
    """Subjects from raw rows; a string instead of a row is that row's problem."""
    entries: list[RosterEntry] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    count = 0
    for number, raw in rows:
        count += 1
        if count > MAX_ROWS:
            raise RosterError(f"roster {source} has more than {MAX_ROWS} rows; split it into several batches")
        if isinstance(raw, str):
            problems.append(RowProblem(number, raw))
            continue
        try:
            subject = subject_from_row(raw)
        except SubjectError as exc:
            problems.append(RowProblem(number, exc.user_message()))
            continue
        key = subject_key(subject)
        if key in seen:
            problems.append(RowProblem(number, f"duplicate of row {seen[key]}"))
            continue
        seen[key] = number
        entries.append(RosterEntry(number, subject, key))
    if not count:
        raise RosterError(f"roster {source} has no rows")
    return Roster(source, tuple(entries), tuple(problems), notes)


def subject_from_row(raw: Raw) -> Subject:
    """A validated Subject from one row's values (SubjectError names what is wrong)."""
    values = {k: _clean(k, raw.get(k)) for k in COLUMNS}
    name = values["name"]
    if not isinstance(name, str) or not name:
        raise SubjectError("no name")
    return make_subject(
        name,
        specialty=_one(values["specialty"]),
        city=_one(values["city"]),
        state=_one(values["state"]),
        npi=_one(values["npi"]),
        handles=_many(values["handles"]),
        known_urls=_many(values["known_urls"]),
        also_known_as=_many(values["also_known_as"]),
        email=_one(values["email"]),
    )


def subject_key(subject: Subject) -> str:
    """A stable key for a subject within a batch: the same person described the same way."""
    parts = [
        fold(subject.name),
        subject.npi or "",
        fold(subject.specialty or ""),
        fold(subject.city or ""),
        subject.state or "",
        "|".join(sorted(h.lower() for h in subject.handles)),
        "|".join(sorted(subject.known_urls)),
        "|".join(sorted(fold(a) for a in subject.also_known_as)),
        (subject.email or "").lower(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _read_text(file: Path) -> str:
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise RosterError(f"roster {file} is larger than {MAX_BYTES // 1_000_000} MB")
        return file.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise RosterError(f"roster not found: {file}") from None
    except IsADirectoryError:
        raise RosterError(f"roster {file} is a folder, not a file") from None
    except UnicodeDecodeError:
        raise RosterError(f"roster {file} is not UTF-8 text", "save it as CSV UTF-8") from None
    except OSError as exc:
        raise RosterError(f"cannot read roster {file}: {exc.strerror}") from None


def _header_name(text: str) -> str:
    return re.sub(r"[\s-]+", "_", text.strip().lower())


def _csv_rows(text: str, file: Path) -> tuple[Iterator[tuple[int, Raw | str]], tuple[str, ...]]:
    first = text.splitlines()[0]
    # Spreadsheets in many locales export with ";" or tabs; the header decides.
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [_header_name(h) for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise RosterError(f"roster {file} has no readable header row ({exc})") from None
    if "name" not in header:
        found = ", ".join(h for h in header if h) or "none"
        raise RosterError(f"roster {file} has no 'name' column (columns: {found})")
    return _csv_records(reader, header), _unknown_note(h for h in header if h)


def _unknown_note(names: Iterable[str]) -> tuple[str, ...]:
    unknown = sorted({n for n in names if n not in COLUMNS})
    if not unknown:
        return ()
    return (f"ignored unknown column(s): {', '.join(unknown)} (known: {', '.join(COLUMNS)})",)


def _csv_records(reader: Any, header: list[str]) -> Iterator[tuple[int, Raw | str]]:
    number = 1
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield number, f"unreadable CSV: {exc}"
            continue
        if not any(c.strip() for c in cells):
            continue  # blank line between blocks of clients
        yield number, {h: c for h, c in zip(header, cells, strict=False) if h in COLUMNS}


def _json_rows(text: str) -> tuple[Iterator[tuple[int, Raw | str]], tuple[str, ...]]:
    rows: list[tuple[int, Raw | str]] = []
    keys: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append((number, f"not valid JSON: {exc.msg} at column {exc.colno}"))
            continue
        if not isinstance(data, dict):
            rows.append((number, "not a JSON object"))
            continue
        keys |= {str(k) for k in data}
        rows.append((number, data))
    return iter(rows), _unknown_note(keys)


def _clean(column: str, value: Any) -> str | list[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        items = [str(v).strip() for v in value if v is not None and not isinstance(v, dict | list)]
        return [i for i in items if i]
    if isinstance(value, dict | bool):
        raise SubjectError(f"{column} must be text")
    text = str(value).strip()
    if column in MULTI:
        return [p.strip() for p in text.split(";") if p.strip()]
    return text or None


def _one(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        return "; ".join(value) or None
    return value


def _many(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
