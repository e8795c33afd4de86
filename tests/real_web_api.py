"""The API answers of ``tests/data/real_web/`` (written from ``docs/evidence/``), served as the real services answer.

Each case is ``<site>/<case>.<json|html>`` with its ``<case>.expected.json``:
the status and headers to answer with, and what a correct reader gets.
Tests read the files as they are; they never edit them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Response

REAL_WEB = Path(__file__).parent / "data" / "real_web"


@dataclass(frozen=True)
class Case:
    body: bytes
    expected: dict[str, Any]

    @property
    def status(self) -> int:
        return int(self.expected["http_status"])

    def response(self, content_type: str = "application/json") -> Response:
        """The answer as the service sends it: its status, its headers, its body."""
        headers = dict(self.expected.get("headers", {}))
        headers.setdefault("content-type", content_type)
        headers.pop("content-length", None)  # werkzeug counts the body itself
        return Response(self.body, status=self.status, headers=headers)


def case(site: str, name: str) -> Case:
    folder = REAL_WEB / site
    body = next(p for p in folder.glob(f"{name}.*") if not p.name.endswith(".expected.json"))
    expected = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    return Case(body.read_bytes(), expected)


def serve(httpserver: HTTPServer, found: Case, path: str, method: str = "GET", content_type: str = "") -> None:
    """Answer every request to ``path`` with the case."""
    kind = content_type or ("text/html; charset=utf-8" if found.body.lstrip().startswith(b"<") else "application/json")
    httpserver.expect_request(path, method=method).respond_with_response(found.response(kind))
