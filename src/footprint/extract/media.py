"""Posts, comments and photos from schema.org markup and OpenGraph.

Public social pages and blogs mark posts up as ``SocialMediaPosting``,
``BlogPosting`` or ``DiscussionForumPosting`` with nested ``Comment`` items,
and pictures as ``ImageObject`` or ``Photograph``. A comment's
``on_post_by`` is the author of the post it sits under; a photo's
``tagged`` are the people it is ``about`` or ``mentions``. People are named
by handle where the markup gives a profile URL (``user@instance``), else by
name. A page whose only picture is its OpenGraph image (a shared photo's
page) gives that image as a photo when ``og:type`` says photo or article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import lxml.html

from footprint.extract import map_links
from footprint.extract.html import in_content
from footprint.extract.schemaorg import as_list as _as_list
from footprint.extract.schemaorg import text_of as _text
from footprint.extract.schemaorg import types_of as _types
from footprint.extract.screennames import screen_name
from footprint.extract.social import normalise_handle
from footprint.models import PersonRecord, Photo, Post

POST_TYPES = {"SocialMediaPosting", "BlogPosting", "DiscussionForumPosting", "LiveBlogPosting"}
PHOTO_TYPES = {"ImageObject", "Photograph"}
_PROFILE_URL = re.compile(r"^https?://[^/]+/@[^/?#]+/?$")
# Whom an answer on a Q&A page answers when the question does not say who asked.
ASKER = "the person who asked"
# What marks a person as the writer of a post or answer on the page (``PersonRecord.read_from``).
AUTHOR_MARK = "name:post author"


def _web(url: str) -> bool:
    """Only http(s) links leave extraction: scraped pages are hostile."""
    return url.strip().lower().startswith(("http://", "https://"))


def who(value: Any) -> str:
    """A person as a handle when a profile URL or @handle is given, else as a name."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        for key in ("alternateName", "identifier", "url"):
            candidate = _text(value.get(key))
            if candidate.startswith("@") or _PROFILE_URL.match(candidate):
                return normalise_handle(candidate)
        return _text(value.get("name"))
    text = _text(value)
    return normalise_handle(text) if text.startswith("@") or _PROFILE_URL.match(text) else text


def handle_at(url: str) -> str:
    """The handle of an account's own "/@handle" address (YouTube, TikTok, Medium, Mastodon), or "": a video's or a
    post's author is named with it ("url": "http://www.youtube.com/@drmarcusfenwick")."""
    return url.strip().rstrip("/").rsplit("/@", 1)[1] if _PROFILE_URL.match(url.strip()) else ""


def _people(*values: Any) -> tuple[str, ...]:
    names = [who(v) for value in values for v in _as_list(value)]
    return tuple(dict.fromkeys(n for n in names if n))


def _date(item: dict[str, Any]) -> str:
    for key in ("datePublished", "dateCreated", "uploadDate", "dateModified"):
        if item.get(key):
            return _text(item[key])[:10]
    return ""


def _place(item: dict[str, Any]) -> str:
    return _text(item.get("contentLocation") or item.get("locationCreated") or item.get("spatialCoverage"))


def _audience(item: dict[str, Any]) -> str:
    audience = item.get("audience")
    if isinstance(audience, dict):
        return _text(audience.get("audienceType") or audience.get("name"))
    return _text(audience)


def _walk(items: Any) -> Iterator[dict[str, Any]]:
    for item in _as_list(items):
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            yield from _walk(item["@graph"])
            continue
        yield item
        for key in ("mainEntity", "hasPart", "itemListElement", "item"):
            if key in item:
                yield from _walk(item[key])


def _photo(
    item: Any, posted_by: str = "", caption: str = "", tagged: tuple[str, ...] = (), date: str = ""
) -> Photo | None:
    if isinstance(item, str):
        if not _web(item):
            return None
        return Photo(url=item, caption=caption, posted_by=posted_by, tagged=tagged, date=date)
    if not isinstance(item, dict):
        return None
    url = _text(item.get("contentUrl") or item.get("url"))
    if not _web(url):
        return None
    return Photo(
        url=url,
        caption=_text(item.get("caption") or item.get("description")) or caption,
        alt=_text(item.get("alternateName") or item.get("name")),
        posted_by=who(item.get("author") or item.get("creator")) or posted_by,
        tagged=tuple(dict.fromkeys((*_people(item.get("about"), item.get("mentions")), *tagged))),
        date=_date(item) or date,
        location=_place(item),
    )


