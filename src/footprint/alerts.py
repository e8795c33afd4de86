"""Alerts: which new findings, and which changes, reach the threshold.

A finding alerts when it is new since the subject's previous scan (every
finding of a first scan is new) and its severity is at or above the
threshold (``--alert-on``, default ``high``). Two changes alert like a
finding of severity ``high``: a new review of two stars or less (out of
five), and a rating that fell by 0.3 or more, on a profile matched as the
subject's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footprint.models import AlertableChange, Finding, Scan, Severity

THRESHOLDS = ("critical", "high", "medium", "low")
DEFAULT_THRESHOLD = "high"
NEGATIVE_STARS = 2.0  # out of five: a new review at or below this alerts
RATING_DROP = 0.3  # out of five: a fall at least this large alerts


def alerting(scan: Scan, threshold: str | Severity | None) -> tuple[Finding, ...]:
    """The scan's new findings at or above ``threshold`` (none when it is None)."""
    # Not at the top: the command line reads THRESHOLDS as it starts.
    from footprint.models import FindingStatus, Severity

    if threshold is None:
        return ()
    floor = Severity(threshold).rank
    return tuple(f for f in scan.findings if f.status == FindingStatus.NEW and f.severity.rank >= floor)


def alerting_changes(scan: Scan, threshold: str | Severity | None) -> tuple[AlertableChange, ...]:
    """New negative reviews and rating drops since the previous scan, when ``threshold`` reaches them."""
    from footprint.models import AlertableChange, Decision, Severity
    from footprint.sites.labels import site_label

    if threshold is None or scan.changes is None:
        return ()
    severity = Severity.HIGH
    if severity.rank < Severity(threshold).rank:
        return ()
    out = []
    for n in scan.changes.reviews:
        r = n.review
        if r.rating is None or not r.scale or r.rating / r.scale * 5.0 > NEGATIVE_STARS + 1e-9:
            continue
        stars = f"{r.rating / r.scale * 5.0:.1f}".rstrip("0").rstrip(".")
        when = f" ({r.date})" if r.date else ""
        text = " ".join(r.text.split())
        quoted = f': "{text[:120]}{"…" if len(text) > 120 else ""}"' if text else ""
        title = f"New {stars}-star review on {site_label(n.site)}{when}{quoted}"
        out.append(AlertableChange("negative_review", severity, title, n.site, n.url))
    # A rating drop alerts on a confirmed profile only: a likely one may still be a namesake's.
    confirmed = {m.page.url for m in scan.matches if m.result.decision is Decision.CONFIRMED}
    for c in scan.changes.ratings:
        before, after = c.before.out_of_five, c.after.out_of_five
        if before - after >= RATING_DROP - 1e-9 and c.url in confirmed:
            title = f"Rating on {site_label(c.site)} fell from {before:.1f} to {after:.1f} of 5"
            out.append(AlertableChange("rating_drop", severity, title, c.site, c.url))
    return tuple(out)
