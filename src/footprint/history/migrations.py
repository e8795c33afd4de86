"""Named, ordered, transactional migrations, recorded in the ``migrations`` table.

Each migration is a function that changes the schema; it runs inside the
same transaction that records its name, so a database is never left half
migrated. Migrations only ever get appended: a released one is never edited
or reordered, because its name is what marks it as applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from footprint.history.rollback import roll_back

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration, under its function name."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_scans(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE subjects (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name_key TEXT NOT NULL,
            npi TEXT,
            name TEXT NOT NULL,
            subject_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX subjects_name_key ON subjects(name_key);
        CREATE TABLE scans (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            subject_id INTEGER NOT NULL REFERENCES subjects(id),
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            risk_score REAL NOT NULL,
            risk_level TEXT NOT NULL,
            previous_scan_id TEXT,
            report_path TEXT,
            counters_json TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX scans_subject ON scans(subject_id, seq);
        CREATE TABLE pages (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            decision TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (scan_id, url)
        );
        CREATE TABLE ratings (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            value REAL NOT NULL,
            scale REAL NOT NULL,
            count INTEGER,
            PRIMARY KEY (scan_id, url)
        );
        CREATE TABLE reviews (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            rating REAL,
            scale REAL NOT NULL,
            date TEXT NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            reply TEXT NOT NULL,
            PRIMARY KEY (scan_id, url, fingerprint)
        );
        CREATE TABLE findings (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            excerpt TEXT NOT NULL,
            match_confidence REAL NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (scan_id, id)
        );
        CREATE TABLE coverage (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            site TEXT NOT NULL,
            status TEXT NOT NULL,
            detail TEXT NOT NULL,
            manual_check_url TEXT,
            PRIMARY KEY (scan_id, site)
        );
        """,
    )


@migration
def m002_watches(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE watches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            subject_key TEXT NOT NULL UNIQUE,
            subject_json TEXT NOT NULL,
            options_json TEXT NOT NULL,
            every_days INTEGER NOT NULL,
            every TEXT NOT NULL,
            added_at TEXT NOT NULL,
            last_run_at TEXT,
            last_scan_id TEXT
        );
        """,
    )


@migration
def m003_outbox(db: sqlite3.Connection) -> None:
    """What each recorded scan still owes: its report, then its alert (see :mod:`footprint.history.outbox`).

    Scans recorded before this migration had their reports written by the run
    that recorded them: they get no row, and a scan without a row owes nothing.
    """
    _script(
        db,
        """
        CREATE TABLE outbox (
            scan_id TEXT PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            folder TEXT NOT NULL,
            formats TEXT NOT NULL,
            alert_on TEXT,
            browser_path TEXT NOT NULL DEFAULT '',
            job TEXT NOT NULL DEFAULT '',
            scan_json TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_state ON outbox(state);
        CREATE INDEX outbox_job ON outbox(job)
        """,
    )


@migration
def m004_review_answers(db: sqlite3.Connection) -> None:
    """Answers to "Is this you?" per subject (``footprint review``), and the possible pages each scan listed."""
    _script(
        db,
        """
        CREATE TABLE answers (
            subject_id INTEGER NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            answer TEXT NOT NULL,
            site TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            handle TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL,
            PRIMARY KEY (subject_id, url)
        );
        CREATE TABLE possible_pages (
            scan_id TEXT NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            title TEXT NOT NULL,
            score REAL NOT NULL,
            shows TEXT NOT NULL,
            why TEXT NOT NULL,
            handle TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scan_id, url)
        )
        """,
    )


@migration
def m005_finding_exports(db: sqlite3.Connection) -> None:
    """Which own-data export a finding came from: a finding of an export not given again is not re-checked."""
    db.execute("ALTER TABLE findings ADD COLUMN export TEXT NOT NULL DEFAULT ''")


def _script(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits the open transaction first, and a
    # migration must stay inside the one that records it.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def applied(db: sqlite3.Connection) -> list[str]:
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
    if not exists:
        return []
    return [row[0] for row in db.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now.

    ``db`` must be in autocommit mode (``isolation_level=None``). Two
    processes opening a new database at once are serialised by
    ``BEGIN IMMEDIATE``; the second finds the work done.
    """
    if len(applied(db)) == len(MIGRATIONS):
        return []
    done: list[str] = []
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        already = set(applied(db))
        for name, fn in MIGRATIONS:
            if name in already:
                continue
            fn(db)
            db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, datetime.now(UTC).isoformat()))
            done.append(name)
        db.execute("COMMIT")
    except BaseException:
        roll_back(db)
        raise
    return done
