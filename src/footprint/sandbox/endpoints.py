"""The sandbox's dynamic endpoints, answering in the real services' shapes.

- ``/searxng/search?q=...&format=json``: SearXNG's JSON results over the
  sandbox's search index; 403 unless ``format=json`` (as an instance
  without the json format does).
- ``/npi/api/?version=2.1&...``: the NPPES v2.1 API over the sandbox's
  records, with its trailing-``*`` wildcard and its error shape.
- ``/mastodon/api/v1/accounts/lookup?acct=...``: Mastodon's account lookup.
- ``/bluesky/xrpc/app.bsky.actor.getProfile?actor=...``: Bluesky's public profile API
  (400 ``Profile not found`` for an unknown handle, as the real AppView answers).
- ``/openpayments/api/1/datastore/query/{dataset}/0?conditions[0][property]=...``:
  CMS Open Payments' DKAN datastore query over the sandbox's payment rows:
  each General Payments dataset of the sandbox's metastore
  (``/openpayments/api/1/metastore/schemas/dataset/items``, a static file)
  answers its program year's rows; other datasets are empty.
- ``/carecompare/provider-data/api/1/datastore/query/mj5m-pzi6/0?conditions[0][property]=npi&...``:
  CMS's Provider Data Catalog (Medicare Care Compare's doctors and clinicians) over the
  sandbox's rows, one per practice location; another dataset is a 404 with a message.
- ``/clinicaltrials/api/v2/studies?query.term=...&pageSize=...`` and ``/clinicaltrials/api/v2/studies/{nctId}``:
  ClinicalTrials.gov's API v2 over the sandbox's studies (a search, paged by ``pageToken``; one study, else 404).
  Its robots.txt, a static file, disallows ``/api/`` as the real host's does.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from footprint.sandbox.state import SandboxState

Answer = tuple[int, Any]
STOP = {"dr", "md", "do", "the", "and", "of", "in"}
PAGE_SIZE = 10  # results per SearXNG page


def answer(state: SandboxState, key: str, path: str, query: dict[str, list[str]]) -> Answer | None:
    one = {k: v[0] for k, v in query.items() if v}
    if key == "searxng" and path == "/search":
        return searxng(state, one)
    if key == "npi" and path.rstrip("/") == "/api":
        return nppes(state, one)
    if key == "bluesky" and path == "/xrpc/app.bsky.actor.getProfile":
        actor = re.sub(r"[^a-z0-9.:-]", "", one.get("actor", "").lower())
        profile = state.find("bluesky", f"profiles/{actor}.json") if actor else None
        if profile is None:
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}
        return 200, state.file_data(profile)
    if key == "openpayments" and path.startswith("/api/1/datastore/query/"):
        return open_payments(state, path, one)
    if key == "carecompare" and path.startswith("/provider-data/api/1/datastore/query/"):
        return care_compare(state, path, one)
    if key == "clinicaltrials" and path.startswith("/api/v2/studies"):
        return clinicaltrials(state, path, one)
    if key == "mastodon" and path == "/api/v1/accounts/lookup":
        found = state.find(
            "mastodon", f"api/v1/accounts/by-acct/{re.sub(r'[^a-z0-9_.@-]', '', one.get('acct', '').lower())}.json"
        )
        if found is None:
            return 404, {"error": "Record not found"}
        return 200, state.file_data(found)
    return None


def _fold(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


def _words(doc: dict[str, Any]) -> set[str]:
    return set(_fold(f"{doc['title']} {doc['content']} {doc['url']}").split())


def searxng(state: SandboxState, q: dict[str, str]) -> Answer:
    if q.get("format") != "json":
        return 403, {"error": "format not allowed"}
    query = q.get("q", "")
    # site: filters, alone or OR-ed in a group: "name" (site:a.com OR site:b.com)
    sites = [s.lower() for s in re.findall(r"\bsite:([^\s()]+)", query)]
    # Like a real engine: quoted words must all appear; the others only rank.
    required = [t for phrase in re.findall(r'"([^"]*)"', query) for t in _fold(phrase).split() if t not in STOP]
    loose = re.sub(r'"[^"]*"|\bsite:[^\s()]+|\bOR\b', " ", query)
    optional = [t for t in _fold(loose).split() if t not in STOP]
    index = state.data("searxng/index.yaml") or []
    words = state.once(("searxng words",), lambda: [_words(doc) for doc in index])
    scored = []
    for order, doc in enumerate(index):
        if sites and not any(s in doc["url"].lower() for s in sites):
            continue
        haystack = words[order]
        if not required and not optional:
            continue
        if all(t in haystack for t in required) and (required or any(t in haystack for t in optional)):
            scored.append((-sum(1 for t in optional if t in haystack), order, doc))
    scored.sort(key=lambda t: (t[0], t[1]))
    results = [
        {
            "url": doc["url"],
            "title": doc["title"],
            "content": doc["content"],
            "engine": "sandbox",
            "engines": ["sandbox"],
            "score": round(1.0 / (rank + 1), 3),
            "category": "general",
        }
        for rank, (_, _, doc) in enumerate(scored)
    ]
    # A page of results at a time, as an instance answers ``pageno`` (1 when absent or unreadable).
    page = int(q["pageno"]) if q.get("pageno", "").isdigit() and int(q["pageno"]) > 0 else 1
    results = results[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return 200, {"query": query, "results": results, "answers": [], "corrections": [], "infoboxes": [],
                 "suggestions": [], "unresponsive_engines": []}  # fmt: skip


def _like(value: str, wanted: str) -> bool:
    if wanted.endswith("*"):
        return value.upper().startswith(wanted[:-1].upper())
    return value.upper() == wanted.upper()


def nppes(state: SandboxState, q: dict[str, str]) -> Answer:
    if q.get("version") != "2.1":
        return 200, {
            "Errors": [{"description": "Version is required and must be 2.1", "field": "version", "number": "04"}]
        }
    criteria = {
        k: v
        for k, v in q.items()
        if k in ("number", "first_name", "last_name", "city", "state", "postal_code", "taxonomy_description")
    }
    if not criteria or set(criteria) == {"state"}:
        return 200, {
            "Errors": [{"description": "No valid search criteria provided", "field": "generic", "number": "04"}]
        }
    for key, value in criteria.items():
        if value.endswith("*") and len(value) < 3:
            return 200, {
                "Errors": [
                    {
                        "description": f"Field {key} requires at least 2 characters with a wildcard",
                        "field": key,
                        "number": "07",
                    }
                ]
            }
    records = state.data("npi/records.json")
    out = []
    for rec in records:
        basic = rec["basic"]
        location = next((a for a in rec["addresses"] if a["address_purpose"] == "LOCATION"), rec["addresses"][0])
        checks = {
            "number": str(rec["number"]),
            "first_name": basic.get("first_name", ""),
            "last_name": basic.get("last_name", ""),
            "city": location["city"],
            "state": location["state"],
            "postal_code": location["postal_code"],
        }
        ok = all(_like(checks[k], v) for k, v in criteria.items() if k in checks)
        if ok and "taxonomy_description" in criteria:
            ok = any(criteria["taxonomy_description"].lower() in t["desc"].lower() for t in rec["taxonomies"])
        if ok:
            out.append(rec)
    limit = min(int(q.get("limit", "10") or 10), 200)
    skip = int(q.get("skip", "0") or 0)
    page = out[skip : skip + limit]
    return 200, {"result_count": len(page), "results": page}


METASTORE = "openpayments/api/1/metastore/schemas/dataset/items.json"
GENERAL = re.compile(r"(\d{4}) General Payment Data")


def open_payments(state: SandboxState, path: str, q: dict[str, str]) -> Answer:
    """DKAN's datastore query: equality conditions, limit and offset, ``{"results", "count"}``.

    Each General Payment dataset of the sandbox's metastore holds the payment
    rows of its program year; the other datasets (research, ownership) hold none.
    """
    dataset = path.split("/")[5] if len(path.split("/")) > 5 else ""
    years = {
        item["identifier"]: m.group(1) for item in state.data(METASTORE) if (m := GENERAL.fullmatch(item["title"]))
    }
    rows = [
        row
        for row in state.data("openpayments/general-payments.json")
        if dataset in years and row.get("program_year") == years[dataset]
    ]
    return datastore(rows, q)


def datastore(rows: list[dict[str, Any]], q: dict[str, str]) -> Answer:
    """A DKAN datastore query over ``rows``: equality conditions, limit and offset, ``{"results", "count"}``."""
    i = 0
    while f"conditions[{i}][property]" in q:
        prop, value = q[f"conditions[{i}][property]"], q.get(f"conditions[{i}][value]", "")
        if q.get(f"conditions[{i}][operator]", "=") != "=":
            return 400, {"message": "the sandbox only understands the = operator"}
        rows = [r for r in rows if str(r.get(prop, "")) == value]
        i += 1
    offset, limit = int(q.get("offset", "0") or 0), min(int(q.get("limit", "500") or 500), 500)
    answer: dict[str, Any] = {"results": rows[offset : offset + limit], "query": {"limit": limit, "offset": offset}}
    if q.get("count") == "true":
        answer["count"] = len(rows)
    return 200, answer


CLINICIANS = "mj5m-pzi6"  # the Doctors and Clinicians National Downloadable File


def care_compare(state: SandboxState, path: str, q: dict[str, str]) -> Answer:
    """The Provider Data Catalog's datastore: the clinicians dataset answers the sandbox's rows; another is a 404."""
    dataset = path.split("/")[6] if len(path.split("/")) > 6 else ""
    if dataset != CLINICIANS:
        return 404, {"message": f"No resource found for dataset {dataset} at index 0"}
    return datastore(state.data("carecompare/clinicians.json"), q)


def _nct(study: dict[str, Any]) -> str:
    return str(study.get("protocolSection", {}).get("identificationModule", {}).get("nctId", ""))


def clinicaltrials(state: SandboxState, path: str, q: dict[str, str]) -> Answer:
    """ClinicalTrials.gov API v2 over the sandbox's studies.

    A search keeps the studies holding one of ``query.term``'s OR-ed alternatives (see ``_holds``); ``pageSize``
    studies a page, ``nextPageToken`` while more remain; ``fields`` naming
    a module returns only it. One study by NCT number, else 404.
    """
    studies: list[dict[str, Any]] = state.data("clinicaltrials/studies.json")
    if path.rstrip("/") != "/api/v2/studies":
        nct = path.rstrip("/").rsplit("/", 1)[-1].upper()
        found = next((s for s in studies if _nct(s) == nct), None)
        return (200, found) if found is not None else (404, {"message": f"Study not found: {nct}"})
    term = q.get("query.term", "")
    kept = [s for s in studies if any(_holds(s, alternative) for alternative in re.split(r"\s+OR\s+", term))]
    size = int(q["pageSize"]) if q.get("pageSize", "").isdigit() and 0 < int(q["pageSize"]) <= 1000 else 10
    start = int(q["pageToken"]) if q.get("pageToken", "").isdigit() else 0
    page = kept[start : start + size]
    module = q.get("fields", "").removeprefix("protocolSection.")
    if module and "," not in module:
        page = [{"protocolSection": {module: s.get("protocolSection", {}).get(module, {})}} for s in page]
    answer: dict[str, Any] = {"studies": page}
    if start + size < len(kept):
        answer["nextPageToken"] = str(start + size)
    return 200, answer


def _holds(study: dict[str, Any], alternative: str) -> bool:
    """Every quoted phrase of an Essie alternative is in the study (``AREA[OverallOfficialName]"x"``: in an official's
    name), every other word anywhere; AND and brackets only join."""
    contacts = study.get("protocolSection", {}).get("contactsLocationsModule", {})
    officials = f" {_fold(' '.join(str(o.get('name', '')) for o in contacts.get('overallOfficials', [])))} "
    everything = f" {_fold(str(study))} "
    terms = re.findall(r'(?:AREA\[(\w+)\])?"([^"]*)"', alternative)
    words = _fold(re.sub(r'(?:AREA\[\w+\])?"[^"]*"|\bAND\b', " ", alternative)).split()
    if not terms and not words:
        return False
    held = [f" {_fold(p)} " in (officials if area == "OverallOfficialName" else everything) for area, p in terms]
    return all(held) and all(f" {w} " in everything for w in words)
