"""Settings for a scan against a local web: one pytest-httpserver as the search engine, the NPI registry and
every host a test serves (``/h/<host>/...`` mirrors ``https://<host>/...``), with no cache, retry or screenshot."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from urllib.parse import parse_qs, urlsplit

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from footprint import config


def local_settings(server: HTTPServer, hosts: Iterable[str]) -> config.Settings:
    base = server.url_for("").rstrip("/")
    return config.from_mapping(
        {
            "search": {"backends": ["searxng"], "searxng_url": base, "learned_queries": 0},
            "npi": {"base_url": f"{base}/npi/api/"},
            "fetch": {"mirrors_only": True, "cache": False, "retries": 0, "rate_limit_rps": 50},
            "browser": {"screenshots": False},
            "mirrors": {f"https://{h}": f"{base}/h/{h}" for h in hosts},
        }
    )


def fold(text: str) -> str:
    """Lower case, accents and punctuation folded to spaces: how the test engines compare words."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def search_engine(
    index: Sequence[Sequence[str]], asked: list[str] | None = None, *, every_word: bool = False
) -> Callable[[Request], Response]:
    """A SearXNG-shaped search engine over ``index`` rows (url, title, snippet, then any other words the page is
    indexed by): a quoted phrase must be in a row's words, the other words only rank, as a real engine answers;
    with ``every_word``, a query with no quoted phrase returns the rows holding every word (else nothing).
    Every query is appended to ``asked``."""

    def found(row: Sequence[str], phrases: list[str], words: list[str]) -> bool:
        text = f" {fold(' '.join(row))} "
        if phrases:
            return all(f" {p} " in text for p in phrases)
        return every_word and bool(words) and all(f" {w} " in text for w in words)

    def search(request: Request) -> Response:
        query = parse_qs(request.query_string.decode())["q"][0]
        if asked is not None:
            asked.append(query)
        phrases = [fold(p) for p in re.findall(r'"([^"]+)"', query)]
        words = fold(re.sub(r'"[^"]+"', " ", query)).split()
        hits = [r for r in index if found(r, phrases, words)]
        body = {"results": [{"url": r[0], "title": r[1], "content": r[2], "engine": "test"} for r in hits]}
        return Response(json.dumps(body), content_type="application/json")

    return search


def serve_pages(server: HTTPServer, pages: Mapping[str, str]) -> None:
    """Each page at its mirror path (``/h/<host>/<path>``), and each of their hosts' robots.txt missing (404:
    everything allowed)."""
    for host in dict.fromkeys(urlsplit(url).netloc for url in pages):
        server.expect_request(f"/h/{host}/robots.txt").respond_with_data("", status=404)
    for url, page in pages.items():
        server.expect_request(f"/h/{url.removeprefix('https://')}").respond_with_data(page, content_type="text/html")
