"""Reviews and a rating kept in a script's JavaScript-assigned state, with no site definition.

Many real sites render in the browser from state a plain ``<script>`` assigns:
``window.__INITIAL_STATE__ = {...};``, ``window.__NUXT__=...``, ``window.__APOLLO_STATE__``, a Redux
store's preloaded state, or ``JSON.parse("...")`` of an escaped string. The markup then shows no
review at all. A list of records each with a text (``comment``, ``text``, ``body``) and a score
(``rating``, ``average``, ``stars``) or several sub-scores (``staff``, ``punctuality``, ...) is a
list of reviews; a record with an average and a count of ratings is the page's rating.

Everything is bounded: scripts over :data:`MAX_SCRIPT` characters are skipped, at most
:data:`MAX_ASSIGNMENTS` assignments are decoded and the walk stops at :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html

from footprint.models import Rating, Review

MAX_SCRIPT = 1_000_000
MAX_ASSIGNMENTS = 20
MAX_DEPTH = 8
MAX_REVIEWS = 200
# ``window.__STATE__ =``, ``self.__NUXT__=``, ``var __PRELOADED_STATE__ =``: a name then ``=`` (not ``==``).
_ASSIGN = re.compile(
    r"(?:\b(?:window|self|globalThis)\s*\.\s*|\b(?:var|let|const)\s+|\bwindow\s*\[\s*[\"'])"
    r"[A-Za-z_$][\w$]*[\"']?\s*\]?\s*=(?!=)\s*"
)
_PARSE = re.compile(r"JSON\.parse\(\s*(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')\s*\)")
_TEXT_KEYS = ("comment", "text", "body", "review", "review_text", "reviewtext", "content")
_SCORE_KEYS = ("rating", "overall", "average", "score", "stars", "star_rating", "ratingvalue", "value")
_COUNT_KEYS = ("num_ratings", "review_count", "reviewcount", "ratings_count", "rating_count", "count", "total")
_DATE_KEYS = ("created", "date", "created_at", "submitted", "published", "datepublished", "time")
_AUTHOR_KEYS = ("author", "user", "reviewer", "name", "display_name", "username")
_REPLY_KEYS = ("reply", "response", "provider_response", "doctor_response", "owner_response")
_SUB_SCORES = re.compile(
    r"^(?:staff|punctuality|helpfulness|knowledge|bedside(?:_manner)?|wait(?:_time)?|explanation|trust"
    r"|friendliness|scheduling|office|communication|listening)(?:_?(?:rating|score))?$",
    re.I,
)


def states(doc: lxml.html.HtmlElement) -> list[Any]:
    """The JSON values the page's inline scripts assign (JSON in ``type=application/json`` excluded)."""
    found: list[Any] = []
    for script in doc.xpath("//script[not(@src)]"):
        kind = (script.get("type") or "").strip().lower()
        if kind and "javascript" not in kind and kind != "module":
            continue
        text = script.text or ""
        if len(text) > MAX_SCRIPT:
            continue
        for match in _ASSIGN.finditer(text):
            value = _value_at(text, match.end())
            if value is not None:
                found.append(value)
            if len(found) >= MAX_ASSIGNMENTS:
                return found
    return found


def _value_at(text: str, start: int) -> Any:
    """The JSON object or array at ``start``, or the one a ``JSON.parse("...")`` there decodes."""
    if text.startswith("JSON.parse", start):
        call = _PARSE.match(text, start)
        if call is None:
            return None
        literal = call.group(1)
        if literal.startswith("'"):
            literal = '"' + literal[1:-1].replace('\\"', '"').replace('"', '\\"').replace("\\'", "'") + '"'
        try:
            inner = json.loads(literal)
            return json.loads(inner) if isinstance(inner, str) else None
        except (ValueError, RecursionError):  # hostile: broken or nested past Python's stack
            return None
    if start >= len(text) or text[start] not in "{[":
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):  # hostile: broken or nested past Python's stack
        return None
    return value


def read(doc: lxml.html.HtmlElement) -> tuple[tuple[Review, ...], Rating | None]:
    """The reviews and the page's rating in its script state."""
    found: list[Review] = []
    ratings: list[Rating] = []
    for value in states(doc):
        _walk(value, 0, found, ratings)
    return tuple(dict.fromkeys(found))[:MAX_REVIEWS], (ratings[0] if ratings else None)


