"""Run in a child process by the history tests: record COUNT synthetic scans into DB."""

from __future__ import annotations

import sys
from pathlib import Path

from footprint.history import History
from tests.scans import finding, make_scan


def main() -> None:
    db, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    with History(db) as history:
        for n in range(count):
            scan = make_scan(
                (finding("home_address", "high", "1 Main St"), finding("personal_phone", "medium", f"555-{n:04d}")),
                name=name,
            )
            print(f"recording {scan.id}", flush=True)
            history.record(scan)


if __name__ == "__main__":
    main()
