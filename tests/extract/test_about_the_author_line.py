"""A post signed with its owner's initials ("by LPD") and closed with an "About the author" line naming them is
theirs: the whole name of those initials is its writer, with the post's words as their own."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.about_lines import owner
from footprint.extract.html import parse
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Dingle in the rain</title></head><body class="single-post">
<header class="site-header"><p class="site-title"><a href="/" rel="home">Camper Notes</a></p></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">Dingle in the rain</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/a/">{by}</a>
</span></span></div></header><div class="entry-content"><p>Week two in Kerry. Nora has named every sheep.</p>
<p><em>About the author: Liam Roe is a foot and ankle surgeon in Lafayette, Indiana.</em></p></div></article>
</body></html>"""


def test_the_about_line_names_the_writer_the_initials_stand_for() -> None:
    url = "https://camper.example/2026/07/dingle/"
    probe = Probe("camper.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, POST.format(by="LPR"), "text/html", url), None)
    writer = next(p for p in page.people if p.name == "Liam Roe")
    assert "name:author" in writer.read_from
    assert "Nora has named every sheep" in writer.context  # the post's words are the writer's own


def test_an_about_line_of_other_initials_names_no_writer() -> None:
    assert owner(parse(POST.format(by="KJ")), "KJ") is None
    assert owner(parse(POST.format(by="L.P.R.")), "L.P.R.") is not None