def _posting(item: dict[str, Any], on_post_by: str = "") -> tuple[list[Post], list[Photo]]:
    author = who(item.get("author") or item.get("creator"))
    text = _text(item.get("articleBody") or item.get("text") or item.get("description") or item.get("headline"))
    mentions = _people(item.get("mentions"))
    date = _date(item)
    posts = [
        Post(
            author=author,
            text=text,
            url=url if _web(url := _text(item.get("url"))) else "",
            on_post_by=on_post_by if on_post_by != author else "",
            date=date,
            audience=_audience(item),
            mentions=mentions,
            location=_place(item),
        )
    ]
    tagged = (*_people(item.get("about")), *mentions)
    photos = [
        p
        for p in (
            _photo(x, author, text, tagged, date)
            for x in [*_as_list(item.get("image")), *_as_list(item.get("associatedMedia"))]
        )
        if p
    ]
    for comment in _as_list(item.get("comment")):
        if isinstance(comment, dict):
            more_posts, more_photos = _posting(comment, author)
            posts.extend(more_posts)
            photos.extend(more_photos)
    return posts, photos


def _answers(question: dict[str, Any]) -> list[Post]:
    """A question's answers (a Q&A site's ``QAPage``): each a post by its author answering whoever asked."""
    asker = who(question.get("author")) or ASKER
    posts: list[Post] = []
    for answer in [*_as_list(question.get("acceptedAnswer")), *_as_list(question.get("suggestedAnswer"))]:
        if isinstance(answer, dict) and "Answer" in _types(answer):
            posts.extend(_posting(answer, asker)[0])
    return posts


def read(items: list[Any], og: dict[str, str]) -> tuple[tuple[Photo, ...], tuple[Post, ...]]:
    """Photos and posts (with their comments) in the page's structured data; a question's answers are posts."""
    posts: list[Post] = []
    photos: list[Photo] = []
    opener = ""  # the thread's first post's author: a forum's loose comments answer them
    loose: list[int] = []
    for item in _walk(items):
        types = _types(item)
        if "Question" in types:
            posts.extend(_answers(item))
        elif types & POST_TYPES or "Comment" in types:
            parent = item.get("parentItem") or item.get("isPartOf")
            on = who(parent.get("author")) if isinstance(parent, dict) else ""
            more_posts, more_photos = _posting(item, on)
            if types & POST_TYPES and not opener:
                opener = more_posts[0].author
            elif "Comment" in types and not types & POST_TYPES and not isinstance(parent, dict):
                loose.append(len(posts))
            posts.extend(more_posts)
            photos.extend(more_photos)
        elif types & PHOTO_TYPES:
            photo = _photo(item)
            if photo is not None:
                photos.append(photo)
    if not photos and _web(og.get("og:image", "")) and any(k in og.get("og:type", "") for k in ("photo", "article")):
        photos.append(
            Photo(
                url=og["og:image"],
                caption=og.get("og:description") or og.get("og:title", ""),
                alt=og.get("og:image:alt", ""),
                date=og.get("article:published_time", "")[:10],
            )
        )
    # A thread's replies marked up apart from its opening post (each a loose Comment, as forum software
    # renders them for crawlers) answer whoever opened it.
    for i in loose:
        if opener and not posts[i].on_post_by and posts[i].author != opener:
            posts[i] = replace(posts[i], on_post_by=opener)
    return tuple(dict.fromkeys(photos)), tuple(dict.fromkeys(posts))


