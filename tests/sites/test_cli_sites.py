"""`footprint sites ...`: list, validate, selfcheck against a local mirror, and the README table."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint.cli.sites import README_END, README_START, markdown_table
from footprint.sites import by_id, catalog
from footprint.sites.presence import fixtures_dir

README = Path(__file__).resolve().parents[2] / "README.md"


def test_list_filters_by_kind(run_cli) -> None:
    result = run_cli("sites", "list", "--kind", "people_search", "--format", "json")
    rows = json.loads(result.out)
    assert {r["id"] for r in rows} == {
        "spokeo", "whitepages", "beenverified", "fastpeoplesearch", "truepeoplesearch", "radaris", "thatsthem",
    }  # fmt: skip
    assert all(r["remediation"]["optout_url"].startswith("https://") for r in rows)


def test_readme_table_is_generated_from_the_definitions() -> None:
    text = README.read_text(encoding="utf-8")
    assert README_START in text and README_END in text, "README lacks the generated sites table markers"
    current = text.split(README_START, 1)[1].split(README_END, 1)[0].strip()
    assert current == markdown_table(list(catalog())), (
        "README's sites table is stale: regenerate it with `footprint sites list --format markdown`"
    )


def _mirror(httpserver: HTTPServer, site_ids: list[str], swap: bool = False) -> dict[str, str]:
    """Serve each site's example fixtures at the example URLs' paths under /<id>/; ``swap`` serves them crossed."""
    routes: dict[str, tuple[int, str, str]] = {}
    mirrors = {}
    for sid in site_ids:
        site = by_id()[sid]
        for which in ("present", "absent"):
            example = site.examples[which]
            served = site.examples[{"present": "absent", "absent": "present"}[which]] if swap else example
            parts = urlsplit(example["url"])
            key = f"/{sid}{parts.path}" + (f"?{parts.query}" if parts.query else "")
            body = (fixtures_dir() / served["fixture"]).read_text(encoding="utf-8")
            routes[key] = (int(served.get("status", 200)), body, _content_type(served["fixture"]))
            mirrors[f"{parts.scheme}://{parts.netloc}"] = httpserver.url_for(f"/{sid}").rstrip("/")

    def handler(request: Request) -> Response:
        query = request.query_string.decode()
        key = request.path + (f"?{query}" if query else "")
        status, body, content_type = routes.get(key, (404, "not found", "text/html"))
        return Response(body, status=status, content_type=content_type)

    httpserver.expect_request("").respond_with_handler(handler)
    return mirrors


def _content_type(fixture: str) -> str:
    return "application/json" if fixture.endswith(".json") else "text/html"


def _config(tmp_path: Path, mirrors: dict[str, str]) -> Path:
    lines = ["[fetch]", "rate_limit_rps = 50.0", "", "[mirrors]", *(f'"{k}" = "{v}"' for k, v in mirrors.items())]
    path = tmp_path / "mirror.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


SITES = ["vitals", "instagram", "fastpeoplesearch", "bluesky"]


def test_selfcheck_passes_against_a_faithful_mirror(run_cli, httpserver: HTTPServer, tmp_path: Path) -> None:
    config = _config(tmp_path, _mirror(httpserver, SITES))
    result = run_cli("sites", "selfcheck", *(a for s in SITES for a in ("--site", s)), "--config", str(config))
    assert result.code == 0, result.out + result.err
    assert "stale: none" in result.out


def test_selfcheck_names_the_definitions_gone_stale(run_cli, httpserver: HTTPServer, tmp_path: Path) -> None:
    config = _config(tmp_path, _mirror(httpserver, SITES, swap=True))
    result = run_cli("sites", "selfcheck", *(a for s in SITES for a in ("--site", s)), "--config", str(config))
    assert result.code == 3
    assert "stale: bluesky, fastpeoplesearch, instagram, vitals" in result.out


def test_selfcheck_rejects_an_unknown_site(run_cli) -> None:
    result = run_cli("sites", "selfcheck", "--site", "nosuchsite")
    assert result.code == 2 and "unknown site id: nosuchsite" in result.err


def test_selfcheck_skips_fictional_examples_and_never_calls_unreachable_stale(run_cli, tmp_path: Path) -> None:
    config = tmp_path / "offline.toml"
    # Every unmirrored request goes to a closed local port: nothing reaches the internet, everything fails fast.
    config.write_text('[fetch]\nrate_limit_rps = 50.0\nretries = 0\nproxy = "http://127.0.0.1:9"\n')
    result = run_cli("sites", "selfcheck", "--site", "ratemds", "--config", str(config))
    assert result.code == 0, result.out + result.err
    assert "fictional example" in result.out and "could not" in result.out
    assert "stale: none" in result.out


def test_selfcheck_checks_a_fictional_example_s_real_page_when_it_has_one(run_cli, tmp_path: Path) -> None:
    config = tmp_path / "offline.toml"
    config.write_text('[fetch]\nrate_limit_rps = 50.0\nretries = 0\nproxy = "http://127.0.0.1:9"\n')
    result = run_cli("sites", "selfcheck", "--site", "vitals", "--config", str(config))
    assert result.code == 0, result.out + result.err
    # Vitals' present example is fictional, but a physician's own published profile stands beside it:
    # selfcheck tries that page (here it cannot reach it) instead of skipping the example.
    assert "fictional example" not in result.out
    assert result.out.count("unknown") == 2 and "stale: none" in result.out
