"""A Mastodon status read from the API is in its author's own words, as a bio is ("#allergy", "oral food challenge"
say the account's field); a blog's sentence that points at the picture beside it ("Photo below: ...") is its
caption."""

from __future__ import annotations

import json

import lxml.html

from footprint.extract import extract
from footprint.extract.media import figures
from footprint.models import Page, PageKind, Parser, Probe, ProbePurpose, ProbeSource
from footprint.sites import by_id

STATUS = {
    "id": "115188236641902817",
    "created_at": "2026-09-04T22:10:00Z",
    "in_reply_to_account_id": None,
    "visibility": "public",
    "url": "https://m.example/@calb/115188236641902817",
    "content": "<p>Best part of my week: a 7-year-old passed his oral food challenge today. #allergy</p>",
    "account": {"id": "5", "username": "calb", "acct": "calb", "display_name": "Cal Brannock"},
    "mentions": [],
    "media_attachments": [],
}


def test_a_statuss_words_are_its_authors_own_and_the_pages_text() -> None:
    api = "https://m.example/api/v1/statuses/115188236641902817"
    probe = Probe("mastodon", api, ProbePurpose.API, ProbeSource.HANDLE, PageKind.SOCIAL_POST,
                  parser=Parser.MASTODON_STATUS, origin_url=STATUS["url"])  # fmt: skip
    page = extract(Page(probe, 200, json.dumps(STATUS), "application/json", api), by_id()["mastodon"])
    author = next(p for p in page.people if p.name == "Cal Brannock")
    assert "oral food challenge" in author.context and "#allergy" in author.context
    assert "oral food challenge" in page.text


def _photos(body: str) -> list[str]:
    return [p.caption for p in figures(lxml.html.fromstring(body), "https://blog.example/")]


def test_a_sentence_pointing_at_the_picture_next_to_it_is_its_caption() -> None:
    below = """<html><body><article><p>We threw a party in the backyard.</p>
    <p>Photo below: me, my braces, Dr. D with a beer in each hand, and my PT crew. She stayed till ten.</p>
    <p><img src="/up/party.jpg" alt="A man in leg braces between a woman holding two beers and two therapists"></p>
    </article></body></html>"""
    assert _photos(below) == ["Photo below: me, my braces, Dr. D with a beer in each hand, and my PT crew."]
    above = """<html><body><article>
    <p><img src="/up/lake.jpg" alt="Three people on a dock at sunset with fishing rods and a cooler"></p>
    <p>Pictured above: Dr. Ann Roe and her brothers at the lake.</p></article></body></html>"""
    assert _photos(above) == ["Pictured above: Dr. Ann Roe and her brothers at the lake."]


def test_a_pointer_the_wrong_way_or_past_another_picture_captions_nothing() -> None:
    wrong_way = """<html><body><article>
    <p><img src="/up/lake.jpg" alt="Three people on a dock at sunset with fishing rods and a cooler"></p>
    <p>The photos below the results are from last year.</p><p>Results: 1. Ann Roe 2. Bo Li</p>
    </article></body></html>"""
    assert _photos(wrong_way) == [""]
    past = """<html><body><article><p>Photo below: our team at the gala.</p>
    <p><img src="/up/gala.jpg" alt="Ten people in evening dress at a round table with a banner"></p>
    <p><img src="/up/lake.jpg" alt="Three people on a dock at sunset with fishing rods and a cooler"></p>
    </article></body></html>"""
    assert _photos(past) == ["Photo below: our team at the gala.", ""]


# Blogger's post body: schema.org's articleBody in a "post-body entry-content" div, no <article>, the picture in a
# "separator" div and its caption an italic paragraph under it.
BLOGGER = """<html><body><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<div class="post-body entry-content" itemprop="articleBody"><p>Saturday was perfect, hero dirt all day.</p>
<div class="separator"><a href="/s1600/brewery.jpg"><img src="/s640/brewery.jpg"
 alt="Three men in cycling kit on a picnic bench, each holding a pint glass of beer"></a></div>
{after}
<p>Sunday we did the big loop.</p></div></div></body></html>"""


def test_an_italic_line_under_a_blog_posts_picture_is_its_caption_and_the_post_body_is_content() -> None:
    caption = "<p><i>Me, Dave and the birthday boy Gus at the brewery, third flight.</i></p>"
    assert _photos(BLOGGER.format(after=caption)) == ["Me, Dave and the birthday boy Gus at the brewery, third flight."]
    assert _photos(BLOGGER.format(after=caption.replace("<i>", "<em>").replace("</i>", "</em>")))[0].startswith("Me,")


def test_a_paragraph_of_the_story_under_a_picture_is_no_caption() -> None:
    # The picture is still the post's (its alt describes a scene), but the story's next paragraph is not its caption.
    story = "<p>After that we rode home. <i>Nobody</i> rode after this.</p>"
    assert _photos(BLOGGER.format(after=story)) == [""]
    long_italic = "<p><i>" + "We rode and rode and rode " * 10 + "</i></p>"
    assert _photos(BLOGGER.format(after=long_italic)) == [""]
