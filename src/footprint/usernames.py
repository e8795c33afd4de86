"""Username checks: the handles a user gives and the ones a name suggests.

Each social site's definition says how presence shows (a status code, a
marker present or absent, a redirect). A check that cannot be read either
way is "could not check", never "present".

Why a handle was checked decides what an account found under it means
(``match.provenance.by_source``, which ``match()`` applies from the probe's
source the page carries): an account at a handle the user gave is theirs, by
their own word, whatever its page says; an account at a handle derived from
the name (``firstlast``, ``first.last``, ``drlast``, ...) is at most
"possible", whatever its page says: a free handle named like the subject is
not the subject, and an impostor's bio says what the subject's would. Derived handles are checked only on
sites where no given handle could be, so that checking a handle the user
gave costs one request per site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from footprint.coverage_words import BLOCK_ORDER
from footprint.identity import fold
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Extracted,
    Identity,
    MatchResult,
    Page,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
    Skipped,
)
from footprint.sites import SiteDefinition, UsernameCheck
from footprint.sites.presence import Verdict, judge_username

REFUSES_AGENT = (
    "the site refuses non-browser clients (its list entry asks for a browser's User-Agent; footprint names itself)"
)


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


def _values(check: UsernameCheck, handle: str) -> dict[str, str] | None:
    """The URL values for ``handle`` on this check: its pattern's groups, bad characters stripped."""
    values = handle_values(handle, check.handle_pattern)
    if values is None or not check.strip_chars:
        return values
    stripped = values["handle"].translate({ord(c): None for c in check.strip_chars})
    return values | {"handle": stripped} if stripped else None


def probe(site: SiteDefinition, handle: str, source: ProbeSource) -> Probe | None:
    """A username check of ``handle`` on ``site``, or None when the handle cannot live there."""
    check = site.username
    if check is None:
        return None
    values = _values(check, handle)
    if values is None:
        return None
    page_url = check.url.format(**values)
    url = check.api_url.format(**values) if check.api_url else page_url
    return Probe(
        site.id, url, ProbePurpose.USERNAME, source, site.page_kind, parser=check.parser,
        origin_url=page_url if url != page_url else "", headers=check.headers,
        accept_status=check.absent_status, handle=values["handle"],
    )  # fmt: skip


def given_here(identity: Identity, site: SiteDefinition) -> bool:
    """True when a handle the user gave can be checked on ``site``."""
    check = site.username
    return check is not None and any(_values(check, h) is not None for h in identity.subject.handles)


def candidate_probes(identity: Identity, sites: Iterable[SiteDefinition], limit: int) -> list[Probe]:
    """Checks of the derived candidates on every site whose definition allows them and no given handle fits."""
    out = []
    names = candidates(identity, limit)
    for site in sites:
        check = site.username
        if check is None or not check.candidates or given_here(identity, site):
            continue
        for name in names:
            handle = check.candidate_template.format(candidate=name) if check.candidate_template else name
            found = probe(site, handle, ProbeSource.DERIVED_HANDLE)
            if found is not None:
                out.append(found)
    return out


def checked(got: Page | Skipped, site: SiteDefinition | None) -> Page | Skipped:
    """A username check's answer: the page when the account exists; else "not found" or why it could not tell."""
    check = site.username if site else None
    if check is None:
        return got
    handle = got.probe.handle
    if isinstance(got, Skipped):
        if check.browser_agent and got.status in (CoverageStatus.BLOCKED, CoverageStatus.CAPTCHA):
            return replace(got, status=CoverageStatus.BLOCKED, detail=f"{REFUSES_AGENT}: {got.detail}")
        return got
    verdict = judge_username(check, got.status, got.final_url, got.body)
    if verdict == Verdict.ABSENT:
        return Skipped(got.probe, CoverageStatus.NOT_FOUND, f"no account {handle}", got.probe.page_url)
    if verdict == Verdict.UNKNOWN:
        if check.browser_agent:
            why = f"{REFUSES_AGENT}: HTTP {got.status}, neither an account nor a missing one"
            return Skipped(got.probe, CoverageStatus.BLOCKED, why, got.probe.page_url)
        why = "the page is drawn by JavaScript" if site and site.requires_browser else "the page may have changed"
        detail = f"could not tell whether {handle} exists (HTTP {got.status}); {why}"
        return Skipped(got.probe, CoverageStatus.PARSE_ERROR, detail, got.probe.page_url)
    return got


def with_handle(page: Extracted, handle: str) -> Extracted:
    """The account page with its handle on the first person record (a nameless one when the page names nobody)."""
    people = page.people or (PersonRecord(name=""),)
    if not people[0].handle:
        people = (replace(people[0], handle=handle), *people[1:])
    return replace(page, people=people)


def is_given(probe: Probe) -> bool:
    """True for a check of a handle the user gave (a username check, or the site's API for that account)."""
    return probe.source == ProbeSource.HANDLE and probe.purpose in (ProbePurpose.USERNAME, ProbePurpose.API)


# The order in which a given handle's outcomes speak for its site: could-not-check reasons, worst first.
_PROBLEMS = (*BLOCK_ORDER, CoverageStatus.SKIPPED)


def coverage_row(
    site: SiteDefinition,
    fetched: Iterable[Probe],
    skipped: Iterable[Skipped],
    judged: Iterable[tuple[Probe, MatchResult]],
    requests: int,
) -> CoverageRow | None:
    """The site's row when the user gave a handle checked there: what happened to that handle; else None.

    ``fetched`` are the scan's probes, ``skipped`` the ones that gave no page
    and ``judged`` the decisions on the pages the others gave. The site's
    other pages judged the subject's (a search result, a site search) are
    counted too. A problem met by a derived handle never speaks for a handle
    the user gave.
    """
    mine = [p for p in fetched if p.site_id == site.id and is_given(p)]
    if not mine:
        return None
    theirs = [(p, r) for p, r in judged if p.site_id == site.id and r.decision.is_match]
    found = [f"@{_name(p)}" for p, _ in theirs if p in mine]
    about_subject = len(theirs) - len(found)
    missed = [s for s in skipped if s.probe in mine]
    absent = [s for s in missed if s.status == CoverageStatus.NOT_FOUND]
    problems = sorted((s for s in missed if s.status != CoverageStatus.NOT_FOUND), key=_severity)
    notes = [f"no account @{_name(s.probe)}" for s in absent]
    notes += [f"could not check @{_name(s.probe)}: {s.detail}" for s in problems]
    if found or about_subject:
        parts = [f"your handle {', '.join(found)}"] if found else []
        parts += [f"{about_subject} other page(s) about the subject"] if about_subject and found else []
        parts += [f"{about_subject} page(s) about the subject"] if about_subject and not found else []
        return CoverageRow(site.id, CoverageStatus.FOUND, "; ".join([*parts, *notes]), mine[0].page_url, requests)
    if problems:
        first = problems[0]
        link = first.manual_check_url or first.probe.page_url
        return CoverageRow(site.id, first.status, "; ".join(notes), link, requests)
    return CoverageRow(site.id, CoverageStatus.NOT_FOUND, "; ".join(notes), mine[0].page_url, requests)


def _severity(skipped: Skipped) -> int:
    return _PROBLEMS.index(skipped.status) if skipped.status in _PROBLEMS else len(_PROBLEMS)


def _name(probe: Probe) -> str:
    return (probe.handle or _tail(probe.page_url)).lstrip("@")


def _tail(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].rsplit("=", 1)[-1]
