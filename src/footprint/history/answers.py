"""Answers to "Is this you?", stored per subject in the history database.

Each scan stores the pages it matched only "possible" (``possible_pages``),
with what they show and why footprint could not decide. ``footprint review``
answers them: ``mine`` or ``not_me``, one row per subject and URL
(``answers``), which a later answer replaces and ``undo`` deletes. Before a
scan, :func:`for_subject` finds the subject's answers, which
:func:`footprint.review.with_answers` turns into known URLs and pages to set
aside.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from footprint.errors import HistoryError
from footprint.history import keys
from footprint.identity import fold
from footprint.models import Answer, Scan, Subject

if TYPE_CHECKING:
    from footprint.history.store import History


@dataclass(frozen=True)
class SubjectRow:
    """A stored subject, as ``review`` names it."""

    id: int
    key: str
    name: str


@dataclass(frozen=True)
class StoredAnswer:
    url: str
    answer: Answer
    answered_at: str
    site: str = ""
    title: str = ""
    handle: str = ""


@dataclass(frozen=True)
class PossibleRow:
    """A page the subject's latest scan matched "possible", and the answer given for it, if any."""

    url: str
    site: str
    title: str
    score: float
    shows: str
    why: str
    handle: str
    answer: Answer | None = None


def record_possible(db: sqlite3.Connection, scan: Scan) -> None:
    """Store the scan's possible pages, inside its write transaction."""
    from footprint.possible import possible_pages

    for p in possible_pages(scan):
        db.execute(
            "INSERT OR IGNORE INTO possible_pages (scan_id, url, site, title, score, shows, why, handle)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (scan.id, p.url, p.site, p.title, p.score, p.shows, p.why, p.handle),
        )


def find_subject(history: History, which: str | None, url: str | None = None) -> SubjectRow:
    """The subject a review is about: named (an NPI, a key or part of a name), or the one whose latest scan
    listed ``url`` as possible, or the subject scanned last. HistoryError when none or several fit."""
    with history.lock:
        db = history.db
        if which:
            folded = fold(which)
            rows = db.execute(
                "SELECT id, key, name FROM subjects WHERE key = ? OR npi = ? OR name_key LIKE ? OR name LIKE ?",
                (which, which, f"%{folded}%", f"%{which}%"),
            ).fetchall()
        elif url:
            rows = db.execute(
                "SELECT DISTINCT subj.id, subj.key, subj.name FROM possible_pages p"
                " JOIN scans s ON s.id = p.scan_id JOIN subjects subj ON subj.id = s.subject_id"
                " WHERE p.url = ? AND s.seq = (SELECT MAX(seq) FROM scans WHERE subject_id = subj.id)",
                (url,),
            ).fetchall()
        else:  # the subject scanned last: `footprint review` right after `footprint scan`
            rows = db.execute(
                "SELECT subj.id, subj.key, subj.name FROM scans s JOIN subjects subj ON subj.id = s.subject_id"
                " ORDER BY s.seq DESC LIMIT 1"
            ).fetchall()
    if not rows:
        if which:
            raise HistoryError(f"no stored subject matches {which!r}", "run 'footprint history' to list scans")
        if url:
            raise HistoryError(
                f"no subject's latest scan lists {url} as possible", "name the subject: footprint review SUBJECT ..."
            )
        raise HistoryError(f"no scans in {history.path} yet", "scan first: footprint scan NAME")
    if len(rows) > 1:
        names = "; ".join(sorted({str(r[2]) for r in rows})[:5])
        raise HistoryError(f"several subjects match: {names}", "name one: footprint review SUBJECT (an NPI or a name)")
    r = rows[0]
    return SubjectRow(int(r[0]), str(r[1]), str(r[2]))


def pending(history: History, subject: SubjectRow) -> list[PossibleRow]:
    """The possible pages of the subject's latest scan, best match first, each with its answer if given."""
    with history.lock:
        rows = history.db.execute(
            """
            SELECT p.url, p.site, p.title, p.score, p.shows, p.why, p.handle, a.answer
            FROM possible_pages p
            LEFT JOIN answers a ON a.subject_id = ? AND a.url = p.url
            WHERE p.scan_id = (SELECT id FROM scans WHERE subject_id = ? ORDER BY seq DESC LIMIT 1)
            ORDER BY p.score DESC, p.site, p.url
            """,
            (subject.id, subject.id),
        ).fetchall()
    return [
        PossibleRow(str(r[0]), str(r[1]), str(r[2]), float(r[3]), str(r[4]), str(r[5]), str(r[6]), _answer(r[7]))
        for r in rows
    ]


