"""The backends of ``[search] backends`` as one fallback chain: each query goes to the first that answers.

The default order works on a fresh machine with no keys: SearXNG when
``[search] searxng_url`` names an instance, Brave when ``BRAVE_SEARCH_API_KEY``
is set, DuckDuckGo's HTML endpoint otherwise. A backend that cannot answer
(not configured, no key) or fails (unreachable, refused, a captcha) is asked
nothing more during the scan, and its query goes to the next backend: a
challenge is never retried or worked around. When no backend answers, the
chain says so in one line naming every backend it tried and why.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

from footprint.models import CoverageRow, CoverageStatus
from footprint.search.interface import FetchFn, SearchBackend, SearchOutcome

ANSWERED = frozenset({CoverageStatus.FOUND, CoverageStatus.NOT_FOUND})
PREFIX = "search:"
UNCHECKED = "could not check: "  # how a source's coverage detail starts when only web search could have found it


class Chain:
    """Backends in order of preference; several queries may be asked at once from threads.

    A backend that fails is asked nothing more once its failure is in; a query already
    on the wire to it then still gets its answer (or its failure) back.
    """

    def __init__(self, backends: Sequence[SearchBackend]) -> None:
        self.backends = list(backends)
        self._live = list(backends)
        self._asked: dict[str, list[SearchOutcome]] = {}
        self._lock = threading.Lock()

    @property
    def exhausted(self) -> bool:
        return not self._live

    @property
    def down(self) -> tuple[str, ...]:
        """The backends that failed during the scan (down, refused, challenged): never asked again."""
        with self._lock:
            return tuple(b.name for b in self.backends if b not in self._live)

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome | None:
        """The first answer to ``query`` (results or none), or None when no backend is left to answer."""
        tried: set[str] = set()
        while True:
            with self._lock:
                backend = next((b for b in self._live if b.name not in tried), None)
            if backend is None:
                return None
            tried.add(backend.name)
            outcome = backend.search(query, fetch)
            with self._lock:
                self._asked.setdefault(backend.name, []).append(outcome)
                if outcome.status in ANSWERED:
                    return outcome
                if backend in self._live:
                    self._live.remove(backend)  # down, refused or challenged: not asked again this scan

    def coverage(self) -> tuple[CoverageRow, ...]:
        """One row per backend asked: the ones that answered, and the ones that failed on the wire.

        A backend that was never usable (not configured, no key) gets a row only
        when no backend answered, so the report can say why search did not work.
        """
        answered = any(o.status in ANSWERED for asked in self._asked.values() for o in asked)
        rows = []
        for name, asked in self._asked.items():
            ok = [o for o in asked if o.status in ANSWERED]
            failed = [o for o in asked if o.status not in ANSWERED]
            requests = sum(o.requests for o in asked)
            if ok:
                status = CoverageStatus.FOUND if any(o.results for o in ok) else CoverageStatus.NOT_FOUND
                detail = f"{len(ok)} queries" + (
                    f"; then {failed[0].status.value}: {failed[0].detail}" if failed else ""
                )
                rows.append(CoverageRow(f"{PREFIX}{name}", status, detail, None, requests))
            elif requests or not answered:
                rows.append(CoverageRow(f"{PREFIX}{name}", failed[0].status, failed[0].detail, None, requests))
        return tuple(rows)


def unanswered(coverage: Iterable[CoverageRow]) -> str | None:
    """One line naming the backends tried and why each failed, when none answered; None otherwise.

    Read from a scan's coverage rows, so it holds for a scan read back from the history too.
    A scan with no search rows ran with search turned off (``backends = []``): not a failure.
    """
    rows = [row for row in coverage if row.site.startswith(PREFIX)]
    if not rows or any(row.status in ANSWERED for row in rows):
        return None
    tried = "; ".join(f"{row.site.removeprefix(PREFIX)}: {row.detail or row.status.value}" for row in rows)
    return f"no search backend answered ({tried})"


def failure(coverage: Sequence[CoverageRow]) -> str | None:
    """One line when no search backend answered: the backends tried, why, and how many sources went unchecked."""
    gap = unanswered(coverage)
    if gap is None:
        return None
    unchecked = sum(1 for c in coverage if c.detail.startswith(UNCHECKED))
    if not unchecked:
        return f"{gap}; pages only a web search finds were not looked for (see the report's coverage)"
    return f"{gap}; {unchecked} source(s) that rely on web search could not be checked (see the report's coverage)"


def backend_names(coverage: Iterable[CoverageRow]) -> list[str]:
    return [row.site.removeprefix(PREFIX) for row in coverage if row.site.startswith(PREFIX)]
