"""The search backend interface: a query in, ranked results out.

Adding a backend is one file implementing :class:`SearchBackend` plus one
entry in ``footprint.search.BACKENDS``. Backends fetch through the shared
fetcher (rate limits, mirrors, counters) and report what went wrong as a
:class:`SearchOutcome` instead of raising.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from footprint.config import Settings
from footprint.models import CoverageStatus, Page, Parser, Probe, ProbePurpose, ProbeSource, SearchResult, Skipped

FetchFn = Callable[[Probe], Page | Skipped]


Pairs = tuple[tuple[str, str], ...]


def query_probe(
    backend: str,
    url: str,
    parser: Parser = Parser.HTML,
    *,
    method: str = "GET",
    form: Pairs = (),
    headers: Pairs = (),
    secret_headers: Pairs = (),
    accept_status: tuple[int, ...] = (),
) -> Probe:
    """The request of one search query to ``backend``: a service lookup, not a crawled page."""
    return Probe(
        backend, url, ProbePurpose.SERVICE, ProbeSource.LOOKUP, parser=parser, method=method, form=form,
        headers=headers, secret_headers=secret_headers, accept_status=accept_status, backend=backend,
    )  # fmt: skip


@dataclass(frozen=True)
class SearchOutcome:
    results: tuple[SearchResult, ...]
    status: CoverageStatus = CoverageStatus.FOUND
    detail: str = ""
    requests: int = 0


class SearchBackend(Protocol):
    name: str

    def search(self, query: str, fetch: FetchFn) -> SearchOutcome: ...


BackendFactory = Callable[[Settings], SearchBackend]
