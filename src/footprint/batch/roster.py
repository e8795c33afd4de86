"""Rosters: the consultant's list of physicians, as CSV or JSON lines. The one reader.

``footprint batch ROSTER``, ``watch add --roster`` and ``watch run --roster``
all read rosters through :func:`read_roster`: the same columns, the same row
errors. CSV has a header row naming some of the columns in :data:`COLUMNS`
(``name`` is required, or ``npi`` when the caller can ask the NPI registry
for the name: :class:`footprint.by_npi.RegistryNames`; case and spaces do
not matter); several values
in one cell are separated by ``;``. JSON lines holds one object per line
with the same keys; a multi-value key may also be a list. Row numbers are
what a spreadsheet shows (the header is row 1) or the line number in JSON
lines.

A row that cannot be scanned becomes a :class:`RowProblem` with its number
and reason, and the other rows still run: no name, a malformed NPI or check
digit, an unknown state, a non-http URL, a handle with no letter or digit,
an unterminated quote, more cells than the header has columns, or a
duplicate (the same subject, or the same NPI however it is written). A
roster that cannot be read at all, or holds no rows, is a
:class:`RosterError`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from footprint.batch.interface import Roster, RosterEntry, RowProblem
from footprint.errors import FootprintError, RosterError, SubjectError
from footprint.identity import fold, make_subject
from footprint.models import Subject

COLUMNS = ("name", "specialty", "city", "state", "npi", "handles", "known_urls", "also_known_as", "email", "practice")
MULTI = frozenset({"handles", "known_urls", "also_known_as"})
MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")

Raw = dict[str, Any]
NameOf = Callable[[str], str]  # an NPI -> the name the registry keeps for it (FootprintError when it cannot say)


def read_roster(path: str | Path, name_of: NameOf | None = None) -> Roster:
    """Read and validate a roster file; RosterError when it cannot be read or is empty. With ``name_of``,
    a row that gives an NPI and no name is scanned by the name the registry keeps for that NPI."""
    file = Path(path)
    text = _read_text(file)
    if not text.strip():
        raise RosterError(f"roster {file} is empty")
    as_json = file.suffix.lower() in JSON_SUFFIXES or (
        file.suffix.lower() != ".csv" and text.lstrip("\ufeff \t\r\n").startswith("{")
    )
    rows, notes = _json_rows(text) if as_json else _csv_rows(text, file, by_npi=name_of is not None)
    return validate(str(file), rows, notes, name_of)


def validate(
    source: str, rows: Iterator[tuple[int, Raw | str]], notes: tuple[str, ...] = (), name_of: NameOf | None = None
) -> Roster:
    """Subjects from raw rows; a string instead of a row is that row's problem."""
    entries: list[RosterEntry] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    npis: dict[str, int] = {}
    count = 0
    for number, raw in rows:
        count += 1
        if count > MAX_ROWS:
            raise RosterError(f"roster {source} has more than {MAX_ROWS} rows; split it into several batches")
        if isinstance(raw, str):
            problems.append(RowProblem(number, raw))
            continue
        try:
            subject = subject_from_row(raw, name_of)
        except FootprintError as exc:  # a bad value, or an NPI the registry could not name
            problems.append(RowProblem(number, exc.user_message()))
            continue
        key = subject_key(subject)
        if key in seen:
            problems.append(RowProblem(number, f"duplicate of row {seen[key]}"))
            continue
        if subject.npi and subject.npi in npis:  # one physician, however the rows spell the rest
            problems.append(RowProblem(number, f"duplicate of row {npis[subject.npi]}: the same NPI {subject.npi}"))
            continue
        seen[key] = number
        if subject.npi:
            npis[subject.npi] = number
        entries.append(RosterEntry(number, subject, key))
    if not count:
        raise RosterError(f"roster {source} has no rows")
    return Roster(source, tuple(entries), tuple(problems), notes)


