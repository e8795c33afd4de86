"""What changed between two stored scans of one subject.

Findings are compared by their stable fingerprint id: new, resolved,
persisting, and changed (persisting, but graded or worded differently).
Besides findings: ratings that moved on matched pages, reviews a matched
page shows now that it did not show last time, and sites whose coverage
changed (found last month, blocked now).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from footprint.identity import fold
from footprint.models import (
    Changes,
    CoverageChange,
    CoverageStatus,
    FindingRef,
    FindingStatus,
    NewReview,
    Rating,
    RatingChange,
    Review,
    Severity,
)

MATCHED = ("confirmed", "likely")


@dataclass(frozen=True)
class StoredFinding:
    id: str
    category: str
    severity: Severity
    title: str
    url: str
    site: str
    excerpt: str
    status: FindingStatus
    export: str = ""


def review_fingerprint(review: Review) -> str:
    key = f"{fold(review.author)}|{review.date}|{fold(review.text)[:200]}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def findings(db: sqlite3.Connection, scan_id: str) -> dict[str, StoredFinding]:
    rows = db.execute(
        "SELECT id, category, severity, title, url, site, excerpt, status, export FROM findings WHERE scan_id = ?",
        (scan_id,),
    ).fetchall()
    found = [StoredFinding(r[0], r[1], Severity(r[2]), r[3], r[4], r[5], r[6], FindingStatus(r[7]), r[8]) for r in rows]
    found.sort(key=lambda f: (-f.severity.rank, f.title, f.id))
    return {f.id: f for f in found}


def changes(db: sqlite3.Connection, before: str, after: str) -> Changes:
    """The changes from scan ``before`` to scan ``after`` (both already stored).

    A finding of ``before`` that came from an own-data export not given to
    ``after`` was not looked at: it is "not re-checked", not "resolved". A
    finding of an export given again after a month without it is not new
    when an earlier scan of the subject had it.
    """
    old, now = findings(db, before), findings(db, after)
    _carry_over(old, now)
    given = _exports(db, after)
    persisting = tuple(i for i in now if i in old)
    changed = tuple(
        i
        for i in persisting
        if (old[i].severity, old[i].title, old[i].excerpt) != (now[i].severity, now[i].title, now[i].excerpt)
    )
    gone = [old[i] for i in old if i not in now]
    unchecked = [f for f in gone if f.export and f.export not in given]
    back = _seen_before(db, after, [now[i] for i in now if i not in old and now[i].export], _exports(db, before))
    return Changes(
        since_scan_id=before,
        new=tuple(i for i in now if i not in old and i not in back),
        resolved=tuple(f.id for f in gone if f not in unchecked),
        changed=changed,
        persisting=(*persisting, *(i for i in now if i in back)),
        ratings=_ratings(db, before, after),
        reviews=_reviews(db, before, after),
        coverage=_coverage(db, before, after),
        since_finished_at=_finished(db, before),
        resolved_findings=tuple(_ref(f) for f in gone if f not in unchecked),
        not_rechecked=tuple(_ref(f) for f in unchecked),
    )


def _carry_over(old: dict[str, StoredFinding], now: dict[str, StoredFinding]) -> None:
    """Findings whose fingerprint changed with footprint itself (a new version keys a detail by page as
    well as by site) but that say the same thing at the same address: persisting, not new and resolved.
    The same category, page and words match one earlier finding at most; ``old`` is re-keyed in place."""
    unmatched = {(f.category, f.url, f.excerpt): i for i, f in old.items() if i not in now}
    for i, f in now.items():
        if i in old:
            continue
        was = unmatched.pop((f.category, f.url, f.excerpt), None)
        if was is not None:
            old[i] = old.pop(was)


def _ref(f: StoredFinding) -> FindingRef:
    return FindingRef(f.id, f.category, f.severity, f.title, f.site, f.url, f.export)


def _finished(db: sqlite3.Connection, scan_id: str) -> str:
    row = db.execute("SELECT finished_at FROM scans WHERE id = ?", (scan_id,)).fetchone()
    return str(row[0]) if row else ""


def _exports(db: sqlite3.Connection, scan_id: str) -> set[str]:
    """The networks whose own-data export the scan read (its coverage rows "facebook export", ...)."""
    rows = db.execute("SELECT site FROM coverage WHERE scan_id = ? AND site LIKE '% export'", (scan_id,))
    return {str(r[0]).removesuffix(" export") for r in rows}


def _seen_before(
    db: sqlite3.Connection, after: str, candidates: list[StoredFinding], before_exports: set[str]
) -> set[str]:
    """Export findings new against the previous scan only because it lacked their export, found earlier."""
    ids = [f.id for f in candidates if f.export not in before_exports]
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""
        SELECT DISTINCT f.id FROM findings f JOIN scans s ON s.id = f.scan_id
        WHERE f.id IN ({marks})
          AND s.subject_id = (SELECT subject_id FROM scans WHERE id = ?)
          AND s.seq < (SELECT seq FROM scans WHERE id = ?)
        """,  # noqa: S608 - only placeholders
        (*ids, after, after),
    ).fetchall()
    return {str(r[0]) for r in rows}


