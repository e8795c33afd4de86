"""`footprint check`: one line per thing this machine can or cannot do, the fix for each, exit 0 when a scan can run."""

from __future__ import annotations

import socket
from pathlib import Path

from footprint.sandbox import Sandbox


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _lines(out: str) -> dict[str, str]:
    return {line[5:].split(":", 1)[0]: line for line in out.splitlines() if line[:4] in ("ok  ", "--  ", "FAIL")}


def test_a_ready_machine_says_so_line_by_line(run_cli_with, sandbox: Sandbox, tmp_path: Path) -> None:
    config = tmp_path / "sandbox.toml"
    config.write_text(sandbox.config_toml(), encoding="utf-8")
    tab = tmp_path / "crontab"
    installed = run_cli_with({}, "watch", "install-schedule", "--tabfile", str(tab))
    assert installed.code == 0, installed.err
    environ = {"GOOGLE_PLACES_API_KEY": "sk-live-do-not-print"}
    args = ("check", "--config", str(config), "--db", str(tmp_path / "h.sqlite3"), "--tabfile", str(tab))
    got = run_cli_with(environ, *args)
    assert got.code == 0, got.out + got.err
    lines = _lines(got.out)
    assert lines["config"] == f"ok   config: {config.resolve()}"
    assert lines["history"].startswith("ok   history: ") and "created on the first scan" in lines["history"]
    assert lines["search"].startswith("ok   search: searxng: answers")
    assert lines["NPI registry"].startswith("ok   NPI registry: answers")
    assert lines["key GOOGLE_PLACES_API_KEY"].startswith("ok   key GOOGLE_PLACES_API_KEY: set")
    assert lines["key BRAVE_SEARCH_API_KEY"].startswith("--   key BRAVE_SEARCH_API_KEY: not set")
    assert "→ export BRAVE_SEARCH_API_KEY=" in lines["key BRAVE_SEARCH_API_KEY"]
    assert lines["schedule"].startswith("ok   schedule: crontab: ") and "watch run" in lines["schedule"]
    assert "Chromium" in lines and "Playwright" in lines
    assert "sk-live-do-not-print" not in got.out + got.err
    assert got.out.rstrip().endswith("a scan can run")


def test_no_search_backend_answering_means_no_scan_with_the_fix(run_cli_with, tmp_path: Path) -> None:
    config = tmp_path / "footprint.toml"
    dead = f"http://127.0.0.1:{_free_port()}"
    search = f'[search]\nbackends = ["searxng"]\nsearxng_url = "{dead}"\n'
    config.write_text(f'{search}\n[npi]\nbase_url = "{dead}/npi/"\n', encoding="utf-8")
    got = run_cli_with({}, "check", "--config", str(config), "--db", str(tmp_path / "h.sqlite3"))
    assert got.code == 1
    lines = _lines(got.out)
    assert lines["search"].startswith("FAIL search: searxng: does not answer")
    assert "search.formats in settings.yml" in lines["search"]
    assert lines["NPI registry"].startswith("--   NPI registry: does not answer")
    assert lines["schedule"].startswith("--   schedule: not installed") and "install-schedule" in lines["schedule"]
    assert got.out.rstrip().endswith("a scan cannot run until each FAIL is fixed")


def test_a_broken_config_is_a_failing_line_not_a_traceback(run_cli_with, tmp_path: Path) -> None:
    config = tmp_path / "footprint.toml"
    config.write_text("[fetch]\nrate_limit_rsp = 2\n", encoding="utf-8")
    got = run_cli_with({}, "check", "--config", str(config), "--db", str(tmp_path / "h.sqlite3"))
    assert got.code == 1
    assert "FAIL config: " in got.out and "rate_limit_rsp" in got.out
    assert "search: not tried: the config is not valid" in got.out  # no request to endpoints nobody chose
    assert "Traceback" not in got.out + got.err


def test_web_search_turned_off_on_purpose_still_lets_a_scan_run(run_cli_with, sandbox: Sandbox, tmp_path: Path) -> None:
    config = tmp_path / "footprint.toml"
    config.write_text(f'[search]\nbackends = []\n\n[npi]\nbase_url = "{sandbox.base_url}/npi/api/"\n', encoding="utf-8")
    got = run_cli_with({}, "check", "--config", str(config), "--db", str(tmp_path / "h.sqlite3"))
    assert got.code == 0, got.out
    assert "--   search: off ([search] backends = [])" in got.out
    assert got.out.rstrip().endswith("a scan can run")
