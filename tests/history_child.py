"""Run in a child process by the history tests, which kill or interrupt it in the middle of a write.

    python -m tests.history_child DB NAME COUNT [PAUSE_S]   record COUNT synthetic scans into DB
    python -m tests.history_child --cli PAUSE_S ARG...      run footprint's command line (``demo ...``)
    python -m tests.history_child --recorded PAUSE_S ARG... the same, pausing once each scan is recorded

With PAUSE_S, every write transaction says "pausing" on stderr once its rows
are written and then waits that long before it commits: the moment to kill.
With --recorded, each scan is committed first and the pause comes after:
recorded, its report not yet written, its alert not yet sent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from footprint import history
from footprint.history.store import History, WriteHook
from footprint.models import Scan
from tests.scans import finding, make_scan


def pausing(seconds: float) -> WriteHook | None:
    if seconds <= 0:
        return None

    def pause(scan_id: str) -> None:
        print(f"pausing {seconds:.1f}s inside the write transaction of scan {scan_id}", file=sys.stderr, flush=True)
        time.sleep(seconds)

    return pause


def record(db: Path, name: str, count: int, pause: WriteHook | None) -> None:
    with History(db, before_commit=pause) as store:
        for n in range(count):
            scan = make_scan(
                (finding("home_address", "high", "1 Main St"), finding("personal_phone", "medium", f"555-{n:04d}")),
                name=name,
            )
            print(f"recording {scan.id}", flush=True)
            store.record(scan)


def run_cli(args: list[str], pause: WriteHook | None, after_record: WriteHook | None = None) -> None:
    """footprint's own entry point, with every History it opens carrying the pause."""

    class PausingHistory(History):
        def __init__(self, path: Path | None = None) -> None:
            super().__init__(path, before_commit=pause)

        def record(self, scan: Scan, *args: Any, **kw: Any) -> Scan:
            recorded = super().record(scan, *args, **kw)
            if after_record is not None:
                after_record(scan.id)
            return recorded

    history.History = PausingHistory  # type: ignore[misc]
    history.store.History = PausingHistory  # type: ignore[misc]
    from footprint.cli import main  # imported after the swap, so the commands see PausingHistory

    main(args)


def recorded_pause(seconds: float) -> WriteHook:
    def pause(scan_id: str) -> None:
        print(f"pausing {seconds:.1f}s with scan {scan_id} recorded, before its report", file=sys.stderr, flush=True)
        time.sleep(seconds)

    return pause


def main() -> None:
    if sys.argv[1] == "--cli":
        run_cli(sys.argv[3:], pausing(float(sys.argv[2])))
    elif sys.argv[1] == "--recorded":
        run_cli(sys.argv[3:], None, recorded_pause(float(sys.argv[2])))
    else:
        pause = pausing(float(sys.argv[4])) if len(sys.argv) > 4 else None
        record(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), pause)


if __name__ == "__main__":
    main()
