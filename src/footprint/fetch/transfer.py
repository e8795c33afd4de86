"""One URL to one answer: addresses, cache, global concurrency, rate limit, retries, capped body.

Reads ``[fetch]`` timeouts, ``max_bytes``, ``max_workers``, ``proxy`` and
``user_agent``. Redirects are not followed here: the fetcher follows them
hop by hop so each hop is rate-limited, checked against robots.txt and
looked at for a login page. A URL whose host is on this machine or a
private network, and not under a configured endpoint, is refused
(:mod:`~footprint.fetch.addresses`). Each request, from connect to last
byte, is bounded by ``total_timeout_s`` (:mod:`~footprint.fetch.watchdog`
shuts its socket). Every request takes a turn of its host's rate limit
except the first fetch of robots.txt. Every request on the wire is recorded in
:class:`FetchStats`; waits for a retry pause the whole host, so other
threads do not hammer a site that just asked us to slow down, and a host
that asked for longer than the cap, or trickles, is remembered
(:mod:`~footprint.fetch.hosts`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.structures import CaseInsensitiveDict

from footprint.config import Settings
from footprint.fetch import content
from footprint.fetch.addresses import AddressPolicy
from footprint.fetch.body import BodyError, read_capped
from footprint.fetch.cache import HttpCache
from footprint.fetch.connection import AddressRefusedError, GuardedAdapter, exchange
from footprint.fetch.hosts import HostMemory
from footprint.fetch.mirrors import to_mirror
from footprint.fetch.ratelimit import RateLimiter
from footprint.fetch.retry import RetryPolicy, parse_retry_after
from footprint.fetch.stats import FetchStats, RequestRecord
from footprint.fetch.watchdog import WATCHDOG
from footprint.models import TransferFailure

log = logging.getLogger(__name__)

ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "text": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",  # a username check: HTML or JSON will do
    "json": "application/json,application/activity+json;q=0.9,*/*;q=0.5",
    "image": "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8",
    "any": "*/*",
}


@dataclass(frozen=True)
class Answer:
    """What the site said (after retries), or why it said nothing."""

    url: str  # the URL requested (the mirror's, when there is one)
    status: int = 0
    headers: CaseInsensitiveDict[str] | None = None
    body: bytes = b""
    truncated: bool = False
    from_cache: bool = False
    failure: TransferFailure | None = None
    detail: str = ""
    attempts: int = 1
    refused_type: bool = False  # the content type was wrong; the body was not read

    @property
    def content_type(self) -> str:
        return self.header("Content-Type")

    def header(self, name: str) -> str:
        return self.headers.get(name, "") if self.headers is not None else ""


@dataclass(frozen=True)
class Request:
    """How to ask: the method and requests' ``headers``/``params``/``data`` keyword arguments."""

    method: str = "GET"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def cacheable(self) -> bool:
        # A form, a header or a secret parameter may change the answer; only plain GETs are cached.
        return self.method == "GET" and not self.extra


