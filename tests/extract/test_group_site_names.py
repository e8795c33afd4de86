"""A forum's banner ("Fostering Iowa" over every thread, its <title>'s last part) and a family's site name
("Ranade Cousins") are a group's names, no person of the page, byline or not; a site named for a person ("Kirk
Cousins") stays. A blog's entry meta run into the heading ("... San Inazio Posted on July 28") names nobody."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.personhood import not_a_person
from footprint.extract.site_names import group_name
from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

FORUM = """<html><head><title>Clinic follow-up question - {site}</title></head><body>
<div class="headerbar"><h1>{site}</h1><p>Parents helping each other</p></div>
<h2 class="topic-title"><a href="/viewtopic.php?t=7">Clinic follow-up question</a></h2>
<div class="post"><p class="author">by <strong><a class="username">gran_co</a></strong></p>
<div class="content">If you get Dr. Ann Roe at the children's clinic you are in good hands.</div></div></body></html>"""

WIX = """<html><head><title>Festival 2026 | {site}</title><meta property="og:site_name" content="{site}"></head>
<body><header><p>{site}</p></header><main><h1>Festival at home</h1><p>Eleven cousins, one small living room.</p>
</main><footer><p>{site} · Pune · Edison</p></footer></body></html>"""

WORDPRESS = """<html><head><title>Croquetas for San Inazio</title></head><body><article class="post">
<header class="entry-header"><h1 class="entry-title">Croquetas for San Inazio</h1><div class="entry-meta">
<span class="posted-on">Posted on <time datetime="2026-07-28">July 28, 2026</time></span></div></header>
<div class="entry-content"><p>Every year we make four hundred croquetas for the festival.</p></div></article>
</body></html>"""


def _people(html: str) -> list[str]:
    url = "https://site.example.org/page"
    probe = Probe("site.example.org", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return [p.name for p in extract(Page(probe, 200, html, "text/html", url), None).people]


def test_a_forums_banner_is_no_person_of_its_thread() -> None:
    names = _people(FORUM.format(site="Fostering Iowa"))
    assert "Fostering Iowa" not in names
    assert "Ann Roe" in " ".join(names)


def test_a_familys_site_name_is_no_person() -> None:
    assert "Ranade Cousins" not in _people(WIX.format(site="Ranade Cousins"))


def test_a_site_named_for_a_person_keeps_them() -> None:
    assert not group_name("Jane Rivers") and not group_name("Oyuka Dorj")
    assert group_name("Fostering Iowa") and group_name("Ranade Cousins")


def test_a_blogs_entry_meta_is_no_part_of_a_name() -> None:
    assert not any("Posted" in n for n in _people(WORDPRESS))
    assert not_a_person("Inazio Posted")


def test_the_first_words_of_a_blogs_name_are_no_person() -> None:
    page = WIX.format(site="Still Here in Sugar House").replace("Eleven cousins", "Dr. Ann Roe saw eleven cousins")
    assert not any(n.startswith("Still") for n in _people(page))
