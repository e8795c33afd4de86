"""`footprint scan --npi N` with no name: the name is the one the NPI registry keeps for N."""

from __future__ import annotations

import json
from pathlib import Path

from footprint.sandbox import Sandbox


def _config(web: Sandbox, tmp_path: Path) -> Path:
    mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
    config = tmp_path / "footprint.toml"
    config.write_text(
        f'[search]\nbackends = ["searxng"]\nsearxng_url = "{web.base_url}/searxng"\n\n'
        f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n[fetch]\ncache = false\n\n'
        f'[report]\nformats = ["json"]\n\n[mirrors]\n{mirrors}\n'
    )
    return config


def test_a_scan_given_only_the_npi_scans_the_physician_the_registry_names(run_cli, tmp_path: Path) -> None:
    with Sandbox() as web:
        out = tmp_path / "report"
        config = _config(web, tmp_path)
        result = run_cli("-q", "scan", "--npi", "1729483051", "--config", str(config), "--out", str(out))
    assert result.code == 3, result.err  # the sandbox physician's findings: found as when her name is typed
    report = json.loads((out / "report.json").read_text())
    assert report["subject"]["npi"] == "1729483051"
    assert "Imogen" in report["subject"]["name"] and "Castellwright" in report["subject"]["name"]
    categories = {c for f in report["findings"] for c in f["categories"]}
    assert {"home_address", "listing_inconsistency"} <= categories


def test_an_npi_the_registry_does_not_know_is_one_line_and_exit_2(run_cli, tmp_path: Path) -> None:
    with Sandbox() as web:
        result = run_cli("scan", "--npi", "1234567893", "--config", str(_config(web, tmp_path)))
    assert result.code == 2, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "NPI 1234567893 is not in the NPI registry" in lines[0]
    assert "Traceback" not in result.err


def test_neither_a_name_nor_an_npi_says_what_to_give(run_cli) -> None:
    result = run_cli("scan", "--city", "Portland")
    assert result.code == 2
    assert "give the physician's NAME, or --npi" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_an_unreachable_registry_is_exit_1_and_asks_for_the_name(run_cli, tmp_path: Path) -> None:
    config = tmp_path / "footprint.toml"
    config.write_text('[npi]\nbase_url = "http://127.0.0.1:9/npi/api/"\n\n[fetch]\ncache = false\nretries = 0\n')
    result = run_cli("scan", "--npi", "1729483051", "--config", str(config))
    assert result.code == 1, result.err
    assert "could not look up NPI 1729483051" in result.err and "give the physician's name too" in result.err
    assert "Traceback" not in result.err
