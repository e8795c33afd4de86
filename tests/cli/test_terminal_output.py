"""Hostile text on the terminal (issue #17, item 1): every command prints it as inert text.

A payer, a page title, a review, a subject's or a roster row's name can hold
Rich markup (``[/]`` crashed the summary after the scan was recorded, so no
alert went out; ``[link=...]`` became a clickable link) and raw escape
sequences (OSC 8 hyperlinks, screen clearing, C1 controls, bidi overrides).
Each command below is run in-process on a terminal-like console with the
pipeline replaced by one that returns a scan full of such text; the output
must show the text literally and hold no escape sequence but Rich's own
colours.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from footprint.assess import risk
from footprint.cli import Env, main
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    PageKind,
    Rating,
    Review,
    Scan,
    Subject,
)
from footprint.notify.message import Alert
from tests.scans import finding

LINK = "[link=https://evil.example/]click me[/link]"
OSC8 = "\x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\"
NASTY = f"Dermavance [/] Therapeutics {LINK} {OSC8} \x1b[2J\x9b31m[bold red]loud[/] \u202eevil\x07\x00"
NAME = "Ada [/] Quill"  # a subject (or roster) name a user typed
ROSTER_NAME = "Ada [/] Quill \x1b]8;;https://evil.example/\x07Lovelace\x1b]8;;\x07"
# Rich's own escapes, the only ones allowed: colours and bold, and the spinner's cursor moves.
RICH = re.compile(r"\x1b\[(?:[0-9;]*m|\?25[lh]|\d*A|2K)|\r")


@dataclass
class Run:
    code: int
    text: str  # stdout and stderr together, with Rich's own escapes removed


@pytest.fixture
def term(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the CLI in-process as on a terminal; what click echoes directly is captured too."""

    def run(*args: str) -> Run:
        result = _run(*args)
        captured = capsys.readouterr()
        return Run(result.code, RICH.sub("", captured.out + captured.err) + result.text)

    return run


