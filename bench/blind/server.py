"""The blind corpus as a local web: every host, a search engine and the NPI registry.

    python bench/blind/server.py [--port 8765] [--split dev|held_out|all]

Routes (all on 127.0.0.1):

- ``/h/<host>/<path>?<query>``: the page the manifest maps to ``https://<host>/<path>?<query>``,
  with its status, content type and redirect; ``/h/<host>/robots.txt`` serves that host's
  robots.txt (``robots.json``); anything not in a manifest is 404. Query parameters may come in
  any order; a path that differs only by case or a trailing slash is redirected, as many sites do.
- ``/search?q=...&format=json&pageno=N``: SearXNG-compatible results. A result is returned when
  the query's words appear in its title, content or URL, or (as a real engine indexes what it
  crawled) in the visible text of the page it points to (quoted phrases exactly, the other words
  then only rank; without a phrase all words of a short query and most of a long one; ``site:``
  filters, ``OR`` and ``-word`` honoured), ranked by how many words it matches, a word found in
  the title, snippet or URL counting twice one found only in the page's text, ten per page. When
  the match needs the page's text (a phrase only there, or too few words without it), the
  snippet is the page's words around it, as a real engine writes a snippet for the query (after
  the written snippet when that shows the rest of the match).
  ``engine="snippets"`` (``blind_quality.py --engine snippets``) indexes the title, content and
  URL only, the engine of sessions 1-19.
  Other formats: 403, as SearXNG answers when a format is not enabled.
- ``/npi/api/?version=2.1&...``: NPPES NPI Registry API v2.1 over the corpus's registry records
  (``number``, ``first_name``/``last_name`` with a trailing ``*`` wildcard after two characters,
  ``use_first_name_alias``, ``city``, ``state``, ``postal_code``, ``taxonomy_description``,
  ``enumeration_type``, ``limit`` up to 200, ``skip``), with the registry's error shape.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "held_out")
PAGE_SIZE = 10
ENGINES = ("text", "snippets")
LOG_LOCK = threading.Lock()
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "at",
        "for",
        "on",
        "to",
        "by",
        "with",
        "dr",
        "dr.",
        "md",
        "do",
        "mr",
        "ms",
        "mrs",
    ]
)
# Nicknames the NPPES use_first_name_alias option folds together (a small, common subset).
ALIASES = (
    {"william", "bill", "will", "billy"},
    {"katherine", "kate", "katie", "kathy", "catherine"},
    {"margaret", "peggy", "maggie", "meg", "peg"},
    {"samuel", "sam"},
    {"eleanor", "ellie", "nora"},
    {"james", "jim", "jimmy"},
    {"thomas", "tom"},
)


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces; letters of every script kept, as a real
    engine indexes them (a query in Cyrillic finds the Cyrillic article; it used to fold to nothing and find none)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def url_key(url: str) -> str:
    """host + path + sorted query: how the server and the scorer recognise one page."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = quote(unquote(parts.path or "/"), safe="/-._~!$&'()*+,;=:@")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)), quote_via=quote)
    return f"{host}{path}" + (f"?{query}" if query else "")


@dataclass(frozen=True)
class Page:
    url: str
    status: int
    content_type: str
    body: bytes
    location: str | None


@dataclass(frozen=True)
class Result:
    rank: int
    url: str
    title: str
    content: str
    engine: str
    text: str
    body_words: tuple[str, ...] = ()  # the visible words of the page the result points to
    body_folded: tuple[str, ...] = ()  # each of them folded ("" for a word of punctuation only)
    body: str = ""  # all of them folded, as one string


SNIPPET_BEFORE, SNIPPET_AFTER = 12, 20  # words of the page around a match, about a real engine's 160 characters
INVISIBLE = frozenset(["script", "style", "noscript", "template", "head", "svg"])


