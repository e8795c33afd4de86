"""robots.txt: fetched once per host, cached, obeyed by default, read as RFC 9309 says.

Reads ``[fetch] obey_robots`` and ``user_agent``. The fetcher follows up to
five redirects to the file (:data:`MAX_REDIRECTS`). What the answer means:

- a file: its rules (``Crawl-delay`` lowers the host's rate in the shared
  rate limiter);
- 4xx, or more than five redirects: no rules, everything allowed;
- 5xx, 429, or no answer at all (connection failure, timeout, a refused
  address): the server cannot say, so the whole site counts as disallowed
  for this run, and each of its URLs says why in its coverage reason;
- an unreadable or garbage file: allow-all, never a crash; logged and kept
  as a note per host (:attr:`RobotsCache.notes`), which the coverage row of
  that site shows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from protego import Protego

from footprint.models import CoverageRow

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5  # RFC 9309: follow at least five; beyond that, the file counts as unavailable


@dataclass(frozen=True)
class RobotsFile:
    """What asking for a robots.txt got: a status and text, or why there was no answer."""

    status: int = 0
    text: str = ""
    failure: str = ""  # no usable answer: the transfer's words
    too_many_redirects: bool = False


@dataclass(frozen=True)
class _DisallowAll:
    why: str


class RobotsCache:
    def __init__(self, user_agent: str, download: Callable[[str], RobotsFile]) -> None:
        self._agent = user_agent.split("/")[0]
        self._download = download
        self._parsers: dict[str, Protego | _DisallowAll | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.notes: dict[str, str] = {}  # origin -> why its robots.txt was treated as allow-all

    def _parser(self, url: str) -> Protego | _DisallowAll | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._parsers:
                self._parsers[origin] = self._load(origin)
            return self._parsers[origin]

    def _load(self, origin: str) -> Protego | _DisallowAll | None:
        got = self._download(origin + "/robots.txt")
        unreachable = _unreachable(got)
        if unreachable is not None:
            why = f"{unreachable}: the whole site counts as disallowed for this run (RFC 9309)"
            log.warning("%s/%s", origin, why)
            return _DisallowAll(why)
        if got.too_many_redirects:
            why = f"redirected more than {MAX_REDIRECTS} times"
        elif 400 <= got.status < 500 or got.status < 200:
            return None  # no robots.txt: everything allowed
        elif "\x00" in got.text:
            why = "unreadable (binary)"  # noise from a misconfigured server, not rules to follow
        elif got.text.lstrip().lower().startswith(("<!doctype", "<html")):
            why = "unreadable (HTML)"  # the site's web page answers for every path
        else:
            try:
                return Protego.parse(got.text)
            except Exception as exc:  # noqa: BLE001 - protego raises assorted errors on garbage
                why = f"unreadable ({type(exc).__name__})"
        note = f"robots.txt {why}: treated as allow-all"
        log.warning("%s/%s", origin, note)
        self.notes[origin] = note
        return None

    def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None when it may be fetched."""
        parser = self._parser(url)
        if isinstance(parser, _DisallowAll):
            return parser.why
        if parser is None or parser.can_fetch(url, self._agent):
            return None
        return "robots.txt disallows this URL"

    def allowed(self, url: str) -> bool:
        return self.refusal(url) is None

    def crawl_delay(self, url: str) -> float | None:
        parser = self._parser(url)
        if parser is None or isinstance(parser, _DisallowAll):
            return None
        delay = parser.crawl_delay(self._agent)
        return float(delay) if delay else None


def _unreachable(got: RobotsFile) -> str | None:
    """How the server failed to say what its rules are (RFC 9309's "unreachable"), or None."""
    if got.failure:
        return f"robots.txt could not be fetched ({got.failure})"
    if got.status == 429 or got.status >= 500:
        return f"robots.txt answered HTTP {got.status}"
    return None


def with_notes(rows: Sequence[CoverageRow], notes: Mapping[str, str]) -> tuple[CoverageRow, ...]:
    """Coverage rows with each site's robots.txt note (``notes``: site id -> note) after their detail."""
    out = []
    for row in rows:
        note = notes.get(row.site)
        detail = "; ".join(p for p in (row.detail, note) if p)
        out.append(replace(row, detail=detail) if note else row)
    return tuple(out)
