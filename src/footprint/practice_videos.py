"""The videos the subject's workplace posts: a hospital's camp film, a department's meeting, a clinic's talk.

A hospital's or a health department's channel names its doctors in a video's description ("3:40 Med shed with
Dr. Harriet Quennell, camp medical director", a meeting's chapter "Health Officer report"), which search shows
seldom: the result's title and snippet name the channel's organisation and the event, not the doctor. A careful
auditor looks at what the workplace itself published: the workplace's name on the video sites, unquoted, as the
channel and its videos write it shortened ("Wren Treasure Valley Children's" for its hospital). A result that
query returns is opened (within ``[search] open_results``) when its title or snippet writes the workplace's own
words; matching then judges the page on the names its description gives, like any other.
"""

from __future__ import annotations

from footprint.identity import fold
from footprint.models import SearchResult

# The video sites a workplace's channel posts on, as one query's filter.
VIDEO_SITES = "(site:youtube.com OR site:vimeo.com)"


def query(practice: str) -> str:
    """The workplace's name unquoted on the video sites ("Lakeview Children's Hospital (site:youtube.com OR ...)")."""
    return f"{practice} {VIDEO_SITES}" if practice.strip() else ""


def own_words(practice: str) -> str:
    """The workplace's name without the words every such place has at its end ("wren treasure valley children s"
    for "Wren Treasure Valley Children's Hospital"), folded: what its channel and its videos write; "" when fewer
    than two words of its own are left ("General Hospital" is anyone's)."""
    from footprint.practice_names import CARE_WORDS

    words = fold(practice).split()
    while words and words[-1] in CARE_WORDS | {"department", "dept", "center", "centre", "program", "institute"}:
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


def from_workplace(result: SearchResult, practices: tuple[str, ...]) -> bool:
    """True when the result came back for a workplace's query on the video sites (``query``) and its title or
    snippet writes that workplace's own words: a video the subject's workplace posted."""
    text = f" {fold(f'{result.title} {result.snippet}')} "
    for practice in practices:
        asked, words = query(practice), own_words(practice)
        if asked and words and asked in result.queries and f" {words} " in text:
            return True
    return False
