"""Site lists in the WhatsMyName JSON format, for ``scan --username-sites FILE``.

The format: ``{"sites": [{"name", "uri_check", "uri_pretty", "e_code",
"e_string", "m_code", "m_string", "headers", "strip_bad_char", "cat",
"known", ...}]}`` where ``uri_check`` holds ``{account}``; ``e_*`` describe
an existing account and ``m_*`` a missing one. Each entry becomes a social
site definition with a username check, so hundreds of sites can be checked
without shipping their list: users point at their own copy.

What each field does here:

- ``uri_check`` is what is requested; ``uri_pretty``, when there is one, is
  the page a person would open (reports link to it).
- ``m_code`` is the answer "no such account": a 404, a 410, a 500 or a
  redirect (301/302/303) is taken as it comes, never retried and, for a
  redirect, never followed. ``m_string`` decides only where ``m_code`` and
  ``e_code`` are the same (a site that answers 200 either way).
- ``headers`` are sent with the check, except ``User-Agent``: footprint
  always names itself (see DESIGN: identify the tool, never evade blocks).
  An entry that asks for a browser's User-Agent is marked, so that a site
  that refuses footprint's is reported as "could not check: the site
  refuses non-browser clients", never "not found".
- ``strip_bad_char``: these characters are removed from a handle before it
  is checked (``dr.maya`` is checked as ``drmaya``).

Entries that need a POST body, or are marked invalid, are skipped. The file
is the user's, but its values still end up in requests: header names and
values that could not be sent as they are are dropped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from footprint.errors import UsageError
from footprint.models import PageKind
from footprint.sites import SiteDefinition, UsernameCheck

# Headers a list may not set: the User-Agent (footprint names itself), and what the transfer owns.
AGENT = "user-agent"
NOT_SENT = frozenset({AGENT, "host", "content-length", "transfer-encoding", "connection", "accept-encoding"})
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}")
HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]{0,1024}")
STRIP_MAX = 32


def _template(uri: str) -> str:
    # Literal braces in the URL would break formatting: escape all, then restore the placeholder.
    return uri.replace("{", "{{").replace("}", "}}").replace("{{account}}", "{handle}")


def _headers(raw: Any) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The headers to send, and whether the entry asked for a browser's User-Agent."""
    if not isinstance(raw, dict):
        return (), False
    sent: list[tuple[str, str]] = []
    agent = False
    for name, value in raw.items():
        if not isinstance(name, str) or not isinstance(value, str):
            continue
        if name.lower() == AGENT:
            agent = True
        elif name.lower() not in NOT_SENT and HEADER_NAME.fullmatch(name) and HEADER_VALUE.fullmatch(value):
            sent.append((name, value))
    return tuple(sent), agent


def _strip_chars(raw: Any) -> str:
    if not isinstance(raw, str):
        return ""
    return "".join(dict.fromkeys(c for c in raw if c.isprintable()))[:STRIP_MAX]


def _site(entry: dict[str, Any]) -> SiteDefinition | None:
    uri = entry.get("uri_check")
    name = entry.get("name")
    if not isinstance(uri, str) or not isinstance(name, str) or "{account}" not in uri:
        return None
    if entry.get("post_body") or entry.get("valid") is False or not uri.startswith(("http://", "https://")):
        return None
    try:
        e_code, m_code = int(entry.get("e_code", 200)), int(entry.get("m_code", 404))
    except (TypeError, ValueError):
        return None
    pretty = entry.get("uri_pretty")
    shown = pretty if isinstance(pretty, str) and "{account}" in pretty and pretty.startswith("http") else uri
    parts = urlsplit(uri.replace("{account}", "x"))
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "site"
    headers, agent = _headers(entry.get("headers"))
    same = m_code == e_code
    return SiteDefinition(
        id=f"wmn_{slug}",
        name=name,
        kind="social",
        base_url=f"{parts.scheme}://{parts.netloc}",
        page_kind=PageKind.SOCIAL_PROFILE,
        username=UsernameCheck(
            url=_template(shown),
            api_url=_template(uri) if shown != uri else "",
            present_status=e_code,
            present_marker=str(entry.get("e_string") or ""),
            absent_status=() if same else (m_code,),
            # Where the codes differ the code says "missing"; the text would only misjudge a profile quoting it.
            absent_marker=str(entry.get("m_string") or "") if same else "",
            handle_pattern=r"@?(?P<handle>[A-Za-z0-9_.-]{1,64})",
            candidates=True,
            headers=headers,
            strip_chars=_strip_chars(entry.get("strip_bad_char")),
            browser_agent=agent,
        ),
        description=f"WhatsMyName entry ({entry.get('cat', 'misc')})",
        source_file="whatsmyname",
    )


def load(path: str | Path) -> list[SiteDefinition]:
    """Definitions from a WhatsMyName-format file; UsageError naming the file when unreadable."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"--username-sites: file not found: {file}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"--username-sites: {file} is not a readable JSON file: {exc}") from None
    entries = data.get("sites") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UsageError(f'--username-sites: {file} has no "sites" list (WhatsMyName format expected)')
    out: dict[str, SiteDefinition] = {}
    for entry in entries:
        site = _site(entry) if isinstance(entry, dict) else None
        if site is not None:
            out.setdefault(site.id, site)
    if not out:
        raise UsageError(f"--username-sites: {file} holds no usable site entry")
    return list(out.values())
