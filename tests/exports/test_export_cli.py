"""Exports through the command line: inspect, scan --export errors, demo --with-export end to end."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from footprint.cli.export import NETWORKS
from footprint.exports import READERS
from footprint.report.json_report import schema
from footprint.sandbox import sample_exports

SAMPLES = dict(sample_exports())


def test_inspect_offers_every_reader_as_a_network() -> None:
    # The command line spells the names out so that its --help need not import the readers.
    assert tuple(sorted(READERS)) == NETWORKS


def test_inspect_says_what_kind_of_export_and_what_it_holds(run_cli) -> None:
    result = run_cli("export", "inspect", str(SAMPLES["facebook"]))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("Facebook export, JSON (Download Your Information): ")
    assert "owner: Imogen Castellwright" in lines
    assert any(line.startswith("holds: profile (birthday, hometown") and "4 comments" in line for line in lines)
    assert "not understood: 2 other file(s) not read" in lines


@pytest.mark.parametrize(
    ("network", "label"), [("instagram", "Instagram export"), ("x", "X export, X archive"), ("linkedin", "LinkedIn")]
)
def test_inspect_recognises_every_network(run_cli, network: str, label: str) -> None:
    result = run_cli("export", "inspect", str(SAMPLES[network]))
    assert result.code == 0 and result.out.startswith(label)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("facebook", "expected NETWORK=PATH"),
        ("myspace=/tmp/x.zip", "unknown network 'myspace'"),
        ("facebook=/nonexistent/facebook.zip", "/nonexistent/facebook.zip: no such file or folder"),
    ],
)
def test_bad_export_flags_fail_in_one_line_before_any_request(run_cli, spec: str, message: str) -> None:
    result = run_cli("scan", "Dr. Imogen Castellwright", "--export", spec)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert message in result.err


@pytest.fixture(scope="module")
def demo_with_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, str, Path]:
    from footprint.cli import main

    out = tmp_path_factory.mktemp("demo-export") / "report"
    # Module-scoped: set up before the autouse per-test home, so it gets a home of its own.
    home = tmp_path_factory.mktemp("demo-export-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(home))
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            mp.setenv(var, str(home / var.lower()))
        with pytest.raises(SystemExit) as exit_info:
            main(["demo", "--with-export", "--out", str(out)])
    assert exit_info.value.code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report, (out / "report.html").read_text(encoding="utf-8"), str(out), home


def test_demo_with_export_puts_export_findings_in_the_report(demo_with_export) -> None:
    report, _, _, _ = demo_with_export
    jsonschema.validate(report, schema())
    by_title = {f["title"]: f for f in report["findings"]}
    comment = by_title["Public comment you left on @Marta Olsen's post"]
    assert comment["site"] == "facebook" and comment["category"] == "personal_comment"
    assert comment["evidence"]["source_ref"].endswith("comments_and_reactions/comments.json#comments_v2[0]")
    tweet = by_title["Your post or comment uses offensive language"]  # one finding for the rude reply
    assert tweet["categories"] == ["offensive_content", "personal_comment"]
    assert tweet["url"] == "https://x.com/icastellwright_md/status/1851000000000000001"
    assert not [t for t in by_title if "Castellwright Dermatology" in t]
    # Crawled findings are still there beside the export's.
    assert "Home address listed on FastPeopleSearch" in by_title
    # A Healthgrades reviewer is among the Facebook friends; no other friend or connection is.
    among = [f for f in report["findings"] if f["category"] == "boundary_violation"]
    assert [f["title"] for f in among] == [
        "Léa Fontaine, who reviewed you on Healthgrades, is among your friends on Facebook"
    ]
    # Every export item is a page of its own kind, confirmed as the physician's own.
    items = [p for p in report["pages"] if p["kind"] == "export_item"]
    assert len(items) == 25 and {p["match"]["decision"] for p in items} == {"confirmed"}
    coverage = {c["site"]: c for c in report["coverage"]}
    # The crawl is still honest: Facebook's robots.txt forbids it, and the row says the export was read instead.
    assert coverage["facebook"]["status"] == "robots_disallowed"
    assert "your own Facebook data export was read instead" in coverage["facebook"]["detail"]
    assert coverage["facebook export"]["status"] == "found"
    assert "not understood: 2 other file(s) not read" in coverage["facebook export"]["detail"]


def test_demo_with_export_html_links_back_to_the_item(demo_with_export) -> None:
    _, html, _, _ = demo_with_export
    assert (
        "in your download: <code>Facebook export: "
        "your_facebook_activity/comments_and_reactions/comments.json#comments_v2[0]</code>" in html
    )
    assert 'href="https://x.com/icastellwright_md/status/1851000000000000001"' in html
    # A reference without a network URL is never turned into a link.
    assert 'href="export:' not in html


def test_demo_with_export_writes_nothing_but_the_report(demo_with_export) -> None:
    _, _, folder, home = demo_with_export
    names = sorted(p.name for p in Path(folder).iterdir())
    # Evidence screenshots of crawled pages sit next to the report when a browser exists.
    assert [n for n in names if n != "screenshots"] == ["report.html", "report.json"]
    shots = Path(folder, "screenshots")
    assert not shots.exists() or all(p.suffix == ".png" for p in shots.iterdir())
    # No cache and no copy of the export: only the local history database may appear.
    written = [p for p in home.rglob("*") if p.is_file()]
    assert all(p.name.startswith("history.sqlite3") for p in written), written


def test_scan_with_exports_reads_a_zip_and_a_folder(run_cli, tmp_path: Path) -> None:
    import shutil

    from footprint.sandbox import Sandbox

    x_zip = Path(shutil.make_archive(str(tmp_path / "twitter-2026-11-01"), "zip", SAMPLES["x"]))
    with Sandbox() as web:
        mirrors = "\n".join(f'"{k}" = "{v}"' for k, v in web.mirrors().items())
        config = tmp_path / "footprint.toml"
        config.write_text(
            f'[search]\nbackends = ["searxng"]\nsearxng_url = "{web.base_url}/searxng"\n\n'
            f'[npi]\nbase_url = "{web.base_url}/npi/api/"\n\n[fetch]\ncache = false\n\n[mirrors]\n{mirrors}\n'
        )
        out = tmp_path / "report"
        result = run_cli(
            "-q", "scan", "Dr. Imogen R. Castellwright, MD", "--state", "OR", "--config", str(config),
            "--out", str(out), "--export", f"twitter={x_zip}", "--export", f"linkedin={SAMPLES['linkedin']}",
        )  # fmt: skip
    assert result.code == 3, result.err  # new high findings: the documented alert status
    report = json.loads((out / "report.json").read_text())
    sites = {f["site"] for f in report["findings"]}
    assert {"x", "linkedin"} <= sites and "instagram" not in sites
    offensive = next(f for f in report["findings"] if f["category"] == "offensive_content")
    assert offensive["evidence"]["source_ref"] == "X export: data/tweets.js#[0]"
    assert {c["site"] for c in report["coverage"]} >= {"x export", "linkedin export"}
