"""The local engine: subjects scanned on threads of this process, the default; no server.

Every subject scans through its own view of one
:class:`~footprint.fetch.shared.SharedFetcher` per distinct settings (a
``watch run`` may scan subjects with different config files), and every
fetcher draws on one limiter, so the per-host rate limits, the robots.txt
cache and the fetched pages hold across the whole run.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import asdict

from footprint import pipeline
from footprint.batch.engine import Job, Outcome, scan_entry
from footprint.batch.interface import BatchListener, JobQueue
from footprint.batch.jobqueue import ThreadQueue
from footprint.config import Settings
from footprint.evidence import Evidence
from footprint.fetch import Fetcher
from footprint.fetch.ratelimit import RateLimiter, TokenBuckets
from footprint.fetch.shared import DEFAULT_MEMO_BYTES, SharedFetcher


class LocalEngine:
    """Up to ``concurrency`` subjects at once; ``queue`` and ``limiter`` replace the defaults (tests, benches)."""

    def __init__(
        self,
        concurrency: int = 4,
        *,
        memo_bytes: int = DEFAULT_MEMO_BYTES,
        queue: JobQueue | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.queue = queue or ThreadQueue(concurrency)
        self.memo_bytes = memo_bytes
        self.limiter = limiter
        self._fetchers: dict[str, tuple[Fetcher, SharedFetcher, Evidence]] = {}
        self._lock = threading.Lock()

    def run(self, jobs: Sequence[Job], hear: BatchListener) -> Iterator[Outcome]:
        if not jobs:
            return
        if self.limiter is None:
            # Subjects with other settings still share each host's bucket, at the slowest default rate.
            self.limiter = TokenBuckets(min(j.settings.fetch.rate_limit_rps for j in jobs))

        def work(job: Job) -> Outcome:
            _, shared, evidence = self._shared(job.settings)
            return scan_entry(
                job.entry, job.settings, shared.view(), evidence, lambda stage: hear.stage(job.entry, stage)
            )

        yield from self.queue.run(work, jobs)

    def stop(self) -> None:
        self.queue.stop()
        with self._lock:
            for _, shared, _ in self._fetchers.values():
                shared.stop()

    def close(self) -> None:
        self.stop()
        with self._lock:
            fetchers, self._fetchers = list(self._fetchers.values()), {}
        for fetcher, _, evidence in fetchers:
            evidence.close()
            fetcher.close()  # the HTTP cache and the browser, if one was started

    def _shared(self, settings: Settings) -> tuple[Fetcher, SharedFetcher, Evidence]:
        key = json.dumps(asdict(settings), sort_keys=True, default=str)
        with self._lock:
            found = self._fetchers.get(key)
            if found is None:
                sites = pipeline.sites_in_scope(settings)
                fetcher = Fetcher(settings, sites, self.limiter)
                shared = SharedFetcher(fetcher, self.memo_bytes, settings.fetch.max_workers)
                # One evidence step for the run: a page several subjects share is shot once.
                found = (fetcher, shared, Evidence.for_fetcher(fetcher, settings, sites))
                self._fetchers[key] = found
            return found
