"""What an alert says: the subject, the new findings and a link to the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footprint.config import NotifySettings
from footprint.models import AlertableChange, Finding, Scan
from footprint.terminal import clean, one_line


def report_link(settings: NotifySettings, report: Path | None) -> str | None:
    """The report's URL: under ``report_base_url`` when one is set, else a file:// URL."""
    if report is None:
        return None
    if settings.report_base_url:
        return f"{settings.report_base_url.rstrip('/')}/{report.parent.name}/{report.name}"
    return report.resolve().as_uri()


@dataclass(frozen=True)
class Alert:
    """One alert. Its text is read in mail clients and terminals: names and titles from the web carry
    no control characters, and the subject line stays one line (a newline would forge mail headers)."""

    scan: Scan
    findings: tuple[Finding, ...]
    report_url: str | None
    changes: tuple[AlertableChange, ...] = ()  # new negative reviews, rating drops

    @property
    def subject_line(self) -> str:
        n, k = len(self.findings), len(self.changes)
        parts = [f"{n} new finding{'s' if n != 1 else ''}"] if n or not k else []
        parts += [f"{k} rating or review change{'s' if k != 1 else ''}"] if k else []
        return one_line(f"footprint: {' and '.join(parts)} for {self.scan.subject.name}")

    def text(self) -> str:
        scan = self.scan
        lines = [
            f"footprint found {len(self.findings)} new finding(s) for {one_line(scan.subject.name)}",
            f"(scan {scan.id}, {scan.finished_at:%Y-%m-%d %H:%M} UTC;"
            f" risk {scan.risk.level} {scan.risk.score:.0f}/100).",
            "",
        ]
        for f in self.findings:
            lines += [
                f"- [{f.severity.value}] {one_line(f.title)}",
                f"  {one_line(f.url)}",
                f"  Fix: {one_line(f.remediation.summary)}",
            ]
        if self.changes:
            lines += ["", "Ratings and reviews:"]
            for c in self.changes:
                lines += [f"- {one_line(c.title)}", f"  {one_line(c.url)}"]
        if scan.changes and scan.changes.resolved:
            lines += ["", f"Resolved since the last scan: {len(scan.changes.resolved)}."]
        if self.report_url:
            lines += ["", f"Report: {self.report_url}"]
        return "\n".join(lines) + "\n"

    def payload(self) -> dict[str, Any]:
        scan = self.scan
        return {
            "event": "footprint.new_findings",
            "subject": clean(scan.subject.name),
            "scan_id": scan.id,
            "previous_scan_id": scan.previous_scan_id,
            "finished_at": scan.finished_at.isoformat(),
            "risk": {"score": scan.risk.score, "level": scan.risk.level},
            "report_url": self.report_url,
            "new_findings": [
                {
                    "id": f.id,
                    "category": f.category,
                    "severity": f.severity.value,
                    "title": clean(f.title),
                    "url": clean(f.url),
                    "site": clean(f.site),
                    "remediation": clean(f.remediation.summary),
                }
                for f in self.findings
            ],
            "resolved": list(scan.changes.resolved) if scan.changes else [],
            "changes": [
                {
                    "kind": c.kind,
                    "severity": c.severity.value,
                    "title": clean(c.title),
                    "site": clean(c.site),
                    "url": clean(c.url),
                }
                for c in self.changes
            ],
        }
