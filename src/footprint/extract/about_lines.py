"""A blog post's writer as its "About the author" line names them, when its byline is their initials.

Many a WordPress or Blogger post is signed with the owner's initials ("by LPD", "by O.R.P.") and ends with a line in
italics that introduces them ("About the author: Lorcan Devereux is a foot and ankle surgeon in Lafayette, Indiana";
"About me: ..."). The whole name there whose first and last initials are the byline's is the post's writer, and
the line is what they say of themself. A name of other initials (a guest's host) is not the writer's.
"""

from __future__ import annotations

import re

import lxml.html

from footprint.extract import authors, comments, mentions
from footprint.extract.names import names_in
from footprint.models import PersonRecord

_ABOUT = re.compile(r"^\s*about (?:the author|the writer|me|us)\s*[:\-–—]\s*(?P<bio>.+)$", re.I | re.S)
_MAX = 400


def _initials(byline: str) -> str:
    """The byline's initials ("LPD", "O.R.P." -> "ORP"), or "" when it is not written as initials."""
    letters = re.sub(r"[\s.]", "", byline)
    return letters if re.fullmatch(r"[A-Z]{2,4}", letters) else ""


def owner(doc: lxml.html.HtmlElement, byline: str, title: str = "") -> PersonRecord | None:
    """The writer a post's "About the author" line names, whose initials its byline is; None otherwise."""
    initials = _initials(byline)
    if not initials:
        return None
    for el in doc.xpath("//p | //em | //i | //div[not(*)] | //span[not(*)] | //small"):
        line = " ".join(el.text_content().split())
        found = _ABOUT.match(line) if len(line) <= _MAX else None
        if found is None:
            continue
        for span in names_in(found.group("bio")):
            parts = span.name.split()
            if len(parts) >= 2 and (parts[0][0], parts[-1][0]) == (initials[0], initials[-1]):
                context = f"by {byline} · {line}" + (f" [page: {title}]" if title else "")
                return PersonRecord(name=span.name, context=context, read_from=("name:author",))
    return None


def signed_owner(doc: lxml.html.HtmlElement, cleaned: str, title: str = "") -> PersonRecord | None:
    """The writer a post signed with initials introduces in its "About the author" line, with the post's words
    (``cleaned``: the page's HTML) as their own ("Nora has named every sheep", "open garden at our place")."""
    found = owner(doc, comments.byline(doc), title)
    return authors.own_words(found, mentions.main_text(cleaned)) if found is not None else None
