"""Whether a ratings or directory profile is claimed by the physician.

An unclaimed profile is one anybody can correct but nobody does: the
physician cannot answer reviews, fix the phone or add a photo. Sites say
so in different ways, so the markers are data: a site definition's
``extract.claimed`` names CSS selectors and phrases for each state
(``claimed`` and ``unclaimed``); the generic phrases below cover the
common "Is this you? Claim this profile" prompts. A page that says
neither stays ``None`` (unknown), never "unclaimed".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import lxml.html
from lxml.cssselect import CSSSelector, SelectorError

from footprint.models import LISTING_KINDS, PageKind

# Prompts a site shows only to visitors of a profile nobody has claimed yet.
GENERIC_UNCLAIMED = (
    r"\bclaim (?:this|your)(?: free)? (?:profile|listing|page)\b",
    r"\bunclaimed (?:profile|listing|page)\b",
    r"\bis this (?:you|your (?:profile|practice))\?\s*claim\b",
    # "Are you Dr. Ann Lee, MD? Update your free profile": the prompt to the physician who never took it over.
    r"\b(?:is this you|are you [^?]{1,60})\?\s*(?:claim|update|manage|verify|take over)"
    r" (?:your|this)(?: free)? (?:profile|listing|page)\b",
)


def claimed(doc: lxml.html.HtmlElement, rules: Mapping[str, Any], kind: PageKind) -> bool | None:
    """True, False, or None when the page does not say."""
    if kind not in LISTING_KINDS:
        return None
    # Each text node on its own, so that a badge's word never runs into its neighbour's.
    text = " ".join(str(t) for t in doc.xpath("//text()[not(ancestor::script) and not(ancestor::style)]"))
    site = rules.get("claimed") or {}
    # The site's own markers win; a claimed badge outranks a stray claim prompt.
    if _any(doc, text, site.get("claimed", ())):
        return True
    if _any(doc, text, site.get("unclaimed", ())):
        return False
    # A page's own data says it: "isClaimed": false in a Next.js or Redux state.
    flag = _JSON_FLAG.search(" ".join(str(t) for t in doc.xpath("//script/text()")))
    if flag is not None:
        return flag.group(1).lower() == "true"
    if any(re.search(p, text, re.I) for p in GENERIC_UNCLAIMED):
        return False
    return None


_JSON_FLAG = re.compile(
    r'"(?:is_?[Cc]laimed|claimed|profileClaimed|is_?[Vv]erified_?[Cc]laim)"\s*:\s*(true|false)', re.I
)


def _any(doc: lxml.html.HtmlElement, text: str, markers: Sequence[str]) -> bool:
    """A marker is ``css:SELECTOR`` (an element that exists) or a phrase (case-insensitive regex)."""
    for marker in markers:
        if marker.startswith("css:"):
            try:
                if CSSSelector(marker[4:])(doc):
                    return True
            except SelectorError:
                continue  # the schema test checks selectors; a bad one never ends a scan
        else:
            try:
                if re.search(marker, text, re.I):
                    return True
            except re.error:
                continue  # a broken phrase in a definition never ends a scan
    return False
