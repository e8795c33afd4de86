"""`footprint watch`: the watch list, due scans, rosters and the daily schedule."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from footprint.errors import UsageError
from footprint.sandbox import Sandbox
from footprint.sandbox.state import WEB
from footprint.watch import Watch, WatchOptions, parse_every
from footprint.watch.schedule import JOB_COMMENT

VARIANTS = WEB.parent / "variants"
IMOGEN = ("Dr. Imogen R. Castellwright, MD", "--specialty", "Dermatology", "--city", "Portland", "--state", "OR",
          "--handle", "@icastellwright@mastodon.social")  # fmt: skip


def _sandbox_config(web: Sandbox, path: Path) -> Path:
    mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
    path.write_text(
        '[search]\nbackends = ["searxng"]\n'
        f'searxng_url = "{web.base_url}/searxng"\n\n[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n'
        f"[fetch]\ncache = false\nrate_limit_rps = 50.0\n\n[mirrors]\n{mirrors}\n",
        encoding="utf-8",
    )
    return path


def test_every_and_due() -> None:
    assert parse_every("monthly") == ("monthly", 30)
    assert parse_every("Weekly") == ("weekly", 7)
    assert parse_every("14d") == ("14d", 14)
    for bad in ("0d", "fortnightly", "-3d", ""):
        with pytest.raises(UsageError):
            parse_every(bad)
    from footprint.identity import make_subject

    now = datetime(2026, 11, 24, 6, 17, tzinfo=UTC)
    w = Watch(1, "k", make_subject("Ada Quill"), WatchOptions(), "monthly", 30, now - timedelta(days=90))
    assert w.due(now)  # never ran
    ran = Watch(**{**w.__dict__, "last_run_at": now - timedelta(days=29, hours=23, minutes=30)})
    assert ran.due(now)  # a daily timer a few minutes early does not slip a day
    recent = Watch(**{**w.__dict__, "last_run_at": now - timedelta(days=12)})
    assert not recent.due(now)


@pytest.mark.timeout(180)
def test_watch_run_reads_footprint_config_like_every_command(run_cli, run_cli_with, tmp_path: Path) -> None:
    db, out = str(tmp_path / "h.sqlite3"), tmp_path / "reports"
    assert run_cli("watch", "add", *IMOGEN, "--out", str(out), "--db", db).code == 0  # no --config of its own
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        result = run_cli_with({"FOOTPRINT_CONFIG": str(config)}, "-q", "watch", "run", "--db", db)
    assert result.code == 3, result.err  # scanned on the sandbox the config points at: high findings, new
    (report,) = out.glob("imogen-castellwright-*/report.json")
    assert json.loads(report.read_text())["findings"]


@pytest.mark.timeout(180)
def test_watch_add_run_list_remove(run_cli, tmp_path: Path) -> None:
    db, out = str(tmp_path / "h.sqlite3"), tmp_path / "reports"
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        added = run_cli("watch", "add", *IMOGEN, "--every", "monthly", "--config", str(config), "--out", str(out),
                        "--db", db)  # fmt: skip
        assert added.code == 0, added.err
        listed = run_cli("watch", "list", "--db", db)
        assert "Castellwright" in listed.out and "due now" in listed.out

        first = run_cli("-q", "watch", "run", "--db", db)
        assert first.code == 3, first.err  # first scan: the high findings are new
        reports = sorted(out.glob("imogen-castellwright-*/report.json"))
        assert len(reports) == 1
        again = run_cli("watch", "run", "--db", db)
        assert again.code == 0 and "nothing is due" in again.out  # monthly: not again today
        assert "due now" not in run_cli("watch", "list", "--db", db).out

        web.state.roots.insert(0, VARIANTS / "month2")
        forced = run_cli("watch", "run", "--all", "--db", db)
        assert forced.code == 3, forced.err  # the new drinking photo is high
        assert "1 new, 1 resolved" in " ".join(forced.out.split())  # the new photo: one finding

    history = json.loads(run_cli("history", "castellwright", "--db", db, "--format", "json").out)
    assert len(history) == 2 and history[0]["previous_scan_id"] == history[1]["id"]
    assert history[0]["report"].startswith(str(out))
    removed = run_cli("watch", "remove", "castellwright", "--db", db)
    assert removed.code == 0, removed.err
    assert "nothing watched" in run_cli("watch", "list", "--db", db).out
    assert len(json.loads(run_cli("history", "--db", db, "--format", "json").out)) == 2  # scans stay


def test_one_failing_subject_does_not_stop_the_others(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    with Sandbox() as web:
        good = _sandbox_config(web, tmp_path / "good.toml")
        doomed = _sandbox_config(web, tmp_path / "doomed.toml")
        for name, cfg in (("Dr. Ada Quill", doomed), ("Dr. Bo Lindqvist", good)):
            assert run_cli("watch", "add", name, "--state", "OR", "--config", str(cfg), "--db", db,
                           "--out", str(tmp_path / "r")).code == 0  # fmt: skip
        doomed.write_text("[fetch]\nretires = 3\n")  # a typo in the config after it was added
        result = run_cli("watch", "run", "--db", db)
    assert result.code == 1
    assert "Dr. Ada Quill" in result.err and "unknown key 'retires'" in result.err
    scans = json.loads(run_cli("history", "--db", db, "--format", "json").out)
    assert [s["subject"] for s in scans] == ["Dr. Bo Lindqvist"]


def test_roster_rows_become_watches_and_bad_rows_are_named(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "h.sqlite3")
    roster = tmp_path / "clients.csv"
    roster.write_text(
        "name,specialty,city,state,npi,handles,known_urls,also_known_as,email\n"
        "Dr. Ada Quill,Cardiology,Salem,OR,,@adaq@mastodon.social;@quill@med.social,,Ada Brook,ada@example.org\n"
        "Dr. Bo Lindqvist,,Bend,OR,1234567893,,https://example.org/bo,,\n"
        "Dr. Cy Fenn,,,,123,,,,\n",
        encoding="utf-8",
    )
    result = run_cli("watch", "add", "--roster", str(roster), "--every", "weekly", "--db", db)
    assert result.code == 1  # one row could not be used; the others are watched
    assert "roster row 4: NPI must be ten digits" in result.err  # the same row errors as 'batch'
    assert "Cy Fenn" not in run_cli("watch", "list", "--db", db).out
    listed = run_cli("watch", "list", "--db", db).out
    assert "Dr. Ada Quill" in listed and "Dr. Bo Lindqvist" in listed and "weekly" in listed
    again = run_cli("watch", "add", "--roster", str(roster), "--every", "monthly", "--db", db)
    assert again.code == 1 and run_cli("watch", "list", "--db", db).out.count("monthly") == 2  # updated, not doubled

    bad = tmp_path / "bad.csv"
    bad.write_text("fullname,state\nAda Quill,OR\n", encoding="utf-8")
    result = run_cli("watch", "add", "--roster", str(bad), "--db", db)
    assert result.code == 2 and "no 'name' column (columns: fullname, state)" in result.err


def test_install_schedule_in_a_crontab_file(run_cli, tmp_path: Path) -> None:
    tab = tmp_path / "crontab"
    tab.write_text("MAILTO=dr@example.org\n0 1 * * * /usr/bin/backup\n", encoding="utf-8")
    shown = run_cli("watch", "install-schedule", "--print", "--tabfile", str(tab), "--at", "05:40")
    assert shown.code == 0 and "40 5 * * *" in shown.out and "watch run" in shown.out
    assert JOB_COMMENT not in tab.read_text()  # --print changes nothing
    for _ in range(2):  # installing twice leaves one line
        result = run_cli("watch", "install-schedule", "--tabfile", str(tab), "--at", "05:40", "--db", "h.sqlite3")
        assert result.code == 0, result.err
    text = tab.read_text()
    assert text.count(JOB_COMMENT) == 1 and "/usr/bin/backup" in text and "MAILTO=dr@example.org" in text
    line = next(x for x in text.splitlines() if JOB_COMMENT in x)
    assert line.startswith("40 5 * * * ") and " -q watch run --db " in line and str(Path.cwd() / "h.sqlite3") in line
    assert run_cli("watch", "install-schedule", "--at", "25:00", "--tabfile", str(tab)).code == 2


def test_install_schedule_as_systemd_units(run_cli, tmp_path: Path) -> None:
    units = tmp_path / "units"
    shown = run_cli("watch", "install-schedule", "--systemd", "--print", "--unit-dir", str(units))
    assert shown.code == 0 and "OnCalendar=*-*-* 06:17:00" in shown.out and not units.exists()
    result = run_cli("watch", "install-schedule", "--systemd", "--unit-dir", str(units))
    assert result.code == 0, result.err
    service = (units / "footprint-watch.service").read_text()
    timer = (units / "footprint-watch.timer").read_text()
    assert "ExecStart=" in service and "watch run" in service and "SuccessExitStatus=3" in service
    assert "Persistent=true" in timer and "WantedBy=timers.target" in timer
    assert "systemctl --user enable --now footprint-watch.timer" in result.out


def test_watch_reads_rosters_as_batch_does(run_cli, tmp_path: Path) -> None:
    """One roster reader (issue #19): JSON lines, the practice column and the same row errors as 'batch'."""
    from footprint.batch import read_roster
    from footprint.history import History
    from footprint.watch import store

    db = str(tmp_path / "h.sqlite3")
    roster = tmp_path / "clients.jsonl"
    roster.write_text(
        '{"name": "Dr. Ada Quill", "state": "OR", "practice": "Salem Heart", "handles": ["@ada"]}\n'
        '{"name": "Dr. Bo Fenn", "npi": "1234567893"}\n'
        '{"name": "Dr. Bo Fenn, MD", "npi": "1234-567-893"}\n'
        "{not json\n",
        encoding="utf-8",
    )
    result = run_cli("watch", "add", "--roster", str(roster), "--db", db)
    assert result.code == 1
    expected = [f"roster row {p.row}: {p.reason}; skipped" for p in read_roster(roster).problems]
    assert [line for line in result.err.splitlines() if line.startswith("roster row")] == expected
    assert len(expected) == 2 and "the same NPI 1234567893" in expected[0]
    with History(Path(db)) as history:
        watched = {w.subject.name: w.subject for w in store.all_watches(history)}
    assert set(watched) == {"Dr. Ada Quill", "Dr. Bo Fenn"}
    assert watched["Dr. Ada Quill"].practice == "Salem Heart"


@pytest.mark.timeout(180)
def test_a_watched_scan_with_no_search_answering_fails_in_one_line(run_cli, tmp_path: Path) -> None:
    """A scheduled run must not pass silently when the web search it relies on is down."""
    db, out = str(tmp_path / "h.sqlite3"), tmp_path / "reports"
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        down = config.read_text().replace(f"{web.base_url}/searxng", "http://127.0.0.1:9")
        config.write_text(down + "\n")
        assert run_cli("watch", "add", *IMOGEN, "--config", str(config), "--out", str(out), "--db", db).code == 0
        result = run_cli("-q", "watch", "run", "--db", db)
    assert result.code == 1
    [line] = [text for text in result.err.splitlines() if text.startswith("footprint:")]
    assert line.startswith("footprint: error: Dr. Imogen R. Castellwright, MD: no search backend answered (searxng: ")
    assert len(list(out.glob("imogen-castellwright-*/report.json"))) == 1  # recorded and reported all the same


def test_a_watch_added_by_npi_alone_watches_the_registrys_name(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "h.db")
    with Sandbox() as web:
        config = _sandbox_config(web, tmp_path / "f.toml")
        added = run_cli("watch", "add", "--npi", "1729483051", "--config", str(config), "--db", db)
    assert added.code == 0, added.err
    assert "watching Imogen Castellwright, MD" in added.out
    listed = run_cli("watch", "list", "--db", db)
    assert "Imogen Castellwright" in listed.out
    nothing = run_cli("watch", "add", "--db", db)
    assert nothing.code == 2 and "give --npi" in nothing.err
