"""The API definitions carry the facts they rely on, word for word from docs/evidence/evidence.yaml (issue #16)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from footprint.sites import by_id

EVIDENCE = Path(__file__).resolve().parents[2] / "docs" / "evidence" / "evidence.yaml"


@pytest.mark.parametrize("site_id", ["open_payments", "google_business", "care_compare", "clinicaltrials"])
def test_the_api_definitions_carry_every_fact_of_their_research_file(site_id: str) -> None:
    research = yaml.safe_load(EVIDENCE.read_text(encoding="utf-8"))[site_id]
    carried = [(e.fact, e.status, e.source, e.date) for e in by_id()[site_id].evidence]
    assert carried == [(e["fact"], e["status"], e["source"], str(e["date"])) for e in research]
