"""Small synthetic scans for history tests, built from the real data types."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from footprint.assess import risk
from footprint.assess.taxonomy import fingerprint
from footprint.identity import make_subject
from footprint.models import (
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Finding,
    Identity,
    Match,
    MatchResult,
    PageKind,
    Rating,
    Remediation,
    Review,
    Scan,
    Severity,
)

PROFILE = "https://www.healthgrades.com/physician/dr-ada-quill-x1"


def finding(category: str, severity: str, exposed: str, site: str = "fastpeoplesearch") -> Finding:
    return Finding(
        id=fingerprint(category, site, exposed),
        category=category,
        severity=Severity(severity),
        title=f"{category} on {site}: {exposed}",
        url=f"https://example.org/{site}",
        site=site,
        excerpt=exposed,
        remediation=Remediation("fix it"),
    )


def make_scan(
    findings: tuple[Finding, ...] = (),
    *,
    name: str = "Dr. Ada Quill, MD",
    state: str = "OR",
    npi: str | None = None,
    rating: Rating | None = None,
    reviews: tuple[Review, ...] = (),
    coverage: dict[str, CoverageStatus] | None = None,
    when: datetime | None = None,
) -> Scan:
    subject = make_subject(name, state=state, npi=npi)
    page = Extracted(url=PROFILE, site_id="healthgrades", kind=PageKind.RATINGS_PROFILE, rating=rating, reviews=reviews)
    started = when or datetime.now(UTC)
    rows = tuple(CoverageRow(site, status) for site, status in (coverage or {}).items())
    return Scan(
        id=uuid.uuid4().hex[:12],
        identity=Identity(subject, ()),
        started_at=started,
        finished_at=started + timedelta(seconds=5),
        search_results=(),
        matches=(Match(page, MatchResult(0.95, Decision.CONFIRMED, ("test",))),),
        findings=findings,
        coverage=rows,
        risk=risk(findings),
    )
