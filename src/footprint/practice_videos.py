"""The videos the subject's workplace and circles post: a hospital's camp film, a society's supper, a club's show.

A hospital's or a health department's channel names its doctors in a video's description ("3:40 Med shed with
Dr. Harriet Quennell, camp medical director", a meeting's chapter "Health Officer report"), which search shows
seldom: the result's title and snippet name the channel's organisation and the event, not the doctor. So does the
channel of a society, a congregation or a club whose own pages name the subject: a Burns Supper's chapter list
("11:02 Fiddle set – Eilidh MacAulay"), a play's cast list ("Sumitra (Ashwini Kulkarni)"). A careful auditor
looks at what those organisations published: each one's name on the video sites, unquoted and shortened as its
channel and its videos write it ("Wren Treasure Valley Children's" for its hospital, "Narrows Children's" for
"Tavok Narrows Children's Rehabilitation Center"). A result that query returns is opened (within
``[search] open_results``) when its title or snippet writes most of that organisation's own words in a row;
matching then judges the page on the names its description gives, like any other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from footprint.identity import fold
from footprint.models import Decision, Match, PageKind, SearchResult

# The video sites an organisation's channel posts on, as one query's filter.
VIDEO_SITES = "(site:youtube.com OR site:vimeo.com)"
# Organisations searched on the video sites in a scan: the workplaces first, then the circles whose pages name the
# subject (``publishers``); each is one query.
VIDEO_QUERIES = 4
# Words at the end of a workplace's name that every such place has: its channel and its videos leave them out.
_TAIL_WORDS = frozenset({"department", "dept", "center", "centre", "program", "institute"})
_SMALL = frozenset({"of", "the", "and", "at", "for", "in", "on"})  # words a shortened name may drop or keep


def short_name(practice: str) -> str:
    """The organisation's name as its channel writes it: without the words every such place has at its end ("Tavok
    Narrows Children's" for "Tavok Narrows Children's Rehabilitation Center"); "" when fewer than two words of its
    own are left ("General Hospital" is anyone's)."""
    from footprint.practice_names import CARE_WORDS

    words, ends = practice.split(), CARE_WORDS | _TAIL_WORDS | _SMALL
    while words and fold(words[-1]) in ends:
        words.pop()
    return " ".join(words) if len(fold(" ".join(words)).split()) >= 2 else ""


def own_words(practice: str) -> str:
    """``short_name`` folded ("wren treasure valley children s"): what the organisation's videos write."""
    return fold(short_name(practice))


def query(practice: str) -> str:
    """The organisation's short name unquoted on the video sites ("Lakeview Children's (site:youtube.com OR ...)"):
    a video's title writes the short name, seldom the words every hospital has."""
    short = short_name(practice)
    return f"{short} {VIDEO_SITES}" if short else ""


def queries(organisations: Iterable[str]) -> list[str]:
    """One video query per organisation, the first ``VIDEO_QUERIES`` that have words of their own, each once."""
    out = [q for q in dict.fromkeys(query(o) for o in organisations) if q]
    return out[:VIDEO_QUERIES]


def shows(text: str, practice: str) -> bool:
    """``text`` writes most of the organisation's own words in a row, the small words aside: "Narrows Children's" for
    "Tavok Narrows Children's" (three of its four words), "Tavok Marathi Mandal of NJ" for "Tavok Marathi Mandal of New
    Jersey"; not "Children's" alone, which every children's hospital writes."""
    own = [w for w in own_words(practice).split() if w not in _SMALL]
    said = [w for w in fold(text).split() if w not in _SMALL]
    need = max(2, math.ceil(0.6 * len(own)))
    if len(own) < 2:
        return False
    runs = {tuple(own[i : i + need]) for i in range(len(own) - need + 1)}
    return any(tuple(said[i : i + need]) in runs for i in range(len(said) - need + 1))


def from_workplace(result: SearchResult) -> bool:
    """True when the result came back for an organisation's query on the video sites (``query``) and its title or
    snippet writes that organisation's own words: a video the subject's workplace or circle posted."""
    text = f"{result.title} {result.snippet}"
    for asked in result.queries:
        if asked.endswith(f" {VIDEO_SITES}") and shows(text, asked.removesuffix(f" {VIDEO_SITES}")):
            return True
    return False


def publishers(matches: Iterable[Match], families: set[str]) -> tuple[str, ...]:
    """The organisations whose own pages a provisional match took for the subject's (confirmed or likely): the
    society, congregation or club a community page's title names as its site ("February 2026 Newsletter | St
    Andrew's Society of Columbia"). Not a news outlet, a broker or a ratings site (their videos are about anyone),
    and not an organisation named after the subject's family."""
    from footprint.practice_names import publisher_in_title

    out: dict[str, str] = {}
    for m in matches:
        if m.result.decision not in (Decision.CONFIRMED, Decision.LIKELY) or m.page.kind != PageKind.OTHER:
            continue
        name = publisher_in_title(m.page.title, families)
        if name:
            out.setdefault(fold(name), name)
    return tuple(out.values())
