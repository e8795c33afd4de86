"""The secret parts of a request: added from the environment when it is sent, removed from every URL kept.

A probe names its secret headers and query parameters by environment
variable; the key is read only here, at send time, and the URL a page or a
report keeps never carries it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from footprint.config import secret
from footprint.models import Probe


def request_extras(probe: Probe) -> dict[str, Any] | None:
    """Headers, form or JSON body and secret parameters for a request; None when a secret is missing."""
    headers = dict(probe.headers)
    for name, env in probe.secret_headers:
        value = secret(env)
        if value is None:
            return None
        headers[name] = value
    params = {}
    for name, env in probe.secret_params:
        value = secret(env)
        if value is None:
            return None
        params[name] = value
    extra: dict[str, Any] = {}
    if params:
        extra["params"] = params
    if probe.form:
        extra["data"] = list(probe.form)
    elif probe.json_body:
        headers.setdefault("Content-Type", "application/json")
        extra["data"] = probe.json_body.encode("utf-8")
    if headers:
        extra["headers"] = headers
    return extra


def without_secrets(url: str, probe: Probe) -> str:
    """The URL with secret query parameters removed, so a key never reaches a page or a report."""
    if not probe.secret_params:
        return url
    parts = urlsplit(url)
    names = {name for name, _ in probe.secret_params}
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    return urlunsplit(parts._replace(query=urlencode(kept)))
