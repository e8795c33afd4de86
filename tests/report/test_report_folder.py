"""Where a report goes: links planted in --out, a reused folder, a write cut short, --out checked first."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from footprint import report
from footprint.errors import ReportError, UsageError
from footprint.identity import make_subject
from footprint.report import FORMATS, write_all, write_private
from tests.report_scans import base_scan, finding, hostile_scan, png_bytes


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.mark.parametrize("shared", [False, True], ids=["own-folder", "shared-folder"])
def test_a_link_planted_in_out_is_replaced_never_written_through(tmp_path: Path, shared: bool) -> None:
    # Reported by the red team: report.json -> ../x overwrote x and chmod-ed it 600.
    out, victim, elsewhere = tmp_path / "out", tmp_path / "x", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    victim.write_text("keep me\n")
    victim.chmod(0o644)
    (out / "report.json").symlink_to("../x")
    (out / "report.html").symlink_to(victim)
    (out / "screenshots").symlink_to(elsewhere)  # evidence must not land outside --out either
    if shared:  # a folder with the user's own files: each file is replaced; else the folder is swapped whole
        (out / "notes.txt").write_text("the user's own file\n")
    shot = tmp_path / "tmp-evidence" / "shot.png"
    shot.parent.mkdir()
    shot.write_bytes(png_bytes())

    write_all(hostile_scan(shot), out, ("html", "json"))

    assert victim.read_text() == "keep me\n" and _mode(victim) == 0o644
    assert list(elsewhere.iterdir()) == []
    for name in ("report.json", "report.html"):
        assert not (out / name).is_symlink() and _mode(out / name) == 0o600
    assert json.loads((out / "report.json").read_text())["scan"]["id"] == "s1"
    assert not (out / "screenshots").is_symlink() and (out / "screenshots" / "shot.png").is_file()
    if shared:
        assert (out / "notes.txt").read_text() == "the user's own file\n"


def test_an_existing_out_folder_is_made_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    write_all(base_scan(findings=(finding("a"),)), out, ("json",))
    assert _mode(out) == 0o700


def test_a_reused_folder_never_mixes_two_scans(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old = base_scan(id="old", findings=(finding("a"),))
    write_all(old, out, ("html", "json", "csv"))
    # Next month without CSV: the old CSV would be a third scan's worth of confusion next to the new files.
    write_all(replace(old, id="new"), out, ("html", "json"))
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json"]
    assert json.loads((out / "report.json").read_text())["scan"]["id"] == "new"


def test_a_write_cut_short_leaves_the_previous_report_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reported by the red team: a kill during PDF rendering left html/json of the new scan beside the old PDF.
    out = tmp_path / "out"
    old = base_scan(id="old", findings=(finding("a"),))
    write_all(old, out, ("html", "json", "csv"))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def killed(_rendering: object) -> bytes:
        raise KeyboardInterrupt  # the process stops here, with html and json of the new scan rendered

    monkeypatch.setitem(FORMATS, "csv", ("report.csv", killed))
    with pytest.raises(KeyboardInterrupt):
        write_all(replace(old, id="new"), out, ("html", "json", "csv"))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "out"] == []  # nothing staged is left behind


def test_what_a_killed_write_staged_is_removed_by_the_next_one(tmp_path: Path) -> None:
    out = tmp_path / "out"
    leftover = tmp_path / ".out.footprint-abc123"
    leftover.mkdir()
    (leftover / "report.json").write_text('{"personal": "data"}')
    write_all(base_scan(), out, ("json",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_private_replaces_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me\n")
    (tmp_path / "changes.json").symlink_to(victim)
    write_private(tmp_path / "changes.json", b"{}\n")
    assert victim.read_text() == "keep me\n"
    assert (tmp_path / "changes.json").read_bytes() == b"{}\n" and _mode(tmp_path / "changes.json") == 0o600


def test_out_that_is_a_file_or_under_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "report.html"
    file.write_text("x")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        report.check_out(file)
    with pytest.raises(UsageError, match="is a file, not a folder"):
        report.check_out(file / "sub")
    with pytest.raises(UsageError, match="link to nothing"):
        (tmp_path / "dangling").symlink_to(tmp_path / "gone")
        report.check_out(tmp_path / "dangling")
    report.check_out(tmp_path / "new" / "folder")  # created when the report is written


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_out_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(UsageError, match="not writable"):
            report.check_out(locked)
        with pytest.raises(UsageError, match="cannot be created"):
            report.check_out(locked / "sub")
    finally:
        locked.chmod(0o700)


def test_out_holding_another_physicians_report_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_all(base_scan(), out, ("json",))  # Dr. Jane Doe, NPI 1234567893
    report.check_out(out, make_subject("Jane Doe"))  # the same physician's next report may replace it
    report.check_out(out, make_subject("Dr. Jane Q. Doe", npi="1234567893"))
    with pytest.raises(UsageError, match=r"holds the report of 'Dr\. Jane Doe, MD'"):
        report.check_out(out, make_subject("Dr. Raj Patel"))
    with pytest.raises(UsageError, match="holds the report of"):
        report.check_out(out, make_subject("Jane Doe", npi="1245319599"))  # a namesake with another NPI
    (out / "report.json").unlink()
    write_all(base_scan(), out, ("html",))  # only the HTML: its title names the physician
    with pytest.raises(UsageError, match="holds the report of"):
        report.check_out(out, make_subject("Dr. Raj Patel"))
    (out / "report.html").unlink()
    (out / "report.json").write_text('{"total": 3}')  # someone else's file of that name
    with pytest.raises(UsageError, match="footprint did not write"):
        report.check_out(out, make_subject("Jane Doe"))


def test_an_unwritable_parent_of_a_new_folder_is_a_report_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReportError):
        report.write_all(base_scan(), tmp_path / "file" / "out", ("json",))


def test_a_batch_summary_never_writes_through_a_planted_link(tmp_path: Path) -> None:
    from footprint.batch.interface import BatchResult
    from footprint.batch.summary import write_summary
    from footprint.status import ExitStatus

    out, elsewhere = tmp_path / "batch", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sorted").symlink_to(elsewhere)
    (out / "index.html").symlink_to(tmp_path / "victim.html")
    result = BatchResult(str(out), (), (), 0, 0.0, "high", ExitStatus.OK)
    write_summary(result, "clients.csv", out)
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "victim.html").exists()
    assert not (out / "sorted").is_symlink() and (out / "index.html").is_file()


def test_a_link_planted_as_the_report_folder_itself_is_replaced(tmp_path: Path) -> None:
    # A batch's subject folder (DIR/<name>) is footprint's own: a link found there was planted.
    batch, elsewhere = tmp_path / "batch", tmp_path / "elsewhere"
    batch.mkdir()
    elsewhere.mkdir()
    (batch / "jane-doe").symlink_to(elsewhere)
    written = write_all(base_scan(findings=(finding("a"),)), batch / "jane-doe", ("json",))
    assert list(elsewhere.iterdir()) == []
    assert not (batch / "jane-doe").is_symlink() and written.paths == (batch / "jane-doe" / "report.json",)