class _VisibleText(HTMLParser):
    """The words a reader sees on an HTML page (not scripts, styles or the head)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in ("br", "p", "div", "li", "td", "tr", "h1", "h2", "h3", "h4", "section", "article"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE and self.hidden:
            self.hidden -= 1
        else:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_words(page: Page) -> tuple[str, ...]:
    """The visible words of a served HTML page; none for any other page."""
    if page.status != 200 or "html" not in page.content_type or not page.body:
        return ()
    reader = _VisibleText()
    html = page.body.decode("utf-8", "replace")
    reader.feed(html)
    reader.close()
    return tuple(" ".join(["".join(reader.parts), *rendered_descriptions(html)]).split())


VIDEO_DESCRIPTION = re.compile(r'"shortDescription"\s*:\s*("(?:[^"\\]|\\.)*")')


def rendered_descriptions(html: str) -> list[str]:
    """Text a browser renders from the page's script data, as an engine that renders pages indexes it.

    A YouTube watch page keeps the video's description in its player data
    (`videoDetails.shortDescription`) and shows it only once the script runs;
    real engines index and snippet it.
    """
    found: list[str] = []
    for literal in VIDEO_DESCRIPTION.findall(html):
        try:
            found.append(json.loads(literal))
        except ValueError:
            continue
    return found[:1]


class Corpus:
    """Everything the server answers, loaded once from the rendered corpus."""

    def __init__(self, root: Path = HERE, splits: tuple[str, ...] = SPLITS, engine: str = "text") -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}")
        self.pages: dict[str, Page] = {}
        self.any_query: dict[str, Page] = {}  # API endpoints that answer whatever the paging parameters
        self.folded: dict[str, str] = {}
        self.results: list[Result] = []
        self.registry: list[dict[str, Any]] = []
        self.robots: dict[str, str] = json.loads((root / "robots.json").read_text(encoding="utf-8"))
        self.hosts: set[str] = set()
        for split in splits:
            for folder in sorted((root / split).iterdir()):
                if folder.is_dir():
                    self._load(folder)
        if engine == "text":
            self.results = [self._indexed(r) for r in self.results]

    def _indexed(self, r: Result) -> Result:
        """The result with the visible text of the page it points to, followed through redirects."""
        page, hops = self.lookup(r.url)[0], 0
        while page is not None and page.location and hops < 5:
            page, hops = self.lookup(page.location)[0], hops + 1
        words = visible_words(page) if page is not None else ()
        folded = tuple(fold(w) for w in words)
        return replace(r, body_words=words, body_folded=folded, body=" ".join(w for w in folded if w))

    def _load(self, folder: Path) -> None:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for url, entry in manifest.items():
            body = (folder / "pages" / entry["file"]).read_bytes() if "file" in entry else b""
            key = url_key(url)
            if key in self.pages and self.pages[key].body != body:
                raise ValueError(f"{url} is served twice with different bodies")
            status = int(entry["status"])
            location = entry.get("location") if 300 <= status < 400 else None  # a redirect's target only
            page = Page(url, status, entry["content_type"], body, location)
            self.pages[key] = page
            self.folded.setdefault(key.lower(), key)
            if entry.get("ignore_query"):
                self.any_query[key.split("?", 1)[0]] = page
            self.hosts.add((urlsplit(url).hostname or "").lower())
        for rank, r in enumerate(json.loads((folder / "search.json").read_text(encoding="utf-8"))):
            words = " ".join(re.split(r"[/._\-+%?=&:]+", unquote(r["url"])))
            text = fold(" ".join((r["title"], r["content"], words)))
            self.results.append(Result(rank, r["url"], r["title"], r["content"], r["engine"], text))
        self.registry.extend(json.loads((folder / "npi.json").read_text(encoding="utf-8"))["results"])

    def lookup(self, url: str) -> tuple[Page | None, str | None]:
        """The page for a URL, or the canonical URL to redirect to (case or trailing slash)."""
        key = url_key(url)
        if key in self.pages:
            return self.pages[key], None
        if key.split("?", 1)[0] in self.any_query:
            return self.any_query[key.split("?", 1)[0]], None
        parts = urlsplit(url)
        toggled = parts.path[:-1] if parts.path.endswith("/") else parts.path + "/"
        for candidate in (key.lower(), url_key(parts._replace(path=toggled).geturl()).lower()):
            if candidate in self.folded:
                return None, self.pages[self.folded[candidate]].url
        return None, None

    def robots_txt(self, host: str) -> str:
        return self.robots.get(host, self.robots["_default"])


def parse_query(q: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(words, phrases, sites, excluded) of a search query."""
    phrases = [fold(p) for p in re.findall(r'"([^"]+)"', q)]
    rest = re.sub(r'"[^"]+"', " ", q)
    sites: list[str] = []
    excluded: list[str] = []
    words: list[str] = []
    for token in re.split(r"[\s()]+", rest):
        if not token or token == "OR" or token == "|":
            continue
        if token.lower().startswith("site:"):
            sites.append(token[5:].lower().lstrip("*.").strip("/"))
        elif token.startswith("-") and len(token) > 1:
            excluded.extend(fold(token[1:]).split())
        else:
            words.extend(w for w in fold(token).split() if w not in STOPWORDS)
    return words, phrases, sites, excluded


