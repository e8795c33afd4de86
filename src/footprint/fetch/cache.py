"""The HTTP cache: requests-cache's SQLite store in the user cache directory.

Reads ``[fetch] cache``, ``cache_ttl_s``, ``cache_path`` and ``refresh``.
The fetcher streams every body itself (to cap its size), so it uses
requests-cache as a store rather than as a session: a fresh copy is looked
up before the rate limiter is asked (a cache hit costs the site nothing),
and a complete response is saved after it was read. Truncated bodies and
error pages are never saved. ``refresh`` skips lookups and overwrites.
The folder is created owner-only: cached pages can hold personal data.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs
import requests
from requests.structures import CaseInsensitiveDict
from urllib3 import HTTPHeaderDict

from footprint.config import FetchSettings

log = logging.getLogger(__name__)

CACHEABLE = frozenset({200, 203, 301, 308, 404, 410})


def default_path() -> Path:
    return Path(platformdirs.user_cache_dir("footprint")) / "http-cache.sqlite"


@dataclass(frozen=True)
class Cached:
    status: int
    headers: CaseInsensitiveDict[str]
    body: bytes


class HttpCache:
    """A thread-safe response store with one time-to-live."""

    def __init__(self, path: Path, ttl_s: int, refresh: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = path
        self.ttl = timedelta(seconds=ttl_s)
        self.refresh = refresh
        # requests-cache is imported only when a cache is used: a scan with --no-cache starts without it.
        from requests_cache.backends.sqlite import SQLiteCache

        self._store = SQLiteCache(path, wal=True, busy_timeout=10_000)
        if path.exists():
            os.chmod(path, 0o600)

    @classmethod
    def from_settings(cls, fetch: FetchSettings) -> HttpCache | None:
        """The cache the settings ask for, or None (disabled, or the folder is not writable)."""
        if not fetch.cache:
            return None
        path = Path(fetch.cache_path).expanduser() if fetch.cache_path else default_path()
        try:
            return cls(path, fetch.cache_ttl_s, fetch.refresh)
        except OSError as exc:
            log.warning("HTTP cache disabled: cannot open %s (%s)", path, exc.strerror or exc)
            return None

    def _key(self, url: str) -> str:
        return str(self._store.create_key(requests.Request("GET", url).prepare()))

    def get(self, url: str) -> Cached | None:
        """A fresh cached response for ``url``, unless refreshing."""
        if self.refresh:
            return None
        try:
            hit = self._store.get_response(self._key(url))
        except Exception as exc:  # noqa: BLE001 - a damaged cache entry is a miss, never a crash
            log.debug("cache read failed for %s: %s", url, exc)
            return None
        if hit is None or hit.is_expired:
            return None
        return Cached(hit.status_code, CaseInsensitiveDict(hit.headers), hit.content or b"")

    def put(self, url: str, status: int, headers: CaseInsensitiveDict[str], body: bytes) -> None:
        if status not in CACHEABLE:
            return
        response = requests.Response()
        response.status_code = status
        response.url = url
        response.headers = CaseInsensitiveDict(headers)
        # requests-cache copies the body from ``raw``; the stream is long gone, so hand it a copy.
        from requests_cache.models.raw_response import CachedHTTPResponse

        response.raw = CachedHTTPResponse(  # type: ignore[call-arg]
            body=body, headers=HTTPHeaderDict(dict(headers)), status=status, request_url=url
        )
        response._content = body
        response._content_consumed = True  # type: ignore[attr-defined]
        response.request = requests.Request("GET", url).prepare()
        try:
            self._store.save_response(response, self._key(url), _expiry(self.ttl))
        except Exception as exc:  # noqa: BLE001 - a full disk must not end a scan
            log.debug("cache write failed for %s: %s", url, exc)

    def close(self) -> None:
        self._store.close()  # type: ignore[no-untyped-call]


def _expiry(ttl: timedelta) -> datetime:
    return datetime.now(UTC) + ttl
