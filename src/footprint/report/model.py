"""The report's view of a scan: plain dicts shaped by the JSON schema.

Every output format starts from :func:`document`, so HTML, JSON and CSV
cannot disagree. Scraped text stays text here; each format escapes it.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from footprint import __version__, possible
from footprint.identity import fold
from footprint.models import Changes, CoverageRow, CoverageStatus, Finding, FindingRef, Match, Scan, SearchResult
from footprint.sites.labels import site_label

SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)


def safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s); None for javascript:, data: and anything odd."""
    if not url:
        return None
    return url if SAFE_URL.match(url.strip()) else None


def _optout_url(row: CoverageRow) -> str | None:
    """A people-search site that could not be checked: its opt-out link, to use whatever the site holds.

    A Cloudflare challenge hides whether the broker lists the physician; the
    opt-out works either way.
    """
    if row.status in (CoverageStatus.FOUND, CoverageStatus.NOT_FOUND):
        return None
    from footprint.sites import by_id

    site = by_id().get(row.site)
    if site is None or site.kind != "people_search":
        return None
    return site.remediation.get("optout_url")


def _finding(f: Finding, page: Match | None) -> dict[str, Any]:
    # The evidence step shoots the part of the page a finding is about; the top of the page is not
    # evidence of it, so a finding whose text was not on the page as shown has no screenshot.
    screenshot = f.screenshot
    return {
        "id": f.id,
        "category": f.category,
        "categories": list(f.all_categories),
        "severity": f.severity.value,
        "title": f.title,
        "url": f.url,
        "site": f.site,
        "site_name": site_label(f.site),
        "match_confidence": f.match_confidence,
        "evidence": {
            "excerpt": f.excerpt,
            "screenshot": screenshot,
            "highlight": f.highlight,
            "source_ref": f.source_ref or None,
        },
        "remediation": {
            "summary": f.remediation.summary,
            "steps": list(f.remediation.steps),
            "url": safe_url(f.remediation.url),
        },
        "status": f.status,
        "why": f.why,
        "match_reasons": list(page.result.reasons) if page else [],
    }


def _page(m: Match) -> dict[str, Any]:
    p = m.page
    rating = None
    if p.rating is not None:
        rating = {"value": p.rating.value, "scale": p.rating.scale, "count": p.rating.count}
    return {
        "url": p.url,
        "site": p.site_id,
        "site_name": site_label(p.site_id),
        "kind": p.kind,
        "title": p.title or None,
        "match": {"score": m.result.score, "decision": m.result.decision.value, "reasons": list(m.result.reasons)},
        "rating": rating,
        "screenshot": p.screenshot,
        "search_rank": p.search_rank,
    }


def snippet_decision(scan: Scan, result: SearchResult, by_url: dict[str, Match] | None = None) -> tuple[str, str]:
    """For a search result: the fetched page's decision, else a judgement from the snippet."""
    found = (by_url or _by_url(scan)).get(result.url)
    if found is not None:
        return found.result.decision.value, "; ".join(found.result.reasons[:2])
    s = scan.subject
    text = fold(f"{result.title} {result.snippet}")
    if fold(s.family_name or "") in text and fold(s.given_name or "") in text:
        return "possible", "name in the search snippet; page not opened"
    return "rejected", "name not in the search snippet"


def _rank(r: SearchResult) -> int:
    return r.rank


def _by_url(scan: Scan) -> dict[str, Match]:
    """Each page URL to its match; the best-scored one when a URL was read twice."""
    out: dict[str, Match] = {}
    for m in scan.matches:
        if m.page.url not in out or m.result.score > out[m.page.url].result.score:
            out[m.page.url] = m
    return out


def _source_page(scan: Scan, f: Finding, by_url: dict[str, Match]) -> Match | None:
    """The matched page a finding came from: by URL, else (a post on an account page)
    the page on the same site whose match score the finding carries."""
    if f.url in by_url:
        return by_url[f.url]
    for m in scan.matches:
        if m.page.site_id == f.site and m.result.decision.is_match and abs(m.result.score - f.match_confidence) < 1e-9:
            return m
    return None


def _search_result(scan: Scan, r: SearchResult, by_url: dict[str, Match]) -> dict[str, Any]:
    decision, reason = snippet_decision(scan, r, by_url)
    return {
        "rank": r.rank,
        "url": r.url,
        "title": r.title,
        "snippet": r.snippet,
        "site": r.site_id,
        "decision": decision,
        "reason": reason,
    }


