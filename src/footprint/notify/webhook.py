"""Webhook alerts: a JSON POST, signed with HMAC-SHA256 when a secret is set.

The signature header is ``X-Footprint-Signature: sha256=<hex>`` over the
exact request body, so a receiver recomputes it with the shared secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import requests

from footprint import __version__
from footprint.config import NotifySettings
from footprint.errors import NotifyError
from footprint.notify.message import Alert

SIGNATURE_HEADER = "X-Footprint-Signature"


def where(url: str) -> str:
    """The webhook's origin only: many webhook URLs carry their token in the path."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/…" if parts.path not in ("", "/") else f"{parts.scheme}://{parts.netloc}"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def send(settings: NotifySettings, alert: Alert, environ: Mapping[str, str] | None = None) -> None:
    env = os.environ if environ is None else environ
    body = json.dumps(alert.payload(), sort_keys=True).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": f"footprint/{__version__}"}
    secret = env.get(settings.webhook_secret_env, "").strip()
    if secret:
        headers[SIGNATURE_HEADER] = sign(secret, body)
    try:
        response = requests.post(settings.webhook_url, data=body, headers=headers, timeout=settings.timeout_s)
    except requests.RequestException as exc:
        raise NotifyError(f"cannot reach the webhook {where(settings.webhook_url)}: {type(exc).__name__}") from None
    if response.status_code >= 300:
        raise NotifyError(f"the webhook {where(settings.webhook_url)} answered HTTP {response.status_code}")
