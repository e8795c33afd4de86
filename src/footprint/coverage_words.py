"""What happened at a source, in a reader's words: one vocabulary for the terminal, the report and
batch summaries (the JSON report keeps the status and outcome values themselves)."""

from __future__ import annotations

from footprint.models import CoverageOutcome, CoverageStatus

# Could-not-check statuses, worst first: of several problems at one source, the first here speaks for it.
BLOCK_ORDER = (
    CoverageStatus.CAPTCHA,
    CoverageStatus.LOGIN_WALL,
    CoverageStatus.BLOCKED,
    CoverageStatus.ROBOTS_DISALLOWED,
    CoverageStatus.TIMEOUT,
    CoverageStatus.HTTP_ERROR,
    CoverageStatus.PARSE_ERROR,
)

# Why a source could not be checked, in a few words ("Facebook (disallowed by robots.txt)").
UNCHECKED_REASONS: dict[str, str] = {  # keyed by CoverageStatus
    CoverageStatus.BLOCKED: "blocked",
    CoverageStatus.LOGIN_WALL: "login wall",
    CoverageStatus.CAPTCHA: "captcha",
    CoverageStatus.ROBOTS_DISALLOWED: "disallowed by robots.txt",
    CoverageStatus.TIMEOUT: "timed out",
    CoverageStatus.HTTP_ERROR: "HTTP error",
    CoverageStatus.PARSE_ERROR: "unreadable page",
    CoverageStatus.SKIPPED: "not checked",
}

STATUS_LABELS: dict[str, str] = {  # keyed by CoverageStatus; a report document holds its values
    CoverageStatus.FOUND: "found",
    CoverageStatus.NOT_FOUND: "not found",
    **{s: f"could not check: {why}" for s, why in UNCHECKED_REASONS.items() if s != CoverageStatus.SKIPPED},
    CoverageStatus.SKIPPED: "not checked",
}

OUTCOME_LABELS: dict[str, str] = {  # keyed by CoverageOutcome
    CoverageOutcome.FOUND: "found: about you",
    CoverageOutcome.ABOUT_SOMEONE_ELSE: "found, but about someone else",
    CoverageOutcome.POSSIBLE: "possible match to review",
    CoverageOutcome.NOT_FOUND: "not found",
    CoverageOutcome.COULD_NOT_CHECK: "could not check",
}


def unchecked_source(site_name: str, status: str) -> str:
    """``Facebook (disallowed by robots.txt)``: a source that could not be checked, and why."""
    return f"{site_name} ({UNCHECKED_REASONS.get(status, status.replace('_', ' '))})"
