"""The people a video's whole description names: its guest, a chapter's speaker or player, the credits.

A video site's page (``og:type`` video.*: YouTube, Vimeo, Dailymotion) cuts its description at about 150 characters in
its meta tags, and a watch page's markup shows none of it: the whole description is only in the page's script state
(``scriptstate.fuller``). A channel that is not the subject's (a hospital, a county, a community television, a
society or a club) writes the event first and names the people last: the guest after the show's blurb ("Our guest is
Dr. Abdirahman Farah, infectious disease doctor at Hennepin"), the speakers under the chapters ("Speakers: Dr. Tenzin
Dolkar (Himalayan Family Health) and ..."), a player in a chapter line ("11:02 Fiddle set – Eilidh MacAulay"), the
emcees in the credits. Reading only the cut headline missed them, and the page was judged on the channel's name.
Each person the whole description names is read as on any page's text (``mentions.people``), with the line that names
them, so matching judges the page on the subject's own entry and the field, workplace or town beside it.
"""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from footprint.extract import mentions
from footprint.extract.media import AUTHOR_MARK
from footprint.models import PersonRecord, Post

VIDEO_TYPES = ("video",)  # og:type "video.other", "video.movie", "video.episode"


def credited(doc: lxml.html.HtmlElement, description: str, title: str) -> list[PersonRecord]:
    """The people ``description`` (a video page's whole description, "" when its meta tags showed all of it) names,
    each with the words around them, none on a page that is no video's. A person the cut headline named comes again, and
    merging joins the two records: the line past the cut ("kidney doctor at ...") is theirs too."""
    if not description or not is_video(doc):
        return []
    return mentions.people(description, title)


def is_video(doc: lxml.html.HtmlElement) -> bool:
    """True when the page's OpenGraph type says it is a video's page."""
    kinds = doc.xpath("//meta[@property='og:type']/@content")
    return any(str(k).strip().lower().startswith(VIDEO_TYPES) for k in kinds)


def uploaded(
    marked: list[PersonRecord], description: str, url: str, date: str
) -> tuple[list[PersonRecord], Post | None]:
    """A video's description as what it is, its uploader's post: a surgeon's own channel telling the story of "my
    patient Gary, a 61-year-old corn farmer", a doctor's vlog. The uploader is the account the markup gives as the
    video's author (YouTube's watch page: ``itemprop="author"`` with the channel's "/@handle"): the one marked person
    who has a handle on the site, or the one marked as a post's writer. Their record is marked as the post's writer.
    ``description``: the video's whole description, "" on a page that is no video's (``is_video``). No post without
    one, or when the markup names no such account."""
    if not description.strip():
        return marked, None
    accounts = [i for i, p in enumerate(marked) if p.handle]
    writers = [i for i in accounts if AUTHOR_MARK in marked[i].read_from]
    chosen = writers[:1] or (accounts if len(accounts) == 1 else [])
    if not chosen:
        return marked, None
    at = chosen[0]
    uploader = marked[at]
    out = list(marked)
    out[at] = replace(uploader, read_from=tuple(dict.fromkeys((*uploader.read_from, AUTHOR_MARK))))
    return out, Post(author=uploader.handle, text=description.strip(), url=url, date=date, video=True)
