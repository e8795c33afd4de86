"""The history store: migrations, one-transaction records, subjects, diffs, crashes and concurrency."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from footprint.errors import HistoryError
from footprint.history import History, default_db_path
from footprint.history.migrations import MIGRATIONS
from footprint.models import CoverageStatus, Rating, Review
from tests.conftest import SRC
from tests.scans import finding, make_scan

ROOT = SRC.parent
HOME = finding("home_address", "high", "4417 SE Larkspur Ct")
PHONE = finding("personal_phone", "medium", "(971) 555-0188")
PHOTO = finding("tagged_photo", "medium", "beach.jpg", "mastodon")


def _child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{ROOT}", **extra}


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_new_database_is_migrated_in_wal_mode_in_the_user_data_folder() -> None:
    path = default_db_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])  # the isolated home, never the real one
    with History() as h:
        h.record(make_scan((HOME,)))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    assert names == [name for name, _ in MIGRATIONS]
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    with History(path):  # reopening applies nothing twice
        pass
    assert _count(path, "migrations") == len(MIGRATIONS)


def test_record_fills_previous_scan_changes_and_statuses(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        first = h.record(make_scan((HOME, PHONE)))
        assert first.previous_scan_id is None and first.changes is None
        assert {f.status for f in first.findings} == {"new"}
        second = h.record(make_scan((PHONE, PHOTO)))
    assert second.previous_scan_id == first.id
    assert second.changes is not None
    assert second.changes.new == (PHOTO.id,)
    assert second.changes.resolved == (HOME.id,)
    assert second.changes.persisting == (PHONE.id,)
    assert {f.id: f.status for f in second.findings} == {PHONE.id: "persisting", PHOTO.id: "new"}


def test_a_finding_keyed_anew_by_a_newer_footprint_persists_instead_of_alerting(tmp_path: Path) -> None:
    # A newer version fingerprints a broker detail by page as well as by site: the same home address on
    # the same page, in the same words, is the finding the user already knows, not a new one.
    rekeyed = replace(HOME, id="0123456789abcdef")
    elsewhere = replace(HOME, id="fedcba9876543210", url="https://example.org/fastpeoplesearch/record/1")
    with History(tmp_path / "h.db") as h:
        h.record(make_scan((HOME, PHONE)))
        second = h.record(make_scan((rekeyed, elsewhere, PHONE)))
    assert second.changes is not None
    assert second.changes.new == (elsewhere.id,)  # the record's own page: newly reported
    assert second.changes.resolved == ()
    assert set(second.changes.persisting) == {rekeyed.id, PHONE.id}
    assert {f.id: f.status for f in second.findings}[rekeyed.id] == "persisting"


def test_subjects_are_kept_apart_and_recognised_by_npi_or_name_and_state(tmp_path: Path) -> None:
    with History(tmp_path / "h.db") as h:
        oregon = h.record(make_scan((HOME,), name="Dr. Ada Quill"))
        texas = h.record(make_scan((HOME,), name="Ada Quill, DO", state="TX"))
        assert texas.previous_scan_id is None  # same name, another state: another person
        # The same doctor written differently, then with her NPI: still the same subject.
        again = h.record(make_scan((HOME,), name="Ada B. Quill MD"))
        assert again.previous_scan_id == oregon.id
        with_npi = h.record(make_scan((HOME,), name="Ada Quill", npi="1234567893"))
        assert with_npi.previous_scan_id == again.id
        by_npi = h.record(make_scan((HOME,), name="A. Quill", npi="1234567893"))
        assert by_npi.previous_scan_id == with_npi.id
        assert len(h.scans("1234567893")) == 4
        assert len(h.scans("quill")) == 5


def test_diff_reports_ratings_reviews_and_coverage(tmp_path: Path) -> None:
    old_review = Review(5.0, 5.0, "Great doctor.", "2026-09-01", "R.T.")
    new_review = Review(1.0, 5.0, "Rude and rushed.", "2026-11-02", "K.M.")
    with History(tmp_path / "h.db") as h:
        a = h.record(
            make_scan(
                (HOME,),
                rating=Rating(4.6, 5.0, 38),
                reviews=(old_review,),
                coverage={"healthgrades": CoverageStatus.FOUND, "vitals": CoverageStatus.FOUND},
            )
        )
        b = h.record(
            make_scan(
                (HOME,),
                rating=Rating(4.4, 5.0, 40),
                reviews=(new_review, old_review),
                coverage={"healthgrades": CoverageStatus.FOUND, "vitals": CoverageStatus.BLOCKED},
            )
        )
        diff = h.compare(a.id[:6], b.id)  # ids may be abbreviated
    c = diff.changes
    assert c.new == () and c.resolved == () and c.persisting == (HOME.id,)
    assert [(r.before.value, r.after.value, r.after.count) for r in c.ratings] == [(4.6, 4.4, 40)]
    assert [n.review.text for n in c.reviews] == ["Rude and rushed."]
    assert [(x.site, x.before, x.after) for x in c.coverage] == [
        ("vitals", CoverageStatus.FOUND, CoverageStatus.BLOCKED)
    ]
    assert b.changes is not None and b.changes.coverage == c.coverage


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path, run_cli) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(HistoryError):
        History(bad)
    result = run_cli("history", "--db", str(bad))
    assert result.code == 1 and result.err.count("\n") == 1 and "cannot open the history database" in result.err


def test_kill_9_in_the_middle_of_a_write_leaves_no_half_scan(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with History(db) as h:
        kept = h.record(make_scan((HOME,), name="Ada Quill"))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.history_child", str(db), "Ada Quill", "1", "60"],
        cwd=ROOT,
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        doomed = child.stdout.readline().split()[-1]
        assert "pausing" in child.stderr.readline()  # inside the transaction, rows written, not committed
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, column in (("scans", "id"), ("findings", "scan_id"), ("pages", "scan_id")):
            rows = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (doomed,)).fetchone()[0]
            assert rows == 0, table
    assert _count(db, "scans") == 1
    with History(db) as h:  # still writable; the next scan follows the last complete one
        after = h.record(make_scan((HOME, PHONE), name="Ada Quill"))
    assert after.previous_scan_id == kept.id


def test_ctrl_c_during_a_scan_leaves_nothing_and_exits_130(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.history_child",
            "--cli",
            "60",
            "demo",
            "--db",
            str(db),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=tmp_path,
        env=_child_env(HOME=str(tmp_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As in test_batch_crash: a backgrounded test run ignores SIGINT; the child gets it back.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert child.stderr is not None
        deadline = time.monotonic() + 90
        line = ""
        while "pausing" not in line and time.monotonic() < deadline:
            line = child.stderr.readline()
            assert line or child.poll() is None, "the demo ended before writing"
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert "interrupted" in err
    assert _count(db, "scans") == 0 and _count(db, "findings") == 0
    assert not (tmp_path / "out" / "report.json").exists()


def test_two_processes_writing_at_once_do_not_corrupt_the_database(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    cmd = [sys.executable, "-m", "tests.history_child", str(db)]
    children = [
        subprocess.Popen(
            [*cmd, name, "15"], cwd=ROOT, env=_child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for name in ("Ada Quill", "Ada Quill", "Bo Lindqvist")
    ]
    for child in children:
        _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 45
        assert conn.execute("SELECT COUNT(*) FROM subjects").fetchone()[0] == 2
        # Each subject's scans form one unbroken chain: every scan follows the one stored before it.
        for (subject_id,) in conn.execute("SELECT id FROM subjects"):
            chain = conn.execute(
                "SELECT id, previous_scan_id FROM scans WHERE subject_id = ? ORDER BY seq", (subject_id,)
            ).fetchall()
            assert chain[0][1] is None
            assert all(chain[i][1] == chain[i - 1][0] for i in range(1, len(chain)))


def test_one_history_shared_by_threads_records_every_scan(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = [f"Dr. Ada Quill{'' if i % 2 else 'son'}" for i in range(24)]
    with History(tmp_path / "h.db") as h, ThreadPoolExecutor(max_workers=6) as pool:
        recorded = list(pool.map(lambda n: h.record(make_scan((HOME, PHONE), name=n)), names))
        assert len({s.id for s in recorded}) == 24
        assert sum(1 for s in recorded if s.previous_scan_id is None) == 2  # one first scan per subject
        assert len(h.scans(limit=100)) == 24
