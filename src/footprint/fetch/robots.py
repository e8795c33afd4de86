"""robots.txt: fetched once per host, cached, obeyed by default.

Reads ``[fetch] obey_robots`` and ``user_agent``. An unreadable or garbage
robots.txt is treated as allow-all with a warning, never as a crash.
``Crawl-delay`` lowers the host's rate in the shared rate limiter.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

log = logging.getLogger(__name__)


class RobotsCache:
    def __init__(self, user_agent: str, download: Callable[[str], tuple[int, str] | None]) -> None:
        self._agent = user_agent.split("/")[0]
        self._download = download
        self._parsers: dict[str, Protego | None] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self.warnings: list[str] = []

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
            log.warning("%s/robots.txt could not be read; treated as allow-all", origin)
            self.warnings.append(f"{origin}/robots.txt could not be read; treated as allow-all")
            return None
        status, text = got
        if status >= 400:
            return None  # no robots.txt: everything allowed
        if "\x00" in text or text.lstrip().lower().startswith(("<!doctype", "<html")):
            # Binary noise or an HTML page: a misconfigured server, not rules to follow.
            log.warning("robots.txt at %s is not a robots.txt file; treated as allow-all", origin)
            self.warnings.append(f"{origin}/robots.txt is not a robots.txt file; treated as allow-all")
            return None
        try:
            return Protego.parse(text)
        except Exception as exc:  # noqa: BLE001 - protego raises assorted errors on garbage
            log.warning("robots.txt at %s is unreadable (%s); treated as allow-all", origin, exc)
            self.warnings.append(f"{origin}/robots.txt unreadable; treated as allow-all")
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