class Transfer:
    """Thread-safe; one requests session per thread."""

    def __init__(self, settings: Settings, limiter: RateLimiter, cache: HttpCache | None, stats: FetchStats) -> None:
        self.fetch = settings.fetch
        self.mirrors = settings.mirrors
        self.limiter = limiter
        self.cache = cache
        self.stats = stats
        self.policy = RetryPolicy.from_settings(settings.fetch)
        self.addresses = AddressPolicy(settings)
        self.hosts = HostMemory(settings.fetch.total_timeout_s)
        self._slots = threading.BoundedSemaphore(max(1, settings.fetch.max_workers))
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.fetch.user_agent
            session.headers["Accept-Language"] = "en-US,en;q=0.8"
            # Only what the body reader can decode in bounded steps.
            session.headers["Accept-Encoding"] = "gzip, deflate"
            for scheme in ("http://", "https://"):
                session.mount(scheme, GuardedAdapter())
            if self.fetch.proxy:
                session.proxies = {"http": self.fetch.proxy, "https": self.fetch.proxy}
            self._local.session = session
        return session

    def get(
        self,
        url: str,
        site_id: str,
        kind: str,
        hop: str = "page",
        max_bytes: int | None = None,
        method: str = "GET",
        extra: Mapping[str, Any] | None = None,
        accept: Collection[int] = (),
    ) -> Answer:
        """Request canonical ``url`` with retries; ``kind`` is html/json/image/any.

        ``extra`` holds requests' ``headers``, ``params`` and ``data`` (a
        form, or secrets resolved from the environment): a request that
        carries any is neither read from nor written to the cache. A status
        in ``accept`` is the answer the caller reads itself (a username
        check's "no such account" 500): it is never retried.
        """
        target = to_mirror(url, self.mirrors)
        refusal = self.addresses.refusal(target)
        if refusal is not None:
            log.info("not requesting %s: %s", target, refusal)
            return Answer(target, failure=TransferFailure.REFUSED, detail=refusal, attempts=0)
        request = Request(method, dict(extra or {}))
        cache = self.cache if request.cacheable else None
        if cache is not None:
            hit = cache.get(target)
            if hit is not None:
                self.stats.cache_hit(site_id)
                return Answer(target, hit.status, hit.headers, hit.body, from_cache=True)
        host = urlsplit(url).netloc
        attempt = 1
        while True:
            left_alone = self.hosts.refusal(host)
            if left_alone is not None:
                return Answer(target, failure=left_alone[0], detail=left_alone[1], attempts=max(1, attempt - 1))
            answer = self._once(target, host, site_id, kind, hop if attempt == 1 else "retry", max_bytes, request)
            answer = _with_attempts(answer, attempt)
            if answer.failure == TransferFailure.TOO_SLOW:
                self.hosts.trickled(host)
            answered = answer.failure is None and answer.status in accept
            reason = None if answered else self.policy.reason(answer.status or None, answer.failure)
            if reason is None or attempt > self.policy.retries:
                break
            wait = self.policy.wait(attempt, answer.header("Retry-After"))
            if wait is None:
                asked = parse_retry_after(answer.header("Retry-After")) or 0.0
                why = self.hosts.block(host, asked, f"{asked:.0f} s")
                log.warning("%s: %s", host, why)
                return _with_failure(answer, TransferFailure.WAIT_TOO_LONG, why)
            self.stats.retry(site_id, reason)
            log.info("retrying %s in %.1f s (%s)", url, wait, reason)
            self.limiter.pause(host, wait)  # the next acquire for this host waits it out, for every thread
            attempt += 1
        if cache is not None and answer.failure is None and not answer.truncated and not answer.refused_type:
            cache.put(target, answer.status, answer.headers or CaseInsensitiveDict(), answer.body)
        return answer

    def _once(
        self, target: str, host: str, site_id: str, kind: str, hop: str, max_bytes: int | None, request: Request
    ) -> Answer:
        cap = self.fetch.max_bytes if max_bytes is None else max_bytes
        # The rate limit first, then a slot: a thread waiting for a slow host's next turn must
        # not hold one of the slots the other hosts' requests could use meanwhile. robots.txt
        # takes no turn: it is fetched once per host and run, first, and it is the file that
        # sets the rate (RFC 9309); its retries do take turns, so a Retry-After still holds.
        if hop != "robots":
            self.limiter.acquire(host)
        with self._slots:
            started = time.monotonic()
            answer, wire = self._exchange(target, kind, cap, self.hosts.budget(host), request)
            finished = time.monotonic()
        self.stats.request(RequestRecord(site_id, host, target, started, finished, hop), wire)
        log.debug("%s %s -> %s (%.2f s)", request.method, target, answer.status or answer.failure, finished - started)
        return answer

    def _exchange(self, target: str, kind: str, cap: int, budget: float, request: Request) -> tuple[Answer, int]:
        """One request, connect to last byte within ``budget`` seconds (the watchdog shuts the socket after)."""
        with WATCHDOG.watch(budget) as watch, exchange(watch, self.addresses):
            answer, wire = self._request(target, kind, cap, watch.deadline, request)
        if watch.expired or answer.failure == TransferFailure.TOO_SLOW:
            why = f"the site sent its answer too slowly (total timeout {budget:g} s)"
            answer = Answer(target, answer.status, answer.headers, failure=TransferFailure.TOO_SLOW, detail=why)
        return answer, wire

    def _request(self, target: str, kind: str, cap: int, deadline: float, request: Request) -> tuple[Answer, int]:
        extra = dict(request.extra)
        sent = {"Accept": ACCEPT.get(kind, "*/*"), **extra.pop("headers", {})}
        try:
            resp = self._session().request(
                request.method,
                target,
                headers=sent,
                **extra,
                timeout=(self.fetch.connect_timeout_s, self.fetch.read_timeout_s),
                allow_redirects=False,
                stream=True,
            )
        except AddressRefusedError as exc:
            return Answer(target, failure=TransferFailure.REFUSED, detail=str(exc)), 0
        except requests.Timeout:
            return Answer(target, failure=TransferFailure.TIMEOUT, detail="the site did not answer in time"), 0
        except requests.RequestException as exc:
            return Answer(target, failure=TransferFailure.CONNECTION, detail=_connection_words(exc)), 0
        headers = CaseInsensitiveDict(resp.headers)
        ctype = headers.get("Content-Type", "")
        # A body of the wrong type is not downloaded, but an HTML error or challenge page still is:
        # it may say why the site refused.
        if kind != "any" and not content.accepts(kind, ctype) and content.media_type(ctype) not in content.HTML_TYPES:
            resp.close()
            return Answer(target, resp.status_code, headers, refused_type=True), 0
        try:
            body = read_capped(resp, cap, deadline)
        except BodyError as exc:
            return Answer(target, resp.status_code, headers, failure=exc.kind, detail=exc.detail), 0
        return Answer(target, resp.status_code, headers, body.data, body.truncated), body.wire_bytes


def _connection_words(exc: requests.RequestException) -> str:
    text = str(exc)
    if "RemoteDisconnected" in text or "Connection aborted" in text:
        return "the site closed the connection without answering"
    if "NameResolution" in text or "Name or service not known" in text:
        return "the site's name could not be resolved"
    if "Connection refused" in text:
        return "the site refused the connection"
    if isinstance(exc, requests.exceptions.ProxyError):
        return "the proxy failed"
    return f"the connection failed ({type(exc).__name__})"


def _with_attempts(answer: Answer, attempts: int) -> Answer:
    from dataclasses import replace

    return replace(answer, attempts=attempts)


def _with_failure(answer: Answer, failure: TransferFailure, detail: str) -> Answer:
    from dataclasses import replace

    return replace(answer, failure=failure, detail=detail)
