"""Username checks: the handles a user gives and the ones a name suggests.

Each social site's definition says how presence shows (a status code, a
marker present or absent, a redirect). A check that cannot be read either
way is "could not check", never "present". Derived candidates (``firstlast``,
``first.last``, ``drlast``, ...) only ever produce pages for matching to
judge: a free handle named like the subject is not the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from footprint.identity import fold
from footprint.models import (
    CoverageStatus,
    Extracted,
    Identity,
    Page,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.sites import SiteDefinition
from footprint.sites.presence import Verdict, judge_username


def candidates(identity: Identity, limit: int) -> list[str]:
    """Handles people with this name commonly pick, most common first."""
    s = identity.subject
    first = fold(s.given_name or "").replace(" ", "")
    last = fold(s.family_name or "").replace(" ", "")
    middle = fold(s.middle_name or "")[:1]
    if not first or not last:
        return []
    out = [
        f"{first}{last}", f"{first}.{last}", f"dr{last}", f"dr{first}{last}", f"{first}_{last}",
        f"{first[0]}{last}", f"{first}{middle}{last}" if middle else "", f"{last}md", f"{first}{last}md",
    ]  # fmt: skip
    return list(dict.fromkeys(c for c in out if c))[:limit]


def handle_values(handle: str, pattern: str) -> dict[str, str] | None:
    text = handle.strip()
    if pattern:
        m = re.fullmatch(pattern, text)
        if not m:
            return None
        return {k: v for k, v in m.groupdict().items() if v is not None} | {
            "handle": m.groupdict().get("handle") or text.lstrip("@")
        }
    if "@" in text.lstrip("@"):
        return None  # user@instance handles belong to federated sites with a pattern
    return {"handle": text.lstrip("@")}


def probe(site: SiteDefinition, handle: str, source: ProbeSource) -> Probe | None:
    """A username check of ``handle`` on ``site``, or None when the handle cannot live there."""
    check = site.username
    if check is None:
        return None
    values = handle_values(handle, check.handle_pattern)
    if values is None:
        return None
    page_url = check.url.format(**values)
    if check.api_url:
        url = check.api_url.format(**values)
        return Probe(site.id, url, ProbePurpose.USERNAME, source, site.page_kind, parser=check.parser,
                     origin_url=page_url, accept_status=check.absent_status, handle=values["handle"])  # fmt: skip
    return Probe(site.id, page_url, ProbePurpose.USERNAME, source, site.page_kind, accept_status=check.absent_status,
                 handle=values["handle"])  # fmt: skip


def candidate_probes(identity: Identity, sites: Iterable[SiteDefinition], limit: int) -> list[Probe]:
    """Checks of the derived candidates on every site whose definition allows them."""
    out = []
    names = candidates(identity, limit)
    for site in sites:
        check = site.username
        if check is None or not check.candidates:
            continue
        for name in names:
            handle = check.candidate_template.format(candidate=name) if check.candidate_template else name
            found = probe(site, handle, ProbeSource.DERIVED_HANDLE)
            if found is not None:
                out.append(found)
    return out


def gap(page: Page, site: SiteDefinition | None) -> Skipped | None:
    """A fetched username check that shows no account ("not found") or cannot be read; None when present."""
    check = site.username if site else None
    if check is None:
        return None
    verdict = judge_username(check, page.status, page.final_url, page.body)
    if verdict == Verdict.ABSENT:
        return Skipped(page.probe, CoverageStatus.NOT_FOUND, f"no account {page.probe.handle}")
    if verdict == Verdict.UNKNOWN:
        why = "the page is drawn by JavaScript" if site and site.requires_browser else "the page may have changed"
        detail = f"could not tell whether {page.probe.handle} exists (HTTP {page.status}); {why}"
        return Skipped(page.probe, CoverageStatus.PARSE_ERROR, detail, page.probe.page_url)
    return None


def with_handle(page: Extracted, handle: str) -> Extracted:
    """The account page with its handle on the first person record, for matching."""
    people = page.people or (PersonRecord(name=page.title),)
    if not people[0].handle:
        people = (replace(people[0], handle=handle), *people[1:])
    return replace(page, people=people)
