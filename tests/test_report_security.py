"""Scraped text is hostile: the report shows it as text and links only http(s)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

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
    Remediation,
    Risk,
    Scan,
    SearchResult,
    Severity,
)
from footprint.report import document, html_report

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>{{ 7*7 }}{% raw %}"


def _scan() -> Scan:
    subject = make_subject("Dr. Jane Doe, MD")
    now = datetime.now(UTC)
    finding = Finding(
        id="abc", category="personal_comment", severity=Severity.MEDIUM, title=EVIL, url="javascript:alert(3)",
        site="mastodon", excerpt=f"said {EVIL} here", highlight=EVIL,
        remediation=Remediation("fix " + EVIL, ("step " + EVIL,), "data:text/html,<script>alert(4)</script>"),
    )  # fmt: skip
    page = Extracted(url="javascript:alert(5)", site_id="x", kind="other", title=EVIL)
    return Scan(
        id="s1", identity=Identity(subject, ()), started_at=now, finished_at=now,
        search_results=(SearchResult(1, "javascript:alert(6)", EVIL, EVIL, "searxng"),),
        matches=(Match(page, MatchResult(0.9, Decision.CONFIRMED, (EVIL,))),),
        findings=(finding,), coverage=(CoverageRow("x", CoverageStatus.BLOCKED, EVIL, "javascript:alert(7)"),),
        risk=Risk(10.0, "low"),
    )  # fmt: skip


def test_hostile_text_is_escaped_and_links_are_dropped() -> None:
    scan = _scan()
    html = html_report.render(document(scan), scan).decode()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert 'href="javascript' not in html and 'href="data:' not in html


def test_json_drops_unsafe_remediation_links() -> None:
    doc = document(replace(_scan()))
    assert doc["findings"][0]["remediation"]["url"] is None
    assert doc["coverage"][0]["manual_check_url"] is None
