"""Every site definition walks through its known-present and known-absent fixture pages."""

from __future__ import annotations

import pytest

from footprint.sites import catalog
from footprint.sites.presence import Verdict, as_fetched, fixture_page, judge_example

SITES = catalog()


def test_the_catalog_covers_the_sites_the_issue_names() -> None:
    ids = {s.id for s in SITES}
    wanted = {
        "healthgrades", "vitals", "webmd", "ratemds", "zocdoc", "usnews", "sharecare", "doximity", "caredash",
        "yelp", "google_business", "npi_registry", "open_payments", "state_medical_board", "facebook",
        "instagram", "x", "linkedin", "tiktok", "youtube", "reddit", "threads", "bluesky", "mastodon",
        "spokeo", "whitepages", "beenverified", "fastpeoplesearch", "truepeoplesearch", "radaris", "thatsthem",
    }  # fmt: skip
    assert wanted <= ids
    assert len(ids) >= 30
    for site in SITES:
        if site.kind == "people_search":
            assert site.remediation.get("optout_url", "").startswith("https://"), site.id


@pytest.mark.parametrize("site", SITES, ids=[s.id for s in SITES])
def test_definition_recognises_its_present_example_and_not_its_absent_one(site) -> None:  # type: ignore[no-untyped-def]
    assert set(site.examples) == {"present", "absent"}, f"{site.id} needs both examples"
    present = judge_example(site, "present", as_fetched(fixture_page(site, "present")))
    absent = judge_example(site, "absent", as_fetched(fixture_page(site, "absent")))
    assert present.verdict == Verdict.PRESENT, present
    assert absent.verdict == Verdict.ABSENT, absent
