"""The risk score: 0 to 100, and a level. The formula is in the README.

Each finding weighs its severity times the match confidence; weights
combine like independent chances (1 - product of 1 - w), so one critical
finding alone is "high" and many small ones approach but never pass 100.
"""

from __future__ import annotations

from collections.abc import Iterable

from footprint.models import Finding, Risk, Severity

WEIGHTS = {
    Severity.CRITICAL: 0.60,
    Severity.HIGH: 0.30,
    Severity.MEDIUM: 0.12,
    Severity.LOW: 0.04,
    Severity.INFO: 0.0,
}
MAX_SCORE = 99.9
LEVELS = ((75.0, "critical"), (50.0, "high"), (25.0, "moderate"), (0.0, "low"))


def risk(findings: Iterable[Finding]) -> Risk:
    remaining = 1.0
    for f in findings:
        remaining *= 1.0 - WEIGHTS[f.severity] * max(0.0, min(1.0, f.match_confidence))
    # Many findings approach 100 but never reach it (each factor is at least 0.4): never shown as 100.
    score = min(round(100.0 * (1.0 - remaining), 1), MAX_SCORE)
    level = next(name for floor, name in LEVELS if score >= floor)
    return Risk(score=score, level=level)
