"""The command line as a user meets it: help, errors, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from footprint.cli import cli
from footprint.sandbox import Sandbox


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, command in group.commands.items():
        out.append((*prefix, name))
        if isinstance(command, click.Group):
            out.extend(_commands(command, (*prefix, name)))
    return out


@pytest.mark.parametrize("path", [(), *_commands(cli)], ids=lambda p: " ".join(p) or "footprint")
def test_every_command_explains_itself(run_cli, path: tuple[str, ...]) -> None:
    result = run_cli(*path, "--help")
    assert result.code == 0
    assert "Usage:" in result.out
    # A sentence of help, not just the usage line.
    body = result.out.split("\n\n", 2)[1].strip()
    assert len(body) > 20, result.out


def test_bad_flag_prints_one_line_and_exits_2(run_cli) -> None:
    result = run_cli("scan", "Dr. Jane Doe", "--bogus")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "--bogus" in lines[0]
    assert "Traceback" not in result.err


def test_unreadable_config_prints_one_line_and_exits_2(run_cli, tmp_path: Path) -> None:
    missing = run_cli("scan", "Dr. Jane Doe", "--config", str(tmp_path / "nope.toml"))
    assert missing.code == 2 and len(missing.err.strip().splitlines()) == 1
    assert "config file not found" in missing.err
    bad = tmp_path / "bad.toml"
    bad.write_text("[fetch]\nobey_robot = true\n")
    typo = run_cli("scan", "Dr. Jane Doe", "--config", str(bad))
    assert typo.code == 2 and "unknown key 'obey_robot'" in typo.err
    assert len(typo.err.strip().splitlines()) == 1


def test_invalid_subject_is_a_usage_error(run_cli) -> None:
    result = run_cli("scan", "Dr. Jane Doe", "--npi", "1234567890")
    assert result.code == 2 and "check digit" in result.err
    result = run_cli("scan", "Dr. Jane Doe", "--state", "Atlantis")
    assert result.code == 2 and "unknown US state" in result.err
    result = run_cli("scan", "Dr. Jane Doe", "--known-url", "javascript:alert(1)")
    assert result.code == 2 and "not an http(s) URL" in result.err


def test_unknown_report_format_is_a_clear_error(run_cli) -> None:
    result = run_cli("demo", "--format", "html,docx")
    assert result.code != 0 and "unknown report format 'docx'" in result.err


def test_scan_runs_the_same_pipeline_wherever_the_config_points(run_cli, tmp_path: Path) -> None:
    """`scan` with a config whose [mirrors], [search] and [npi] point at the sandbox."""
    with Sandbox() as web:
        mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
        config = tmp_path / "footprint.toml"
        config.write_text(
            f'[search]\nbackends = ["searxng"]\nsearxng_url = "{web.base_url}/searxng"\n\n'
            f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n[fetch]\nobey_robots = true\ncache = false\n\n'
            f'[report]\nformats = ["html", "json", "csv"]\n\n'
            f"[mirrors]\n{mirrors}\n"
        )
        out = tmp_path / "report"
        result = run_cli(
            "-q", "scan", "Dr. Imogen R. Castellwright, MD", "--specialty", "Dermatology", "--city", "Portland",
            "--state", "OR", "--npi", "1729483051", "--handle", "@icastellwright@mastodon.social",
            "--config", str(config), "--out", str(out),
        )  # fmt: skip
    # A first scan: every finding is new, and the home address is high: an alert (3).
    assert result.code == 3, result.err
    report = json.loads((out / "report.json").read_text())
    assert report["subject"]["npi"] == "1729483051"
    categories = {c for f in report["findings"] for c in f["categories"]}
    assert {"home_address", "tagged_photo", "personal_comment", "listing_inconsistency"} <= categories
    # --quiet prints only the report paths: the formats the config's [report] table asks for.
    assert result.out.strip().splitlines() == [
        f"report: {out / name}" for name in ("report.html", "report.json", "report.csv")
    ]


def test_settings_variables_override_the_config_file(run_cli_with, tmp_path: Path) -> None:
    """FOOTPRINT_CONFIG names the sandbox config; FOOTPRINT_REPORT_FORMATS overrides its [report] formats."""
    with Sandbox() as web:
        config = tmp_path / "footprint.toml"
        mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
        config.write_text(
            '[search]\nbackends = ["searxng"]\n'
            f'searxng_url = "{web.base_url}/searxng"\n\n[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n'
            f'[fetch]\ncache = false\n\n[report]\nformats = ["html", "json"]\n\n[mirrors]\n{mirrors}\n'
        )
        out = tmp_path / "report"
        environ = {"FOOTPRINT_CONFIG": str(config), "FOOTPRINT_REPORT_FORMATS": "csv, json"}
        result = run_cli_with(
            environ, "-q", "scan", "Dr. Imogen R. Castellwright, MD", "--state", "OR", "--out", str(out)
        )
    assert result.code == 3, result.err  # the sandbox's findings: the config file was read
    assert result.out.strip().splitlines() == [f"report: {out / name}" for name in ("report.csv", "report.json")]


def test_an_unknown_settings_variable_is_one_line_and_exits_2(run_cli_with) -> None:
    result = run_cli_with({"FOOTPRINT_FETCH_RATE_LIMT_RPS": "2"}, "scan", "Dr. Jane Doe")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "unknown environment variable FOOTPRINT_FETCH_RATE_LIMT_RPS" in lines[0]


def test_sites_list_and_validate(run_cli, tmp_path: Path) -> None:
    listed = run_cli("sites", "list", "--format", "json")
    assert listed.code == 0
    ids = {row["id"] for row in json.loads(listed.out)}
    assert {"healthgrades", "sharecare", "fastpeoplesearch", "mastodon", "facebook"} <= ids
    assert run_cli("sites", "validate").code == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\nname: Broken\nkind: ratings\nbase_url: https://x.example\nprofile_pattern: []\n")
    result = run_cli("sites", "validate", str(broken))
    assert result.code == 2
    assert "broken.yaml" in result.err and "profile_pattern" in result.err
