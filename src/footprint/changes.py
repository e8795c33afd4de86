"""What changed since a subject's last scan, as the history compares two scans: findings new, resolved and
persisting, ratings that moved, new reviews, sites whose coverage changed, and the changes that alert like a
new finding. :mod:`footprint.models` re-exports them with the scan that carries them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from footprint.kinds import CoverageStatus, Severity

if TYPE_CHECKING:
    from footprint.models import Rating, Review


@dataclass(frozen=True)
class FindingRef:
    """A finding of an earlier scan, as the history stored it: enough to name it in words."""

    id: str
    category: str
    severity: Severity
    title: str
    site: str
    url: str = ""
    export: str = ""  # the own-data export it came from, if any


@dataclass(frozen=True)
class Changes:
    since_scan_id: str
    new: tuple[str, ...] = ()
    resolved: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    persisting: tuple[str, ...] = ()
    ratings: tuple[RatingChange, ...] = ()
    reviews: tuple[NewReview, ...] = ()
    coverage: tuple[CoverageChange, ...] = ()
    since_finished_at: str = ""  # when the previous scan finished (ISO 8601)
    # The previous scan's findings that are gone now, by name (``resolved`` holds their ids).
    resolved_findings: tuple[FindingRef, ...] = ()
    # Findings of an own-data export that was not supplied this time: not looked at, so not resolved.
    not_rechecked: tuple[FindingRef, ...] = ()


@dataclass(frozen=True)
class AlertableChange:
    """A change since the last scan that alerts like a new finding: a new review of two stars or less,
    a rating that fell by 0.3 or more on a matched profile."""

    kind: str  # "negative_review" or "rating_drop"
    severity: Severity
    title: str
    site: str
    url: str


@dataclass(frozen=True)
class RatingChange:
    """A matched page's rating that moved between two scans."""

    site: str
    url: str
    before: Rating
    after: Rating


@dataclass(frozen=True)
class NewReview:
    """A review on a matched page that the previous scan of the same page did not show."""

    site: str
    url: str
    review: Review


@dataclass(frozen=True)
class CoverageChange:
    """A site whose coverage status changed (say, found last month, blocked now); None: not in that scan."""

    site: str
    before: CoverageStatus | None
    after: CoverageStatus | None
    detail: str = ""
