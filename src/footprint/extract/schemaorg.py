"""Small readers of schema.org items in extruct's uniform form, shared by the extractors."""

from __future__ import annotations

import re
from typing import Any


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(item: dict[str, Any]) -> set[str]:
    return {str(t).rsplit("/", 1)[-1] for t in as_list(item.get("@type"))}


def text_of(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()