def search(corpus: Corpus, q: str, pageno: int) -> list[dict[str, Any]]:
    words, phrases, sites, excluded = parse_query(q)
    wanted = list(dict.fromkeys(words))
    # Like a web search engine: a quoted phrase must match and the other words only rank;
    # without a phrase, short queries need every word and longer ones most of them.
    need = 0 if phrases else len(wanted) if len(wanted) <= 2 else math.ceil(0.6 * len(wanted))
    scored: list[tuple[float, int, Result, str]] = []
    seen: set[str] = set()
    for r in corpus.results:
        if r.url in seen:
            continue
        host = (urlsplit(r.url).hostname or "").lower()
        if sites and not any(host == s or host.endswith("." + s) for s in sites):
            continue
        shown, body = f" {r.text} ", f" {r.body} "
        if any(f" {x} " in shown or f" {x} " in body for x in excluded):
            continue
        if any(f" {p} " not in shown and f" {p} " not in body for p in phrases):
            continue
        in_shown = [w for w in wanted if f" {w} " in shown]
        in_body = [w for w in wanted if w not in in_shown and f" {w} " in body]
        if len(in_shown) + len(in_body) < need or (not wanted and not phrases and not sites):
            continue
        title = f" {fold(r.title)} "
        score = 2.0 * len(in_shown) + len(in_body) + sum(1 for w in in_shown if f" {w} " in title)
        score += sum(3.0 if f" {p} " in shown else 1.5 for p in phrases)
        # The written snippet stands when it shows the match (every phrase, enough words); otherwise the engine
        # shows the page's words around what matched there, as a real engine writes a snippet for the query,
        # after the written snippet when that shows part of the match (the family name there, the town in the page).
        page_phrases = [p for p in phrases if f" {p} " not in shown]
        needs_page = bool(page_phrases) or (not phrases and len(in_shown) < need)
        content = r.content
        if needs_page:
            around = snippet(r, page_phrases + in_body)
            content = f"{r.content} {around}" if in_shown and not page_phrases and around != r.content else around
        scored.append((score, r.rank, r, content))
        seen.add(r.url)
    scored.sort(key=lambda item: (-item[0], item[1]))
    start = (pageno - 1) * PAGE_SIZE
    out = []
    for position, (score, _, r, content) in enumerate(scored[start : start + PAGE_SIZE], start=start + 1):
        parts = urlsplit(r.url)
        out.append(
            {
                "url": r.url,
                "title": r.title,
                "content": content,
                "engine": r.engine,
                "engines": [r.engine],
                "positions": [position],
                "score": round(score / 2, 2),
                "category": "general",
                "template": "default.html",
                "parsed_url": [parts.scheme, parts.netloc, parts.path, "", parts.query, ""],
                "publishedDate": None,
                "thumbnail": "",
            }
        )
    return out


