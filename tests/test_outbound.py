"""The other profiles a confirmed page links to (``footprint.outbound``): read from its links and its
schema.org ``sameAs``, opened after the provisional match, each remembering the page that linked it."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from footprint import config, pipeline
from footprint.identity import make_subject
from footprint.models import Decision, Extracted, Match, MatchResult, Page, PageKind, Probe, ProbePurpose, ProbeSource
from footprint.outbound import follow, profile_links
from footprint.sites import catalog

SITES = {s.id: s for s in catalog()}
OWN = "https://www.oakwoodwomenshealth.example/providers/marta-vellanova"
HG = "https://www.healthgrades.com/physician/dr-marta-vellanova-x1y2z"
IG = "https://www.instagram.com/dr.marta.v/"
PAGE = f"""<html><head><script type="application/ld+json">
{{"@type": "Physician", "name": "Marta Vellanova, MD", "sameAs": ["{IG}", "https://example.org/not-a-catalog"]}}
</script></head><body><h1>Marta Vellanova, MD</h1>
<p>Read my reviews on <a href="{HG}">Healthgrades</a>,
<a href="https://www.healthgrades.com/usearch?what=Vellanova">more doctors</a>,
<a href="/providers/other-doctor">a colleague here</a>, <a href="mailto:x@y.example">mail</a>.</p></body></html>"""


def _page(body: str, url: str = OWN, content_type: str = "text/html; charset=utf-8") -> Page:
    probe = Probe("web", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT)
    return Page(probe, 200, body, content_type, url)


def _match(url: str, decision: Decision) -> Match:
    return Match(Extracted(url, "web", PageKind.OTHER, "x"), MatchResult(0.9, decision, (), None, 0))


def test_a_pages_profiles_on_catalog_sites_are_read_from_same_as_and_links() -> None:
    assert profile_links(_page(PAGE), SITES) == (IG, HG)  # not a search page, not its own host, not mail


def test_a_page_without_html_or_on_the_profiles_own_host_gives_none() -> None:
    assert profile_links(_page(PAGE, content_type="application/json"), SITES) == ()
    assert profile_links(_page(f'<a href="{HG}">me</a>', url="https://www.healthgrades.com/x"), SITES) == ()


def test_only_a_confirmed_page_is_followed_within_the_budget_and_once() -> None:
    linked = {OWN: (IG, HG), "https://other.example/a": ("https://www.instagram.com/someone/",)}
    judged = [_match(OWN, Decision.CONFIRMED), _match("https://other.example/a", Decision.POSSIBLE)]
    seen: set[str] = set()
    probes = follow(judged, linked, SITES, seen, 10)
    assert [p.page_url for p in probes] == [IG, HG]
    assert {p.linked_from for p in probes} == {OWN} and {p.source for p in probes} == {ProbeSource.LINK}
    assert follow(judged, linked, SITES, seen, 10) == []  # already probed
    assert len(follow(judged, linked, SITES, set(), 1)) == 1
    assert follow(judged, linked, SITES, set(), 0) == []


# Over a real local web: the user's own page links to a Doximity profile no search returned (one with the suffix the
# site gives a second profile of a name: footprint opens the plain /pub/ address by itself, not this one).

DOX = "https://www.doximity.com/pub/marta-vellanova-md-8a2f1c"
OWN_PAGE = f"""<html><head><title>Marta Vellanova, MD | Oakwood Women's Health | Raleigh, NC</title></head>
<body><h1>Marta Vellanova, MD</h1><p>Obstetrics and Gynecology. 410 Glenwood Ave, Raleigh, NC 27603.</p>
<p>Find me on <a href="{DOX}">Doximity</a>.</p></body></html>"""
DOX_PAGE = """<html><head><title>Dr. Marta Vellanova, MD - Obstetrics & Gynecology - Raleigh, NC | Doximity</title>
</head><body><h1>Dr. Marta Vellanova, MD</h1><p>Obstetrics & Gynecology in Raleigh, NC.</p></body></html>"""


@pytest.mark.parametrize("budget", [10, 0])
def test_a_profile_the_users_own_page_links_to_is_opened_and_judged(httpserver: HTTPServer, budget: int) -> None:
    from urllib.parse import urlsplit

    httpserver.expect_request("/search").respond_with_json({"results": []})
    httpserver.expect_request("/npi/api/").respond_with_json({"result_count": 0, "results": []})
    for url, body in ((OWN, OWN_PAGE), (DOX, DOX_PAGE)):
        host = urlsplit(url).hostname
        httpserver.expect_request(f"/h/{host}/robots.txt").respond_with_data("", status=404)
        httpserver.expect_request(f"/h/{host}{urlsplit(url).path}").respond_with_data(body, content_type="text/html")
    base = httpserver.url_for("").rstrip("/")
    settings = config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base, "follow_links": budget, "max_site_queries": 0},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "sites": {"username_candidates": 0},
            "mirrors": {f"https://{urlsplit(u).hostname}": f"{base}/h/{urlsplit(u).hostname}" for u in (OWN, DOX)},
        }
    )
    subject = make_subject("Dr. Marta Vellanova", city="Raleigh", state="NC", known_urls=[OWN])
    read = {m.page.url: m for m in pipeline.run(subject, settings).matches}
    assert read[OWN].result.decision == Decision.CONFIRMED
    if budget:
        assert read[DOX].result.decision.is_match  # judged like any other page
    else:
        assert DOX not in read
