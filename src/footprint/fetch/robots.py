"""robots.txt: fetched once per host, cached, obeyed by default.

Reads ``[fetch] obey_robots`` and ``user_agent``. An unreadable or garbage
robots.txt is treated as allow-all, never as a crash; it is logged and kept
as a note per host (:attr:`RobotsCache.notes`), which the coverage row of
that site shows. ``Crawl-delay`` lowers the host's rate in the shared rate
limiter.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from protego import Protego

from footprint.models import CoverageRow

log = logging.getLogger(__name__)


class RobotsCache:
    def __init__(self, user_agent: str, download: Callable[[str], tuple[int, str] | None]) -> None:
        self._agent = user_agent.split("/")[0]
        self._download = download
        self._parsers: dict[str, Protego | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.notes: dict[str, str] = {}  # origin -> why its robots.txt was treated as allow-all

    def _parser(self, url: str) -> Protego | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._parsers:
                self._parsers[origin] = self._load(origin)
            return self._parsers[origin]

    def _load(self, origin: str) -> Protego | None:
        got = self._download(origin + "/robots.txt")
        if got is None:
            why = "could not be fetched"
        elif got[0] >= 400:
            return None  # no robots.txt: everything allowed
        elif "\x00" in got[1]:
            why = "unreadable (binary)"  # noise from a misconfigured server, not rules to follow
        elif got[1].lstrip().lower().startswith(("<!doctype", "<html")):
            why = "unreadable (HTML)"  # the site's web page answers for every path
        else:
            try:
                return Protego.parse(got[1])
            except Exception as exc:  # noqa: BLE001 - protego raises assorted errors on garbage
                why = f"unreadable ({type(exc).__name__})"
        note = f"robots.txt {why}: treated as allow-all"
        log.warning("%s/%s", origin, note)
        self.notes[origin] = note
        return None

    def allowed(self, url: str) -> bool:
        parser = self._parser(url)
        return True if parser is None else bool(parser.can_fetch(url, self._agent))

    def crawl_delay(self, url: str) -> float | None:
        parser = self._parser(url)
        if parser is None:
            return None
        delay = parser.crawl_delay(self._agent)
        return float(delay) if delay else None


def with_notes(rows: Sequence[CoverageRow], notes: Mapping[str, str]) -> tuple[CoverageRow, ...]:
    """Coverage rows with each site's robots.txt note (``notes``: site id -> note) after their detail."""
    out = []
    for row in rows:
        note = notes.get(row.site)
        detail = "; ".join(p for p in (row.detail, note) if p)
        out.append(replace(row, detail=detail) if note else row)
    return tuple(out)
