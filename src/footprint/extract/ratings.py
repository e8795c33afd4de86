"""Ratings as sites write them, converted to numbers on their own scale.

"4.6", "4,6" (decimal comma), "9/10", "4.5 out of 5", "88%", a
``bestRating`` of 10: each becomes a :class:`Rating` whose ``value`` and
``scale`` agree, so ``Rating.out_of_five`` compares sites fairly. A value
without a stated scale is read on the smallest usual scale that holds it
(5, 10 or 100).
"""

from __future__ import annotations

import re
from typing import Any

from footprint.models import Rating

_OUT_OF = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:/|out of|of|von|sur)\s*(\d+(?:[.,]\d+)?)", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def _float(text: str) -> float:
    return float(text.replace(",", "."))


def number(value: Any) -> float | None:
    """The first number in a rating text; a comma before one or two digits is a decimal comma."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    m = _NUMBER.search(str(value or ""))
    return _float(m.group()) if m else None


def parse_count(value: Any) -> int | None:
    """A count such as "38", "1,234 reviews" or "1.234" (thousands separators dropped)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    m = re.search(r"\d[\d,.]*", str(value or ""))
    if not m:
        return None
    digits = re.sub(r"[,.](?=\d{3}(?:\D|$))", "", m.group()).split(".")[0].split(",")[0]
    return int(digits) if digits.isdigit() else None


def _usual_scale(value: float) -> float:
    for scale in (5.0, 10.0, 100.0):
        if value <= scale:
            return scale
    return value


def parse_rating(value: Any, *, best: Any = None, count: Any = None) -> Rating | None:
    """A Rating from a value (text or number), an optional best rating and an optional count."""
    text = str(value) if value is not None else ""
    scale = number(best) if best not in (None, "") else None
    m = _OUT_OF.search(text)
    percent = _PERCENT.search(text)
    if m:
        rating, scale = _float(m.group(1)), scale or _float(m.group(2))
    elif percent:
        rating, scale = _float(percent.group(1)), scale or 100.0
    else:
        found = number(value)
        if found is None:
            return None
        rating = found
    if not scale or scale <= 0:
        scale = _usual_scale(rating)
    if rating < 0 or rating > scale:
        return None
    return Rating(value=rating, scale=scale, count=parse_count(count) if count not in (None, "") else None)
