"""A blog post signed with a short form ("Nha Ana", the login "ana") whose author answers a reader in the comments
under the whole name ("Ana Roe says: ... between clinic days I soak the beans"): the post is hers, with the blog's
tagline as what she says of herself, and her reply answers her own post, no comment left on someone else's. A
commenter of another given name is a reader, not the author."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Bean stew for ten &#8211; Stew Sundays</title></head><body>
<header class="site-header"><p class="site-title">Stew Sundays</p>
<p class="site-description">Island cooking from a pediatrician's kitchen in Duluth</p></header>
<main><article class="post"><h1 class="entry-title">Bean stew for ten</h1>
<div class="entry-meta">Posted on <time>March 8, 2026</time> by <span class="author vcard">{byline}</span></div>
<div class="entry-content"><p>The beans soak overnight and the pot is my mother's.</p></div></article>
<div id="comments"><ol class="comment-list">
<li class="comment"><article class="comment-body"><div class="comment-author vcard"><b class="fn">Dina R.</b>
<span class="says">says:</span></div><div class="comment-content"><p>Do you soak the beans separately?</p></div>
</article></li>
<li class="comment"><article class="comment-body"><div class="comment-author vcard"><b class="fn">{replier}</b>
<span class="says">says:</span></div><div class="comment-content"><p>Yes, Dina! Between clinic days I change the
water at lunch.</p></div></article></li></ol></div></main></body></html>"""


def _page(byline: str, replier: str) -> Extracted:
    url = "https://www.stewsundays.example.com/2026/03/bean-stew-for-ten/"
    probe = Probe("stewsundays.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, POST.format(byline=byline, replier=replier), "text/html", url), None)


def test_the_author_answering_under_her_whole_name_is_the_posts_author() -> None:
    for byline in ("Nha Ana", "ana"):
        page = _page(byline, "Ana Roe")
        owner = next(p for p in page.people if p.name == "Ana Roe")
        assert "name:author" in owner.read_from
        assert "pediatrician's kitchen in Duluth" in owner.context
        assert all(p.on_post_by == "Ana Roe" for p in page.posts)


def test_a_reader_of_another_given_name_is_not_the_author() -> None:
    page = _page("Nha Ana", "Rita Roe")
    assert not any("name:author" in p.read_from and p.name == "Rita Roe" for p in page.people)
