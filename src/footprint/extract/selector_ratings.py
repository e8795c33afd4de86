"""A rating the site's selectors read: its ``fields`` rating, or the count its data leaves out."""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from footprint.extract import html
from footprint.extract.ratings import parse_count, parse_rating
from footprint.models import Rating


def with_count(rating: Rating | None, doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    """A rating whose count its data leaves out, with the count the site's ``rating_count`` selector reads."""
    fields = rules.get("fields")
    if rating is None or rating.count is not None or not isinstance(fields, dict) or "rating_count" not in fields:
        return rating
    count = parse_count(html.first_text(doc, fields["rating_count"]))
    return replace(rating, count=count) if count is not None else rating


def selector_rating(doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    """The rating the site's ``fields`` point at (text, an attribute such as ``content``, or a regex's match)."""
    fields = rules.get("fields")
    if not isinstance(fields, dict) or "rating" not in fields:
        return None
    value = html.first_text(doc, fields["rating"])
    if not value:
        return None
    count = html.first_text(doc, fields["rating_count"]) if "rating_count" in fields else ""
    return parse_rating(value, count=count or None)
