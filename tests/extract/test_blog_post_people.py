"""A blog post as the platforms lay it out (Ghost, WordPress): its byline's writer is its person. A tag's link
("Family") is no record's label, a lake the headline names is a place, and the words of the site's name ("Mountain
Notes") are no person, so the writer's byline stands."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.personhood import not_a_person
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

GHOST = """<html><head><title>Summersville Lake weekend</title><meta property="og:site_name" content="Misty Mama Notes">
<meta property="og:type" content="article"></head><body class="post-template tag-family"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Misty Mama
Notes</a></div><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li></ul></nav></header>
<main class="site-main"><article class="article post tag-family"><header class="article-header">
<section class="article-tag"><a href="/tag/family/">Family</a></section><h1 class="article-title">Summersville Lake
weekend</h1><div class="article-byline"><h4 class="author-name"><a href="/author/tessa/">Tessa Quint</a></h4>
<time class="byline-meta-date" datetime="2026-07-14">Jul 14, 2026</time></div><figure class="article-image">
<img src="/lake.jpg" alt="Two families on a dock"><figcaption>Ann Roe, Sam, Ava (10) and Leo (7) on the dock at the
cabin. She got paged twice. She ignored it once.</figcaption></figure></header><section class="gh-content">
<p>Every July since college, Ann and I drag both families to the same cabin on the lake.</p></section></article>
</main></div></body></html>"""


def _read(html: str) -> Extracted:
    url = "https://blog.example/2026/07/lake-weekend/"
    probe = Probe("blog.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, html, "text/html", url), None)


def test_a_ghost_post_is_its_writers_not_a_people_search_record() -> None:
    page = _read(GHOST)
    names = [p.name for p in page.people]
    assert page.kind != PageKind.PEOPLE_SEARCH  # the "Family" tag is no label over a list of relatives
    assert "Tessa Quint" in names
    assert not any("Lake" in n or "Notes" in n for n in names)


def test_a_lake_or_a_river_is_no_person_unless_a_given_name_opens_it() -> None:
    assert not_a_person("Summersville Lake") and not_a_person("Gauley River")
    assert not not_a_person("Ann Lake")


def test_a_blog_named_after_its_writer_gives_them_its_tagline() -> None:
    from footprint.extract import extract
    from footprint.models import Page, PageKind, Probe, ProbePurpose, ProbeSource

    html = """<html><head><title>Why I do this &#8211; Daisy Fontenot, MD</title></head><body>
    <header class="site-header"><p class="site-title"><a href="/">Daisy Fontenot, MD</a></p>
    <p class="site-description">Notes from a rehab doctor in Acadiana</p></header><article>
    <h1 class="entry-title">Why I do this</h1><div class="entry-meta"><span class="byline">by
    <span class="author vcard"><a class="url fn n" href="/author/daisy/">Daisy Fontenot</a></span></span></div>
    <div class="entry-content"><p>He was fifty-eight, a welder from Breaux Bridge who broke his back.</p></div>
    </article></body></html>"""
    url = "https://daisyfontenotmd.example.com/2024/11/why-i-do-this/"
    probe = Probe("daisyfontenotmd.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.NEWS)
    page = extract(Page(probe, 200, html, "text/html", url), None)
    daisy = next(p for p in page.people if p.name == "Daisy Fontenot")
    assert "rehab doctor" in daisy.context
    assert "Breaux Bridge" not in [p.name for p in page.people]
    guest = html.replace(">Daisy Fontenot</a></span>", ">Ann Guest</a></span>")
    other = extract(Page(probe, 200, guest, "text/html", url), None)
    assert all("rehab doctor" not in p.context for p in other.people if p.name == "Ann Guest")


def test_a_blog_titled_with_the_title_and_given_name_gives_its_author_the_tagline() -> None:
    from footprint.extract.comments import with_site_header
    from footprint.models import PersonRecord

    header = ("Kidney Talk with Dr. Sade", "Plain talk about kidneys from a Memphis nephrologist")
    for name in ("Dr. Sade Ogunleye", "Sade Ogunleye"):
        author = PersonRecord(name, context="by Dr. Sade Ogunleye [page: x]", read_from=("name:author",))
        assert "Memphis nephrologist" in with_site_header(header, author).context
    guest = PersonRecord("Ann Guest", context="by Ann Guest [page: x]", read_from=("name:author",))
    assert with_site_header(header, guest) == guest
