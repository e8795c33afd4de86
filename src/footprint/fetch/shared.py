"""One fetcher shared by every subject of a batch: single-flight and a bounded memo.

A batch of hundreds of subjects asks for some URLs many times: the same
directory listing, the same search results page, the same robots.txt. A
:class:`SharedFetcher` wraps one :class:`~footprint.fetch.Fetcher` (so one
set of per-host rate limits and one robots.txt cache hold across the whole
batch) and makes sure a URL is fetched once:

- single flight: while one subject's request for a URL is on the wire, the
  others asking for it wait for that answer instead of sending their own;
- memo: answers are kept in a least-recently-used memo capped in bytes
  (``memo_bytes``), so memory stays flat however long the roster is.

Only answers that would not change on a retry are memoised (pages, not
found, robots.txt, login walls); a timeout or an HTTP error is shared with
the requests waiting for it but not kept.

Each subject scans through its own :meth:`SharedFetcher.view`, which has
the Fetcher's interface and counts for that subject alone, so each report's
coverage section stays the subject's own. :meth:`SharedFetcher.stop` makes
every later fetch raise :class:`FetchCancelledError`, which ends in-flight scans
quickly when a batch is interrupted.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar, cast

from footprint.fetch.protocol import PageSource
from footprint.models import CoverageRow, CoverageStatus, Page, Probe, ProbePurpose, Skipped

T = TypeVar("T")
R = TypeVar("R")
Result = Page | Skipped
Key = tuple[str, bool, str]

DEFAULT_MEMO_BYTES = 32 * 1024 * 1024
# Answers a second request would get again; anything else may be transient.
KEPT = frozenset(
    {
        CoverageStatus.NOT_FOUND,
        CoverageStatus.ROBOTS_DISALLOWED,
        CoverageStatus.LOGIN_WALL,
        CoverageStatus.SKIPPED,
    }
)
BLOCKS = frozenset({CoverageStatus.BLOCKED, CoverageStatus.CAPTCHA, CoverageStatus.LOGIN_WALL})


class FetchCancelledError(BaseException):
    """Raised by fetches after :meth:`SharedFetcher.stop`: the batch is being interrupted.

    A BaseException, like KeyboardInterrupt, so that no stage's ``except
    Exception`` turns a cancelled fetch into a coverage row of a scan that
    then looks complete.
    """


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    result: Result | None = None
    error: BaseException | None = None


def _key(probe: Probe) -> Key:
    # The answer depends on the URL, on whether robots.txt applies (services
    # skip it) and on the site's block markers.
    return probe.url, probe.purpose == ProbePurpose.SERVICE, probe.site_id


def _size(result: Result) -> int:
    return 512 + (len(result.body) if isinstance(result, Page) else 0)


def _as_for(result: Result, probe: Probe) -> Result:
    """The shared answer, re-addressed to the probe that asked (its site, purpose and rank)."""
    return result if result.probe == probe else replace(result, probe=probe)


class SharedFetcher:
    """Thread-safe single-flight and memo over one fetcher; see the module docstring."""

    def __init__(self, inner: PageSource, memo_bytes: int = DEFAULT_MEMO_BYTES, max_workers: int = 16) -> None:
        self.inner = inner
        self.memo_bytes = memo_bytes
        self.max_workers = max(1, max_workers)
        self._memo: OrderedDict[Key, Result] = OrderedDict()
        self._memo_size = 0
        self._flights: dict[Key, _Flight] = {}
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self.counters: Counter[str] = Counter()
        self.per_site_requests: Counter[str] = Counter()

    def annotate(self, rows: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
        return tuple(rows)  # the inner fetcher's totals are the whole batch's, not one subject's

    def robots_notes(self) -> Mapping[str, str]:
        return self.inner.robots_notes()  # one robots.txt cache for the whole batch

    # -- the Fetcher's interface, counting for the whole batch -------------------
    def fetch(self, probe: Probe) -> Result:
        return self.get(probe)[0]

    def fetch_all(self, probes: Iterable[Probe]) -> list[Result]:
        return parallel_map(self.fetch, list(probes), self.max_workers)

    def fetch_each(self, probes: Sequence[Probe]) -> Iterator[tuple[int, Result]]:
        return parallel_each(self.fetch, probes, self.max_workers)

    # -- batch controls -----------------------------------------------------------
    def view(self) -> FetchView:
        """A per-subject fetcher: shares everything, counts for one subject."""
        return FetchView(self)

    def stop(self) -> None:
        """Make every fetch from now on raise FetchCancelledError (and wake the ones waiting)."""
        self._stopped.set()

    @property
    def memo_size(self) -> int:
        return self._memo_size

    def get(self, probe: Probe) -> tuple[Result, bool]:
        """The answer for ``probe`` and whether it came from another request (memo or in flight)."""
        if self._stopped.is_set():
            raise FetchCancelledError(probe.url)
        key = _key(probe)
        with self._lock:
            kept = self._memo.get(key)
            if kept is not None:
                self._memo.move_to_end(key)
                self._count(probe, shared=True)
                return _as_for(kept, probe), True
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if leader:
            return _as_for(self._lead(key, probe, flight), probe), False
        return _as_for(self._follow(probe, flight), probe), True

    # -- plumbing -----------------------------------------------------------------
    def _lead(self, key: Key, probe: Probe, flight: _Flight) -> Result:
        try:
            result = self.inner.fetch(probe)
            flight.result = result
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                del self._flights[key]
                if flight.result is not None:
                    self._count(probe, shared=False)
                    self._keep(key, flight.result)
            flight.done.set()
        return result

    def _follow(self, probe: Probe, flight: _Flight) -> Result:
        # Wake up now and then so that stop() ends the wait too.
        while not flight.done.wait(0.25):
            if self._stopped.is_set():
                raise FetchCancelledError(probe.url)
        if flight.result is None:
            # The leading request failed (or was stopped): ask again rather than share an exception.
            if self._stopped.is_set():
                raise FetchCancelledError(probe.url)
            return self.inner.fetch(probe)
        with self._lock:
            self._count(probe, shared=True)
        return flight.result

    def _keep(self, key: Key, result: Result) -> None:
        if isinstance(result, Skipped) and result.status not in KEPT:
            return
        size = _size(result)
        if size > self.memo_bytes // 4:
            return  # one huge page must not flush everything else
        self._memo[key] = result
        self._memo_size += size
        while self._memo_size > self.memo_bytes and self._memo:
            _, dropped = self._memo.popitem(last=False)
            self._memo_size -= _size(dropped)

    def _count(self, probe: Probe, *, shared: bool) -> None:
        self.counters["shared" if shared else "requests"] += 1
        if not shared:
            self.per_site_requests[probe.site_id] += 1


class FetchView:
    """One subject's window on a SharedFetcher, with that subject's own counters.

    ``requests`` counts the pages this subject obtained, whether the network
    or another subject's identical request answered; ``batch_shared``
    counts the latter. Coverage rows therefore read the same as in a scan
    on its own.
    """

    def __init__(self, shared: SharedFetcher) -> None:
        self.shared = shared
        self.counters: Counter[str] = Counter()
        self.per_site_requests: Counter[str] = Counter()
        self._lock = threading.Lock()

    def fetch(self, probe: Probe) -> Result:
        result, was_shared = self.shared.get(probe)
        with self._lock:
            self.counters["requests"] += 1
            self.per_site_requests[probe.site_id] += 1
            if was_shared:
                self.counters["batch_shared"] += 1
            if isinstance(result, Skipped) and result.status == CoverageStatus.ROBOTS_DISALLOWED:
                self.counters["robots_disallowed"] += 1
            elif isinstance(result, Skipped) and result.status in BLOCKS:
                self.counters[f"blocked/{result.status.value}"] += 1
        return result

    def fetch_all(self, probes: Iterable[Probe]) -> list[Result]:
        return parallel_map(self.fetch, list(probes), self.shared.max_workers)

    def fetch_each(self, probes: Sequence[Probe]) -> Iterator[tuple[int, Result]]:
        return parallel_each(self.fetch, probes, self.shared.max_workers)

    def annotate(self, rows: Sequence[CoverageRow]) -> tuple[CoverageRow, ...]:
        """The rows as they are: their request counts are already this subject's own."""
        return tuple(rows)

    def robots_notes(self) -> Mapping[str, str]:
        """The batch's robots.txt notes for the sites this subject asked something of."""
        return {site: note for site, note in self.shared.robots_notes().items() if self.per_site_requests.get(site)}


