"""A blog post's or a journal article's byline as sites write it: the name, then a separator and the date
("By Jane Roe, MD · September 9, 2026") or the date right after it (Ghost's "Jane Roe Oct 4, 2026• 4 min read"),
or schema.org microdata marking the name (``itemprop="author"``).
The writer is the page's author ("name:author"); a byline naming no person ("Staff Writer") still gives none."""

from __future__ import annotations

import pytest

from footprint.extract import extract
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource


def _people(byline: str) -> list[tuple[str, tuple[str, ...]]]:
    body = f"""<html><head><title>Which test should you ask for? | Harbor Point Genetics Blog</title></head>
    <body><header><a href="/">Harbor Point Genetics</a></header><main><h1>Which test should you ask for?</h1>
    {byline}<p>Families ask me this every week, and my answer rarely changes.</p></main></body></html>"""
    url = "https://www.harborpointgenetics.example/blog/which-test"
    probe = Probe("harborpointgenetics.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, body, "text/html", url), None)
    return [(p.name, p.credentials) for p in page.people if "name:author" in p.read_from]


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">By Wren Halloway, MD · September 9, 2026</p>',
        '<p class="byline">By Wren Halloway, MD | Medical Director</p>',
        '<p class="byline">By Wren Halloway, MD, May 2, 2026</p>',
        '<p class="meta">by <span itemprop="author">Wren Halloway, MD</span>, <span>July 2026</span></p>',
        # Ghost's byline runs the name into the date and the reading time, with no separator before the date
        '<div class="article-byline"><h4 class="author-name"><a href="/author/wren/">Wren Halloway, MD</a></h4>'
        '<div><time datetime="2026-10-04">Oct 4, 2026</time><span>&bull; 4 min read</span></div></div>',
    ],
)
def test_the_byline_names_its_writer_whatever_follows_the_name(byline: str) -> None:
    assert _people(byline) == [("Wren Halloway", ("MD",))]


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">By Staff Writer · September 9, 2026</p>',
        '<p class="byline">By the Harbor Point team, May 2, 2026</p>',
    ],
)
def test_a_byline_naming_no_one_gives_no_person(byline: str) -> None:
    assert _people(byline) == []