def _ratings(db: sqlite3.Connection, before: str, after: str) -> tuple[RatingChange, ...]:
    rows = db.execute(
        """
        SELECT n.site, n.url, o.value, o.scale, o.count, n.value, n.scale, n.count
        FROM ratings n
        JOIN pages p ON p.scan_id = n.scan_id AND p.url = n.url AND p.decision IN (?, ?)
        JOIN ratings o ON o.scan_id = ? AND o.url = n.url
        WHERE n.scan_id = ? AND (o.value != n.value OR o.scale != n.scale OR o.count IS NOT n.count)
        ORDER BY n.site, n.url
        """,
        (*MATCHED, before, after),
    ).fetchall()
    return tuple(RatingChange(r[0], r[1], Rating(r[2], r[3], r[4]), Rating(r[5], r[6], r[7])) for r in rows)


def _reviews(db: sqlite3.Connection, before: str, after: str) -> tuple[NewReview, ...]:
    # Only pages the previous scan also read: a page seen for the first time
    # (or unblocked) shows old reviews, which are not news.
    rows = db.execute(
        """
        SELECT r.site, r.url, r.rating, r.scale, r.text, r.date, r.author, r.reply
        FROM reviews r
        JOIN pages p ON p.scan_id = r.scan_id AND p.url = r.url AND p.decision IN (?, ?)
        WHERE r.scan_id = ?
          AND EXISTS (SELECT 1 FROM pages q WHERE q.scan_id = ? AND q.url = r.url)
          AND NOT EXISTS (SELECT 1 FROM reviews o
                          WHERE o.scan_id = ? AND o.url = r.url AND o.fingerprint = r.fingerprint)
        ORDER BY r.date DESC, r.site, r.url
        """,
        (*MATCHED, after, before, before),
    ).fetchall()
    return tuple(NewReview(r[0], r[1], Review(r[2], r[3], r[4], r[5], r[6], r[7])) for r in rows)


def _coverage(db: sqlite3.Connection, before: str, after: str) -> tuple[CoverageChange, ...]:
    def load(scan_id: str) -> dict[str, tuple[str, str]]:
        rows = db.execute("SELECT site, status, detail FROM coverage WHERE scan_id = ?", (scan_id,))
        return {r[0]: (r[1], r[2]) for r in rows}

    old, now = load(before), load(after)
    out = []
    for site in sorted(set(old) | set(now)):
        was, is_ = old.get(site), now.get(site)
        if was is not None and is_ is not None and was[0] == is_[0]:
            continue
        out.append(
            CoverageChange(
                site,
                CoverageStatus(was[0]) if was else None,
                CoverageStatus(is_[0]) if is_ else None,
                (is_ or was or ("", ""))[1],
            )
        )
    return tuple(out)