def snippet(r: Result, terms: list[str]) -> str:
    """The page's words around the first of the terms (folded words or phrases) it contains."""
    tokens = [(i, t) for i, w in enumerate(r.body_folded) for t in w.split()]
    for term in terms:
        want = term.split()
        for k in range(len(tokens) - len(want) + 1):
            if [t for _, t in tokens[k : k + len(want)]] == want:
                at = tokens[k][0]
                lo, hi = max(0, at - SNIPPET_BEFORE), min(len(r.body_words), at + SNIPPET_AFTER)
                return (
                    ("... " if lo else "") + " ".join(r.body_words[lo:hi]) + (" ..." if hi < len(r.body_words) else "")
                )
    return r.content


def npi_error(field: str, number: str, description: str) -> dict[str, Any]:
    return {"Errors": [{"field": field, "number": number, "description": description}]}


def _name_matches(value: str, names: list[str], aliases: bool) -> bool:
    wanted = value.strip().lower()
    if wanted.endswith("*"):
        return any(n.lower().startswith(wanted.rstrip("*")) for n in names)
    pool = {n.lower() for n in names}
    if aliases:
        for group in ALIASES:
            if pool & group:
                pool |= group
    return wanted in pool


def npi_search(corpus: Corpus, params: dict[str, str]) -> dict[str, Any]:
    if params.get("version") != "2.1":
        return npi_error("version", "01", "Field version is required and must be 2.1")
    criteria = [
        k
        for k in (
            "number",
            "first_name",
            "last_name",
            "organization_name",
            "taxonomy_description",
            "city",
            "state",
            "postal_code",
            "country_code",
            "enumeration_type",
        )
        if params.get(k, "").strip()
    ]
    if not criteria:
        return npi_error("generic", "04", "No valid search criteria provided")
    if criteria == ["enumeration_type"]:
        return npi_error("enumeration_type", "09", "enumeration_type requires additional search criteria")
    if set(criteria) <= {"state", "enumeration_type"}:
        return npi_error("state", "07", "state requires additional search criteria")
    for field in ("first_name", "last_name", "city", "postal_code", "taxonomy_description"):
        value = params.get(field, "")
        if value.endswith("*") and len(value.rstrip("*")) < 2:
            return npi_error(field, "10", f"Field {field} requires at least two characters with a wildcard")
    try:
        limit = int(params.get("limit", "10"))
        skip = int(params.get("skip", "0"))
    except ValueError:
        return npi_error("limit", "11", "Field limit and skip must be numbers")
    if not 1 <= limit <= 200 or skip < 0:
        return npi_error("limit", "12", "Field limit must be between 1 and 200")
    aliases = params.get("use_first_name_alias", "True").lower() != "false"
    found = [r for r in corpus.registry if _npi_matches(r, params, aliases)]
    page = found[skip : skip + limit]
    return {"result_count": len(page), "results": page}


def _npi_matches(record: dict[str, Any], p: dict[str, str], aliases: bool) -> bool:
    basic = record["basic"]
    others = record.get("other_names", [])
    if p.get("number") and str(record["number"]) != p["number"].strip():
        return False
    if p.get("enumeration_type") and record["enumeration_type"] != p["enumeration_type"].upper():
        return False
    firsts = [basic.get("first_name", "")] + [o.get("first_name", "") for o in others]
    if p.get("first_name") and not _name_matches(p["first_name"], firsts, aliases):
        return False
    lasts = [basic.get("last_name", "")] + [o.get("last_name", "") for o in others]
    if p.get("last_name") and not _name_matches(p["last_name"], lasts, False):
        return False
    addresses = record["addresses"]
    for field, key in (("city", "city"), ("state", "state")):
        if p.get(field) and not _name_matches(p[field], [a[key] for a in addresses], False):
            return False
    if p.get("postal_code") and not any(a["postal_code"].startswith(p["postal_code"].rstrip("*")) for a in addresses):
        return False
    wanted = p.get("taxonomy_description", "").lower().rstrip("*")
    return not wanted or any(wanted in t["desc"].lower() for t in record["taxonomies"])


