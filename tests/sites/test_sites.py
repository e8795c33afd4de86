from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml

from footprint import sites
from footprint.errors import SiteDefinitionError
from footprint.models import PageKind, Parser
from footprint.sites import catalog, defs_dir, load_file, parse_definition, site_for_url


def test_every_bundled_definition_validates() -> None:
    assert len(catalog()) >= 5
    for site in catalog():
        assert site.source_file == f"{site.id}.yaml"
    # catalog() trusts the bundled files (a quicker start); here each passes the full schema check.
    for path in sorted(defs_dir().glob("*.yaml")):
        assert load_file(path) == next(s for s in catalog() if s.source_file == path.name)


def test_a_bundled_definition_that_breaks_the_schema_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "healthgrades.yaml"
    path.write_text((defs_dir() / "healthgrades.yaml").read_text() + "rate_limt_rps: 2\n")
    with pytest.raises(SiteDefinitionError, match=r"healthgrades.yaml.*rate_limt_rps"):
        load_file(path)


def test_an_unknown_key_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    raw = yaml.safe_load((defs_dir() / "healthgrades.yaml").read_text())
    raw["rate_limt_rps"] = 2
    with pytest.raises(SiteDefinitionError, match=r"mysite.yaml.*rate_limt_rps"):
        parse_definition(raw, "mysite.yaml")


def test_a_bad_regular_expression_is_caught() -> None:
    raw = {
        "id": "x",
        "name": "X",
        "kind": "ratings",
        "base_url": "https://x.example",
        "profile_patterns": ["(unclosed"],
    }
    with pytest.raises(SiteDefinitionError, match="bad regular expression"):
        parse_definition(raw, "x.yaml")


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("id: x\nname: X\nkind: ratings\nbase_url: https://x.example\n")
    with pytest.raises(SiteDefinitionError, match="must match the file name"):
        load_file(path)


def test_urls_are_classified_by_their_site_patterns() -> None:
    assert site_for_url("https://www.healthgrades.com/physician/dr-imogen-castellwright-y4kx9").id == "healthgrades"
    assert site_for_url("https://mastodon.social/@someone/123").id == "mastodon"
    assert site_for_url("https://unknown.example/page") is None


def test_mastodon_pages_map_to_their_public_api() -> None:
    mastodon = next(s for s in catalog() if s.id == "mastodon")
    assert mastodon.api_for("https://mastodon.social/@ann") == (
        "https://mastodon.social/api/v1/accounts/lookup?acct=ann",
        "mastodon_account",
    )
    assert mastodon.api_for("https://fosstodon.org/@ann/42") == (
        "https://fosstodon.org/api/v1/statuses/42",
        "mastodon_status",
    )


def test_every_page_kind_and_parser_the_schema_allows_is_one_the_code_knows() -> None:
    schema = json.loads(resources.files("footprint.sites").joinpath("schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]["page_kind"]["enum"]) <= set(PageKind)
    # JSON: search backends only; REVIEWS_JSON: what a definition's reviews_api answers.
    assert set(schema["$defs"]["parser"]["enum"]) == set(Parser) - {Parser.JSON, Parser.REVIEWS_JSON}
    assert all(isinstance(site.page_kind, PageKind) for site in catalog())
    parsers = [p for s in catalog() for p in (s.search_parser, *(a.parser for a in s.api))]
    parsers += [s.username.parser for s in catalog() if s.username is not None]
    assert all(isinstance(p, Parser) for p in parsers)


def test_a_page_kind_the_code_does_not_know_is_an_error_naming_file_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    loose = sites._schema()
    loose["properties"]["page_kind"] = {"type": "string"}
    monkeypatch.setattr(sites, "_schema", lambda: loose)
    raw = {"id": "x", "name": "X", "kind": "ratings", "base_url": "https://x.example", "page_kind": "blog"}
    with pytest.raises(SiteDefinitionError, match=r"x.yaml: page_kind: 'blog' is not one of ratings_profile, "):
        parse_definition(raw, "x.yaml")