def _answer(value: object) -> Answer | None:
    try:
        return Answer(str(value)) if value else None
    except ValueError:
        return None


def answers(history: History, subject_id: int) -> list[StoredAnswer]:
    with history.lock:
        rows = history.db.execute(
            "SELECT url, answer, answered_at, site, title, handle FROM answers WHERE subject_id = ? ORDER BY url",
            (subject_id,),
        ).fetchall()
    return [
        StoredAnswer(str(r[0]), answer, str(r[2]), str(r[3]), str(r[4]), str(r[5]))
        for r in rows
        if (answer := _answer(r[1])) is not None
    ]


def answer(history: History, subject: SubjectRow, url: str, given: Answer) -> StoredAnswer:
    """Store ``given`` for ``url`` (replacing an earlier answer); the page's site, title and account come
    from the latest scan that listed it as possible."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with history.transaction() as db:
            seen = db.execute(
                "SELECT p.site, p.title, p.handle FROM possible_pages p JOIN scans s ON s.id = p.scan_id"
                " WHERE s.subject_id = ? AND p.url = ? ORDER BY s.seq DESC LIMIT 1",
                (subject.id, url),
            ).fetchone()
            site, title, handle = (str(seen[0]), str(seen[1]), str(seen[2])) if seen else ("", "", "")
            db.execute(
                "INSERT INTO answers (subject_id, url, answer, site, title, handle, answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subject_id, url) DO UPDATE SET"
                " answer = excluded.answer, answered_at = excluded.answered_at",
                (subject.id, url, given.value, site, title, handle, now),
            )
    except sqlite3.DatabaseError as exc:
        raise HistoryError(f"cannot write to the history database {history.path}: {exc}") from None
    return StoredAnswer(url, given, now, site, title, handle)


def undo(history: History, subject: SubjectRow, url: str) -> StoredAnswer | None:
    """Forget the answer for ``url``; the answer that was removed, or None when there was none."""
    before = next((a for a in answers(history, subject.id) if a.url == url), None)
    if before is None:
        return None
    try:
        with history.transaction() as db:
            db.execute("DELETE FROM answers WHERE subject_id = ? AND url = ?", (subject.id, url))
    except sqlite3.DatabaseError as exc:
        raise HistoryError(f"cannot write to the history database {history.path}: {exc}") from None
    return before


def for_subject(history: History, subject: Subject) -> list[StoredAnswer]:
    """The answers stored for the subject a scan is about to be recorded under (as ``History.record`` finds it:
    by NPI, else by name and state; a subject first scanned without an NPI is found by its name)."""
    by_name = keys.name_key(subject)
    with history.lock:
        found = None
        if subject.npi:
            found = history.db.execute(
                "SELECT id FROM subjects WHERE key = ? OR npi = ?", (f"npi:{subject.npi}", subject.npi)
            ).fetchone()
        if found is None:
            rows = history.db.execute(
                "SELECT id FROM subjects WHERE name_key = ? AND (? = '' OR npi IS NULL OR npi = ?)",
                (by_name, subject.npi or "", subject.npi or ""),
            ).fetchall()
            found = rows[0] if len(rows) == 1 else None
    return answers(history, int(found[0])) if found is not None else []


def apply(history: History, subject: Subject) -> Subject:
    """``subject`` with its stored answers applied, ready to scan (see :func:`footprint.review.with_answers`)."""
    from footprint.review import with_answers

    return with_answers(subject, [(a.url, a.answer, a.handle) for a in for_subject(history, subject)])


def apply_all(history: History, subjects: Sequence[Subject]) -> list[Subject]:
    """:func:`apply` for a whole roster; one query when nobody has answered anything (the usual batch)."""
    with history.lock:
        none = history.db.execute("SELECT 1 FROM answers LIMIT 1").fetchone() is None
    return list(subjects) if none else [apply(history, s) for s in subjects]
