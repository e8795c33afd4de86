"""`footprint batch` as a consultant meets it: output off a terminal, the live display, --db."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from footprint.batch.display import LiveDisplay
from footprint.batch.interface import RosterEntry, SummaryRow
from footprint.history import History
from footprint.identity import make_subject
from footprint.sandbox import Sandbox
from tests.batch_support import DEMO_ROW, config_for, fictional_rows, write_csv
from tests.mailserver import smtp_server

FAST = ("fastpeoplesearch", "healthgrades")


def _args(sandbox: Sandbox, tmp_path: Path, rows: list[dict[str, str]]) -> list[str]:
    roster = write_csv(tmp_path / "clients.csv", rows)
    config = config_for(sandbox, tmp_path / "c.toml", disabled=FAST)
    return ["batch", str(roster), "--out", str(tmp_path / "out"), "--config", str(config)]


def test_off_a_terminal_each_subject_is_one_line(run_cli, sandbox: Sandbox, tmp_path: Path) -> None:
    rows = [*fictional_rows(2), {"name": "Dr. Bad Npi", "npi": "1234567890"}]
    result = run_cli(*_args(sandbox, tmp_path, rows), "--db", str(tmp_path / "h.db"))
    assert result.code == 4, result.err  # one invalid row, nothing else wrong
    lines = result.out.strip().splitlines()
    assert lines[0] == "batch: 2 subjects"
    assert sorted(line[:5] for line in lines[1:3]) == ["[1/2]", "[2/2]"]
    unchecked = (
        "could not check ClinicalTrials.gov (disallowed by robots.txt), Facebook (disallowed by robots.txt), "
        "Google Business Profile (not checked), "
        "Reddit (disallowed by robots.txt), State medical board licence lookup (not checked), "
        "X (Twitter) (disallowed by robots.txt)"
    )
    # Each scan is recorded in the history (--db), so the line counts what is new: nothing, here.
    assert all(f": risk low 0 · no findings · 0 new · {unchecked}" in line for line in lines[1:3]), lines
    assert lines[-4].startswith("batch: 2 of 2 done · 1 invalid row(s) skipped")
    assert lines[-3] == f"index: {tmp_path / 'out' / 'index.html'}"
    assert "roster row 4: NPI 1234567890 fails its check digit" in result.err


def test_every_scan_is_recorded_in_the_db_with_its_report_and_the_db_closed(
    run_cli, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[Path] = []
    close = History.close

    def closing(self: History) -> None:
        closed.append(self.path)
        close(self)

    monkeypatch.setattr(History, "close", closing)
    db = tmp_path / "h.db"
    result = run_cli("-q", *_args(sandbox, tmp_path, [DEMO_ROW, *fictional_rows(1)]), "--db", str(db))
    assert result.code == 3, result.err  # every finding of a first scan is new; the demo has high ones
    assert closed == [db]
    with History(db) as h:
        scans = h.scans()
    assert sorted(s.subject_name for s in scans) == sorted([DEMO_ROW["name"], fictional_rows(1)[0]["name"]])
    for s in scans:  # each with its report, absolute, and nothing left owing
        assert s.report_path and Path(s.report_path).is_absolute() and Path(s.report_path).is_file() and not s.owes
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["subjects"][0]["new_findings"] == summary["subjects"][0]["findings"] > 0
    assert "history" not in result.err


def test_a_batch_alerts_and_prints_pdfs_as_a_scan_does(run_cli, sandbox: Sandbox, tmp_path: Path) -> None:
    # One path for record, report and alert: [notify] and [browser] path hold in a batch too.
    browser = tmp_path / "fake-chromium"
    browser.write_text(  # prints every page the same: proof that the configured browser printed it
        '#!/bin/sh\nfor a in "$@"; do case "$a" in\n'
        "  --print-to-pdf=*) printf '%%PDF-1.4 fake' > \"${a#*=}\";;\nesac; done\n"
    )
    browser.chmod(0o755)
    with smtp_server() as mail:
        args = _args(sandbox, tmp_path, [DEMO_ROW, *fictional_rows(1)])
        config = Path(args[args.index("--config") + 1])
        config.write_text(
            config.read_text().replace("[browser]\n", f'[browser]\npath = "{browser}"\n')
            + '\n[notify]\nemail_to = ["consultant@example.org"]\nemail_from = "footprint@example.org"\n'
            f'smtp_host = "127.0.0.1"\nsmtp_port = {mail.port}\nsmtp_security = "none"\n'
        )
        result = run_cli("-q", *args, "--format", "html,json,pdf", "--db", str(tmp_path / "h.db"))
        assert result.code == 3, result.err
    (message,) = mail.messages  # the fictional physician has nothing to alert on
    assert message["Subject"].endswith(f"for {DEMO_ROW['name']}")
    assert f"{tmp_path / 'out' / 'imogen-castellwright' / 'report.html'}" in message.get_content()
    assert (tmp_path / "out" / "imogen-castellwright" / "report.pdf").read_bytes() == b"%PDF-1.4 fake"


def test_live_display_shows_subjects_in_flight_and_errors_as_they_happen() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100, color_system=None)
    a = RosterEntry(2, make_subject("Dr. Jane Doe"), "a")
    b = RosterEntry(3, make_subject("Dr. John Roe"), "b")
    display = LiveDisplay(console)
    with display:
        display.started(total=5, already_done=2)
        display.stage(a, "search")
        display.stage(b, "fetch (round 1, 7 pages)")
        frame = io.StringIO()
        Console(file=frame, width=100, color_system=None).print(display)
        display.finished(a, SummaryRow(2, "a", "Dr. Jane Doe", "jane-doe", "failed", error="disk full"))
    text = frame.getvalue()
    assert "2/5" in text and "Dr. Jane Doe" in text and "search" in text
    assert "Dr. John Roe" in text and "fetch (round 1, 7 pages)" in text
    assert "failed: Dr. Jane Doe (row 2) failed: disk full" in screen.getvalue()
    assert "2 of 5 subjects already done" in screen.getvalue()


def test_a_batch_whose_search_is_down_fails_and_says_which_subjects_are_incomplete(
    run_cli, sandbox: Sandbox, tmp_path: Path
) -> None:
    args = _args(sandbox, tmp_path, fictional_rows(1))
    config = Path(args[args.index("--config") + 1])
    config.write_text(
        config.read_text().replace(f'searxng_url = "{sandbox.base_url}/searxng"', 'searxng_url = "http://127.0.0.1:9"')
        + "\n"
    )
    result = run_cli(*args)
    assert result.code == 5, result.err  # not 0: a scan that searched nothing is no all-clear
    [line] = [text for text in result.out.splitlines() if text.startswith("[1/1]")]
    assert "INCOMPLETE: no search backend answered (searxng: " in line
    assert "source(s) that rely on web search could not be checked" in line
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    [row] = summary["subjects"]
    assert row["status"] == "done" and row["error"].startswith("no search backend answered")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'done, <span class="failed">incomplete</span>: no search backend answered' in index


def test_a_roster_row_with_only_the_npi_is_scanned_by_the_registrys_name(
    run_cli, sandbox: Sandbox, tmp_path: Path
) -> None:
    roster = tmp_path / "npis.csv"
    roster.write_text("npi\n1729483051\n")
    config = config_for(sandbox, tmp_path / "c.toml", disabled=FAST)
    result = run_cli("-v", "batch", str(roster), "--out", str(tmp_path / "out"), "--config", str(config))
    assert result.code in (0, 3), result.err
    assert "1 name(s) taken from the NPI registry" in result.out + result.err
    said = " ".join(result.err.split())  # the log wraps long lines
    assert "NPI 1729483051 is Imogen Castellwright, MD in the NPI registry (1 so far)" in said  # progress
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert "Castellwright" in json.dumps(summary)
