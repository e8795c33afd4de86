"""JSON embedded in a page's scripts, read with the paths a site definition names.

Single-page sites ship their data in a script instead of markup: Next.js in
``<script id="__NEXT_DATA__" type="application/json">``, Redux apps as
``window.__REDUX_STATE__ = JSON.parse("...")`` (a JSON text inside a
JavaScript string). A definition's ``extract.embedded_json`` names the
script (CSS selector), an optional ``prefix`` regex before the JSON, and
``paths`` from field names to dotted paths:

    provider.approvedFullName        a key, then a key
    provider.approvedLocations[0]    one list item
    provider.approvedLocations[*]    every item (also ``[]``)
    a.b | a.c                        the first path that gives a value

When ``paths.record`` is set (a path to a list of people), every other path
is read relative to each record, so a listing page gives one person each.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.html

from footprint.extract.ratings import parse_rating
from footprint.models import Address, PersonRecord, Rating, Review

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+|\*|)\]")
_JS_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\'")


@dataclass(frozen=True)
class EmbeddedData:
    people: tuple[PersonRecord, ...] = ()
    rating: Rating | None = None
    reviews: tuple[Review, ...] = ()


def select(data: Any, path: str) -> list[Any]:
    """Every value ``path`` reaches in ``data`` (empty when none); see the module docstring."""
    if not path.strip():
        return []
    for alternative in path.split("|"):
        found = _select_one(data, alternative.strip())
        if found:
            return found
    return []


def _select_one(data: Any, path: str) -> list[Any]:
    current = [data]
    for key, index in _STEP.findall(path):
        step: list[Any] = []
        for value in current:
            if key:
                if isinstance(value, dict) and key in value:
                    step.append(value[key])
            elif isinstance(value, list):
                if index in ("*", ""):
                    step.extend(value)
                elif int(index) < len(value):
                    step.append(value[int(index)])
        current = step
    return [v for v in current if v is not None and v != ""]


def load(doc: lxml.html.HtmlElement, script: str, prefix: str = "") -> Any:
    """The JSON value in the first script matching ``script`` (None when there is none)."""
    for node in doc.cssselect(script):
        text = (node.text or "").strip()
        if prefix:
            m = re.search(prefix, text)
            if not m:
                continue
            text = text[m.end() :].lstrip()
        value = _decode(text)
        if value is not None:
            return value
    return None


def _decode(text: str) -> Any:
    decoder = json.JSONDecoder()
    try:
        if text.startswith(("'", '"')):
            # JSON.parse("..."): a JavaScript string whose content is the JSON text.
            literal = '"' + text[1:] if text[0] == "'" else text
            literal = _JS_ESCAPE.sub(lambda m: f"\\u00{m.group(1)}" if m.group(1) else "'", literal)
            inner, _ = decoder.raw_decode(literal)
            return json.loads(inner) if isinstance(inner, str) else None
        value, _ = decoder.raw_decode(text)
        return value
    except (json.JSONDecodeError, ValueError):
        return None


def _texts(data: Any, path: str | None) -> list[str]:
    if not path:
        return []
    out = []
    for value in select(data, path):
        if isinstance(value, dict):
            value = value.get("name") or value.get("displayName") or value.get("value") or ""
        if isinstance(value, str | int | float) and str(value).strip():
            out.append(re.sub(r"\s+", " ", str(value)).strip())
    return out


_ADDRESS_KEYS = {
    "street": ("address1", "address_1", "streetAddress", "street", "line1", "addressLine1"),
    "street2": ("address2", "address_2", "line2", "addressLine2"),
    "city": ("city", "addressLocality", "locality"),
    "state": ("state", "addressRegion", "stateCode", "region"),
    "postal_code": ("zipCode", "zip", "postalCode", "postal_code", "zipcode"),
}


def _first(raw: dict[str, Any], keys: tuple[str, ...]) -> str:
    return next((str(raw[k]).strip() for k in keys if raw.get(k) not in (None, "")), "")


def _address(raw: Any) -> Address | None:
    if isinstance(raw, str):
        from footprint.extract.entities import parse_address

        return parse_address(raw) if raw.strip() else None
    if not isinstance(raw, dict):
        return None
    got = {field: _first(raw, keys) for field, keys in _ADDRESS_KEYS.items()}
    street = " ".join(p for p in (got["street"], got["street2"]) if p)
    if not (street or got["city"] or got["state"]):
        return None
    return Address(street, got["city"], got["state"], got["postal_code"][:5], "practice")


def _review(raw: Any) -> Review | None:
    if not isinstance(raw, dict):
        return None
    text = _first(raw, ("text", "comment", "body", "reviewText", "reviewBody", "content"))
    score = _first(raw, ("rating", "overallRating", "score", "stars", "ratingValue"))
    rating = parse_rating(score) if score else None
    reply_raw = raw.get("response") or raw.get("reply") or raw.get("providerResponse") or ""
    reply = _first(reply_raw, ("text", "body", "comment")) if isinstance(reply_raw, dict) else str(reply_raw)
    author = raw.get("author") or raw.get("authorName") or raw.get("reviewerName") or ""
    if isinstance(author, dict):
        author = author.get("name") or ""
    if not text and rating is None:
        return None
    return Review(
        rating=rating.value if rating else None,
        scale=rating.scale if rating else 5.0,
        text=text,
        date=_first(raw, ("date", "createdAt", "submittedAt", "datePublished", "created"))[:10],
        author=str(author),
        reply=reply.strip(),
    )


def _person(data: Any, paths: dict[str, str]) -> PersonRecord | None:
    get = {key: _texts(data, path) for key, path in paths.items() if key not in ("address", "reviews", "record")}
    names = get.get("name") or []
    npis = [t for t in get.get("npi", []) if re.fullmatch(r"\d{10}", t)]
    if not names and not npis:
        return None
    addresses = [a for a in (_address(x) for x in select(data, paths.get("address", ""))) if a]
    return PersonRecord(
        name=names[0] if names else "",
        credentials=tuple(get.get("credentials", [])),
        specialties=tuple(dict.fromkeys(get.get("specialty", []))),
        addresses=tuple(dict.fromkeys(addresses)),
        phones=tuple(dict.fromkeys(get.get("phone", []))),
        emails=tuple(get.get("email", [])),
        npi=npis[0] if npis else None,
        practice=(get.get("practice") or [""])[0],
    )


def _rating(data: Any, paths: dict[str, str]) -> Rating | None:
    values = _texts(data, paths.get("rating"))
    if not values:
        return None
    scale = _texts(data, paths.get("rating_scale"))
    count = _texts(data, paths.get("rating_count"))
    return parse_rating(values[0], best=scale[0] if scale else None, count=count[0] if count else None)


def read(doc: lxml.html.HtmlElement, rules: dict[str, Any]) -> EmbeddedData:
    """People, rating and reviews from the definition's ``embedded_json`` block."""
    data = load(doc, str(rules.get("script", "")), str(rules.get("prefix", "")))
    paths: dict[str, str] = dict(rules.get("paths") or {})
    if data is None or not paths:
        return EmbeddedData()
    if "record" in paths:
        records = select(data, paths["record"])
        people = tuple(p for p in (_person(r, paths) for r in records) if p)
        return EmbeddedData(people=people)
    person = _person(data, paths)
    raw_reviews = [x for v in select(data, paths.get("reviews", "")) for x in (v if isinstance(v, list) else [v])]
    reviews = tuple(r for r in (_review(x) for x in raw_reviews) if r)
    return EmbeddedData((person,) if person else (), _rating(data, paths), reviews)
