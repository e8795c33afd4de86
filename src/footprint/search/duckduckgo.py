"""DuckDuckGo's HTML endpoint, the backend that needs no setup: ``POST https://html.duckduckgo.com/html/``.

The request is the one the page's own form sends: form-encoded ``q``, ``b``
(empty on the first page), ``kl`` (region; ``wt-wt`` is "all regions") and
``df`` (no time filter), with the endpoint as ``Referer`` and footprint's own
User-Agent. Only the first page is read: a further page needs the ``vqd``
token of the previous answer and costs one more request per query.

Results are ``div.web-result`` blocks inside ``div#links`` (``result--ad``
blocks are ads): the link is ``h2 a`` and the snippet ``a.result__snippet``.
Result links may be DuckDuckGo redirects (``//duckduckgo.com/l/?uddg=<target>``);
the target is unwrapped. HTTP 303 means no results. The bot challenge
(``form#challenge-form``, usually HTTP 202) becomes ``captcha``: footprint
never solves it. Reads ``[search] duckduckgo_url`` and ``max_results``.

The facts this relies on, with their sources and dates: ``docs/evidence/duckduckgo.md``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree

from footprint.config import Settings
from footprint.models import CoverageStatus, Page, SearchResult
from footprint.search.interface import FetchFn, SearchOutcome, query_probe

REGION = "wt-wt"  # all regions, the form's default
NO_RESULTS = 303  # DuckDuckGo redirects a query with no results back to the empty form


def _target(href: str, base: str) -> str:
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.path.startswith("/l/"):
        wrapped = parse_qs(parts.query).get("uddg")
        if wrapped:
            return wrapped[0]
    return url


def _text(node: lxml.html.HtmlElement | None) -> str:
    return re.sub(r"\s+", " ", node.text_content()).strip() if node is not None else ""


class DuckDuckGoBackend:
    name = "duckduckgo"

    def __init__(self, settings: Settings) -> None:
        self.url = settings.search.duckduckgo_url
        parts = urlsplit(self.url)
        self.referer = f"{parts.scheme}://{parts.netloc}/"
        self.max_results = settings.search.max_results

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome:
        form = (("q", query), ("b", ""), ("kl", REGION), ("df", ""))
        referer = (("Referer", self.referer),)
        got = fetch(
            query_probe(self.name, self.url, method="POST", form=form, headers=referer, accept_status=(NO_RESULTS,))
        )
        if not isinstance(got, Page):
            return SearchOutcome((), got.status, got.detail, 1)
        if got.status == NO_RESULTS:
            return SearchOutcome((), CoverageStatus.NOT_FOUND, "", 1)
        try:
            doc = lxml.html.document_fromstring(got.body) if got.body.strip() else None
        except (etree.ParserError, ValueError):
            doc = None
        if doc is None:
            return SearchOutcome((), CoverageStatus.PARSE_ERROR, "DuckDuckGo answered an empty page", 1)
        if doc.cssselect("form#challenge-form"):
            return SearchOutcome((), CoverageStatus.CAPTCHA, "DuckDuckGo answered with a bot challenge", 1)
        results: list[SearchResult] = []
        for block in doc.cssselect("div.web-result"):
            if "result--ad" in (block.get("class") or "").split():
                continue
            links = block.cssselect("h2 a")
            if not links:
                continue
            url = _target(links[0].get("href", ""), self.url)
            if not url.startswith(("http://", "https://")) or any(r.url == url for r in results):
                continue
            snippets = block.cssselect("a.result__snippet")
            snippet = _text(snippets[0] if snippets else None)
            results.append(SearchResult(len(results) + 1, url, _text(links[0]), snippet, self.name))
            if len(results) >= self.max_results:
                break
        return SearchOutcome(tuple(results), CoverageStatus.FOUND if results else CoverageStatus.NOT_FOUND, "", 1)
