"""What a comment's or an answer's block shows of its writer between the name and the words: the lines of their card
(a Q&A site's field and town, a neighbourhood site's neighbourhood), without the dates, counts and buttons beside them.
"""

from __future__ import annotations

import re

import lxml.html

# A month's name as pages write it, whole or cut short ("Sept.", "Oct"); compiled with ``re.I`` where lower case counts.
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def text_of(el: lxml.html.HtmlElement) -> str:
    """The element's text, its whitespace runs made one space."""
    return re.sub(r"\s+", " ", " ".join(el.itertext())).strip()


# What a line of a commenter's card says that is no job or place: a date, a time, a count of likes, a button.
_NO_CARD = re.compile(
    r"\b(?:ago|like[sd]?|repl(?:y|ies)|edited|follow(?:er)?s?|admin|top fan|share|report|agree[sd]?|thanks?|votes?|"
    r"(?:answered|posted|asked|commented)\b)|\b(?:19|20)\d\d\b"
    rf"|^(?:{MONTHS} \d{{1,2}}|\d{{1,2}} {MONTHS})$"
    r"|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|\d{1,2}:\d\d|^(?:yesterday|today)$",
    re.I,
)
_CARD_MAX = 160


def card(block: lxml.html.HtmlElement, name: lxml.html.HtmlElement | None, body: lxml.html.HtmlElement | None) -> str:
    """The lines a comment's or answer's block shows between its writer's name and their words: what the site says of
    the writer ("Cardiology (Adult Congenital Heart Disease)", "28 years in practice · Memphis, TN"), a Q&A site's
    credential line. Dates, counts and buttons are not about them."""
    if name is None or body is None:
        return ""
    lines: list[str] = []
    started = False
    for el in block.iter():
        if el is name:
            started = True
            continue
        if el is body:
            break
        if not started or not isinstance(el.tag, str) or name in el.iterancestors() or len(el):
            continue
        line = text_of(el)
        if line and not _NO_CARD.search(line):
            lines.append(line)
    said = " · ".join(lines)
    return said if len(said) <= _CARD_MAX else ""
