"""A blog post whose byline shows only the date, with the author's card under it as Ghost themes lay it out ("Pip L.",
then "Pippa Lockridge floats Ozark rivers whenever she isn't in the EMG lab in Springfield"): the post is the
author's, read under the whole name the card's bio gives, with the bio as what they say of themselves. A card whose
bio names someone of another initial gives the short name alone; a Blogger profile's bio names a login of initials."""

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
