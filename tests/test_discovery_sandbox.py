"""Discovery over the sandbox: every site it serves is found; every other site has an honest row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml

from footprint import pipeline
from footprint.models import CoverageStatus, Scan
from footprint.sandbox import WEB, Sandbox, demo_subject
from footprint.sites import catalog

# Catalog sites the sandbox serves pages about the subject on, and what each should say.
SERVED = {
    "healthgrades": "found", "sharecare": "found", "vitals": "found", "doximity": "found",
    "fastpeoplesearch": "found", "mastodon": "found", "open_payments": "found", "npi_registry": "found",
    "npiprofile": "found", "care_compare": "found",
    # ClinicalTrials.gov: its robots.txt disallows the API (/api/) to crawlers, and the sandbox serves it.
    "clinicaltrials": "robots_disallowed",
    # robots.txt refuses every crawler the whole site, as the real hosts' do (issue #16).
    "facebook": "robots_disallowed", "x": "robots_disallowed", "reddit": "robots_disallowed",
}  # fmt: skip
COULD_NOT_CHECK = {s.value for s in CoverageStatus} - {"found", "not_found"}


@pytest.fixture(scope="module")
def scan() -> Iterator[Scan]:
    with Sandbox() as web:
        yield pipeline.run(demo_subject(), web.settings())


def test_discovery_finds_the_subject_on_every_site_the_sandbox_serves(scan: Scan) -> None:
    manifest = set(yaml.safe_load((WEB / "manifest.yaml").read_text())["sites"].values())
    # Every catalog site whose origin the sandbox serves is in SERVED (the list cannot silently shrink).
    assert {s.id for s in catalog() if s.base_url in manifest} <= set(SERVED)
    rows = {c.site: c for c in scan.coverage}
    for site_id, status in SERVED.items():
        assert rows[site_id].status.value == status, rows[site_id]
    # The derived Bluesky candidate exists but is not confirmed: it is a possible match, not "about others".
    assert "possible match" in rows["bluesky"].detail
    # One row per site in scope, plus the registry lookup and the search backend.
    assert len(scan.coverage) == len(catalog()) + 1
    assert {c.site for c in scan.coverage} == {s.id for s in catalog()} | {"search:searxng"}
    # Sites the sandbox does not serve answer 404: not found, never a silent gap.
    for site in catalog():
        if site.id not in SERVED and not site.manual_only and not site.api_key_env:
            assert rows[site.id].status == CoverageStatus.NOT_FOUND, rows[site.id]
    assert rows["google_business"].status == CoverageStatus.SKIPPED
    assert "GOOGLE_PLACES_API_KEY" in rows["google_business"].detail
    board = rows["state_medical_board"]
    assert board.status == CoverageStatus.SKIPPED and board.manual_check_url == "https://omb.oregon.gov/search"


def test_open_payments_totals_reach_the_subjects_page(scan: Scan) -> None:
    pages = [m for m in scan.matches if m.page.site_id == "open_payments" and m.result.decision.is_match]
    # One datastore per program year the sandbox's metastore lists; the years with payments are pages.
    assert len(pages) == 3
    totals: dict[tuple[str, int], float] = {}
    for m in pages:
        for p in m.page.payments:
            totals[(p.payer, p.year)] = totals.get((p.payer, p.year), 0.0) + p.amount_usd
    assert totals[("Dermavance Therapeutics, Inc.", 2021)] == 22300.0
    assert totals[("Dermavance Therapeutics, Inc.", 2024)] == 4200.0
    assert totals[("Solenne Labs LLC", 2021)] == 64.17 and totals[("Solenne Labs LLC", 2023)] == 48.9
    row = next(c for c in scan.coverage if c.site == "open_payments")
    assert row.detail.endswith("; program years 2019-2025")
    # One finding per payer, summed over the years: 2021 and 2024 together.
    [conflict] = [f for f in scan.findings if f.category == "undisclosed_conflict"]
    assert "$26,500 (2021–2024)" in conflict.title and "Dermavance" in conflict.title
