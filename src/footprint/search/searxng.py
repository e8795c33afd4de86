"""SearXNG's JSON API: ``GET /search?q=...&format=json``.

The instance must list ``json`` under ``search.formats`` in its settings.yml;
otherwise it answers 403, which becomes one line saying so. Reads
``[search] searxng_url`` (empty: no instance, the backend is skipped) and
``max_results``. Answers since 2026-05 no longer carry ``number_of_results``;
nothing here reads it.

The facts this relies on, with their sources and dates: ``docs/evidence/searxng.md``.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from footprint.config import Settings
from footprint.models import CoverageStatus, Page, Parser, SearchResult
from footprint.search.interface import FetchFn, SearchOutcome, query_probe


class SearxngBackend:
    name = "searxng"

    def __init__(self, settings: Settings) -> None:
        self.base = settings.search.searxng_url.rstrip("/")
        self.max_results = settings.search.max_results

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome:
        if not self.base:
            return SearchOutcome((), CoverageStatus.SKIPPED, "not configured: set [search] searxng_url", 0)
        url = f"{self.base}/search?{urlencode({'q': query, 'format': 'json', 'pageno': 1})}"
        got = fetch(query_probe(self.name, url, Parser.JSON))
        if not isinstance(got, Page):
            detail = got.detail
            if "403" in detail:
                detail = "SearXNG answered 403: enable the json format under search.formats in its settings.yml"
            return SearchOutcome((), got.status, detail, 1)
        try:
            data = json.loads(got.body)
        except json.JSONDecodeError:
            return SearchOutcome((), CoverageStatus.PARSE_ERROR, "SearXNG did not answer JSON", 1)
        results: list[SearchResult] = []
        for item in data.get("results", []) if isinstance(data, dict) else []:
            if not isinstance(item, dict) or not str(item.get("url", "")).startswith(("http://", "https://")):
                continue
            results.append(
                SearchResult(
                    rank=len(results) + 1,
                    url=str(item["url"]),
                    title=str(item.get("title") or ""),
                    snippet=str(item.get("content") or ""),
                    backend=self.name,
                )
            )
            if len(results) >= self.max_results:
                break
        return SearchOutcome(tuple(results), CoverageStatus.FOUND if results else CoverageStatus.NOT_FOUND, "", 1)
