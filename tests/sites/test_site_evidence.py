"""Each site definition says where its facts came from: a public source and a date (issue #16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from footprint.errors import SiteDefinitionError
from footprint.sites import catalog, defs_dir, parse_definition

EVIDENCE = Path(__file__).resolve().parents[2] / "docs" / "evidence" / "evidence.yaml"
# Sites with no research file of their own (the state boards are one link per state).
WITHOUT_RESEARCH = {"state_medical_board"}


def _researched() -> dict[str, list[dict[str, str]]]:
    loaded: dict[str, list[dict[str, str]]] = yaml.safe_load(EVIDENCE.read_text(encoding="utf-8"))
    return loaded


def test_every_researched_site_carries_its_evidence() -> None:
    research = _researched()
    for site in catalog():
        if site.id in WITHOUT_RESEARCH:
            continue
        assert site.evidence, f"{site.id}.yaml has no evidence list"
        if site.id in research:
            wanted = {e["fact"] for e in research[site.id]}
            assert wanted <= {e.fact for e in site.evidence}, f"{site.id}.yaml lacks facts of docs/evidence"


def test_each_fact_is_the_research_file_s_own_words_source_and_date() -> None:
    """A definition's evidence is copied from docs/evidence, never paraphrased: the two cannot drift apart."""
    known = {(e["fact"], e["source"], str(e["date"])) for facts in _researched().values() for e in facts}
    for site in catalog():
        for item in site.evidence:
            assert (item.fact, item.source, item.date) in known, f"{site.id}: {item.fact[:60]!r} not in evidence.yaml"


def test_an_evidence_entry_without_a_source_is_an_error_naming_the_key() -> None:
    raw = yaml.safe_load((defs_dir() / "healthgrades.yaml").read_text(encoding="utf-8"))
    raw["evidence"] = [{"fact": "profiles at /providers/", "date": "2026-05-26"}]
    with pytest.raises(SiteDefinitionError, match=r"hg.yaml: evidence/0: 'source' is a required property"):
        parse_definition(raw, "hg.yaml")


def test_sites_list_verbose_shows_each_fact_with_its_source_and_date(run_cli) -> None:
    result = run_cli("sites", "list", "--kind", "ratings", "-v")
    assert result.code == 0
    out = " ".join(result.out.split())
    assert "healthgrades Healthgrades" in out
    assert "[confirmed, 2026-05-26] Practice blocks: `[data-qa-target=office-locations]`" in out
    assert "source: jtorrence0/apify-healthgrades-scraper src/main.js" in out
    assert "FastPeopleSearch (people_search" not in out  # --kind still filters


def test_sites_list_json_carries_the_evidence_only_when_asked(run_cli) -> None:
    plain = json.loads(run_cli("sites", "list", "--format", "json").out)
    verbose = json.loads(run_cli("sites", "list", "--format", "json", "-v").out)
    assert "evidence" not in plain[0]
    facts = {r["id"]: r["evidence"] for r in verbose}
    assert {"fact", "source", "date", "status"} <= set(facts["vitals"][0])
