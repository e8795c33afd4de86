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


def test_an_are_you_dr_update_your_profile_prompt_is_unclaimed_but_a_manage_link_elsewhere_is_not() -> None:
    prompt = "<aside>Are you Dr. Daniel K. Ashworth, MD? <a href='https://update.example/'>Update your free profile</a>"
    assert any("unclaimed" in f for f in _findings(prompt + "</aside>"))
    footer = "<footer><a href='/providers'>Doctors: update your profile</a></footer>"
    assert not [f for f in _findings(footer) if "unclaimed" in f]


def test_two_confirmed_profiles_on_one_site_show_the_duplicate_on_the_unclaimed_one() -> None:
    # Alike against the registry, the profile nobody claimed is the stale one to merge away; the current
    # profile has nothing to fix.
    from footprint.assess.detectors.base import Context
    from footprint.assess.detectors.listings import duplicate_or_unclaimed_profile
    from footprint.models import Decision, Extracted, MatchResult

    def profile(url: str, claimed: bool | None) -> Match:
        page = Extracted(url, "healthgrades", PageKind.RATINGS_PROFILE, claimed=claimed)
        return Match(page, MatchResult(0.95, Decision.CONFIRMED, ("x",)))

    ctx = Context(_identity({}), by_id(), frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
    pages = [profile("https://hg.example/dr-a-1111", False), profile("https://hg.example/dr-a-2222", None)]
    shown = {f.title: f.url for f in duplicate_or_unclaimed_profile(ctx, pages)}
    assert shown == {
        "Your Healthgrades profile is unclaimed": "https://hg.example/dr-a-1111",
        "2 profiles for you on Healthgrades": "https://hg.example/dr-a-1111",
    }
