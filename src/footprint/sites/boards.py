"""The state medical boards' licence lookup links (``sites/state_boards.yaml``).

No common API exists; coverage gives the subject's state's link for a
manual check, and DocInfo.org (the Federation of State Medical Boards'
national lookup) when the state is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from footprint.sites import SAFE_LOADER

DOCINFO = "https://www.docinfo.org/"


@dataclass(frozen=True)
class Board:
    state: str
    name: str
    url: str


@cache
def boards() -> dict[str, Board]:
    text = resources.files("footprint.sites").joinpath("state_boards.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=SAFE_LOADER) or {}  # noqa: S506 - a safe loader
    return {code: Board(code, str(v["board"]), str(v["url"])) for code, v in raw.items()}


def board_for(state: str | None) -> Board | None:
    return boards().get((state or "").upper())
