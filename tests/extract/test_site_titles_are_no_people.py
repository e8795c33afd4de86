"""A blog's, a club's or a family's own name is no person of its pages: "Tolland Hatch" over a post by Ann Roe, a
park or a holiday the post names ("Colt State Park", "Labor Day"), a family's site ("Quill Clan") whose "Uncle
Lorcan" is a Quill. The page is then judged on the people it presents: its writer, its family."""

from __future__ import annotations

from footprint.extract import extract
from footprint.extract.personhood import not_a_person
from footprint.models import Extracted, Page, PageKind, Probe, ProbePurpose, ProbeSource

GHOST = """<html><head><title>Spring caddis</title><meta property="og:site_name" content="{site}">
<meta property="og:type" content="article"><meta property="og:title" content="Spring caddis"></head>
<body class="post-template"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/">{site}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home">
<a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav></div></header>
<main class="site-main"><article class="article post"><header class="article-header"><h1 class="article-title">Spring
caddis</h1><div class="article-byline"><h4 class="author-name"><a href="/author/ann/">Ann Roe</a></h4>
<time class="byline-meta-date" datetime="2026-05-10">May 10, 2026</time></div></header>
<section class="gh-content"><p>Thirty years I have chased this hatch and thirty years it has beaten me to the river.</p>
<p>Sam and I will be at the lake cabin all of July. If you see a green drift boat off the point, wave.</p></section>
</article></main><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{site}</a>
&copy; 2026</section></div></footer></div></body></html>"""

WORDPRESS = """<html><head><title>Bay crossing &#8211; Tide Loops</title><meta property="og:type" content="article">
</head><body><header class="site-header"><p class="site-title"><a href="/" rel="home">Tide Loops</a></p></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">Bay crossing</h1>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/ann/">Ann Roe</a></span></span>
</header><div class="entry-content"><p>Launched from Colt State Park at six with the ebb, two miles of open water.</p>
<p>Next up is Block Island over Labor Day, then back to the EEG lab in Duluth on Tuesday.</p></div></article>
</body></html>"""

FAMILY = """<html><head><title>Blog | {site}</title><meta property="og:site_name" content="{site}"></head><body>
<header><p>{site}</p><nav><a href="/home">Home</a> <a href="/blog">Blog</a></nav></header>
<main><h1>Finals day</h1><p>Cathal here, off a night shift and still standing.</p>
<figure><img src="/final.jpg" alt="A man with two girls"><figcaption>Uncle Lorcan with Nora (15) and Aoife (12) after
the final.</figcaption></figure></main><footer><p>{site} · Providence</p></footer></body></html>"""


def _read(html: str, url: str = "https://blog.example/2026/05/spring-caddis/") -> Extracted:
    probe = Probe("blog.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return extract(Page(probe, 200, html, "text/html", url), None)


def test_a_blogs_title_is_not_its_posts_person_the_writer_is() -> None:
    page = _read(GHOST.format(site="Tolland Hatch"))
    assert [p.name for p in page.people] == ["Ann Roe"]


def test_a_personal_site_named_for_its_writer_keeps_them() -> None:
    page = _read(GHOST.format(site="Ann Roe"))
    assert [p.name for p in page.people] == ["Ann Roe"]


def test_the_park_and_the_holiday_a_post_names_leave_its_writer_with_the_posts_words() -> None:
    page = _read(WORDPRESS)
    assert [p.name for p in page.people] == ["Ann Roe"]
    # the post is hers: where she works and goes is in her own words
    assert "EEG lab in Duluth" in page.people[0].context


def test_a_family_sites_uncle_is_of_that_family() -> None:
    page = _read(FAMILY.format(site="Quill Clan"), "https://quillclan.example/blog")
    assert [p.name for p in page.people] == ["Lorcan Quill"]
    other = _read(FAMILY.format(site="Harbour Notes"), "https://harbournotes.example/blog")
    assert "Lorcan Quill" not in [p.name for p in other.people]


def test_parks_days_clans_leagues_and_thanks_are_no_one() -> None:
    for phrase in ("Colt State Park", "Gallatin National Forest", "Labor Day", "Frontier Days", "Quill Clan",
                   "Haddix Homeplace", "South Crest Little League", "Thank You", "Meet Our Team",
                   "Hollowmere Cove", "Kaneohe Bay", "Tomales Lagoon"):  # fmt: skip
        assert not_a_person(phrase), phrase
    for name in ("Doris Day", "Seoyeon Park", "Ann Park", "Rose Day"):
        assert not not_a_person(name), name
