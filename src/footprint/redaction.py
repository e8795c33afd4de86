"""Secrets out of every log line, whoever writes it.

footprint's own code never logs a key, but the libraries under it do: at
``-vv`` urllib3 logs each request line with its query string, so a Google
Places ``&key=`` would reach the terminal and cron mail. :class:`SecretFilter`
sits on the root logging handler (the command line installs it), so it sees
every record of every logger, footprint's and third parties', message,
arguments and traceback, and rewrites in each:

- query parameters with a secret's name (:data:`SECRET_PARAMS`: ``key``,
  ``api_key``, ``token``, ``signature``, ...; every site definition's
  ``api_key_param`` is one, which a test keeps true): ``key=[redacted]``;
- headers with a secret's name (:data:`SECRET_HEADERS`: ``Authorization``,
  ``X-Subscription-Token``, ``X-Goog-Api-Key``, ``Cookie``, ...; every site
  definition's ``api_key_header`` is one), as header lines or in a dict;
- the password of a URL (``http://user:[redacted]@proxy:3128``);
- the value of every environment variable whose name says it holds a
  secret (``*_KEY``, ``*_TOKEN``, ``*_SECRET``, ``*_PASSWORD``, ...),
  wherever it appears, as it is or URL-encoded.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from urllib.parse import quote, quote_plus

MASK = "[redacted]"
SECRET_PARAMS = (
    "key",
    "api_key",
    "apikey",
    "api-key",
    "access_token",
    "auth",
    "auth_token",
    "client_secret",
    "password",
    "passwd",
    "secret",
    "sig",
    "signature",
    "token",
)
SECRET_HEADERS = (
    "authorization",
    "proxy-authorization",
    "x-subscription-token",
    "x-goog-api-key",
    "x-api-key",
    "api-key",
    "x-auth-token",
    "cookie",
    "set-cookie",
    "x-footprint-signature",
)
# Environment variables whose values are secrets: GOOGLE_PLACES_API_KEY, FOOTPRINT_SMTP_PASSWORD, ...
SECRET_VARIABLE = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$", re.I)
SHORTEST_SECRET = 6  # shorter values ("1", "true") would blank out ordinary words

_PARAM = re.compile(r"([?&;](?:%s)=)[^&#\s'\"]+" % "|".join(map(re.escape, SECRET_PARAMS)), re.I)  # noqa: UP031
_HEADER = re.compile(
    r"((?<![\w-])(?:%s)['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n]+" % "|".join(map(re.escape, SECRET_HEADERS)),  # noqa: UP031
    re.I,
)
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+(@)", re.I)


class SecretFilter(logging.Filter):
    """Rewrites every record that passes the handler it is on; never drops one."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.environ = os.environ if environ is None else environ

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is the handler's to report
            return True
        record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

    def redact(self, text: str) -> str:
        """``text`` with every secret this filter knows of replaced by ``[redacted]``."""
        for value in self._values():
            if value in text:
                text = text.replace(value, MASK)
        text = _PARAM.sub(lambda m: m.group(1) + MASK, text)
        text = _HEADER.sub(lambda m: m.group(1) + MASK, text)
        return _USERINFO.sub(lambda m: m.group(1) + MASK + m.group(2), text)

    def _values(self) -> list[str]:
        found: set[str] = set()
        for name, value in self.environ.items():
            value = value.strip()
            if len(value) >= SHORTEST_SECRET and SECRET_VARIABLE.search(name):
                found.update((value, quote(value, safe=""), quote_plus(value)))
        return sorted(found, key=len, reverse=True)  # the longest first, so no part of one survives


def install(handler: logging.Handler, environ: Mapping[str, str] | None = None) -> None:
    """Put a :class:`SecretFilter` on ``handler`` (the root logger's, so every logger's records pass it)."""
    handler.addFilter(SecretFilter(environ))
