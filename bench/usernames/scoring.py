"""Each tool's answer per site, read from its own output, and the tallies per kind of site.

A tool "found" the handle on a site when it reported the account there:
footprint with a page on that site judged ``confirmed`` or ``likely`` (its
coverage row says why not, otherwise), Sherlock with the site's URL among
its found ones, Maigret with the site ``Claimed`` in its JSON report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.usernames.sites import Kind, Site

YOURS = ("confirmed", "likely")


@dataclass(frozen=True)
class Verdict:
    site: Site
    found: bool
    detail: str  # the tool's own word for this site
    read_present: bool = False  # footprint: a page at the handle's URL was kept, whatever matching decided


@dataclass(frozen=True)
class Tally:
    sites: int
    accounts: int  # sites with the account that the tool may check
    found: int  # on those
    false_found: int  # on sites that do not have it
    not_found: int  # absent sites the tool called "not found" (not "could not check")
    refused: int = 0  # sites with the account that the tool may not check by its policy (left out of accounts)


def footprint(report: Path, sites: Sequence[Site], ids: dict[str, Site], handle: str) -> list[Verdict]:
    """Verdicts from footprint's JSON report; ``ids`` maps footprint's site ids to the sites."""
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    pages: dict[int, list[dict[str, Any]]] = {}
    for page in data.get("pages", []):
        site = ids.get(str(page.get("site")))
        if site is not None:
            pages.setdefault(site.index, []).append(page)
    rows = {ids[r["site"]].index: r for r in data.get("coverage", []) if r.get("site") in ids}
    out = []
    for site in sites:
        mine = pages.get(site.index, [])
        yours = [p for p in mine if p["match"]["decision"] in YOURS]
        row = rows.get(site.index, {})
        detail = f"{row.get('status', 'no coverage row')}: {row.get('detail') or ''}".strip()
        if mine and not yours:
            page = mine[0]
            reasons = "; ".join(page["match"]["reasons"][:2])
            detail = f"page {page['match']['decision']} ({reasons}); {detail}"
        names = {handle.lstrip("@"), handle.lstrip("@").translate({ord(c): None for c in site.strip})}
        read = any(p["url"].rstrip("/").endswith(tuple(names)) for p in mine)
        out.append(Verdict(site, bool(yours), detail, read))
    return out


def not_found_by_footprint(verdict: Verdict) -> bool:
    return verdict.detail.startswith("not_found")


def by_url(found_urls: Iterable[str], sites: Sequence[Site], base: dict[int, str]) -> list[Verdict]:
    """Verdicts from the profile URLs a tool printed as found."""
    hits: set[int] = set()
    for url in found_urls:
        for site in sites:
            if url.startswith(base[site.index] + "/"):
                hits.add(site.index)
    return [Verdict(s, s.index in hits, "found" if s.index in hits else "not reported") for s in sites]


def by_name(statuses: dict[str, str], sites: Sequence[Site], found_word: str) -> list[Verdict]:
    """Verdicts from a tool's status per site name."""
    return [Verdict(s, statuses.get(s.name) == found_word, statuses.get(s.name, "not reported")) for s in sites]


def tally(verdicts: Iterable[Verdict], handle: str, clean: bool = True, policy: bool = False) -> Tally:
    """Counts over ``verdicts``; ``policy``: leave out the sites footprint may not check (browser User-Agent only)."""
    rows = list(verdicts)
    present = [v for v in rows if v.site.expected(handle)]
    expected = [v for v in present if not (policy and v.site.browser_agent_only)]
    absent = [v for v in rows if not v.site.expected(handle)]
    return Tally(
        sites=len(rows),
        accounts=len(expected),
        found=sum(v.found for v in expected),
        false_found=sum(v.found for v in absent),
        not_found=sum(not v.found and (not clean or not_found_by_footprint(v)) for v in absent),
        refused=len(present) - len(expected),
    )


def by_kind(verdicts: Iterable[Verdict]) -> dict[Kind, list[Verdict]]:
    out: dict[Kind, list[Verdict]] = {k: [] for k in Kind}
    for v in verdicts:
        out[v.site.kind].append(v)
    return out
