"""SearXNG's JSON API: ``GET /search?q=...&format=json``.

The instance must list ``json`` under ``search.formats`` in its settings.yml;
otherwise it answers 403, which becomes one line saying so. Reads
``[search] searxng_url`` (empty: no instance, the backend is skipped) and
``max_results``, asking for the next page (``pageno``) while pages come
back full. Answers since 2026-05 no longer carry ``number_of_results``;
nothing here reads it.

The facts this relies on, with their sources and dates: ``docs/evidence/searxng.md``.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from footprint.config import Settings
from footprint.models import CoverageStatus, Page, Parser, SearchResult
from footprint.search.interface import FetchFn, SearchOutcome, query_probe

FULL_PAGE = 10  # a page with fewer results is the last one (instances answer 10-30 a page)
MAX_PAGES = 3  # the documented ``pageno`` parameter (default 1): at most this many pages per query


class SearxngBackend:
    name = "searxng"

    def __init__(self, settings: Settings) -> None:
        self.base = settings.search.searxng_url.rstrip("/")
        self.max_results = settings.search.max_results

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome:
        """The first ``max_results`` results: the next page is asked for only while a page comes back
        full (``FULL_PAGE`` results or more) and adds results not seen (an instance that ignores
        ``pageno`` costs one request more, no more)."""
        if not self.base:
            return SearchOutcome((), CoverageStatus.SKIPPED, "not configured: set [search] searxng_url", 0)
        results: list[SearchResult] = []
        seen: set[str] = set()
        requests = 0
        for pageno in range(1, MAX_PAGES + 1):
            url = f"{self.base}/search?{urlencode({'q': query, 'format': 'json', 'pageno': pageno})}"
            got = fetch(query_probe(self.name, url, Parser.JSON))
            requests += 1
            if not isinstance(got, Page):
                if results:
                    break  # a later page failed: the earlier ones stand
                detail = got.detail
                if "403" in detail:
                    detail = "SearXNG answered 403: enable the json format under search.formats in its settings.yml"
                return SearchOutcome((), got.status, detail, requests)
            try:
                data = json.loads(got.body)
            except json.JSONDecodeError:
                if results:
                    break
                return SearchOutcome((), CoverageStatus.PARSE_ERROR, "SearXNG did not answer JSON", requests)
            items = [
                item
                for item in (data.get("results", []) if isinstance(data, dict) else [])
                if isinstance(item, dict) and str(item.get("url", "")).startswith(("http://", "https://"))
            ]
            fresh = 0
            for item in items:
                if str(item["url"]) in seen or len(results) >= self.max_results:
                    continue
                seen.add(str(item["url"]))
                fresh += 1
                results.append(
                    SearchResult(
                        rank=len(results) + 1,
                        url=str(item["url"]),
                        title=str(item.get("title") or ""),
                        snippet=str(item.get("content") or ""),
                        backend=self.name,
                    )
                )
            if len(results) >= self.max_results or len(items) < FULL_PAGE or not fresh:
                break
        status = CoverageStatus.FOUND if results else CoverageStatus.NOT_FOUND
        return SearchOutcome(tuple(results), status, "", requests)
