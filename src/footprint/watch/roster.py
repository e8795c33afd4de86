"""Subjects for ``watch`` from a roster CSV.

The header names some of ``name,specialty,city,state,npi,handles,known_urls,
also_known_as,email`` (only ``name`` is required; case and spaces do not
matter); several values in one cell are separated by ``;``. A row that
cannot be scanned becomes a problem with its row number (the header is row
1); the other rows still count.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from footprint.errors import SubjectError, UsageError
from footprint.identity import make_subject
from footprint.models import Subject

COLUMNS = ("name", "specialty", "city", "state", "npi", "handles", "known_urls", "also_known_as", "email")
MULTI = ("handles", "known_urls", "also_known_as")
MAX_BYTES = 20_000_000


def read(path: str | Path) -> tuple[list[Subject], list[str]]:
    """The roster's subjects, and one line per row that could not be used."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise UsageError(f"roster {file} is larger than {MAX_BYTES // 1_000_000} MB")
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"roster not found: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read roster {file}: {exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [(h or "").strip().lower().replace(" ", "_") for h in reader.fieldnames or []]
    unknown = [h for h in header if h not in COLUMNS]
    if "name" not in header or unknown:
        detail = f"unknown column {unknown[0]!r}" if unknown else "no 'name' column"
        raise UsageError(f"roster {file}: {detail}; columns: {','.join(COLUMNS)}")
    subjects, problems = [], []
    for number, raw in enumerate(reader, start=2):
        row = {h: (v or "").strip() for h, v in zip(header, raw.values(), strict=False) if isinstance(v, str)}
        if not any(row.values()):
            continue
        try:
            subjects.append(_subject(row))
        except SubjectError as exc:
            problems.append(f"{file.name} row {number}: {exc.user_message()}")
    return subjects, problems


def _subject(row: dict[str, str]) -> Subject:
    def many(key: str) -> list[str]:
        return [v.strip() for v in row.get(key, "").split(";") if v.strip()]

    return make_subject(
        row.get("name", ""),
        specialty=row.get("specialty") or None,
        city=row.get("city") or None,
        state=row.get("state") or None,
        npi=row.get("npi") or None,
        handles=many("handles"),
        known_urls=many("known_urls"),
        also_known_as=many("also_known_as"),
        email=row.get("email") or None,
    )
