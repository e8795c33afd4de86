"""A forum thread's posts, read by the markup the big forum engines give each post.

A thread on phpBB, vBulletin, XenForo or Discourse (its no-JavaScript view) is a list of posts, each with
its writer's screen name, a date, the text and often a signature under it: phpBB's ``div.post`` with
``a.username``, ``div.content`` and ``div.signature``; vBulletin's ``li.postcontainer`` with
``a.username``, ``blockquote.postcontent`` and ``div.signaturecontainer``; XenForo's ``article.message``
with ``data-author``, ``div.bbWrapper`` and ``aside.message-signature``; Discourse's ``div.topic-body``
with ``span.creator`` and ``div.post``. The first post opens the thread; every later one answers its
writer. Each writer is a person of the page: their post and signature are what they say of themselves
("Sleep doc here", "Jane Roe · pediatrics"), and a signature that opens with a person's name names the
writer behind the screen name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import lxml.html

from footprint.extract import signoff
from footprint.extract.html import has_class
from footprint.extract.media import AUTHOR_MARK
from footprint.extract.screennames import screen_name
from footprint.models import PersonRecord, Post

# Whom the posts of a page that does not show the thread's first post answer.
OPENER = "the thread's opener"


class _Engine(NamedTuple):
    post: str  # the post's block
    author: str  # its writer's screen name (text or attribute)
    body: str
    signature: str
    date: str  # a machine date attribute or the shown date
    shown: str = ""  # the writer's name as the forum shows it beside the screen name, in an element of its own
    beside: str = ""  # the screen name's line, which may give that name in brackets after it


_ENGINES = (
    # XenForo 2: <article class="message" data-author="...">
    _Engine(
        f"//article[{has_class('message')}][@data-author]",
        "./@data-author",
        f".//*[{has_class('bbWrapper')}][not(ancestor::aside)]",
        f".//aside[{has_class('message-signature')}]",
        ".//time/@datetime",
    ),
    # vBulletin 3/4: <li class="postcontainer"> / <div id="post_message_N">
    _Engine(
        f"//*[{has_class('postcontainer')} or {has_class('postbitlegacy')} or {has_class('postbit')}]",
        f".//*[{has_class('username')} or {has_class('bigusername')}]",
        f".//*[{has_class('postcontent')} or starts-with(@id, 'post_message_')][not({has_class('signature')})]",
        f".//*[{has_class('signaturecontainer')} or {has_class('signature')}]",
        f".//*[{has_class('date')} or {has_class('postdate')}]",
    ),
    # phpBB (prosilver): <div class="post"> with <p class="author"> and <div class="content">
    _Engine(
        f"//div[{has_class('post')}][.//*[{has_class('postbody')}]]",
        f".//*[{has_class('author')}]//*[{has_class('username')} or {has_class('username-coloured')}]"
        f" | .//*[{has_class('postprofile')}]//*[{has_class('username')} or {has_class('username-coloured')}]",
        f".//div[{has_class('content')}]",
        f".//*[{has_class('signature')}]",
        f".//time/@datetime | .//*[{has_class('author')}]",
    ),
    # Discourse's crawler view: <div class="topic-body crawler-post"> with <span class="creator">
    _Engine(
        f"//div[{has_class('topic-body')}]",
        f".//*[{has_class('creator')}]//*[@itemprop='name'] | .//*[{has_class('creator')}]//*[@itemprop='author']"
        f" | .//*[{has_class('creator')}]//a | .//*[{has_class('creator')}]",
        f".//div[{has_class('post')}] | .//*[@itemprop='text']",
        f".//*[{has_class('signature')}]",
        ".//time/@datetime | .//*[@itemprop='datePublished']/@content",
        # The member's full name beside the screen name, where the forum shows names ("hannahkay" "Hannah Kay"):
        # in its own element, or in brackets after the screen name's link, as Discourse's crawler view writes it
        # ("<b itemprop='author'>hannahkay</b></a> (Hannah Kay)": app/views/topics/show.html.erb, read 2026-12-05).
        f".//*[{has_class('creator')}]//*[{has_class('full-name')} or {has_class('full_name')}]",
        f".//*[{has_class('creator')}]",
    ),
)
_MIN_TEXT = 10
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_US_DATE = re.compile(r"\b(?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])[-/](?P<y>(?:19|20)\d\d)\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_DATE = re.compile(
    r"\b(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def _text(value: object) -> str:
    if isinstance(value, lxml.html.HtmlElement):
        value = " ".join(value.itertext())
    return re.sub(r"\s+", " ", str(value)).strip()


def _first(block: lxml.html.HtmlElement, path: str) -> str:
    """The first text ``path`` finds, its alternatives (``a | b``) tried in the order written, not the page's."""
    for way in path.split(" | "):
        for found in block.xpath(way):
            said = _text(found)
            if said:
                return said
    return ""


def _date(block: lxml.html.HtmlElement, path: str) -> str:
    """The post's day as YYYY-MM-DD: from a machine date (``<time datetime>``), else the shown one
    ("03-05-2026, 08:02 AM" as vBulletin shows it in the US, "Thu Mar 05, 2026 8:02 am")."""
    for way in path.split(" | "):  # the machine date first, whatever comes first in the page
        day = shown_day(_first(block, way))
        if day:
            return day
    return ""