def parallel_map(fn: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``[fn(x) for x in items]`` on up to ``workers`` daemon threads, in order (see :func:`parallel_each`)."""
    results: list[R | None] = [None] * len(items)
    for index, result in parallel_each(fn, items, workers):
        results[index] = result
    return cast(list[R], results)


def parallel_each(fn: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[tuple[int, R]]:
    """``(i, fn(items[i]))`` for every item, on up to ``workers`` daemon threads, each as soon as it is done.

    Daemon threads (not a ThreadPoolExecutor, whose workers the interpreter
    joins at exit) so that an interrupted batch exits at once instead of
    waiting for rate-limited requests still queued. The first error stops
    the rest from starting and is raised here once the threads are done.
    """
    if len(items) <= 1 or workers <= 1:
        for index, item in enumerate(items):
            yield index, fn(item)
        return
    done: queue.SimpleQueue[tuple[int, R] | BaseException] = queue.SimpleQueue()
    todo = iter(enumerate(items))
    lock = threading.Lock()
    failed = threading.Event()

    def work() -> None:
        while not failed.is_set():
            with lock:
                nxt = next(todo, None)
            if nxt is None:
                return
            index, item = nxt
            try:
                done.put((index, fn(item)))
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread below
                failed.set()
                done.put(exc)
                return

    threads = [threading.Thread(target=work, daemon=True, name="batch-fetch") for _ in range(min(workers, len(items)))]
    for thread in threads:
        thread.start()
    for _ in items:
        got = done.get()
        if isinstance(got, BaseException):
            for thread in threads:
                thread.join()
            raise got
        yield got
