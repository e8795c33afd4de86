"""How read exports join a scan: their pages, matches, owner handles, coverage and links.

An export is the physician's own download, so its items are about them
unless the export's owner name plainly is someone else's: then its pages are
held as "possible" and assessed no further, and the coverage row says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from footprint.exports.interface import ExportResult
from footprint.match.person import name_score
from footprint.models import CoverageRow, CoverageStatus, Decision, Finding, Identity, Match, MatchResult


def owner_fits(who: Identity, export: ExportResult) -> tuple[bool, str]:
    if not export.owner:
        return True, f"your own {export.label} export (no owner name in it)"
    score, why = name_score(who, export.owner)
    if score >= 0.6:
        return True, f"your own {export.label} export, owner {export.owner}"
    return False, f"{export.label} export owner {export.owner!r} does not look like the subject ({why})"


def matches(who: Identity, exports: Sequence[ExportResult]) -> tuple[Match, ...]:
    out: list[Match] = []
    for export in exports:
        ok, why = owner_fits(who, export)
        for page in export.pages:
            reasons = (why, f"item {page.source_ref}")
            result = (
                MatchResult(1.0, Decision.CONFIRMED, reasons) if ok else MatchResult(0.5, Decision.POSSIBLE, reasons)
            )
            out.append(Match(page, result))
    return tuple(out)


def with_owner_handles(who: Identity, exports: Sequence[ExportResult]) -> Identity:
    """The identity with each export's owner token among the known handles, so detectors see "you"."""
    extra = tuple(e.owner_handle for e in exports if e.owner_handle and owner_fits(who, e)[0])
    if not extra:
        return who
    return replace(who, subject=replace(who.subject, handles=(*who.subject.handles, *extra)))


def coverage(who: Identity, exports: Sequence[ExportResult]) -> list[CoverageRow]:
    rows = []
    for export in exports:
        ok, why = owner_fits(who, export)
        detail = f"{len(export.pages)} item(s): {', '.join(export.holds) or 'nothing readable'}"
        detail += f"; not understood: {export.not_understood_line()}"
        if not ok:
            detail = f"{why}; {detail}"
        status = CoverageStatus.FOUND if export.pages else CoverageStatus.NOT_FOUND
        rows.append(CoverageRow(f"{export.network} export", status, detail))
    return rows


def link_findings(findings: Iterable[Finding], exports: Sequence[ExportResult]) -> tuple[Finding, ...]:
    """Each finding about an export item, pointed back at its file and entry."""
    refs: dict[str, tuple[str, str]] = {}
    for export in exports:
        for page in export.pages:
            ref = (f"{export.label} export: {page.source_ref}", export.network)
            refs.setdefault(page.url, ref)
            for post in page.posts:
                if post.url:
                    refs.setdefault(post.url, ref)
    return tuple(replace(f, source_ref=refs[f.url][0], export=refs[f.url][1]) if f.url in refs else f for f in findings)
