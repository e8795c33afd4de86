"""The per-host rate limit under load: many URLs on a few hosts, all threads at once.

A local server stands in for HOSTS canonical hosts (each mirrored to its own
path prefix) and logs when each request arrives. It runs in its own process,
so its clock readings do not wait on the client's threads for the GIL. The fetcher gets every URL
at once with its full thread pool. Printed per host: requests and the
highest rate the server saw over any window of 2 seconds' worth of
requests; then the achieved overall throughput as a fraction of the bound
(every host busy at its limit from the first request to the last).

Last line: ``max_observed_rps=<x> limit_rps=<y> ratio=<x/y>`` (must stay <= 1.05).
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from footprint.config import Settings
from footprint.fetch import Fetcher
from footprint.models import Page, Probe, ProbePurpose, ProbeSource

LOCK = threading.Lock()
DELAY = 0.02


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        arrived = time.monotonic()  # CLOCK_MONOTONIC: the same clock in every process
        with LOCK, open(self.server.log_path, "a", encoding="utf-8") as log:  # type: ignore[attr-defined]
            log.write(f"{arrived} {self.path}\n")
        time.sleep(DELAY)
        body = b"<html><body>ok</body></html>" if not self.path.endswith("robots.txt") else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def max_rate(times: list[float], window_requests: int) -> float:
    """Highest rate over any run of ``window_requests`` consecutive requests."""
    k = min(window_requests, len(times))
    if k < 2:
        return 0.0
    return max((k - 1) / (times[i + k - 1] - times[i]) for i in range(len(times) - k + 1))


def serve(log_path: str, ports: multiprocessing.Queue[int]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.log_path = log_path  # type: ignore[attr-defined]
    ports.put(server.server_address[1])
    server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--urls", type=int, default=30, help="URLs per host")
    parser.add_argument("--rps", type=float, default=5.0, help="the per-host limit")
    args = parser.parse_args()
    log_path = Path(tempfile.mkdtemp(prefix="footprint-bench-")) / "requests.log"
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(str(log_path), ports), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=30)}"
    hosts = [f"https://host{i}.example" for i in range(args.hosts)]
    settings = Settings().with_overrides(
        fetch={"cache": False, "rate_limit_rps": args.rps, "max_workers": 16},
        browser={"enabled": False},
        mirrors={h: f"{base}/h{i}" for i, h in enumerate(hosts)},
    )
    fetcher = Fetcher(settings, sites={})
    probes = [
        Probe("bench", f"{h}/page/{n}", ProbePurpose.PROFILE, ProbeSource.KNOWN_URL)
        for n in range(args.urls)
        for h in hosts
    ]
    started = time.monotonic()
    results = fetcher.fetch_all(probes)
    wall = time.monotonic() - started
    server.terminate()
    arrivals = [(float(t), p) for t, p in (line.split(" ", 1) for line in log_path.read_text().splitlines())]
    ok = sum(isinstance(r, Page) for r in results)
    window = math.ceil(2 * args.rps) + 1
    worst = 0.0
    for i in range(args.hosts):
        times = sorted(t for t, path in arrivals if path.startswith(f"/h{i}/"))
        observed = max_rate(times, window)
        worst = max(worst, observed)
        print(f"  host{i}.example: {len(times)} requests, max {observed:.2f}/s over {window}-request windows")
    per_host = max(sum(1 for _, p in arrivals if p.startswith(f"/h{i}/")) for i in range(args.hosts))
    bound_s = (per_host - 1) / args.rps + DELAY
    total = len(arrivals)
    print(f"pages={ok}/{len(probes)} requests={total} wall_s={wall:.2f} bound_s={bound_s:.2f}")
    print(f"throughput_rps={total / wall:.2f} bound_rps={total / bound_s:.2f} fraction_of_bound={bound_s / wall:.2f}")
    print(f"max_observed_rps={worst:.2f} limit_rps={args.rps:g} ratio={worst / args.rps:.3f}")


if __name__ == "__main__":
    main()
