"""Site lists in the WhatsMyName JSON format, for ``scan --username-sites FILE``.

The format: ``{"sites": [{"name", "uri_check", "e_code", "e_string", "m_code",
"m_string", "cat", "known", ...}]}`` where ``uri_check`` holds ``{account}``;
``e_*`` describe an existing account and ``m_*`` a missing one. Each entry
becomes a social site definition with a username check, so hundreds of
sites can be checked without shipping their list: users point at their own
copy. Entries that need a POST body, or are marked invalid, are skipped.
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
    # Literal braces in the URL would break formatting: escape all, then restore the placeholder.
    template = uri.replace("{", "{{").replace("}", "}}").replace("{{account}}", "{handle}")
    parts = urlsplit(uri.replace("{account}", "x"))
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "site"
    pretty = entry.get("uri_pretty")
    return SiteDefinition(
        id=f"wmn_{slug}",
        name=name,
        kind="social",
        base_url=f"{parts.scheme}://{parts.netloc}",
        page_kind=PageKind.SOCIAL_PROFILE,
        username=UsernameCheck(
            url=template,
            present_status=e_code,
            present_marker=str(entry.get("e_string") or ""),
            absent_status=(m_code,) if m_code != e_code else (),
            absent_marker=str(entry.get("m_string") or ""),
            handle_pattern=r"@?(?P<handle>[A-Za-z0-9_.-]{1,64})",
            candidates=True,
        ),
        description=f"WhatsMyName entry ({entry.get('cat', 'misc')})",
        remediation={"manual_search_url": pretty.replace("{account}", "{name}")} if isinstance(pretty, str) else {},
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
