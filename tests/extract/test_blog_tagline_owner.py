"""A personal blog's tagline introduces its owner ("Sweaters and the lake. About me · Ann Roe knits in Duluth between
clinic days") and its posts are signed by the login ("ann", "Ann R."): the post is the owner's, with the tagline as
what they say of themselves. A guest's byline of another given name is not the owner's, and a namesake's tagline
with another town and trade is not the subject's."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Decision, Extracted, Identity, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Packing for the Faroes &#8211; Lake Knits</title></head><body>
<header class="site-header"><p class="site-title"><a href="/">Lake Knits</a></p>
<p class="site-description">{tagline}</p></header>
<main><article class="post"><header class="entry-header"><h1 class="entry-title">Packing for the Faroes</h1>
<div class="entry-meta">Posted on <time>June 2, 2026</time> <span class="byline">by <span class="author vcard">
<a class="url fn n" href="/author/x/">{byline}</a></span></span></div></header>
<div class="entry-content"><p>Two weeks on the islands from July 6. The cardigan is off the needles just in time,
and the house will be quiet while we are away. Pattern notes below.</p></div></article></main></body></html>"""


def _page(tagline: str, byline: str) -> Extracted:
    url = "https://www.lakeknits.example.com/2026/06/packing-for-the-faroes"
    probe = Probe("lakeknits.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, POST.format(tagline=tagline, byline=byline), "text/html", url), None)


def _decision(page: Extracted) -> Decision:
    subject = make_subject("Dr. Ann Roe", city="Duluth", state="MN", specialty="Pediatrics")
    return match(Identity(subject, ()), page).decision


OWN = "Sweaters and the lake. About me · Ann Roe knits in Duluth between shifts as a children's doctor."


def test_a_post_signed_by_the_login_is_the_owner_the_tagline_introduces() -> None:
    for signed in ("ann", "Ann R."):
        page = _page(OWN, signed)
        owner = next(p for p in page.people if p.name == "Ann Roe")
        assert "name:author" in owner.read_from
        assert "knits in Duluth" in owner.context
        assert _decision(page).is_match


def test_a_guest_post_of_another_given_name_is_not_the_owners() -> None:
    for signed in ("jen", "Ann P."):
        assert not any(p.name == "Ann Roe" and "name:author" in p.read_from for p in _page(OWN, signed).people)


def test_a_namesakes_blog_in_another_town_and_trade_is_not_the_subject() -> None:
    page = _page("Boats and wood. About me · Ann Roe builds canoes in Bend, Oregon.", "ann")
    assert not _decision(page).is_match