def _run(*args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    # A real terminal: Rich would turn [link=...] into an OSC 8 hyperlink here.
    env = Env(
        Console(file=out, force_terminal=True, width=400, highlight=False),
        Console(file=err, force_terminal=True, width=400, highlight=False),
        environ={},
    )
    try:
        main(list(args), env=env)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return Run(code, RICH.sub("", out.getvalue() + err.getvalue()))


def _assert_inert(run: Run) -> None:
    assert "\x1b" not in run.text, repr(run.text[:2000])  # no OSC 8 link, no screen clearing
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", run.text), repr(run.text)
    assert "internal error" not in run.text and "MarkupError" not in run.text, run.text


def _hostile_scan(subject: Subject, when: datetime, stars: float) -> Scan:
    findings = (
        finding("payment", "high", NASTY, site=f"open_payments {NASTY}"),
        replace(finding("address", "medium", "a"), title=f"Home address {NASTY}"),
    )
    review = Review(1.0, 5.0, f"review {NASTY}", date=f"2026-{int(stars)}", author=NASTY)
    page = Extracted(
        url="https://www.healthgrades.com/physician/x",
        site_id="healthgrades",
        kind=PageKind.RATINGS_PROFILE,
        rating=Rating(stars, 5.0, 3),
        reviews=(review,) if stars < 4 else (),
    )
    coverage = (
        CoverageRow(f"blocker {NASTY}", CoverageStatus.CAPTCHA, NASTY),
        CoverageRow("healthgrades", CoverageStatus.FOUND if stars < 4 else CoverageStatus.BLOCKED, NASTY),
    )
    return Scan(
        id=f"s{int(when.timestamp())}",
        identity=Identity(subject, ()),
        started_at=when,
        finished_at=when + timedelta(seconds=3),
        search_results=(),
        matches=(Match(page, MatchResult(0.95, Decision.CONFIRMED, (NASTY,))),),
        findings=findings if stars < 4 else findings[1:],
        coverage=coverage,
        risk=risk(findings),
    )


@pytest.fixture
def hostile_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[Scan]:
    """``pipeline.run`` returns a hostile scan of whoever is scanned: first a 4.5-star one, then 1.5 stars."""
    from footprint import pipeline

    made: list[Scan] = []

    def fake_run(subject: Subject, settings: Any, **_: Any) -> Scan:
        when = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(days=31 * len(made))
        scan = _hostile_scan(subject, when, 4.5 if not made else 1.5)
        made.append(scan)
        return scan

    monkeypatch.setattr(pipeline, "run", fake_run)
    return made


def test_scan_history_and_diff_print_hostile_names_and_titles_as_text(hostile_pipeline, term, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    for i in (1, 2):
        run = term("-v", "scan", NAME, "--out", str(tmp_path / f"r{i} [bold]"), "--db", db)
        _assert_inert(run)
        assert run.code == (0, 3)[i - 1], run.text  # the new high finding alerts (exit 3), not a crash (exit 1)
        assert "Dermavance [/] Therapeutics" in run.text  # shown, literally
        assert LINK in run.text  # as text: not a link
    assert f"{NAME}: risk" in run.text
    assert f"report: {tmp_path / 'r2 [bold]'}" in run.text

    listed = term("history", "--db", db)
    _assert_inert(listed)
    assert listed.code == 0 and NAME in listed.text

    none = term("history", "[/] \x1b[2J", "--db", db)
    _assert_inert(none)
    assert none.code == 0 and "no scans stored for '[/] " in none.text

    diff = term("diff", "--db", db)
    _assert_inert(diff)
    assert diff.code == 0, diff.text
    assert f"{NAME}: scan" in diff.text
    assert "Dermavance [/] Therapeutics" in diff.text and "review Dermavance [/]" in diff.text


def test_an_error_quoting_hostile_text_is_one_clean_line(term, tmp_path: Path) -> None:
    config = f"{tmp_path}/[bold]\x1b]8;;https://evil.example/\x07c\x1b]8;;\x07\nsecond line.toml"
    run = term("scan", "Ada Quill", "--config", config, "--db", str(tmp_path / "h.db"))
    _assert_inert(run)
    assert run.code == 2
    assert run.text.count("\n") == 1 and run.text.startswith("footprint: error: config file not found: ")
    assert "[bold]c second line.toml" in run.text


def test_batch_prints_hostile_roster_names_and_results_as_text(hostile_pipeline, term, tmp_path: Path) -> None:
    roster = tmp_path / "clients.csv"
    roster.write_text(f'name,city\n"{ROSTER_NAME}",Portland\n"[/]",x\n', encoding="utf-8")
    out = tmp_path / "out [bold]"
    run = term("batch", str(roster), "--out", str(out), "--db", str(tmp_path / "h.db"))
    _assert_inert(run)
    assert run.code == 4, run.text  # one invalid row (and no high finding in a first scan)
    assert "roster row 3:" in run.text  # "[/]" is no name: a row problem, printed as text
    assert f"index: {out / 'index.html'}" in run.text
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["subjects"][0]["name"] == ROSTER_NAME  # the data keeps what the roster said


def test_watch_add_list_run_and_remove_print_hostile_names_as_text(hostile_pipeline, term, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    roster = tmp_path / "[bold]watch.csv"
    roster.write_text(f'name,state\n"{ROSTER_NAME}",OR\n"Bo \x1b[2J",ZZ\n', encoding="utf-8")
    runs = [
        term("watch", "add", "--roster", str(roster), "--out", str(tmp_path / "rep"), "--db", db),
        term("watch", "add", NAME, "--out", str(tmp_path / "rep"), "--db", db),
        term("watch", "list", "--db", db),
        term("-v", "watch", "run", "--all", "--db", db),
        term("watch", "remove", "quill", "--db", db),
    ]
    for run in runs:
        _assert_inert(run)
    added, single, listed, ran, removed = runs
    assert added.code == 1 and "row 3" in added.text  # the bad state is named; the good row is watched
    assert f"from {roster} watched" in added.text
    assert single.code == 0 and f"watching {NAME}" in single.text
    assert "Ada [/] Quill Lovelace" in listed.text
    assert ran.code == 3, ran.text
    assert f"{NAME}: risk" in ran.text
    assert removed.code == 0 and "no longer watching Ada [/] Quill" in removed.text


def test_export_inspect_prints_a_hostile_owner_name_as_text(term, tmp_path: Path) -> None:
    path = tmp_path / "facebook.zip"
    profile = {"profile_v2": {"name": {"full_name": f"Owner {NASTY}"}}}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("personal_information/profile_information/profile_information.json", json.dumps(profile))
    run = term("export", "inspect", str(path))
    _assert_inert(run)
    assert run.code == 0 and "owner: Owner Dermavance [/] Therapeutics" in run.text


def test_notifications_carry_no_control_characters_and_one_line_subjects() -> None:
    from footprint.identity import make_subject

    scan = _hostile_scan(make_subject("Ada Quill"), datetime(2026, 10, 1, tzinfo=UTC), 1.5)
    scan = replace(scan, identity=Identity(replace(scan.subject, name=f"Ada\r\nBcc: x@evil.example {OSC8}"), ()))
    alert = Alert(scan, scan.findings, None)
    assert "\n" not in alert.subject_line and "\x1b" not in alert.subject_line
    assert alert.subject_line.endswith("Ada Bcc: x@evil.example here")
    body = alert.text() + json.dumps(alert.payload(), ensure_ascii=False)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", body), repr(body)
    assert "Dermavance [/] Therapeutics" in body


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (OSC8, "here"),  # the hyperlink's URL goes with its escape sequence
        ("a\x1b[2Jb\x1b[31mc", "abc"),
        ("a\x9b2Jb", "ab"),  # C1 CSI
        ("x\x1bPq#0;2;0;0;0\x1b\\y", "xy"),  # DCS (sixel)
        ("line\nnext\tcol", "line\nnext\tcol"),
        ("\u202eevil\u2066", "evil"),
        ("plain [bold]text[/]", "plain [bold]text[/]"),
    ],
)
def test_clean_removes_whole_escape_sequences_and_keeps_text(raw: str, shown: str) -> None:
    from footprint.terminal import clean, esc

    assert clean(raw) == shown
    assert "\x1b" not in esc(raw)
