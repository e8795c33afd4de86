"""Brave Search API: ``GET /res/v1/web/search?q=&count=`` with ``X-Subscription-Token``.

The key comes from ``BRAVE_SEARCH_API_KEY`` in the environment and is added
only when the request is sent (never stored, logged or reported). Results
are in ``web.results[]`` with ``title``, ``url`` and ``description`` (whose
``<strong>`` marks are stripped). Without the key the backend is skipped and
the chain goes on to the next one. Reads
``[search] brave_url`` and ``max_results`` (the API allows at most 20).

The facts this relies on, with their sources and dates: ``docs/evidence/brave.md``.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode

from footprint.config import Settings, secret
from footprint.models import CoverageStatus, Page, Parser, SearchResult
from footprint.search.interface import FetchFn, SearchOutcome, query_probe

KEY_ENV = "BRAVE_SEARCH_API_KEY"


def _plain(text: str) -> str:
    """A description as text: Brave marks the query's words with ``<strong>``."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", "", text))).strip()


class BraveBackend:
    name = "brave"

    def __init__(self, settings: Settings) -> None:
        self.base = settings.search.brave_url
        self.max_results = min(settings.search.max_results, 20)

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome:
        if secret(KEY_ENV) is None:
            return SearchOutcome((), CoverageStatus.SKIPPED, f"needs an API key: set {KEY_ENV} in the environment", 0)
        url = f"{self.base}?{urlencode({'q': query, 'count': self.max_results})}"
        probe = query_probe(
            self.name, url, Parser.JSON,
            headers=(("Accept", "application/json"),), secret_headers=(("X-Subscription-Token", KEY_ENV),),
        )  # fmt: skip
        got = fetch(probe)
        if not isinstance(got, Page):
            detail = got.detail
            if "401" in detail or "403" in detail or "422" in detail:
                detail = f"Brave Search refused the key in {KEY_ENV} ({detail})"
            return SearchOutcome((), got.status, detail, 1)
        try:
            data = json.loads(got.body)
        except json.JSONDecodeError:
            return SearchOutcome((), CoverageStatus.PARSE_ERROR, "Brave Search did not answer JSON", 1)
        web = data.get("web") if isinstance(data, dict) else None
        items = web.get("results") if isinstance(web, dict) else None
        results: list[SearchResult] = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not str(item.get("url", "")).startswith(("http://", "https://")):
                continue
            results.append(
                SearchResult(
                    len(results) + 1,
                    str(item["url"]),
                    str(item.get("title") or ""),
                    _plain(str(item.get("description") or "")),
                    self.name,
                )
            )
            if len(results) >= self.max_results:
                break
        return SearchOutcome(tuple(results), CoverageStatus.FOUND if results else CoverageStatus.NOT_FOUND, "", 1)
