"""The JSON report: the document, validated shape per contracts/report.schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from footprint.models import Scan


@cache
def schema() -> dict[str, Any]:
    text = resources.files("footprint.report").joinpath("report.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def render(doc: dict[str, Any], scan: Scan) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
