"""A page's photos and posts: marked up, a blog post's figures, a short video's footage, a social post's OpenGraph
description."""

from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html

from footprint.extract import media, photo_lists, social, structured
from footprint.models import PageKind, Photo, Post

# Pages about one person: with no markup at all, the page still stands for someone to match.
ONE_PERSON_KINDS = frozenset(
    {PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD, PageKind.PEOPLE_SEARCH}
)


def photos(
    data: structured.StructuredData | None, doc: lxml.html.HtmlElement, kind: PageKind, url: str
) -> tuple[Photo, ...]:
    """Marked-up photos, else the page's figures and described images (a blog post's, a news story's) and the photos
    its words list ("Photos: ...");
    a profile's or a people-search page's pictures are headshots, not scenes."""
    marked = data.photos if data else ()
    if marked or kind in ONE_PERSON_KINDS:
        return marked
    return (*media.figures(doc, url), *photo_lists.listed(doc, url))  # "Photos: ...; Meg toasting with sangria"


def footage(posts: tuple[Post, ...], og: dict[str, str], url: str) -> tuple[Photo, ...]:
    """A short video's page: its description is the caption of footage its poster put up, judged as a
    photo's would be (a drink in hand, a tagged friend). Its picture is the OpenGraph image, if any."""
    if len(posts) != 1 or not social.VIDEO_PATH.search(urlsplit(url).path):
        return ()
    post = posts[0]
    image = og.get("og:image", "")
    return (
        Photo(
            url=image if image.lower().startswith(("http://", "https://")) else "",
            caption=post.text,
            posted_by=post.author,
            date=post.date,
        ),
    )


def posts(
    data: structured.StructuredData | None, og: dict[str, str], kind: PageKind, url: str, title: str, date: str
) -> tuple[Post, ...]:
    """Marked-up posts, else the one a social post page describes in its OpenGraph tags."""
    if data and data.posts:
        return data.posts
    if kind not in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST):
        return ()
    found = social.og_post(og, url, title, date)
    return (found,) if found is not None else ()