def shown_day(shown: str) -> str:
    """The day a shown date gives, as YYYY-MM-DD: an ISO date, a US numeric one ("03-05-2026", "3/5/2026") or a named
    month before the day ("Thu Mar 05, 2026 8:02 am", "Sept 2, 2025"); "" for none of them."""
    machine = _DATE.search(shown)
    if machine:
        return machine.group()
    numeric = _US_DATE.search(shown)
    if numeric:
        return f"{numeric['y']}-{int(numeric['m']):02d}-{int(numeric['d']):02d}"
    named = _NAMED_DATE.search(shown)
    if named:
        return f"{named['y']}-{month_number(named['m']):02d}-{int(named['d']):02d}"
    return ""


def month_number(name: str) -> int:
    """1 for "Jan", "January" or "jan."; the month's number by its first three letters."""
    return _MONTHS.index(name[:3].lower()) + 1


def _location(block: lxml.html.HtmlElement) -> str:
    """The town the writer's author block gives ("Location: East Wichita"), as vBulletin, phpBB and XenForo show
    it beside each post, or ""."""
    for found in block.xpath(
        ".//dt[normalize-space()='Location' or normalize-space()='Location:']/following-sibling::dd[1]"
        f" | .//*[{has_class('profile-location')} or {has_class('profile-phpbb_location')} or {has_class('location')}]"
    ):
        said = re.sub(r"^Location:?\s*", "", _text(found), flags=re.I)
        if 1 < len(said) <= 60:
            return said
    return ""


class _Read(NamedTuple):
    who: str  # the screen name
    text: str
    signature: str
    date: str
    shown: str  # the name the forum shows beside the screen name
    location: str  # the town the author block gives
    reply: bool = False  # headed as a reply ("Re: Patients and Dr. Google")


# A post's own heading that marks it a reply to the thread ("Re:", and the German, Scandinavian and Dutch forms).
_REPLY_HEADING = re.compile(r"^\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:", re.I)


def _headed_reply(block: lxml.html.HtmlElement) -> bool:
    """The post's heading says it replies ("Re: Patients and Dr. Google", as phpBB heads every answer)."""
    for heading in block.xpath(".//h2 | .//h3 | .//h4"):
        return bool(_REPLY_HEADING.match(_text(heading)))
    return False


def _bracketed(line: str, who: str) -> str:
    """The name a screen name's line gives in brackets after it ("hannahkay (Hannah Kay) Nov 2, 2026" is "Hannah
    Kay"); "" for a line with none."""
    if who not in line:
        return ""
    after = line.split(who, 1)[1]
    bracketed = re.match(r"\s*\(\s*([^()]{2,60}?)\s*\)", after)
    return bracketed.group(1) if bracketed else ""


def _writer(post: _Read) -> PersonRecord:
    """A post's writer: named by the forum's shown name, else their sign-off's name ("Tamsin R."), else the name
    their screen name spells ("TrishV_DO"), else the screen name; what they say of themself (the sign-off, the
    author block's town) before their post's text is their context."""
    # The shown name as a sign-off is read: a full name, or the given name with the family initial and credentials
    # ("Inga R., MD"), as members who keep their family name private show it.
    shown = signoff.signer(post.shown) if post.shown else None
    signed = signoff.signer(post.signature) if post.signature else None
    spelled, creds = ("", ()) if shown or signed else screen_name(post.who)
    name = (shown.name if shown else "") or (signed.name if signed else "")
    said = " · ".join(s for s in (post.signature, post.location, post.text) if s)[:600]
    return PersonRecord(
        name=name or spelled or post.who,
        handle=post.who,
        credentials=(shown.credentials if shown else ()) or (signed.credentials if signed else ()) or creds,
        context=said,
        read_from=(AUTHOR_MARK,),
    )


def read(doc: lxml.html.HtmlElement) -> tuple[tuple[Post, ...], tuple[PersonRecord, ...]]:
    """The thread's posts (each answering the thread's opener) and their writers as people of the page."""
    for engine in _ENGINES:
        blocks = [b for b in doc.xpath(engine.post) if isinstance(b, lxml.html.HtmlElement)]
        # A post's block holds no other post's block (a quoted post is in its text, not a block).
        blocks = [b for b in blocks if not any(o is not b and b in o.iterancestors() for o in blocks)]
        read = []
        for block in blocks:
            author, text = _first(block, engine.author), _first(block, engine.body)
            if author and len(text) >= _MIN_TEXT and len(author) <= 60:
                # A sign-off on the post's last line is a signature too ("-- Tamsin R., peds ENT, Madison").
                signature = _first(block, engine.signature) or signoff.dashed(text)
                shown = _first(block, engine.shown) if engine.shown else ""
                shown = shown or (_bracketed(_first(block, engine.beside), author) if engine.beside else "")
                when, place = _date(block, engine.date), _location(block)
                read.append(_Read(author, text, signature, when, shown, place, _headed_reply(block)))
        if len(read) < 2:
            continue
        # A page whose first post is headed as a reply (a later page of the thread, a link to one answer) does not
        # show the thread's opener: every post on it answers them.
        opener = OPENER if read[0].reply else read[0].who
        posts = tuple(
            Post(author=r.who, text=r.text, on_post_by="" if (i == 0 and not r.reply) or r.who == opener else opener,
                 date=r.date)
            for i, r in enumerate(read)
        )  # fmt: skip
        people: dict[str, PersonRecord] = {}
        for post in read:
            if post.who not in people:
                people[post.who] = _writer(post)
        return tuple(dict.fromkeys(posts)), tuple(people.values())
    return (), ()
