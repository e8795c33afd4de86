"""Scan latency against the critical path, over the sandbox with a delay per request.

Runs the demo scan with the sandbox answering every request after DELAY
seconds, then computes the critical path: the shortest time any scheduler
could need for the same requests, given what must happen one after another:

- the pipeline's phases in order (identity, search, each fetch round: a
  round's URLs come from the previous round's pages);
- per host, requests at least 1/rate apart (the host's actual limit,
  site definitions and Crawl-delay included), robots.txt before that
  host's pages, and a redirect hop or retry after the request before it;
- each request taking DELAY seconds and everything else taking no time.

Last line: ``scan_wall_s=<x> critical_path_s=<y> ratio=<x/y>`` (target <= 1.3).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from footprint import pipeline
from footprint.fetch import Fetcher
from footprint.fetch.stats import RequestRecord
from footprint.sandbox import Sandbox, demo_subject


def phases_of(records: list[RequestRecord], marks: list[tuple[float, str]]) -> list[list[RequestRecord]]:
    """Requests grouped by the pipeline stage during which they started."""
    starts = [t for t, stage in marks if stage in ("identity", "search") or stage.startswith("fetch")]
    groups: list[list[RequestRecord]] = [[] for _ in starts]
    for record in sorted(records, key=lambda r: r.started):
        index = max(i for i, t in enumerate(starts) if t <= record.started) if record.started >= starts[0] else 0
        groups[index].append(record)
    return [g for g in groups if g]


def critical_path(phases: list[list[RequestRecord]], rate: dict[str, float], delay: float) -> float:
    next_free: dict[str, float] = {}
    t = 0.0
    for phase in phases:
        end_of_phase = t
        by_host: dict[str, list[RequestRecord]] = {}
        for record in phase:
            by_host.setdefault(record.host, []).append(record)
        for host, records in by_host.items():
            ready = t
            previous_end = t
            for record in sorted(records, key=lambda r: r.kind != "robots"):
                depends = ready if record.kind not in ("redirect", "retry") else previous_end
                start = max(depends, next_free.get(host, 0.0))
                next_free[host] = start + 1.0 / rate[host]
                previous_end = start + delay
                if record.kind == "robots":
                    ready = previous_end
                end_of_phase = max(end_of_phase, previous_end)
        t = end_of_phase
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.15, help="seconds the sandbox waits before each answer")
    args = parser.parse_args()
    with Sandbox(delay_s=args.delay) as web:
        settings = web.settings()
        settings = replace(settings, browser=replace(settings.browser, enabled=False))
        fetcher = Fetcher(settings, pipeline.sites_in_scope(settings))
        marks: list[tuple[float, str]] = []
        started = time.monotonic()
        scan = pipeline.run(
            demo_subject(), settings, fetcher=fetcher, progress=lambda s: marks.append((time.monotonic(), s))
        )
        wall = time.monotonic() - started
        fetcher.close()
    records = list(fetcher.stats.requests)
    rates = {r.host: fetcher.host_rate(r.host) for r in records}
    phases = phases_of(records, marks)
    path = critical_path([[replace(r, started=r.started - started) for r in p] for p in phases], rates, args.delay)
    print(f"requests={len(records)} phases={len(phases)} findings={len(scan.findings)} delay_s={args.delay}")
    for host, rps in sorted(rates.items()):
        n = sum(1 for r in records if r.host == host)
        print(f"  {host}: {n} requests at <= {rps:g}/s")
    print(f"scan_wall_s={wall:.2f} critical_path_s={path:.2f} ratio={wall / path:.2f}")


if __name__ == "__main__":
    main()
