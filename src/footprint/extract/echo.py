"""Search and no-result pages echo the query: a name that is only the echo is nobody on the page.

A site's search answers "No results found for Jane Doe in Portland, Oregon", "We couldn't find
Jane Doe" or "5 results for Jane Doe" in its title, its ``<h1>`` and its text, whether or not
anyone by that name exists. The echoed name is what was searched, not a person the page shows:
a page that says it found nothing names nobody, and a name written right after "results for",
"people named" or "searched for" is the query.
"""

from __future__ import annotations

import re

import lxml.html

NOTHING_FOUND = re.compile(
    r"\bno (?:exact )?(?:results?|records?|matches)\b"
    r"|\bno (?:people|persons?|one|profiles?|providers?|doctors?|physicians?|listings?|entries|reports?)"
    r" (?:were |was |could be )?(?:found|matched|named)\b"
    r"|\b(?:could ?n[o']?t|can ?n[o']?t|did ?n[o']?t|were unable to|was unable to|could not) (?:find|locate|match)\b"
    r"(?! (?:a|an|the|my|our|your|her|his|their|it|this|that|out|time|parking)\b)"
    r"|\b0 (?:results|records|matches|people|profiles)\b"
    r"|\bnothing (?:was )?(?:found|matched)\b"
    r"|\b(?:did not|does not|didn't|doesn't) match any\b"
    r"|\breturned no (?:results|records|matches)\b",
    re.I,
)
# Words right before a name that make it the query's echo: "results for", "people named", "search for".
_ECHO_BEFORE = re.compile(
    r"(?:\b(?:results?|matches|records?|people|persons|profiles?|listings?|reports?|search(?:es|ing)?|searched"
    r"|lookup|look ?ups?|looking)\s+(?:for|named|matching|called)|\bsearch(?:ed|ing)? for)\s*[\"“‘']?\s*$",
    re.I,
)
_LINES = 20  # a no-result page says so near its top, in a line of its own
_SHORT_LINE = 160


def nothing_found(doc: lxml.html.HtmlElement) -> bool:
    """True when the page's headings, or a short line near the top of its text, say the search found nobody."""
    from footprint.extract.block_lines import lines

    heads = [doc.findtext(".//title") or ""]
    heads += [h.text_content() for h in doc.xpath("//h1|//h2|//h3")[:6]]
    if any(NOTHING_FOUND.search(h) for h in heads):
        return True
    body = doc.find("body")
    opening = lines(body)[:_LINES] if body is not None else []
    return any(len(line) <= _SHORT_LINE and NOTHING_FOUND.search(line) for line in opening)


def echoed(text: str, start: int) -> bool:
    """True when the name starting at ``start`` in ``text`` follows words that make it the query."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = text[max(line_start, start - 60) : start]
    return bool(_ECHO_BEFORE.search(before)) or bool(NOTHING_FOUND.search(text[line_start:start]))
