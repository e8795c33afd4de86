"""Alerts: which new findings reach the threshold.

A finding alerts when it is new since the subject's previous scan (every
finding of a first scan is new) and its severity is at or above the
threshold (``--alert-on``, default ``high``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footprint.models import Finding, Scan, Severity

THRESHOLDS = ("critical", "high", "medium", "low")
DEFAULT_THRESHOLD = "high"


def alerting(scan: Scan, threshold: str | Severity | None) -> tuple[Finding, ...]:
    """The scan's new findings at or above ``threshold`` (none when it is None)."""
    # Not at the top: the command line reads THRESHOLDS as it starts.
    from footprint.models import FindingStatus, Severity

    if threshold is None:
        return ()
    floor = Severity(threshold).rank
    return tuple(f for f in scan.findings if f.status == FindingStatus.NEW and f.severity.rank >= floor)