def _key(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        if name in lowered and lowered[name] not in (None, ""):
            return lowered[name]
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", value):
        return float(value)
    if isinstance(value, dict):
        return _number(_key(value, ("value", "ratingvalue", "overall", "average")))
    return None


def _string(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        inner = _key(value, ("text", "body", "name", "display_name", "comment"))
        return inner.strip() if isinstance(inner, str) else ""
    return ""


def _score(record: dict[str, Any]) -> float | None:
    """The record's overall score on a five-point scale, else the average of its sub-scores."""
    for name in _SCORE_KEYS:
        value = _number(_key(record, (name,)))
        if value is not None and 0 <= value <= 5:
            return value
    subs = [v for k, raw in record.items() if _SUB_SCORES.match(str(k)) and (v := _number(raw)) is not None]
    subs = [v for v in subs if 0 <= v <= 5]
    return round(sum(subs) / len(subs), 2) if len(subs) >= 2 else None


def _review(record: dict[str, Any]) -> Review | None:
    text = _string(_key(record, _TEXT_KEYS))
    if len(text) < 10:
        return None
    score = _score(record)
    date = _key(record, _DATE_KEYS)
    author = _string(_key(record, _AUTHOR_KEYS))
    if score is None or not (date or author):  # a review is dated or signed; a bio beside a score is not
        return None
    return Review(
        rating=score,
        scale=5.0,
        text=text[:4000],
        date=str(date)[:10] if isinstance(date, str) else "",
        author=author[:80],
        reply=_string(_key(record, _REPLY_KEYS))[:4000],
    )


def _rating(record: dict[str, Any]) -> Rating | None:
    """An aggregate: an average with a count of ratings beside it, and no text of its own."""
    if _key(record, _TEXT_KEYS) is not None:
        return None
    value = _number(_key(record, ("average", "rating", "avg_rating", "average_rating", "overall", "score")))
    count = _number(_key(record, _COUNT_KEYS))
    if value is None or count is None or not 0 < value <= 5 or count != int(count) or count < 1:
        return None
    return Rating(value, 5.0, int(count))


def _walk(data: Any, depth: int, found: list[Review], ratings: list[Rating]) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_REVIEWS:
        return
    if isinstance(data, list):
        for item in data[:MAX_REVIEWS]:
            _walk(item, depth + 1, found, ratings)
        return
    if not isinstance(data, dict):
        return
    review = _review(data)
    if review is not None:
        found.append(review)
        return
    rating = _rating(data)
    if rating is not None:
        ratings.append(rating)
    for value in list(data.values())[:200]:
        _walk(value, depth + 1, found, ratings)


def fuller(doc: lxml.html.HtmlElement, shown: str) -> str:
    """The text a meta description cuts short (a video's description at 150 characters), in full from the
    script state, else ``shown``: the cut-off part is where a discount code or a disclosure sits."""
    start = shown.strip().rstrip(".…").strip()
    if len(start) < 40:
        return shown
    best = shown
    for value in _values(states(doc)):
        if isinstance(value, str) and len(value) > len(best) and value.startswith(start):
            best = value[:5000]
    return best


def _values(roots: Iterable[Any]) -> Iterator[Any]:
    """Every value in ``roots`` down to :data:`MAX_DEPTH`, the first 200 of each list or object's members."""
    stack: list[tuple[Any, int]] = [(v, 0) for v in roots]
    while stack:
        value, depth = stack.pop()
        yield value
        if depth < MAX_DEPTH and isinstance(value, dict | list):
            items = value.values() if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in list(items)[:200])


# When a post was made, as script state keeps it: seconds since 1970 ("createTime") or an ISO string.
_WHEN_KEYS = ("createtime", "create_time", "created_at", "createdat", "taken_at", "timestamp", "date", "published")
_EPOCH_RANGE = (946_684_800, 4_102_444_800)  # 2000 to 2100: seconds, not an id or a count


def json_scripts(doc: lxml.html.HtmlElement) -> list[Any]:
    """The JSON values of the page's ``type="application/json"`` scripts (a video's or post's page data)."""
    found: list[Any] = []
    for script in doc.xpath("//script[@type='application/json']"):
        text = script.text or ""
        if len(text) > MAX_SCRIPT:
            continue
        try:
            found.append(json.loads(text))
        except (ValueError, RecursionError):  # hostile: broken or nested past Python's stack
            continue
    return found


def posted_on(doc: lxml.html.HtmlElement, text: str) -> str:
    """The date (YYYY-MM-DD) the page's data gives to the record whose text is ``text`` (a video's
    description beside its ``createTime``), or ""."""
    from datetime import UTC, datetime

    start = " ".join(text.split())[:60]
    if len(start) < 20:
        return ""
    for value in _values((*json_scripts(doc), *states(doc))):
        if not isinstance(value, dict):
            continue
        own = any(isinstance(v, str) and " ".join(v.split()).startswith(start) for v in value.values())
        when = _key(value, _WHEN_KEYS) if own else None
        if isinstance(when, int | float) and not isinstance(when, bool) and _EPOCH_RANGE[0] < when < _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d")
        if isinstance(when, str) and re.match(r"\d{4}-\d{2}-\d{2}", when):
            return when[:10]
    return ""
