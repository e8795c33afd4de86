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

from footprint.models import PersonRecord

ATTRIBUTES = ("data-react-props", "data-props", "data-page")
_NAME = re.compile(r"^(?:display_?name|full_?name|name|username|screen_?name)$", re.I)
_BIO = re.compile(r"^(?:bio|biography|about|description|summary|tagline|headline)$", re.I)
_PLACE = re.compile(r"^(?:location|city|hometown|home_?town)$", re.I)
MAX_PROPS = 500_000  # characters of JSON read from one attribute
MAX_DEPTH = 8
MAX_BIO = 1_000  # characters: a bio, not an article
MAX_BIOS = 10


def accounts(doc: lxml.html.HtmlElement) -> list[tuple[str, str, str]]:
    """(name, bio, place) of each account in the page's component props: an object with a name and a bio, and the
    place it gives, if any ("Milwaukee, Wisconsin")."""
    found: list[tuple[str, str, str]] = []
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


def with_bios(people: list[PersonRecord], told: list[tuple[str, str, str]]) -> list[PersonRecord]:
    """Each person the page names under an account's name ("Kate N." read from the page's title) with that account's
    bio and place in their own words ("OB/GYN in MKE · lakefront miles between deliveries · Milwaukee, Wisconsin"):
    what they say of themself, as a profile's bio in its markup is."""
    from footprint.extract.merge import merge_key
    from footprint.extract.page_people import said_of

    bio_of = {merge_key(name): " · ".join(w for w in (bio, place) if w) for name, bio, place in told}
    out = []
    for person in people:
        bio = bio_of.get(merge_key(person.name), "") if person.name.strip() else ""
        out.append(said_of(person, bio) if bio and bio not in person.context else person)
    return out


def _walk(data: Any, depth: int, found: list[tuple[str, str, str]]) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_BIOS:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _walk(item, depth + 1, found)
        return
    if not isinstance(data, dict):
        return
    bio, name = _text(data, _BIO), _text(data, _NAME)
    if bio and name and len(bio) <= MAX_BIO:
        found.append((name, bio, _text(data, _PLACE)[:100]))
    for value in list(data.values())[:200]:
        _walk(value, depth + 1, found)
