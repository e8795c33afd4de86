"""A personal site whose theme hides the post's author names its owner only in the footer ("Ann Roe · Duluth,
Minnesota · pots made between clinic days"): the post is the owner's, and the line is what they say of themselves.
A practice's footer, or a post signed by someone else, names no owner."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Extracted, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Cone 6 celadon — Clay Mornings</title>
<meta property="og:site_name" content="Clay Mornings">
<meta property="og:type" content="article"><meta itemprop="author" content="{meta}"></head><body>
<header><a href="/" class="Header-branding-logo">Clay Mornings</a></header>
<main><article class="BlogItem hentry"><h1>Cone 6 celadon</h1>{byline}<p>Three firings, three crawled glazes. The
culprit was the bisque: too dusty, and too cold.</p></article></main>
<footer class="Footer"><div class="sqs-block-content"><p>{footer}</p></div></footer></body></html>"""


def _page(footer: str, meta: str = "Ann", byline: str = "") -> Extracted:
    url = "https://claymornings.example/journal/cone-6"
    probe = Probe("claymornings.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = POST.format(footer=footer, meta=meta, byline=byline)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_the_footers_owner_wrote_the_post() -> None:
    page = _page("Ann Roe · Duluth, Minnesota · pots made between clinic days")
    assert [p.name for p in page.people] == ["Ann Roe"]
    record = NpiRecord("1234567893", "ANN", "ROE", credential="MD", taxonomies=("Ophthalmology",))
    ann = Identity(make_subject("Ann Roe", city="Duluth", state="MN"), (), record, npi_candidates=1)
    assert match(ann, page).decision.is_match  # her name and her town, in her own site's footer
    assert [p.name for p in _page("© 2026 Ann Roe", meta="").people] == ["Ann Roe"]


def test_a_practices_footer_or_another_writers_post_names_no_owner() -> None:
    practice = _page("Lakeside Ophthalmology · 12 Elm St, Duluth, MN")
    assert not [p for p in practice.people if "name:author" in p.read_from or "Lakeside" in p.name]
    signed = '<p class="byline">by Ben Poe</p>'
    guest = _page("Ann Roe · Duluth", meta="", byline=signed)
    assert not [p for p in guest.people if p.name == "Ann Roe" and "name:author" in p.read_from]


def test_a_footer_that_opens_with_the_sites_name_names_its_keeper_after_by() -> None:
    page = _page("Clay Mornings · a pottery notebook by Ann Roe · Duluth, Minnesota · pots made between clinic days")
    (owner,) = [p for p in page.people if "name:author" in p.read_from]
    assert owner.name == "Ann Roe" and [(a.city, a.state) for a in owner.addresses] == [("Duluth", "MN")]
    record = NpiRecord("1234567893", "ANN", "ROE", credential="MD", taxonomies=("Ophthalmology",))
    ann = Identity(make_subject("Ann Roe", city="Duluth", state="MN"), (), record, npi_candidates=1)
    assert match(ann, page).decision.is_match
    # The builder's credit is no owner's line: "a theme by", "a site designed by".
    for credit in ("Clay Mornings · a Squarespace theme by Ben Poe", "Clay Mornings · a site designed by Ben Poe"):
        assert not [p for p in _page(credit, meta="").people if "name:author" in p.read_from]


def test_a_footer_names_its_keeper_after_the_sites_name_and_what_the_site_is() -> None:
    # A Squarespace journal: the site's name, what it is, its keeper, her town; the hidden author is her short name.
    footer = "Clay Mornings · notes from a cold studio · Annika Roe · Duluth, Minnesota"
    page = _page(footer, meta="An")
    (owner,) = [p for p in page.people if "name:author" in p.read_from]
    assert owner.name == "Annika Roe" and [(a.city, a.state) for a in owner.addresses] == [("Duluth", "MN")]
    # A line that opens with no site name, or whose post another writer signed, names no keeper.
    assert not [p for p in _page("Stoneware · notes · Annika Roe", meta="").people if "name:author" in p.read_from]
    assert not [p for p in _page(footer, meta="Bo").people if "name:author" in p.read_from]
