"""A name never runs from one block of a page into the next. A WordPress theme's byline ("Posted on May 2 by Nell
Quade") sits right above the post, whose first word may be a capitalised one ("Easter this year ..."); a text
extractor that runs the article's blocks together must not make "Nell Quade Easter" of them, a person whose
family name is a feast's."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.block_breaks import rebroken
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Easter at my brother's - Nell's Kitchen</title>
<meta property="og:type" content="article"></head><body class="post-template-default single single-post">
<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Nell's Kitchen</a></p>
<p class="site-description">Home cooking from Astoria</p></header>
<main id="main" class="site-main"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Easter at my brother's</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2026-04-06">April 6, 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/nell/">Nell Quade</a></span></span>
</div></header>
<div class="entry-content"><p>Easter this year at my brother's house, nineteen people and one oven. I baked the
lamb cake the night before, and the kids iced it.</p>
<figure><img src="/easter.jpg" alt="A table of food"><figcaption>Tom and Rita with Ava and Sam by the window,
Easter 2026.</figcaption></figure><p>Recipe for the lamb cake below. Use cold butter.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">1 thought on &ldquo;Easter at my
brother's&rdquo;</h2><ol class="comment-list"><li class="comment"><article class="comment-body">
<footer class="comment-meta"><b class="fn">Ada P.</b> <span class="says">says:</span></footer>
<div class="comment-content"><p>Best lamb cake in Queens.</p></div></article></li></ol></div></main></div>
</body></html>"""


def _read(html: str) -> Extracted:
    url = "https://nellskitchen.example/2026/04/easter-at-my-brothers/"
    probe = Probe("nellskitchen.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, html, "text/html", url), None)


def test_the_bylines_writer_keeps_her_name_and_the_post_its_first_word() -> None:
    names = [p.name for p in _read(POST).people]
    assert "Nell Quade" in names
    assert not any("Easter" in n for n in names)


def test_a_break_only_where_the_page_puts_one() -> None:
    shown = ["Posted on April 6 by Nell Quade", "Easter this year at my brother's", "Ann Roe Easter Seals"]
    # Between the blocks, not where one block writes the words together (a name may go on there).
    assert rebroken("by Nell Quade Easter this year", shown[:2]) == "by Nell Quade\nEaster this year"
    assert rebroken("by Nell Quade Easter this year", ["by Nell Quade", "Easter", "Nell Quade Easter"]).count("\n") == 0
