"""The gate: the only way a page in the browser reaches anything, through footprint's own transfer.

Every request a page makes in Chromium is intercepted and asked of a
:class:`GatedPage`, which answers it only for the page's own origin, only
for the kinds of request the page may make (its document, stylesheets and
images; scripts and data requests only where the site needs JavaScript),
through robots.txt, the host's rate limit and one byte budget for the page
and all it loads, at most ``[browser] max_requests`` of them within
``[browser] timeout_s``. Anything else is refused.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Protocol
from urllib.parse import urlsplit

from footprint.config import Settings
from footprint.fetch.hosts import HostMemory
from footprint.fetch.mirrors import to_canonical, to_mirror
from footprint.fetch.robots import RobotsCache
from footprint.fetch.transfer import Transfer
from footprint.models import TransferFailure

log = logging.getLogger(__name__)

# What a page may load from its own origin, with and without JavaScript.
STATIC_KINDS = frozenset({"document", "stylesheet", "image"})
SCRIPT_KINDS = STATIC_KINDS | {"script", "xhr", "fetch"}


@dataclass(frozen=True)
class Loaded:
    """footprint's answer to one request of a page."""

    status: int
    content_type: str
    body: bytes
    location: str = ""


class PageNet(Protocol):
    """What one page may load: the browser asks it for every request and sends whatever it answers."""

    def load(self, url: str, kind: str) -> Loaded | None:
        """The answer for ``url`` (a ``kind`` of request: document, image, ...), or None to refuse it."""
        ...


@dataclass
class PageBudget:
    """One page's allowance: requests, bytes and time, and what it asked for that was refused."""

    requests: int
    bytes: int
    deadline: float
    loaded: list[str] = field(default_factory=list)
    refused: Counter[str] = field(default_factory=Counter)
    truncated: bool = False


class Gate:
    """The browser's only way out: footprint's transfer, under robots.txt, rate limits and max_bytes.

    ``transfer`` should not retry (a page's images are not worth a backoff);
    ``robots`` is None when robots.txt is not obeyed.
    """

    def __init__(self, transfer: Transfer, robots: RobotsCache | None, settings: Settings) -> None:
        self.transfer = transfer
        self.robots = robots
        self.settings = settings

    @classmethod
    def over(cls, transfer: Transfer, robots: RobotsCache | None, settings: Settings) -> Gate:
        """A gate sending the browser's requests the way of ``transfer`` (the fetcher's): the same rate
        limits, cache, counters and memory of hosts that asked to be left alone, but no retries, and
        each request within the browser's timeout."""
        limit = min(settings.fetch.total_timeout_s, settings.browser.timeout_s)
        fetch = replace(
            settings.fetch, retries=0, total_timeout_s=limit, read_timeout_s=min(settings.fetch.read_timeout_s, limit)
        )
        own = Transfer(replace(settings, fetch=fetch), transfer.limiter, transfer.cache, transfer.stats)
        own.hosts = CappedHosts(transfer.hosts, limit)
        return cls(own, robots, settings)

    def page(self, url: str, site_id: str, *, scripts: bool) -> GatedPage:
        """The allowance of one page at ``url`` (canonical): its origin, kinds of request and budget."""
        budget = PageBudget(
            self.settings.browser.max_requests,
            self.settings.fetch.max_bytes,
            time.monotonic() + self.settings.browser.timeout_s,
        )
        kinds = SCRIPT_KINDS if scripts else STATIC_KINDS
        return GatedPage(self, origin(url), site_id, kinds, budget)


class CappedHosts(HostMemory):
    """The fetcher's memory of hosts, shared, with each browser request held to ``limit`` seconds."""

    def __init__(self, shared: HostMemory, limit: float) -> None:
        super().__init__(limit)
        self.shared = shared

    def block(self, host: str, seconds: float, asked: str) -> str:
        return self.shared.block(host, seconds, asked)

    def refusal(self, host: str) -> tuple[TransferFailure, str] | None:
        return self.shared.refusal(host)

    def trickled(self, host: str) -> None:
        self.shared.trickled(host)

    def budget(self, host: str) -> float:
        return min(self.shared.budget(host), self.total_timeout_s)


@dataclass
class GatedPage:
    """One page's :class:`PageNet`: see :class:`Gate`."""

    gate: Gate
    origin: str
    site_id: str
    kinds: frozenset[str]
    budget: PageBudget

    def load(self, url: str, kind: str) -> Loaded | None:
        why = self._refusal(url, kind)
        if why:
            self.budget.refused[why] += 1
            log.debug("browser: refused %s %s (%s)", kind, url, why)
            return None
        gate, budget = self.gate, self.budget
        budget.loaded.append(url)
        answer = gate.transfer.get(url, self.site_id, "any", hop="browser", max_bytes=budget.bytes)
        if answer.failure is not None:
            budget.refused["failed"] += 1
            return None
        budget.bytes -= len(answer.body)
        budget.truncated |= answer.truncated
        location = answer.header("Location")
        if location:
            location = to_canonical(location, gate.settings.mirrors)
        return Loaded(answer.status, answer.content_type, answer.body, location)

    def _refusal(self, url: str, kind: str) -> str:
        budget, settings = self.budget, self.gate.settings
        if kind not in self.kinds:
            return f"{kind} not loaded"
        if origin(url) != self.origin:
            return "another origin"
        if settings.fetch.mirrors_only and to_mirror(url, settings.mirrors) == url:
            return "no mirror"
        if len(budget.loaded) >= budget.requests or budget.bytes <= 0 or time.monotonic() > budget.deadline:
            return "page budget spent"
        robots = self.gate.robots
        if robots is not None and not robots.allowed(url):
            return "robots.txt"
        return ""


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
