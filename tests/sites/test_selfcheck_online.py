"""`footprint sites selfcheck` against the live sites: every real example still reads as it should.

Run with ``pytest -m online``. A definition is stale when its present example
no longer reads as present or its absent example reads as present; an
example that cannot be checked (robots.txt, a captcha, a login wall) is
"could not check", not stale. Sites with only a fictional example and no
real page beside it are left out: there is nothing live to check.
"""

from __future__ import annotations

from typing import Any

import pytest

from footprint.sites import catalog


def _has_real_example(site: Any) -> bool:
    present = site.examples.get("present", {})
    return bool(present) and (not present.get("fixture_only") or bool(present.get("live")))


LIVE = [s.id for s in catalog() if _has_real_example(s) and not s.api_key_env]


@pytest.mark.online
@pytest.mark.parametrize("site_id", LIVE)
def test_the_live_site_still_reads_as_its_definition_says(run_cli: Any, site_id: str) -> None:
    result = run_cli("sites", "selfcheck", "--site", site_id)
    assert "STALE" not in result.out, result.out
    assert result.code == 0, result.out + result.err


def test_every_site_with_a_public_example_is_checked_online() -> None:
    """The list is the catalog's: a definition given a real example joins the online check."""
    assert {"healthgrades", "usnews", "vitals", "sharecare", "instagram", "tiktok", "youtube"} <= set(LIVE)
    assert not {"fastpeoplesearch", "spokeo", "truepeoplesearch", "thatsthem", "beenverified"} & set(LIVE)
