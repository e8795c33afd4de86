"""An unclaimed ratings profile, from the page's own words to the finding with the site's claim link."""

from __future__ import annotations

from footprint.assess import assess
from footprint.extract import extract
from footprint.match import match
from footprint.models import Match, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id
from tests.assess_cases import _identity

PROFILE = """<html><head><title>Dr. Daniel K. Ashworth, MD | Internal Medicine | Columbus, OH</title></head><body>
<h1>Dr. Daniel K. Ashworth, MD</h1><p>Internal Medicine · 1200 Olentangy River Rd Suite 310, Columbus, OH 43212</p>
<p>NPI 1518293764</p>{claim}</body></html>"""
URL = "https://www.healthgrades.com/physician/dr-daniel-ashworth-x7k2p"


def _findings(claim: str) -> list[str]:
    who = _identity({})
    probe = Probe("healthgrades", URL, ProbePurpose.PROFILE, ProbeSource.KNOWN_URL, PageKind.RATINGS_PROFILE)
    page = extract(Page(probe, 200, PROFILE.format(claim=claim), "text/html", URL), by_id()["healthgrades"])
    matched = Match(page, match(who, page))
    return [f"{f.title} -> {f.remediation.url}" for f in assess(who, (matched,), by_id())]


def test_a_claim_prompt_on_the_profile_becomes_an_unclaimed_finding_with_the_claim_link() -> None:
    found = _findings("<aside><a href='/claim'>Is this you? Claim your free profile</a></aside>")
    claim_url = by_id()["healthgrades"].remediation["claim_url"]
    assert f"Your Healthgrades profile is unclaimed -> {claim_url}" in found


def test_a_profile_that_does_not_say_is_not_called_unclaimed() -> None:
    assert not [f for f in _findings("<p>Accepting new patients</p>") if "unclaimed" in f]
