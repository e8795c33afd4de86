"""The sandbox web server: one local HTTP server standing in for many sites.

Each site lives under a path prefix (``/healthgrades/...`` for
``https://www.healthgrades.com/...``); the ``[mirrors]`` table maps one to the
other. Static pages come from ``web/<site>/``, with optional overlay folders
in front (a later month's changes). Three endpoints answer dynamically, as
the real services do: a SearXNG-compatible search, the NPPES API and
Mastodon's account lookup.
"""

from __future__ import annotations

import json
import mimetypes
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from footprint.sandbox import endpoints
from footprint.sandbox.state import SandboxState

TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json", ".txt": "text/plain; charset=utf-8"}


NOT_FOUND = b"<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>"


@dataclass(frozen=True)
class Response:
    """One answer of the sandbox: a status, its headers and its body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def _content(status: int, body: bytes, ctype: str) -> Response:
    return Response(status, (("Content-Type", ctype), ("Content-Length", str(len(body)))), body)


def respond(state: SandboxState, target: str) -> Response:
    """The answer to ``GET target`` (a path and query): a manifest route, a dynamic endpoint or a file.

    The one place that decides what the sandbox serves; the HTTP server here and the benchmarks'
    lighter transport (``bench/sandbox_process.py``) both send what it returns.
    """
    parts = urlsplit(target)
    key, _, rest = parts.path.lstrip("/").partition("/")
    route = state.routes.get(f"/{key}/{rest}" + (f"?{parts.query}" if parts.query else "")) or state.routes.get(
        f"/{key}/{rest}"
    )
    if route:
        return _route(state, key, route)
    dynamic = endpoints.answer(state, key, "/" + rest, parse_qs(parts.query))
    if dynamic is not None:
        status, body = dynamic
        return _content(status, json.dumps(body).encode("utf-8"), "application/json")
    path = state.find(key, rest) if key in state.sites else None
    if path is None:
        return _content(404, NOT_FOUND, TYPES[".html"])
    ctype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return _content(200, state.body(path), ctype)


def _route(state: SandboxState, key: str, route: dict[str, Any]) -> Response:
    status = int(route.get("status", 200))
    if "redirect" in route:
        return Response(status, (("Location", f"/{key}{route['redirect']}"), ("Content-Length", "0")), b"")
    body = route.get("body", "")
    if "file" in route:
        body = state.read(route["file"])
    return _content(status, body.encode("utf-8"), route.get("type", TYPES[".html"]))


class Handler(BaseHTTPRequestHandler):
    server: SandboxServer
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # a response's headers and body leave in one write (flushed after each request)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        state = self.server.state
        with state.lock:
            state.log.append((time.monotonic(), self.path))
        if state.delay_s:
            time.sleep(state.delay_s)
        answer = respond(state, self.path)
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: SandboxState, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.state = state
