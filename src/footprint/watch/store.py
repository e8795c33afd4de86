"""The watch list, stored in the history database's ``watches`` table."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime

from footprint.errors import UsageError
from footprint.history import History
from footprint.history.keys import name_key, subject_from_json, subject_to_json
from footprint.identity import fold
from footprint.models import Identity, Subject
from footprint.watch import Watch, WatchOptions

COLUMNS = "id, subject_key, subject_json, options_json, every, every_days, added_at, last_run_at, last_scan_id"


def watch_key(subject: Subject) -> str:
    from footprint.history.keys import subject_key

    return subject_key(Identity(subject, ()))


def add(history: History, subject: Subject, options: WatchOptions, every: str, days: int) -> tuple[Watch, bool]:
    """Add a watch, or update the one for the same subject (keeping when it last ran); True when new."""
    key, now = watch_key(subject), datetime.now(UTC).isoformat()
    opts = json.dumps(asdict(options))
    with history.transaction() as db:
        exists = db.execute("SELECT id FROM watches WHERE subject_key = ?", (key,)).fetchone()
        if exists:
            db.execute(
                "UPDATE watches SET name = ?, subject_json = ?, options_json = ?, every = ?, every_days = ?"
                " WHERE id = ?",
                (subject.name, subject_to_json(subject), opts, every, days, exists[0]),
            )
        else:
            db.execute(
                "INSERT INTO watches (name, subject_key, subject_json, options_json, every, every_days, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (subject.name, key, subject_to_json(subject), opts, every, days, now),
            )
    return next(w for w in all_watches(history) if w.subject_key == key), not exists


def all_watches(history: History) -> list[Watch]:
    with history.lock:
        rows = history.db.execute(f"SELECT {COLUMNS} FROM watches ORDER BY name, id").fetchall()  # noqa: S608
    return [_watch(r) for r in rows]


def find(history: History, text: str) -> list[Watch]:
    """Watches whose id, NPI, key or name matches ``text``."""
    wanted = fold(text)
    return [
        w
        for w in all_watches(history)
        if text in (str(w.id), w.subject_key, w.subject.npi) or (wanted and wanted in name_key(w.subject))
    ]


def remove(history: History, text: str) -> Watch:
    found = find(history, text)
    if not found:
        raise UsageError(f"no watch matches {text!r}", "run 'footprint watch list'")
    if len(found) > 1:
        names = "; ".join(f"{w.id} {w.subject.name}" for w in found[:5])
        raise UsageError(f"{text!r} matches several watches: {names}", "name one by its id")
    with history.transaction() as db:
        db.execute("DELETE FROM watches WHERE id = ?", (found[0].id,))
    return found[0]


def mark_run(history: History, watch: Watch, at: datetime, scan_id: str) -> None:
    with history.transaction() as db:
        db.execute(
            "UPDATE watches SET last_run_at = ?, last_scan_id = ? WHERE id = ?", (at.isoformat(), scan_id, watch.id)
        )


def _watch(r: tuple[object, ...]) -> Watch:
    opts = json.loads(str(r[3]))
    opts["formats"] = tuple(opts.get("formats") or ("html", "json"))
    return Watch(
        id=int(str(r[0])),
        subject_key=str(r[1]),
        subject=subject_from_json(str(r[2])),
        options=WatchOptions(**opts),
        every=str(r[4]),
        every_days=int(str(r[5])),
        added_at=datetime.fromisoformat(str(r[6])),
        last_run_at=datetime.fromisoformat(str(r[7])) if r[7] else None,
        last_scan_id=str(r[8]) if r[8] else None,
    )
