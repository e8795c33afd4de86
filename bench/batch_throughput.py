"""Batch throughput against its bound, and peak memory for two roster sizes.

    python bench/batch_throughput.py [--subjects 200] [--small 50] [--delay 0.05] [--rps 20] [--concurrency 16]

Each size runs in a fresh subprocess (so peak RSS is that run's own): the
sandbox web with ``--delay`` seconds injected into every response, a
generated roster of fictional physicians plus the sandbox's physician, and
a per-host rate limit of ``--rps`` requests per second for every host
without a rate of its own (a site definition's, a Crawl-delay).
Evidence screenshots are off unless ``--screenshots``: they go through one
browser a page at a time, which the rate-limit bound does not model.

The bound is what the rate limits allow at best: for each host, the
requests the batch sent to it divided by its rate; the largest of those.
A batch can never finish sooner, so ``ratio = wall / bound`` measures how
close the batch gets to the limits (target: at most 1.15). Memory should
not grow with the number of subjects: the peaks of both sizes are printed.

Last line: ``subjects=<n> wall_s=<x> bound_s=<y> ratio=<x/y> peak_rss_mb=<m>``.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from footprint.batch import BatchOptions, read_roster, run_batch  # noqa: E402
from footprint.fetch.ratelimit import TokenBuckets  # noqa: E402
from footprint.sandbox import Sandbox  # noqa: E402

FIRST = (
    "Avery", "Bram", "Celeste", "Dorian", "Elspeth", "Fenwick", "Greta", "Hollis", "Ines", "Jasper",
    "Katya", "Lorcan", "Mireille", "Nestor", "Ottilie", "Percival", "Quintessa", "Rafferty", "Saoirse", "Tobiah",
)  # fmt: skip
LAST = (
    "Quillfeather", "Ravensworth", "Stonebridge", "Thistlewood", "Underhay", "Vantongeren", "Wolstenholme",
    "Yarborough", "Zeidenberg", "Ashcombe", "Brackenridge", "Coldharbour", "Dunsmore", "Elderkin",
    "Fairweather", "Gallowglass", "Hawksmoor", "Inchcape", "Jessamine", "Kittredge",
)  # fmt: skip
SPECIALTIES = ("Cardiology", "Dermatology", "Pediatrics", "Family Medicine", "Neurology")
PLACES = (("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"), ("Columbus", "OH"), ("Raleigh", "NC"))


class CountingLimiter(TokenBuckets):
    """Token buckets (``rps`` unless a site definition or a Crawl-delay says otherwise), counting requests per host."""

    def __init__(self, rps: float) -> None:
        super().__init__(rps)
        self.rps = rps
        self.counts: Counter[str] = Counter()
        self._count_lock = threading.Lock()

    def acquire(self, host: str) -> float:
        with self._count_lock:
            self.counts[host] += 1
        return super().acquire(host)


def roster_rows(n: int) -> list[dict[str, str]]:
    rows = [
        {
            "name": "Dr. Imogen R. Castellwright, MD",
            "specialty": "Dermatology",
            "city": "Portland",
            "state": "OR",
            "handles": "@icastellwright@mastodon.social",
        }
    ]
    for i in range(n - 1):
        city, state = PLACES[i % len(PLACES)]
        name = f"Dr. {FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
        rows.append({"name": name, "specialty": SPECIALTIES[i % len(SPECIALTIES)], "city": city, "state": state})
    return rows


def child(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp, Sandbox(delay_s=args.delay) as web:
        roster_path = Path(tmp) / "roster.csv"
        with roster_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["name", "specialty", "city", "state", "handles"])
            writer.writeheader()
            writer.writerows(roster_rows(args.subjects))
        roster = read_roster(roster_path)
        settings = web.settings().with_overrides(
            fetch={"rate_limit_rps": args.rps}, browser={"screenshots": args.screenshots}
        )
        limiter = CountingLimiter(args.rps)
        options = BatchOptions(out=Path(tmp) / "out", concurrency=args.concurrency)
        started = time.monotonic()
        result = run_batch(roster, settings, options, limiter=limiter)
        wall = time.monotonic() - started
    bound = max(count / limiter.rate(host) for host, count in limiter.counts.items())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        json.dumps(
            {
                "subjects": len(roster.entries),
                "done": result.done,
                "wall_s": round(wall, 2),
                "bound_s": round(bound, 2),
                "ratio": round(wall / bound, 3),
                "peak_rss_mb": round(peak, 1),
                "requests_by_host": dict(limiter.counts.most_common()),
            }
        )
    )


def run_size(n: int, args: argparse.Namespace) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", "--subjects", str(n), "--delay", str(args.delay)]
    command += ["--rps", str(args.rps), "--concurrency", str(args.concurrency)]
    command += ["--screenshots"] if args.screenshots else []
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"benchmark run of {n} subjects failed:\n{proc.stderr}")
    data: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def line(data: dict[str, object]) -> str:
    return (
        f"subjects={data['subjects']} wall_s={data['wall_s']} bound_s={data['bound_s']} "
        f"ratio={data['ratio']} peak_rss_mb={data['peak_rss_mb']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--screenshots",
        action="store_true",
        help="take evidence screenshots too (one browser, one page at a time: not part of the bound)",
    )
    parser.add_argument("--subjects", type=int, default=200)
    parser.add_argument("--small", type=int, default=50, help="the smaller roster, for the memory comparison")
    parser.add_argument("--delay", type=float, default=0.05, help="seconds injected into every sandbox response")
    parser.add_argument("--rps", type=float, default=20.0, help="the per-host rate limit, requests per second")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    small, large = run_size(args.small, args), run_size(args.subjects, args)
    for data in (small, large):
        print(f"requests by host ({data['subjects']} subjects): {data['requests_by_host']}")
    sizes = f"{small['peak_rss_mb']} for {small['subjects']} subjects, {large['peak_rss_mb']} for {large['subjects']}"
    print(f"peak_rss_mb: {sizes}")
    print(line(small))
    print(line(large))


if __name__ == "__main__":
    main()
