"""JSON embedded in a page's scripts, read with the paths a site definition names.

Single-page sites ship their data in a script instead of markup: Next.js in
``<script id="__NEXT_DATA__" type="application/json">``, Redux apps as
``window.__REDUX_STATE__ = JSON.parse("...")`` (a JSON text inside a
JavaScript string). A definition's ``extract.embedded_json`` names the
script (CSS selector), an optional ``prefix`` regex before the JSON, and
``paths`` from field names to dotted paths:

    provider.approvedFullName        a key, then a key
    provider.approvedLocations[0]    one list item
    provider.approvedLocations[*]    every item (also ``[]``); of an object, every value
                                     (TikTok's older ``ItemModule`` keys each video by its id)
    **.userInfo.user.nickname        ``**``: the value and everything nested in it, at any depth
                                     (pages that bury the data in framework wrappers: TikTok,
                                     Instagram, Threads)
    a.b | a.c                        the first path that gives a value

The ``bio`` path names what the account says about itself; it joins the
page's text. When several scripts match, the first whose paths find a
person is read.

When ``paths.record`` is set (a path to a list of people), every other path
is read relative to each record, so a listing page gives one person each.

``paths.posts`` names the account's posts (a short-video profile's video
list): each is a record whose caption is ``desc``, ``text``, ``caption`` or
``content``, whose author is its ``author`` (a handle, or an object with
one), else the account's own handle, and whose date is ``createTime`` (Unix
seconds) or a date text. The definition's ``post_url`` template (``{author}``,
``{id}``) gives each its own address. A caption's ``@someone`` is a mention:
whom a reply video answers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.html

from footprint.extract.ratings import parse_rating
from footprint.models import Address, PersonRecord, Post, Rating, Review

_STEP = re.compile(r"(\*\*|[^.\[\]]+)|\[(\d+|\*|)\]")
_JS_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\'")


@dataclass(frozen=True)
class EmbeddedData:
    people: tuple[PersonRecord, ...] = ()
    rating: Rating | None = None
    reviews: tuple[Review, ...] = ()
    bios: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()


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
            if key == "**":
                step.extend(_nested(value))
            elif key:
                if isinstance(value, dict) and key in value:
                    step.append(value[key])
            elif isinstance(value, dict) and index in ("*", ""):
                step.extend(value.values())
            elif isinstance(value, list):
                if index in ("*", ""):
                    step.extend(value)
                elif int(index) < len(value):
                    step.append(value[int(index)])
        current = step
    return [v for v in current if v is not None and v != ""]


def _nested(value: Any, depth: int = 0) -> list[Any]:
    """``value`` and every value nested in it (dicts and lists), depth first; hostile nesting is cut at 64."""
    out = [value]
    if depth < 64:
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for child in children:
            out.extend(_nested(child, depth + 1))
    return out


def load_all(doc: lxml.html.HtmlElement, script: str, prefix: str = "") -> list[Any]:
    """The JSON value of every script matching ``script`` (and ``prefix``), in page order."""
    out = []
    for node in doc.cssselect(script):
        text = (node.text or "").strip()
        if prefix:
            m = re.search(prefix, text)
            if not m:
                continue
            text = text[m.end() :].lstrip()
        value = _decode(text)
        if value is not None:
            out.append(value)
    return out


def load(doc: lxml.html.HtmlElement, script: str, prefix: str = "") -> Any:
    """The JSON value in the first script matching ``script`` (None when there is none)."""
    found = load_all(doc, script, prefix)
    return found[0] if found else None


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
    skip = ("address", "reviews", "record", "bio", "rating", "rating_count", "rating_scale", "posts")
    get = {key: _texts(data, path) for key, path in paths.items() if key not in skip}
    names = get.get("name") or []
    npis = [t for t in get.get("npi", []) if re.fullmatch(r"\d{10}", t)]
    if not names and not npis:
        return None
    places = select(data, paths.get("address", ""))
    addresses = [a for a in (_address(x) for x in places) if a]
    return PersonRecord(
        name=names[0] if names else "",
        credentials=tuple(get.get("credentials", [])),
        specialties=tuple(dict.fromkeys(get.get("specialty", []))),
        addresses=tuple(dict.fromkeys(addresses)),
        phones=tuple(dict.fromkeys(get.get("phone", []))),
        emails=tuple(get.get("email", [])),
        npi=npis[0] if npis else None,
        practice=(get.get("practice") or [""])[0] or _place_name(places),
        handle=(get.get("handle") or [""])[0].lstrip("@"),
    )


_PLACE_NAME_KEYS = ("practiceName", "facilityName", "locationName", "organizationName", "name")


def _place_name(places: list[Any]) -> str:
    """The name of the first of a doctor's offices that gives one: a ratings site lists each location with the
    practice or hospital it is ("locations": [{"name": "Lakeview Allergy & Asthma", "address1": ...}])."""
    for place in places:
        if isinstance(place, dict) and (name := _first(place, _PLACE_NAME_KEYS)):
            return name
    return ""


_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
# Where a network keeps a post's id, author, caption and date.
_POST_TEXT = ("desc", "text", "caption", "content", "description", "title")
_POST_AUTHOR = ("uniqueId", "username", "handle", "screen_name")


def _post_date(raw: dict[str, Any]) -> str:
    when = raw.get("createTime") or raw.get("create_time") or raw.get("taken_at") or raw.get("date") or ""
    if isinstance(when, str) and not when.strip().isdigit():
        return when.strip()[:10]
    try:
        seconds = int(when)
    except (TypeError, ValueError):
        return ""
    from datetime import UTC, datetime

    # Unix seconds (milliseconds when too large to be seconds), as the day they fall on.
    seconds = seconds // 1000 if seconds > 10**11 else seconds
    return datetime.fromtimestamp(seconds, UTC).date().isoformat() if seconds > 0 else ""


def _posts(data: Any, path: str, owner: str, url_template: str) -> tuple[Post, ...]:
    out: list[Post] = []
    for raw in select(data, path):
        if not isinstance(raw, dict):
            continue
        text = re.sub(r"\s+", " ", _first(raw, _POST_TEXT)).strip()
        if not text:
            continue
        by = raw.get("author")
        author = _first(by, _POST_AUTHOR) if isinstance(by, dict) else str(by or "").strip()
        author = (author or owner).lstrip("@").lower()
        ident = _first(raw, ("id", "video_id", "code", "shortcode"))
        link = url_template.format(author=author, id=ident) if url_template and author and ident else ""
        mentions = tuple(dict.fromkeys(m.group(1).lower() for m in _MENTION.finditer(text)))
        out.append(Post(author=author, text=text, url=link, date=_post_date(raw), mentions=mentions))
    return tuple(out)


def _rating(data: Any, paths: dict[str, str]) -> Rating | None:
    values = _texts(data, paths.get("rating"))
    if not values:
        return None
    scale = _texts(data, paths.get("rating_scale"))
    count = _texts(data, paths.get("rating_count"))
    return parse_rating(values[0], best=scale[0] if scale else None, count=count[0] if count else None)


def read(doc: lxml.html.HtmlElement, rules: dict[str, Any]) -> EmbeddedData:
    """People, rating, reviews and the account's bio from the definition's ``embedded_json`` block."""
    paths: dict[str, str] = dict(rules.get("paths") or {})
    values = load_all(doc, str(rules.get("script", "")), str(rules.get("prefix", ""))) if paths else []
    if not values:
        return EmbeddedData()
    # Pages with many data scripts: the first whose paths name someone (or rate someone).
    data = next((v for v in values if _person(v, paths) or _rating(v, paths)), values[0])
    if "record" in paths:
        records = select(data, paths["record"])
        people = tuple(p for p in (_person(r, paths) for r in records) if p)
        return EmbeddedData(people=people)
    person = _person(data, paths)
    raw_reviews = [x for v in select(data, paths.get("reviews", "")) for x in (v if isinstance(v, list) else [v])]
    reviews = tuple(r for r in (_review(x) for x in raw_reviews) if r)
    bios = tuple(_texts(data, paths.get("bio")))
    owner = person.handle if person else ""
    posts = _posts(data, paths["posts"], owner, str(rules.get("post_url", ""))) if paths.get("posts") else ()
    return EmbeddedData((person,) if person else (), _rating(data, paths), reviews, bios, posts)


def reviews_from(data: Any, paths: dict[str, str]) -> tuple[tuple[Review, ...], str]:
    """Reviews in a JSON answer (``paths.record`` the list, the other paths inside each) and its next page."""
    out = []
    for raw in select(data, paths.get("record", "")):
        fields = {key: (_texts(raw, path) or [""])[0] for key, path in paths.items() if key not in ("record", "next")}
        rating = parse_rating(fields["rating"]) if fields.get("rating") else None
        if not fields.get("text") and rating is None:
            continue
        out.append(
            Review(
                rating=rating.value if rating else None,
                scale=rating.scale if rating else 5.0,
                text=fields.get("text", ""),
                date=fields.get("date", "")[:10],
                author=fields.get("author", ""),
                reply=fields.get("reply", ""),
            )
        )
    following = _texts(data, paths.get("next"))
    return tuple(out), following[0] if following else ""
