"""Scans built by hand for the report tests: hostile ones, ones with history, ones with screenshots."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from footprint.identity import make_subject
from footprint.models import (
    Address,
    Changes,
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

# Every way scraped text has tried to become markup, script, a style or a template.
EVIL = (
    "<script>window.pwned=1;alert(1)</script>"
    '<img src=x onerror="window.pwned=2">'
    '" onmouseover="window.pwned=3" x="'
    "'><svg onload=window.pwned=4>"
    '</style><style>body{display:none}</style><p style="position:fixed;inset:0;background:url(javascript:alert(5))">'
    "{{ 7*7 }}{% for x in range(3) %}loop{% endfor %}{# c #}"
)
EVIL_URLS = (
    "javascript:window.pwned=6",
    "JaVaScRiPt:alert(7)",
    "data:text/html,<script>alert(8)</script>",
    " javascript:alert(9)",
    'https://ok.example/"><script>alert(10)</script>',
    "vbscript:msgbox(11)",
)


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A real (tiny, grey) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def npi_record() -> NpiRecord:
    return NpiRecord(
        number="1234567893",
        first_name="Jane",
        last_name="Doe",
        credential="MD",
        taxonomies=("Dermatology",),
        addresses=(Address("100 MAIN ST SUITE 2", "Portland", "OR", "97210", "LOCATION"),),
        phones=("503-555-0100",),
    )


def base_scan(**changes: object) -> Scan:
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    scan = Scan(
        id="s1",
        identity=Identity(make_subject("Dr. Jane Doe, MD", specialty="Dermatology", state="OR"), (), npi_record()),
        started_at=now,
        finished_at=now + timedelta(seconds=42),
        search_results=(),
        matches=(),
        findings=(),
        coverage=(),
        risk=Risk(10.0, "low"),
    )
    return replace(scan, **changes)  # type: ignore[arg-type]


def finding(fid: str, severity: Severity = Severity.MEDIUM, **kw: object) -> Finding:
    values: dict[str, object] = {
        "id": fid,
        "category": "personal_phone",
        "severity": severity,
        "title": f"Finding {fid}",
        "url": f"https://broker.example/{fid}",
        "site": "broker",
        "excerpt": f"phone for {fid}",
        "remediation": Remediation(
            f"Fix {fid}", (f"step one of {fid}", f"step two of {fid}"), "https://broker.example/optout"
        ),
        "match_confidence": 0.9,
    }
    values.update(kw)
    return Finding(**values)  # type: ignore[arg-type]


def listing(site: str, person: PersonRecord, rating: Rating | None = None, reviews: tuple[Review, ...] = ()) -> Match:
    page = Extracted(
        url=f"https://{site}.example/dr-jane-doe",
        site_id=site,
        kind=PageKind.RATINGS_PROFILE,
        title=f"Dr. Jane Doe on {site}",
        people=(person,),
        rating=rating,
        reviews=reviews,
    )
    return Match(page, MatchResult(0.95, Decision.CONFIRMED, ("name matches", "same NPI 1234567893")))


def hostile_scan(screenshot: Path | None = None) -> Scan:
    """Every text field a scraped page can fill, filled with EVIL; every URL with a non-http(s) one."""
    person = PersonRecord(
        name="Dr. Jane Doe " + EVIL,
        specialties=(EVIL,),
        addresses=(Address(EVIL, "Portland", "OR", "97210"),),
        phones=(EVIL,),
    )
    reviews = (Review(1.0, 5.0, EVIL, date=EVIL, author=EVIL, reply=EVIL),)
    page = listing("ratings", person, Rating(1.5, 5.0, 3), reviews)
    page = replace(page, page=replace(page.page, title=EVIL, url=EVIL_URLS[0]))
    findings = tuple(
        finding(
            f"f{i}",
            Severity.HIGH,
            title=f"{EVIL} #{i}",
            url=url,
            site="ratings",
            excerpt=f"before {EVIL} after",
            highlight=EVIL,
            why=EVIL,
            remediation=Remediation("fix " + EVIL, (EVIL, '=HYPERLINK("https://x.example")'), url),
            screenshot=str(screenshot) if screenshot else None,
            match_confidence=0.95,
        )
        for i, url in enumerate(EVIL_URLS)
    )
    return base_scan(
        search_results=tuple(SearchResult(i + 1, url, EVIL, EVIL, "searxng") for i, url in enumerate(EVIL_URLS)),
        matches=(replace(page, result=MatchResult(0.95, Decision.CONFIRMED, (EVIL,))),),
        findings=findings,
        coverage=tuple(CoverageRow(EVIL, CoverageStatus.CAPTCHA, EVIL, url, 1) for url in EVIL_URLS),
        changes=Changes(EVIL, new=("f0",), resolved=(EVIL,), changed=("f1",)),
        counters={EVIL: 1},
    )
