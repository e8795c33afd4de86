"""What a server-rendered component's props say about the page's account, with no site definition.

Sites built with React on Rails, Inertia or similar render a component's data into an attribute of its mount
point (``data-react-props``, ``data-props``, ``data-page``): a public activity or post page keeps its athlete's or
author's profile there (display name, location, bio), and the bio is often not in the markup a visitor reads.
What an account says about itself is part of what the page says, as a bio in JSON-LD is (``structured``): the
bio's text joins the page's text, where the subject's handle or field in it is read like any other words.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html

ATTRIBUTES = ("data-react-props", "data-props", "data-page")
_NAME = re.compile(r"^(?:display_?name|full_?name|name|username|screen_?name)$", re.I)
_BIO = re.compile(r"^(?:bio|biography|about|description|summary|tagline|headline)$", re.I)
MAX_PROPS = 500_000  # characters of JSON read from one attribute
MAX_DEPTH = 8
MAX_BIO = 1_000  # characters: a bio, not an article
MAX_BIOS = 10


def bios(doc: lxml.html.HtmlElement) -> list[str]:
    """The bios of the accounts in the page's component props: an object with a name and a bio."""
    found: list[str] = []
    for attribute in ATTRIBUTES:
        for raw in doc.xpath(f"//*[@{attribute}]/@{attribute}"):
            text = str(raw)
            if len(text) > MAX_PROPS:
                continue
            try:
                data = json.loads(text)
            except ValueError:
                continue
            _walk(data, 0, found)
    return list(dict.fromkeys(found))[:MAX_BIOS]


def _text(record: dict[str, Any], pattern: re.Pattern[str]) -> str:
    for key, value in record.items():
        if isinstance(value, str) and pattern.match(str(key)) and value.strip():
            return " ".join(value.split())
    return ""


def _walk(data: Any, depth: int, found: list[str]) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_BIOS:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _walk(item, depth + 1, found)
        return
    if not isinstance(data, dict):
        return
    bio = _text(data, _BIO)
    if bio and _text(data, _NAME) and len(bio) <= MAX_BIO:
        found.append(bio)
    for value in list(data.values())[:200]:
        _walk(value, depth + 1, found)
