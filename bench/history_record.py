"""How long recording a scan in the history takes, next to writing its JSON report.

Records N synthetic scans of demo size (a few pages with ratings and
reviews, a dozen findings, a coverage row per site) into a fresh database,
each in its own transaction with the diff against the previous scan, and
writes each scan's JSON report for comparison. The last line prints the
ratio: recording should cost the same order as writing the report.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from footprint import report  # noqa: E402
from footprint.history import History  # noqa: E402
from footprint.models import CoverageStatus, Rating, Review  # noqa: E402
from tests.scans import finding, make_scan  # noqa: E402

N = 200


def main() -> None:
    reviews = tuple(Review(float(1 + i % 5), 5.0, f"Review number {i} " * 8, f"2026-10-{1 + i % 28:02d}", f"R{i}")
                    for i in range(40))  # fmt: skip
    findings = tuple(finding("personal_phone", "medium", f"(971) 555-{i:04d}") for i in range(12))
    coverage = {f"site{i}": CoverageStatus.FOUND for i in range(20)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scans = [
            make_scan(
                findings[i % 3 :],
                rating=Rating(4.0 + (i % 5) / 10, 5.0, 30 + i),
                reviews=reviews[: 20 + i % 20],
                coverage=coverage,
            )
            for i in range(N)
        ]
        started = time.perf_counter()
        with History(folder / "h.sqlite3") as history:
            for scan in scans:
                history.record(scan)
        record_s = time.perf_counter() - started
        started = time.perf_counter()
        for i, scan in enumerate(scans):
            report.write(scan, folder / f"r{i}", ("json",))
        report_s = time.perf_counter() - started
    print(f"{N} scans: record {1000 * record_s / N:.2f} ms/scan, JSON report {1000 * report_s / N:.2f} ms/scan")
    print(f"history record / JSON report time ratio: {record_s / report_s:.2f}")


if __name__ == "__main__":
    main()
