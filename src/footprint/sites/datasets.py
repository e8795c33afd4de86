"""Datasets a site publishes per period (CMS Open Payments: one General Payments dataset per program year).

A definition's ``search.datasets`` names the catalog (a DKAN metastore list,
``/api/1/metastore/schemas/dataset/items``: ``[{"identifier", "title", ...}]``)
and a title pattern whose ``period`` group is the year ("2025 General
Payment Data"); datasets whose title does not match (research payments,
ownership, profile supplements) are left out. The list is cached for
:data:`TTL_S` in the user cache directory (next to the HTTP cache; ``[fetch]
cache``, ``cache_path`` and ``refresh`` apply), keyed by the URL it was read
from, so a mirror's list never stands for the real one. When the catalog
cannot be read, a stale cached list is used, else the definition's ``known``
datasets; the note says which.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footprint.config import Settings
from footprint.fetch.cache import default_path
from footprint.fetch.mirrors import to_mirror
from footprint.models import Page, Parser, Probe, ProbePurpose, ProbeSource, Skipped
from footprint.sites import DatasetCatalog, SiteDefinition

log = logging.getLogger(__name__)

TTL_S = 7 * 86_400  # new program years appear once a year (June 30); a week's delay is harmless
DATASET_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{2,63}$")  # it goes into a URL path: nothing else passes
FetchFn = Callable[[Probe], Page | Skipped]


@dataclass(frozen=True)
class Datasets:
    """The datasets to query, newest period first, and where the list came from."""

    ids: tuple[tuple[str, str], ...]  # (period, dataset id)
    note: str = ""  # for the site's coverage row

    @property
    def periods(self) -> str:
        years = sorted(p for p, _ in self.ids)
        if not years:
            return "none"
        return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


def read_catalog(data: Any, title: re.Pattern[str]) -> tuple[tuple[str, str], ...]:
    """(period, id) of every dataset whose title matches, newest first; one dataset per period."""
    found: dict[str, str] = {}
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, dict):
            continue
        name, ident = item.get("title"), item.get("identifier")
        m = title.fullmatch(name.strip()) if isinstance(name, str) else None
        if m is None or not isinstance(ident, str) or not DATASET_ID.fullmatch(ident):
            continue
        found.setdefault(m.group("period"), ident)
    return tuple(sorted(found.items(), reverse=True))


def resolve(site: SiteDefinition, settings: Settings, fetch: FetchFn) -> Datasets:
    """The site's datasets: from a fresh cached list, else the catalog, else a stale list, else the definition."""
    spec = site.datasets
    if spec is None:
        return Datasets(())
    cache = _CacheFile(settings, to_mirror(spec.catalog, settings.mirrors))
    fresh = cache.read(max_age_s=TTL_S)
    if fresh is not None:
        return Datasets(fresh, f"program years {Datasets(fresh).periods}")
    got = fetch(Probe(site.id, spec.catalog, ProbePurpose.API, ProbeSource.LOOKUP, parser=Parser.JSON))
    why = f"{got.status.value}: {got.detail}" if isinstance(got, Skipped) else ""
    if isinstance(got, Page):
        try:
            listed = read_catalog(json.loads(got.body), spec.title)
        except json.JSONDecodeError:
            listed, why = (), "the dataset list is not JSON"
        if listed:
            cache.write(listed)
            return Datasets(listed, f"program years {Datasets(listed).periods}")
        why = why or "the dataset list names no dataset"
    return _fallback(spec, cache, why)


def _fallback(spec: DatasetCatalog, cache: _CacheFile, why: str) -> Datasets:
    stale = cache.read(max_age_s=None)
    if stale is not None:
        return Datasets(stale, f"program years {Datasets(stale).periods} from a cached list ({why})")
    known = Datasets(spec.known)
    return Datasets(spec.known, f"program years {known.periods} as last known ({why})")


class _CacheFile:
    """One catalog's list in a small JSON file, owner-only; unreadable or foreign content counts as none."""

    def __init__(self, settings: Settings, url: str) -> None:
        fetch = settings.fetch
        folder = Path(fetch.cache_path).parent if fetch.cache_path else default_path().parent
        self.path = folder / f"datasets-{hashlib.sha256(url.encode()).hexdigest()[:16]}.json"
        self.url = url
        self.use = fetch.cache
        self.refresh = fetch.refresh

    def read(self, max_age_s: int | None) -> tuple[tuple[str, str], ...] | None:
        if not self.use or (self.refresh and max_age_s is not None):
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data["url"] != self.url:
                return None
            age = time.time() - float(data["saved_at"])
            ids = tuple((str(p), str(i)) for p, i in data["datasets"] if DATASET_ID.fullmatch(str(i)))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not ids or (max_age_s is not None and not 0 <= age <= max_age_s):
            return None
        return ids

    def write(self, ids: tuple[tuple[str, str], ...]) -> None:
        if not self.use:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            temp = self.path.with_suffix(f".{os.getpid()}.tmp")
            temp.write_text(json.dumps({"url": self.url, "saved_at": time.time(), "datasets": ids}), encoding="utf-8")
            os.chmod(temp, 0o600)
            temp.replace(self.path)
        except OSError as exc:  # a read-only cache folder costs one request per scan, nothing more
            log.info("could not cache the dataset list in %s: %s", self.path, exc)
