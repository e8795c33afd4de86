"""How long the HTML report takes for a large scan: 500 findings by default.

    python bench/report_render.py [--findings N] [--repeat R]

Builds a synthetic scan the size of a busy consultant's client (500
findings over 60 confirmed pages, 20 search results, 40 coverage rows),
then times building the document and rendering the HTML, best of R runs.
Prints the JSON and CSV times too, and on its last line
``findings=<n> render_s=<seconds>`` (the target is under 1 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from footprint.identity import make_subject
from footprint.models import (
    Address,
    CoverageRow,
    CoverageStatus,
    Decision,
    Extracted,
    Finding,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
    Rating,
    Remediation,
    Review,
    Risk,
    Scan,
    SearchResult,
    Severity,
)
from footprint.report import csv_report, document, html_report, json_report

SEVERITIES = list(Severity)


def _page(i: int) -> Match:
    person = PersonRecord(
        name="Dr. Jane Q. Doe, MD",
        specialties=("Dermatology",),
        addresses=(Address(f"{100 + i} Main St", "Portland", "OR", "97210"),),
        phones=(f"+1503555{i:04d}",),
    )
    reviews = tuple(
        Review(float(1 + (i + k) % 5), 5.0, f"review {k} on page {i} " * 6, date=f"2026-0{1 + k % 9}-1{k % 9}")
        for k in range(6)
    )
    page = Extracted(
        url=f"https://site{i}.example/doctor/jane-doe",
        site_id=f"site{i % 30}",
        kind=PageKind.RATINGS_PROFILE if i % 2 else PageKind.DIRECTORY_LISTING,
        title=f"Dr. Jane Doe on site {i}",
        people=(person,),
        rating=Rating(3.0 + (i % 20) / 10, 5.0, 10 + i),
        reviews=reviews,
    )
    reasons = ("name matches: Dr. Jane Q. Doe, MD", "same state: OR", "same specialty: Dermatology")
    return Match(page, MatchResult(0.9, Decision.CONFIRMED, reasons))


def _finding(i: int, pages: list[Match]) -> Finding:
    page = pages[i % len(pages)].page
    exposed = f"{4000 + i} SE Larkspur Ct, Portland, OR 97206"
    return Finding(
        id=f"{i:012x}",
        category="home_address",
        severity=SEVERITIES[i % len(SEVERITIES)],
        title=f"Home address listed on {page.site_id} <#{i}>",
        url=page.url,
        site=page.site_id,
        excerpt=f"Jane Q Doe, age 47, lives at {exposed} with relatives & friends. " * 2,
        highlight=exposed,
        why="A patient or a stalker can find where you live.",
        remediation=Remediation(
            "Request removal from the data broker and check again in 30 days.",
            ("Open the broker's opt-out page.", "Submit the removal request.", "Re-scan next month."),
            "https://broker.example/optout",
        ),
        match_confidence=0.9,
    )


def build_scan(findings: int) -> Scan:
    pages = [_page(i) for i in range(60)]
    npi = NpiRecord(
        "1234567893",
        "Jane",
        "Doe",
        "Q",
        "MD",
        ("Dermatology",),
        (Address("100 Main St", "Portland", "OR", "97210", "LOCATION"),),
        ("503-555-0100",),
    )
    start = datetime(2026, 11, 1, tzinfo=UTC)
    return Scan(
        id="bench",
        identity=Identity(make_subject("Dr. Jane Q. Doe, MD", state="OR"), (), npi),
        started_at=start,
        finished_at=start + timedelta(minutes=3),
        search_results=tuple(
            SearchResult(i + 1, pages[i].page.url, f"Result {i}", "snippet " * 20, "searxng") for i in range(20)
        ),
        matches=tuple(pages),
        findings=tuple(_finding(i, pages) for i in range(findings)),
        coverage=tuple(CoverageRow(f"site{i}", CoverageStatus.FOUND, "1 page(s)", None, 3) for i in range(40)),
        risk=Risk(88.0, "critical"),
        counters={"requests": 200},
    )


def _best(repeat: int, fn: object) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scan = build_scan(args.findings)
    html_report.environment().get_template("report.html.j2")  # template compilation is a one-off cost
    doc = document(scan)
    size = len(html_report.render(doc, scan))
    render_s = _best(args.repeat, lambda: html_report.render(document(scan), scan))
    json_s = _best(args.repeat, lambda: json_report.render(document(scan), scan))
    csv_s = _best(args.repeat, lambda: csv_report.render(document(scan), scan))
    print(f"html {size / 1e6:.2f} MB; json {json_s:.3f} s; csv {csv_s:.3f} s; target render_s < 1.0")
    print(f"findings={args.findings} render_s={render_s:.3f}")


if __name__ == "__main__":
    main()
