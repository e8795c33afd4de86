"""A blog post whose byline shows only the date, with the author's card under it as Ghost themes lay it out ("Pip L.",
then "Pippa Lockridge floats Ozark rivers whenever she isn't in the EMG lab in Springfield"): the post is the
author's, read under the whole name the card's bio gives, with the bio as what they say of themselves. A card whose
bio names someone of another initial names no author; a post's photo caption names the people pictured; a blog's
"Family" menu link above the byline makes no people-search record of the writer."""

from __future__ import annotations

from footprint.extract import extract
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

POST = """<html><head><title>Cold water, warm coffee</title>
<meta property="og:type" content="article"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/tag/family/">Family</a></li></ul></nav></header>
<main><article class="post"><header class="article-header"><h1 class="article-title">Cold water, warm coffee</h1>
<div class="article-byline"><time datetime="2026-05-02">May 2, 2026</time> &bull; 3 min read</div>
<figure class="article-image"><img src="/img/dock.jpg" alt="The dock">
<figcaption>{caption}</figcaption></figure></header>
<section class="gh-content"><p>We paddle out from the north landing at six, May 9 to 12, and the house is empty
while we are gone. Packing list below.</p></section>
<section class="author-card"><h4 class="author-card-name"><a href="/author/x/">{short}</a></h4>
<p>{bio}</p></section></article></main></body></html>"""


def _page(short: str, bio: str, caption: str = "Sunrise at the north landing.") -> Extracted:
    url = "https://www.coldwaterlog.example.com/posts/cold-water-warm-coffee"
    probe = Probe("coldwaterlog.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    body = POST.format(short=short, bio=bio, caption=caption)
    return extract(Page(probe, 200, body, "text/html", url), None)


def test_the_author_card_names_the_posts_writer_by_the_whole_name_its_bio_gives() -> None:
    page = _page("Jo R.", "Joanna Ruiz paddles Lake Superior whenever she isn't in the sleep lab in Duluth.")
    writer = next(p for p in page.people if p.name == "Joanna Ruiz")
    assert "name:author" in writer.read_from
    assert "sleep lab in Duluth" in writer.context
    assert writer.context.count("sleep lab") == 1


def test_a_card_whose_bio_names_someone_of_another_initial_is_its_short_name_alone() -> None:
    page = _page("Jo R.", "Joanna Park paddles Lake Superior whenever she isn't in the sleep lab in Duluth.")
    assert [p.name for p in page.people if "name:author" in p.read_from] == ["Jo R."]


def test_a_platforms_written_by_box_names_the_author_as_it_shows_them() -> None:
    page = _page("Written by Jo R.", "Sleep doctor in Duluth. Lake Superior on weekends.")
    writer = next(p for p in page.people if "name:author" in p.read_from)
    assert writer.name == "Jo R."
    assert "Sleep doctor in Duluth" in writer.context


def test_a_caption_names_the_people_pictured_and_a_family_menu_link_makes_no_record() -> None:
    page = _page("Jo R.", "Paddling notes.", "Maren Holt, Tove and Anders (9) on the dock at the cabin.")
    assert any(p.name == "Maren Holt" for p in page.people)
    assert page.kind != PageKind.PEOPLE_SEARCH


BYLINED = """<html><head><title>Lake weekend</title></head><body>
<div class="viewport"><header class="gh-head"><div class="gh-head-inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">Lake Notes</a></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li>
<li class="nav-family"><a href="/tag/family/">Family</a></li></ul></nav></div></header>
<div class="site-content"><main id="site-main"><article class="article post">
<header class="article-header"><h1 class="article-title">Lake weekend</h1>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tess/">Tess Moreau</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-07-14">Jul 14, 2026</time></div></div></section></div>
<figure class="article-image"><img src="/img/lake.jpg" alt="Two families"><figcaption>Maren Holt, Tove and Anders
(9) on the dock.</figcaption></figure></header>
<section class="gh-content"><p>Every July we drag both families to the same cabin.</p></section>
</article></main></div></div></body></html>"""


def test_a_family_menu_link_over_the_byline_makes_no_people_search_record_of_the_writer() -> None:
    url = "https://www.lakenotes.example.com/2026/07/lake-weekend/"
    probe = Probe("lakenotes.example.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    page = extract(Page(probe, 200, BYLINED, "text/html", url), None)
    assert page.kind != PageKind.PEOPLE_SEARCH
    assert not any(p.relatives == ("Tess Moreau",) for p in page.people)
    assert any(p.name == "Maren Holt" for p in page.people)


BLOGGER = """<html><head><title>Rock Creek Riffles: Stonefly season</title></head><body>
<div class="main"><article class="post"><h3 class="post-title">Stonefly season</h3>
<div class="post-body"><p>Most Saturdays I'm at the Rock Creek access by six and off the water by ten.</p></div>
<div class="post-footer">Posted by <span class="post-author vcard"><span class="fn">{login}</span></span></div>
</article></div>
<aside><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content">
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="#">{login}</a></dt>
<dd class="profile-data">Missoula, MT, United States</dd>
<dd class="profile-textblock">Walt Ostby ties flies and, on weekdays, runs the sleep lab in Missoula.</dd></dl>
</div></div></aside></body></html>"""


def test_a_login_of_initials_is_the_whole_name_the_blogger_profile_gives() -> None:
    url = "https://rockcreekriffles.blogspot.com/2026/06/stonefly-season.html"
    probe = Probe("rockcreekriffles.blogspot.com", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    for login, whole in (("WJO", True), ("RTK", False)):
        page = extract(Page(probe, 200, BLOGGER.format(login=login), "text/html", url), None)
        writer = next((p for p in page.people if p.name == "Walt Ostby" and "name:author" in p.read_from), None)
        assert (writer is not None) is whole
        if writer is not None:
            assert "sleep lab in Missoula" in writer.context