def document(scan: Scan) -> dict[str, Any]:
    s = scan.subject
    by_url = _by_url(scan)
    return {
        "schema_version": "1",
        "tool": {"name": "footprint", "version": __version__},
        "scan": {
            "id": scan.id,
            "started_at": scan.started_at.isoformat(),
            "finished_at": scan.finished_at.isoformat(),
            "previous_scan_id": scan.previous_scan_id,
            "counters": dict(scan.counters),
        },
        "subject": {
            "name": s.name,
            "given_name": s.given_name,
            "family_name": s.family_name,
            "credentials": list(s.credentials),
            "specialty": s.specialty,
            "city": s.city,
            "state": s.state,
            "npi": s.npi or (scan.identity.npi_record.number if scan.identity.npi_record else None),
            "handles": list(s.handles),
            "known_urls": list(s.known_urls),
        },
        "risk": {"score": scan.risk.score, "level": scan.risk.level},
        "coverage": [
            {
                "site": c.site,
                "site_name": site_label(c.site),
                "status": c.status.value,
                "detail": c.detail or None,
                "manual_check_url": safe_url(c.manual_check_url),
                "optout_url": safe_url(_optout_url(c)),
                "requests": c.requests,
                "retries": c.retries,
                "retry_reasons": dict(c.retry_reasons),
                "cache_hits": c.cache_hits,
                "bytes": c.bytes,
                "seconds": c.seconds,
            }
            for c in scan.coverage
        ],
        "pages": [_page(m) for m in scan.matches],
        "search_results": [_search_result(scan, r, by_url) for r in sorted(scan.search_results, key=_rank)],
        "findings": [_finding(f, _source_page(scan, f, by_url)) for f in scan.findings],
        "changes": None if scan.changes is None else changes_document(scan.changes),
        "identity": identity_document(scan),
        "possible_matches": [possible_document(p) for p in possible.possible_pages(scan)],
    }


def identity_document(scan: Scan) -> dict[str, Any]:
    """Whether the scan knows which physician the subject is; when not, why, the namesakes, and what to do."""
    pinned = possible.pinning(scan)
    return {
        "pinned": pinned.pinned,
        "summary": pinned.summary or None,
        "hint": pinned.hint or None,
        "namesakes": [asdict(n) for n in pinned.namesakes],
    }


def possible_document(p: possible.PossiblePage) -> dict[str, Any]:
    """A page that may be about the subject and was not assessed: "Is this you?"."""
    return {
        "url": p.url,
        "site": p.site,
        "site_name": p.site_name,
        "title": p.title or None,
        "score": p.score,
        "shows": p.shows,
        "why": p.why,
        "reasons": list(p.reasons),
    }


def changes_document(changes: Changes) -> dict[str, Any]:
    """The report's "changes since the last scan": finding ids, plus ratings, reviews and coverage."""
    return {
        "since_scan_id": changes.since_scan_id,
        "since_finished_at": changes.since_finished_at or None,
        "resolved_findings": [_finding_ref(f) for f in changes.resolved_findings],
        "not_rechecked": [_finding_ref(f) for f in changes.not_rechecked],
        "new": list(changes.new),
        "resolved": list(changes.resolved),
        "changed": list(changes.changed),
        "persisting": list(changes.persisting),
        "ratings": [
            {
                "site": r.site,
                "site_name": site_label(r.site),
                "url": r.url,
                "before": {"value": r.before.value, "scale": r.before.scale, "count": r.before.count},
                "after": {"value": r.after.value, "scale": r.after.scale, "count": r.after.count},
            }
            for r in changes.ratings
        ],
        "reviews": [
            {
                "site": n.site,
                "site_name": site_label(n.site),
                "url": n.url,
                "rating": n.review.rating,
                "scale": n.review.scale,
                "date": n.review.date,
                "author": n.review.author,
                "text": n.review.text,
            }
            for n in changes.reviews
        ],
        "coverage": [
            {
                "site": c.site,
                "site_name": site_label(c.site),
                "before": c.before.value if c.before else None,
                "after": c.after.value if c.after else None,
                "detail": c.detail or None,
            }
            for c in changes.coverage
        ],
    }


def _finding_ref(f: FindingRef) -> dict[str, Any]:
    return {
        "id": f.id,
        "category": f.category,
        "severity": f.severity.value,
        "title": f.title,
        "site": f.site,
        "site_name": site_label(f.site),
        "url": f.url,
        "export": f.export or None,
    }