def authors(items: list[Any]) -> tuple[PersonRecord, ...]:
    """The people who wrote the page's posts and comments, by name and (where given) handle."""
    found: dict[str, PersonRecord] = {}
    for item in _walk(items):
        answers = [a for a in (*_as_list(item.get("acceptedAnswer")), *_as_list(item.get("suggestedAnswer")))
                   if isinstance(a, dict)] if "Question" in _types(item) else []  # fmt: skip
        # A video's author is its channel, as a post's is its account (YouTube's watch page: a VideoObject's author).
        if not _types(item) & (POST_TYPES | {"Comment", "VideoObject"}) and not answers:
            continue
        for written in [
            *([] if answers else [item]),
            *answers,
            *[c for c in _as_list(item.get("comment")) if isinstance(c, dict)],
        ]:
            raw = written.get("author")
            if not isinstance(raw, dict) or not _text(raw.get("name")):
                continue
            # A video's channel at "/@handle" on the video site's own domain is that site's account "handle".
            channel = handle_at(_text(raw.get("url"))) if "VideoObject" in _types(item) else ""
            handle, name = channel or who(raw), _text(raw.get("name"))
            # A screen name as the author's name ("DrEwanP"): the name it spells, the screen name its handle; what
            # they wrote is what they say of themself ("Addiction doc here"), as a thread's post is its writer's.
            spelled, creds = screen_name(name) if " " not in name.strip() else ("", ())
            said = _text(written.get("text") or written.get("articleBody")) if spelled else ""
            record = PersonRecord(
                name=spelled or name,
                handle=handle if handle != name else name if spelled else "",
                credentials=creds,
                context=said[:300],
                read_from=("record:schema.org", AUTHOR_MARK),
            )
            found.setdefault(record.handle or record.name, record)
    return tuple(found.values())


def figures(doc: lxml.html.HtmlElement, base_url: str = "") -> tuple[Photo, ...]:
    """Pictures in a page's HTML without markup: ``<figure>`` images and described images in the
    main content, with their caption and alt text; the people the caption or alt text names are
    the photo's ``tagged`` (a blog's "Dr. Peggy Doyle leading the tequila charge").

    Social sites describe a photo's content in its alt text ("May be an image
    of 3 people and drink"), which is what the assess stage reads.
    """
    from urllib.parse import urljoin

    from footprint.extract.captions import caption_of
    from footprint.extract.names import names_in

    out = []
    content = set(doc.xpath(f"{in_content('//img')} | //figure//img"))  # held: lxml keeps their proxies
    for figure in doc.xpath("//img"):
        url = urljoin(base_url, str(figure.get("src") or "").strip()) if base_url else str(figure.get("src") or "")
        if not _web(url):
            continue
        caption, presented = caption_of(figure)
        if figure not in content and not caption:
            continue  # outside the page's content (a header's logo) and no caption of its own
        alt = re.sub(r"\s+", " ", str(figure.get("alt") or "")).strip()
        if not presented and len(alt.split()) < _DESCRIBED:
            continue  # an icon, a logo or a headshot labelled with a name: no scene to judge
        tagged = tuple(dict.fromkeys(n.name for n in names_in(f"{caption} . {alt}")))
        out.append(Photo(url=url, alt=alt, caption=caption, tagged=tagged))
    return tuple(dict.fromkeys(out))


_DESCRIBED = 6  # words of alt text that describe a scene rather than label a picture


def pictured(doc: lxml.html.HtmlElement, base_url: str, og: dict[str, str], post: Post | None) -> tuple[Photo, ...]:
    """The picture a post's page or a photo's page shows as its own, when nothing marks it up: on a social
    network's page of one ``post`` (a Mastodon status), each picture with a described alt text is the post's,
    captioned by its words; on any other page (a photo-sharing site's photo page, whose comments are no post
    of the picture), the OpenGraph image shown in the page with a described alt text, captioned by the page's
    title and description. Its people are the ones named."""
    from urllib.parse import urljoin

    from footprint.extract.names import names_in

    image = og.get("og:image", "")
    if post is not None:
        caption, by = post.text, post.author
    else:
        caption = " · ".join(dict.fromkeys(t for t in (og.get("og:title", ""), og.get("og:description", "")) if t))
        by = ""
    out = []
    for img in doc.xpath("//body//img"):
        url = urljoin(base_url, str(img.get("src") or "").strip())
        alt = re.sub(r"\s+", " ", str(img.get("alt") or "")).strip()
        if not _web(url) or len(alt.split()) < _DESCRIBED or not (post is not None or url == image):
            continue
        named = [n.name for n in names_in(f"{caption} . {alt}")]
        tagged = tuple(dict.fromkeys([*named, *(_people_tags(doc) if post is None else [])]))
        place = map_links.mapped_place(doc) if post is None else ""
        out.append(Photo(url=url, caption=caption, alt=alt, posted_by=by, tagged=tagged, location=place))
    return tuple(dict.fromkeys(out))


