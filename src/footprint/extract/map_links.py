"""Where a page says a place is: the place it links to a map or a places page."""

from __future__ import annotations

import re

import lxml.html

# Where a photo page says its picture was taken: the place it links to a map or a places page (a photo-sharing
# site's "Concordia, Portland, Oregon, US" linking to its map, a post's location linking to the network's
# locations page, a link to a public map service).
_MAP_LINK = re.compile(
    r"^(?:https?://(?:www\.)?(?:maps\.google\.[a-z.]+|google\.[a-z.]+/maps|(?:www\.)?openstreetmap\.org"
    r"|maps\.apple\.com)|(?:https?://[^/]+)?/(?:[\w-]+/)*(?:map|maps|places|explore/locations)(?:[/?#]|$))",
    re.I,
)
_MAP_WORDS = re.compile(r"^(?:view|show|open|see)?\s*(?:on\s+)?(?:the\s+)?(?:map|maps|location|directions)$", re.I)


def mapped_place(doc: lxml.html.HtmlElement) -> str:
    """The place named by the page's first link to a map or a places page, or ""."""
    for a in doc.iter("a"):
        href = str(a.get("href") or "").strip()
        words = " ".join(a.text_content().split())
        if _MAP_LINK.match(href) and 3 <= len(words) <= 80 and not _MAP_WORDS.match(words):
            return words
    return ""
