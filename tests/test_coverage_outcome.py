"""A coverage row's outcome: what the check came to, from its status and the site's pages."""

from __future__ import annotations

from footprint.coverage import outcome
from footprint.models import (
    CoverageOutcome,
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Match,
    MatchResult,
    PageKind,
    PersonRecord,
)


def _match(decision: Decision) -> Match:
    page = Extracted("https://x.example/p", "x", PageKind.RATINGS_PROFILE, people=(PersonRecord(name="Ann Lee"),))
    return Match(page, MatchResult(0.5, decision, ("x",)))


def test_a_site_that_could_not_be_checked_never_reads_as_found_whatever_else_was_read() -> None:
    row = CoverageRow("x", CoverageStatus.CAPTCHA, "challenge")
    assert outcome(row, [_match(Decision.POSSIBLE)]) == CoverageOutcome.COULD_NOT_CHECK
    assert outcome(CoverageRow("x", CoverageStatus.SKIPPED), []) == CoverageOutcome.COULD_NOT_CHECK


def test_a_not_found_site_says_whether_it_read_someone_else_or_a_possible_match() -> None:
    searched = CoverageRow("x", CoverageStatus.NOT_FOUND)
    assert outcome(searched, []) == CoverageOutcome.NOT_FOUND
    assert outcome(searched, [_match(Decision.REJECTED)]) == CoverageOutcome.ABOUT_SOMEONE_ELSE
    both = [_match(Decision.REJECTED), _match(Decision.POSSIBLE)]
    assert outcome(searched, both) == CoverageOutcome.POSSIBLE
    assert outcome(CoverageRow("x", CoverageStatus.FOUND), []) == CoverageOutcome.FOUND
