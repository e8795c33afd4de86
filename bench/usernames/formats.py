"""The same sites as a WhatsMyName list, a Sherlock ``data.json`` and a Maigret database.

Each format is written the way its maintainers write entries for such a
site. WhatsMyName carries every signal. Sherlock and Maigret have no
``strip_bad_char``: a ``regexCheck`` that refuses the character is their
equivalent. A "redirect when missing" site is ``response_url`` in both (no
redirect followed); a site that answers 200 either way is ``message``; the
rest are ``status_code``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bench.usernames.server import Web
from bench.usernames.sites import OTHER_ACCOUNTS, UNCLAIMED, Kind, Site


def whatsmyname_entry(web: Web, site: Site) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": site.name, "uri_check": web.url(site)}
    if site.api_path:
        entry["uri_pretty"] = web.url(site, check=False)
    if site.headers:
        entry["headers"] = dict(site.headers)
    if site.strip:
        entry["strip_bad_char"] = site.strip
    entry |= {
        "e_code": 200,
        "e_string": site.e_string,
        "m_string": site.m_string,
        "m_code": site.m_code,
        "known": list(site.accounts()),
        "cat": "social",
    }
    return entry


def whatsmyname(web: Web) -> dict[str, Any]:
    return {
        "license": ["CC-BY-SA 4.0 (format); these entries describe a local test web"],
        "authors": ["footprint bench"],
        "categories": ["social"],
        "sites": [whatsmyname_entry(web, s) for s in web.sites],
    }


def _check_type(site: Site) -> str:
    if site.kind is Kind.REDIRECT:
        return "response_url"
    if site.m_code == 200:
        return "message"
    return "status_code"


def _regex(site: Site) -> str:
    return f"^[^{re.escape(site.strip)}]+$" if site.strip else ""


def sherlock_entry(web: Web, site: Site) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "url": web.url(site, check=False).replace("{account}", "{}"),
        "urlMain": web.base(site) + "/",
        "username_claimed": OTHER_ACCOUNTS[0],
        "errorType": _check_type(site),
    }
    if site.api_path:
        entry["urlProbe"] = web.url(site).replace("{account}", "{}")
    if entry["errorType"] == "message":
        entry["errorMsg"] = site.m_string
    elif entry["errorType"] == "status_code":
        entry["errorCode"] = site.m_code
    if site.headers:
        entry["headers"] = dict(site.headers)
    if site.strip:
        entry["regexCheck"] = _regex(site)
    return entry


def sherlock(web: Web) -> dict[str, Any]:
    return {s.name: sherlock_entry(web, s) for s in web.sites}


def maigret_entry(web: Web, site: Site) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "tags": ["social"],
        "url": web.url(site, check=False).replace("{account}", "{username}"),
        "urlMain": web.base(site) + "/",
        "checkType": _check_type(site),
        "usernameClaimed": OTHER_ACCOUNTS[0],
        "usernameUnclaimed": UNCLAIMED,
    }
    if site.api_path:
        entry["urlProbe"] = web.url(site).replace("{account}", "{username}")
    if entry["checkType"] in ("message", "response_url"):
        entry["presenseStrs"] = [site.e_string]
    if entry["checkType"] == "message":
        entry["absenceStrs"] = [site.m_string]
    if site.headers:
        entry["headers"] = dict(site.headers)
    if site.strip:
        entry["regexCheck"] = _regex(site)
    return entry


def maigret(web: Web) -> dict[str, Any]:
    return {"sites": {s.name: maigret_entry(web, s) for s in web.sites}, "engines": {}, "tags": ["social"]}


def write_all(web: Web, folder: Path) -> dict[str, Path]:
    """The three files in ``folder``: ``whatsmyname``, ``sherlock`` and ``maigret``."""
    files = {
        "whatsmyname": (folder / "wmn-data.json", whatsmyname(web)),
        "sherlock": (folder / "sherlock-data.json", sherlock(web)),
        "maigret": (folder / "maigret-data.json", maigret(web)),
    }
    for path, data in files.values():
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return {name: path for name, (path, _) in files.items()}
