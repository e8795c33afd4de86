"""A block of HTML as lines of text: one per block element, "·" and "|" separating items within one, a tag or
category link left out."""

from __future__ import annotations

import re

import lxml.html

_BLOCK_TAGS = {
    "div", "p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article",
    "ul", "ol", "dl", "br", "header", "footer", "aside", "main", "table", "address", "blockquote", "figure",
}  # fmt: skip

# A blog's link to a tag's or a category's page ("Family", "Travel"): the site's index of posts, whose word on a line
# of its own would read as a record's label ("Family" over the byline's name).
_TAXONOMY_HREF = re.compile(r"/(?:tags?|category|categories|topics?|search/label|label)/", re.I)


def _taxonomy(link: lxml.html.HtmlElement) -> bool:
    rel = str(link.get("rel") or "").lower().split()
    return "tag" in rel or "category" in rel or bool(_TAXONOMY_HREF.search(str(link.get("href") or "")))


def lines(node: lxml.html.HtmlElement) -> list[str]:
    """The text of ``node`` as lines: one per block element, "·" and "|" separating items within one."""
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "template") or (tag == "a" and _taxonomy(el)):
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        parts.append(el.text or "")
        previous: lxml.html.HtmlElement | None = None
        for child in el:
            if previous is not None and not (previous.tail or "").strip() and _glued(parts, child):
                parts.append("; ")  # "<span>Caroline Hollis</span><span>Caroline E Hollis</span>": two values
            walk(child)
            parts.append(child.tail or "")
            previous = child if isinstance(child.tag, str) else None
        if block:
            parts.append("\n")

    walk(node)
    out = []
    for line in re.split(r"\n|\s+[·|•]\s+", "".join(parts)):
        clean = re.sub(r"\s+", " ", line).strip()
        if clean:
            out.append(clean)
    return out


def _glued(parts: list[str], child: lxml.html.HtmlElement) -> bool:
    """True when ``child`` is an inline element that starts a word right where its sibling's text ended, as
    a broker's list of spans does ("Related To" "Andrew Pruitt" "Margaret Hollis"): a page shows them apart."""
    if not isinstance(child.tag, str) or child.tag in _BLOCK_TAGS or child.tag in ("br", "sup", "sub"):
        return False
    before = "".join(parts[-3:])
    after = child.text_content()
    return bool(before) and not before[-1].isspace() and bool(after) and after[0].isalnum()
