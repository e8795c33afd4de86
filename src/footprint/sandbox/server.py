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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from footprint.sandbox import endpoints
from footprint.sandbox.state import SandboxState

TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json", ".txt": "text/plain; charset=utf-8"}


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
        parts = urlsplit(self.path)
        key, _, rest = parts.path.lstrip("/").partition("/")
        query = parse_qs(parts.query)
        route = state.routes.get(f"/{key}/{rest}" + (f"?{parts.query}" if parts.query else "")) or state.routes.get(
            f"/{key}/{rest}"
        )
        if route:
            self._route(key, route)
            return
        dynamic = endpoints.answer(state, key, "/" + rest, query)
        if dynamic is not None:
            status, body = dynamic
            self._send(status, json.dumps(body).encode("utf-8"), "application/json")
            return
        path = state.find(key, rest) if key in state.sites else None
        if path is None:
            self._send(404, b"<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>", TYPES[".html"])
            return
        ctype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self._send(200, state.body(path), ctype)

    def _route(self, key: str, route: dict[str, Any]) -> None:
        status = int(route.get("status", 200))
        if "redirect" in route:
            self.send_response(status)
            self.send_header("Location", f"/{key}{route['redirect']}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = route.get("body", "")
        if "file" in route:
            body = self.server.state.read(route["file"])
        ctype = route.get("type", TYPES[".html"])
        self._send(status, body.encode("utf-8"), ctype)

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: SandboxState, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.state = state