class Handler(BaseHTTPRequestHandler):
    corpus: Corpus
    server_version = "blind-corpus/1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        """Silent unless BLIND_LOG names a file: then one line per request, for checking the harness."""
        target = os.environ.get("BLIND_LOG")
        if target:
            with LOG_LOCK, open(target, "a", encoding="utf-8") as log:
                log.write(f"{self.command} {self.path} -> {args[1] if len(args) > 1 else ''}\n")

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if parts.path.startswith("/h/"):
            host, _, rest = parts.path[3:].partition("/")
            self._page(host.lower(), "/" + rest, parts.query, head)
        elif parts.path in ("/search", "/search/"):
            self._search(params, head)
        elif parts.path in ("/npi/api", "/npi/api/"):
            self._send(200, "application/json", json.dumps(npi_search(self.corpus, params)).encode(), head)
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found\n", head)

    def _page(self, host: str, path: str, query: str, head: bool) -> None:
        if path == "/robots.txt":
            self._send(200, "text/plain; charset=utf-8", self.corpus.robots_txt(host).encode(), head)
            return
        url = f"https://{host}{path}" + (f"?{query}" if query else "")
        page, redirect = self.corpus.lookup(url)
        if redirect:
            self._send(301, "text/html; charset=utf-8", b"", head, location=self._mirror(redirect))
        elif page is None:
            self._send(404, "text/html; charset=utf-8", b"<html><body><h1>Page not found</h1></body></html>", head)
        else:
            location = self._mirror(page.location) if page.location else None
            self._send(page.status, page.content_type, page.body, head, location=location)

    def _mirror(self, url: str) -> str:
        """Redirects within corpus hosts stay on the mirror, as on a mirrored site."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.corpus.hosts:
            return url
        base = f"http://{self.headers.get('Host', '127.0.0.1')}/h/{host}"
        return base + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _search(self, params: dict[str, str], head: bool) -> None:
        fmt = params.get("format", "html")
        q = params.get("q", "").strip()
        if fmt != "json":
            if fmt == "html":
                self._send(200, "text/html; charset=utf-8", b"<html><body>Use format=json.</body></html>", head)
            else:
                self._send(403, "text/html; charset=utf-8", b"<html><body>403 Forbidden</body></html>", head)
            return
        if not q:
            self._send(400, "application/json", json.dumps({"error": "empty query"}).encode(), head)
            return
        try:
            pageno = max(1, int(params.get("pageno", "1")))
        except ValueError:
            pageno = 1
        body = {
            "query": q,
            "number_of_results": 0,
            "results": search(self.corpus, q, pageno),
            "answers": [],
            "corrections": [],
            "infoboxes": [],
            "suggestions": [],
            "unresponsive_engines": [],
        }
        self._send(200, "application/json", json.dumps(body, ensure_ascii=False).encode(), head)

    def _send(self, status: int, ctype: str, body: bytes, head: bool, location: str | None = None) -> None:
        self.send_response(status, HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "")
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if not head:
            self.wfile.write(body)


class CorpusServer:
    """The web on a free port of 127.0.0.1, in a background thread."""

    def __init__(self, splits: tuple[str, ...] = SPLITS, port: int = 0, engine: str = "text") -> None:
        handler = type("BoundHandler", (Handler,), {"corpus": Corpus(HERE, splits, engine)})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.corpus: Corpus = handler.corpus
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def mirrors(self, extra_hosts: tuple[str, ...] = ()) -> dict[str, str]:
        hosts = sorted(self.corpus.hosts | set(extra_hosts))
        return {f"https://{h}": f"{self.base}/h/{h}" for h in hosts}

    def __enter__(self) -> CorpusServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the blind corpus on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--split", choices=("dev", "held_out", "all"), default="all")
    parser.add_argument(
        "--engine", choices=ENGINES, default="text", help="what search indexes (default: each page's visible text too)"
    )
    args = parser.parse_args()
    splits = SPLITS if args.split == "all" else (args.split,)
    with CorpusServer(splits, args.port, args.engine) as web:
        print(
            f"serving {len(web.corpus.pages)} pages on {web.base} (search: {web.base}/search, NPI: {web.base}/npi/api/)"
        )
        try:
            web.thread.join()
        except KeyboardInterrupt:
            print("stopped")


if __name__ == "__main__":
    main()