# A photo page's list of the people tagged in its picture, under a heading of its own: "In this photo".
_IN_THIS_PHOTO = re.compile(r"(?:people )?in this (?:photo|picture)\s*:?", re.I)


def _people_tags(doc: lxml.html.HtmlElement) -> list[str]:
    """The names linked under a photo page's "In this photo" heading."""
    for node in doc.iter():
        if isinstance(node.tag, str) and not len(node) and _IN_THIS_PHOTO.fullmatch((node.text or "").strip()):
            holder = node.getparent()
            if holder is not None:
                return [" ".join(a.text_content().split()) for a in holder.iter("a") if a.text_content().strip()]
    return []


_FULL_MAX = 5000
_OTHERS = re.compile(r"comment|repl(?:y|ies)|respon|answer", re.I)


def _holds_others(el: lxml.html.HtmlElement) -> bool:
    """The element holds other people's posts (a comments list, the other answers): no one post's text."""
    return any(
        _OTHERS.search(f"{d.get('class', '')} {d.get('id', '')}")
        for d in el.iterdescendants()
        if isinstance(d.tag, str)
    )


def in_full(doc: lxml.html.HtmlElement, text: str) -> str:
    """The whole of a post whose markup gives only its opening (a Q&A page's answer, "Short answer, yes,
    up to a point."; a social post's description cut short with "..."): the largest element of the page whose text
    opens with it, else ``text``."""
    written = " ".join(text.split())
    # A description cut short ends with an ellipsis ("... unvaccinated ..."), which the whole text does not hold: its
    # whole is the smallest element that opens with it and goes on (the post's own), not a larger one around it (a
    # feed, a profile) that happens to open with the same words.
    start = re.sub(r"\s*(?:\.{3}|…)$", "", written)
    cut = start != written
    if len(start) < 20:
        return text
    best = written
    for node in doc.xpath("//body//text()[normalize-space()]"):
        if start[:20] not in " ".join(str(node).split()):
            continue
        holder = node.getparent()
        while holder is not None and holder.tag not in ("body", "html"):
            said = " ".join(" ".join(holder.itertext()).split())
            if not said.startswith(start) or len(said) > _FULL_MAX or _holds_others(holder):
                break
            if cut and len(said) > len(start):
                return said
            best = said if len(said) > len(best) else best
            holder = holder.getparent()
    return best


# A post whose writer introduces themself: "Hi! Chloé Bissonnette here (allergist...)", "This is Dr. Jane Roe,".
_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hi all|hi everyone|hello all)\b\W*)?(?:(?:this is|i'm|i am|it's)\s+)?", re.I
)


# A writer who says what they are and then who, in brackets: "Sports doc here (Dr. Seun at Crescent)",
# "I'm an infectious disease doctor (Dr. Ann Roe, Duluth)". Only at the post's start, where a writer
# introduces themself; a "Dr. Roe" later in a post is someone the writer talks about or thanks.
_ROLE_THEN_NAME = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\b\W*)?"
    r"(?:(?:i'm|i am)\s+an?\s+[^.!?()]{0,50}?\b(?:doc|doctor|physician|surgeon|nurse|resident|\w+ist|\w+ian)\s*"
    r"|[^.!?()]{0,60}?\bhere\s*)"
    r"\((?P<who>(?:Dr\.?|Doctor)\s+[^(),]{2,40}?)(?:,|\)|\s+(?:at|from|in)\b)",
    re.I,
)


def self_named(text: str) -> str:
    """The name a post's writer gives as theirs at its start ("Jane Roe here", "This is Dr. Jane Roe",
    "Sleep doc here (Dr. Jane Roe)"), or ""."""
    from footprint.extract.names import name_at_start

    bracketed = _ROLE_THEN_NAME.match(text[:160])
    if bracketed:
        return bracketed.group("who").strip()
    greeting = _GREETING.match(text)
    rest = text[greeting.end() if greeting else 0 :][:120]
    span = name_at_start(rest)
    if span is None or len(span.name.split()) < 2:
        return ""
    after = rest[span.end :]
    introduced = bool(greeting and greeting.group().strip(" !,.").lower().endswith(("this is", "i'm", "i am", "it's")))
    return span.name if introduced or re.match(r"\s*(?:,\s*(?:MD|DO)\b[^\n]{0,20})?\s+here\b", after) else ""
