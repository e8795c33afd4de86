"""The local web: one HTTP server per site, each on its own loopback address, logging every request.

Each site answers after its ``delay_s``, GET and HEAD alike. The log records
who asked (the label of the run in progress), what, and what was answered,
so a run's request count, robots.txt use and per-host spacing can be read
back afterwards.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from bench.usernames import pages
from bench.usernames.sites import Kind, Site

FIXED = ("/", "/login", "/explore", "/about", "/terms", "/session", "/accept-rules")


@dataclass(frozen=True)
class Request:
    at: float  # time.monotonic() when it arrived
    site: int
    method: str
    path: str
    label: str
    user_agent: str
    accept: str
    cookie: str
    status: int


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.escape(template).replace(re.escape("{account}"), r"(?P<account>[^/?#]+)") + "$")


def _account(template: str, path: str) -> str | None:
    m = _pattern(template).match(path)
    return unquote(m.group("account")) if m else None


def account_in(site: Site, route: str) -> str | None:
    """The name a request path checks on ``site`` (at its check URL); None for any other page."""
    if route in FIXED or route.startswith(("/static/", "/avatars/")) or route in ("/robots.txt", "/search"):
        return None
    return _account(site.check_path, route)


def answer(site: Site, path: str, headers: Any, base: str) -> pages.Answer:
    """What ``site`` answers to a request for ``path`` (with its query) carrying ``headers``."""
    parts = urlsplit(path)
    route = parts.path
    if route == "/robots.txt":
        return pages.robots()
    if route == "/":
        return pages.home(site)
    if route == "/login":
        return pages.login(site)
    if route == "/search":
        return pages.search(site, (parse_qs(parts.query).get("q") or [""])[0])
    if route.startswith("/avatars/"):
        return pages.Answer(200, pages.avatar(), "image/jpeg")
    if route in FIXED or route.startswith("/static/"):
        return pages.home(site)
    account = account_in(site, route)
    if site.api_path and account is None and _account(site.path, route) is not None:
        return pages.app_shell(site)  # the page people see is drawn by JavaScript from the API
    if account is None:
        return pages.missing(site, 404)
    gate = _gate(site, account, headers)
    if gate is not None:
        return gate
    known = account.lower() if account.lower() in site.accounts() else None
    if site.api_path:
        return pages.api(site, known, base)
    if known is not None:
        return pages.profile(site, known, base)
    if site.kind is Kind.REDIRECT:
        return pages.redirect(site, site.redirect_to.format(path=quote(route, safe=""), account=quote(account)))
    return pages.missing(site, site.m_code)


def _gate(site: Site, account: str, headers: Any) -> pages.Answer | None:
    """What a site answers instead of the profile when the request lacks what it needs."""
    if site.kind is Kind.HEADERS_ACCEPT and "application/json" not in (headers.get("Accept") or ""):
        return pages.app_shell(site)
    if site.kind is Kind.HEADERS_COOKIE and "accept_rules=true" not in (headers.get("Cookie") or ""):
        return pages.rules_gate(site)
    if site.kind is Kind.HEADERS_UA and not (headers.get("User-Agent") or "").startswith("Mozilla/5.0"):
        return pages.forbidden(site)
    if site.strip and any(char in account for char in site.strip):
        return pages.invalid_name(site)
    return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _SiteServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def _serve(self, body: bool) -> None:
        arrived = time.monotonic()
        site, web = self.server.site, self.server.web
        time.sleep(site.delay_s)
        got = answer(site, self.path, self.headers, web.base(site))
        agent, accept, cookie = (self.headers.get(h) or "" for h in ("User-Agent", "Accept", "Cookie"))
        web.record(Request(arrived, site.index, self.command, self.path, web.label, agent, accept, cookie, got.status))
        self.send_response(got.status)
        self.send_header("Content-Type", got.content_type)
        self.send_header("Content-Length", str(len(got.body)))
        if got.location:
            self.send_header("Location", got.location)
        self.end_headers()
        if body:
            self.wfile.write(got.body)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site, web: Web) -> None:
        super().__init__((site.address, 0), _Handler)
        self.site = site
        self.web = web

    def server_bind(self) -> None:
        # HTTPServer's own looks the address up in DNS (socket.getfqdn): seconds for 60 loopback sites.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


class Web:
    """The running sites. ``label`` names the run whose requests are being logged."""

    def __init__(self, sites: Sequence[Site]) -> None:
        self.sites = list(sites)
        self.label = ""
        self._log: list[Request] = []
        self._lock = threading.Lock()
        self._servers: dict[int, _SiteServer] = {}

    def __enter__(self) -> Web:
        for site in self.sites:
            server = _SiteServer(site, self)
            self._servers[site.index] = server
            serve = partial(server.serve_forever, poll_interval=0.05)
            threading.Thread(target=serve, name=f"site{site.index}", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers.values():
            server.shutdown()  # within one poll interval
            server.server_close()

    def base(self, site: Site) -> str:
        host, port = self._servers[site.index].server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, site: Site, handle: str = "{account}", check: bool = True) -> str:
        """The check URL (or the page people see) of ``site``, for ``handle`` or with the placeholder."""
        path = site.check_path if check else site.path
        return self.base(site) + (path if handle == "{account}" else path.format(account=handle))

    def record(self, request: Request) -> None:
        with self._lock:
            self._log.append(request)

    def requests(self, label: str | None = None) -> Iterator[Request]:
        with self._lock:
            log = list(self._log)
        return (r for r in log if label is None or r.label == label)