def subject_from_row(raw: Raw, name_of: NameOf | None = None) -> Subject:
    """A validated Subject from one row's values (SubjectError names what is wrong)."""
    values = {k: _clean(k, raw.get(k)) for k in COLUMNS}
    name = values["name"]
    npi = _one(values["npi"])
    if (not isinstance(name, str) or not name) and npi and name_of is not None:
        name = name_of(npi)  # the NPI alone: the registry's name for it
    if not isinstance(name, str) or not name:
        raise SubjectError("no name")
    return make_subject(
        name,
        specialty=_one(values["specialty"]),
        city=_one(values["city"]),
        state=_one(values["state"]),
        npi=npi,
        handles=_many(values["handles"]),
        known_urls=_many(values["known_urls"]),
        also_known_as=_many(values["also_known_as"]),
        email=_one(values["email"]),
        practice=_one(values["practice"]),
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
    if subject.practice:  # added later: rows without one keep the keys earlier batches journaled
        parts.append(fold(subject.practice))
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


def _csv_rows(
    text: str, file: Path, *, by_npi: bool = False
) -> tuple[Iterator[tuple[int, Raw | str]], tuple[str, ...]]:
    lines = _LINE.findall(text)
    # Spreadsheets in many locales export with ";" or tabs; the header decides.
    delimiter = max((",", ";", "\t"), key=lines[0].count)
    try:
        header = [_header_name(h) for h in next(csv.reader(lines[:1], delimiter=delimiter))]
    except (StopIteration, csv.Error) as exc:
        raise RosterError(f"roster {file} has no readable header row ({exc})") from None
    if "name" not in header and not (by_npi and "npi" in header):
        found = ", ".join(h for h in header if h) or "none"
        raise RosterError(f"roster {file} has no 'name' column (columns: {found})")
    return _csv_records(lines, header, delimiter), _unknown_note(h for h in header if h)


def _unknown_note(names: Iterable[str]) -> tuple[str, ...]:
    unknown = sorted({n for n in names if n not in COLUMNS})
    if not unknown:
        return ()
    return (f"ignored unknown column(s): {', '.join(unknown)} (known: {', '.join(COLUMNS)})",)


# A physical line with its ending; a quoted cell may span several (a spreadsheet cell with a line break).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")
UNTERMINATED = 'unterminated quote: a cell opens with " and never closes; the rows after it were read on their own'
MAX_CELL_LINES = 20  # how many lines one quoted cell may span; keeps a stray quote per row from costing n²


def _csv_records(lines: list[str], header: list[str], delimiter: str) -> Iterator[tuple[int, Raw | str]]:
    """Each record with its row number (rows as a spreadsheet counts them), or the reason it cannot be read."""
    number, at = 1, 1
    while at < len(lines):
        number += 1
        cells, used, problem = _record(lines, at, delimiter)
        at += used
        if problem:
            yield number, problem
            continue
        if not any(c.strip() for c in cells):
            continue  # blank line between blocks of clients
        extra = [c for c in cells[len(header) :] if c.strip()]
        if extra:
            yield number, f"{len(cells)} cells but the header names {len(header)} columns (a stray {delimiter!r}?)"
            continue
        yield number, {h: c for h, c in zip(header, cells, strict=False) if h in COLUMNS}


def _record(lines: list[str], at: int, delimiter: str) -> tuple[list[str], int, str]:
    """The record starting at line ``at``: its cells, how many lines it used, and a problem, if any.

    A quoted cell may continue on the next lines, but only if its quote closes and the record
    ends cleanly there; otherwise the row is an unterminated quote and the next line starts afresh,
    so that one stray quote never swallows the rest of the roster.
    """
    if '"' not in lines[at]:  # no quote, no quoting: the cells are what the delimiter separates
        return lines[at].rstrip("\r\n").split(delimiter), 1, ""
    reader = csv.reader(iter(lines[at : at + MAX_CELL_LINES]), delimiter=delimiter)
    try:
        cells = next(reader)
    except csv.Error as exc:
        return [], 1, f"unreadable CSV: {exc}"
    used = reader.line_num
    if used == 1:
        return cells, 1, ""
    strict = csv.reader(lines[at : at + used], delimiter=delimiter, strict=True)
    try:
        if next(strict) == cells:
            return cells, used, ""
    except csv.Error:
        pass
    return [], 1, UNTERMINATED


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
