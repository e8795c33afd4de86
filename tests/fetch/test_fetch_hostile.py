"""The fetcher against a hostile web (issue #17): no hang, no request it should not send.

Each test names the misbehaviour of ``tests/mockserver.py`` it meets: headers
or a body that trickle in, a redirect to this machine's own admin pages, a
``Retry-After`` of an hour, robots.txt that moved, broke or asks to slow down.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from footprint.models import CoverageStatus
from tests.fetch.test_fetch_faults import fetch, fetcher_for, probe, skipped
from tests.mockserver import MockWeb


@pytest.fixture
def web() -> Iterator[MockWeb]:
    with MockWeb(trickle_s=0.1) as server:
        yield server


# -- item 3: every request ends at the total timeout, headers included ----------------------------------
def test_headers_that_trickle_in_end_at_the_total_timeout(web: MockWeb) -> None:
    """Each header byte beats the 0.5 s read timeout; the whole answer may take 1.5 s, not 14 s a try."""
    started = time.monotonic()
    got, _ = fetch(web, "/header-trickle/page", total_timeout_s=1.5)
    elapsed = time.monotonic() - started
    s = skipped(got, CoverageStatus.TIMEOUT)
    assert "too slowly" in s.detail and "1.5 s" in s.detail
    assert elapsed < 3.0, f"the scan was held {elapsed:.1f} s by a server trickling its headers"


# -- item 19, second half: a host that trickled once is not retried at full timeout ----------------------
def test_a_body_that_trickles_is_not_retried_and_its_host_gets_less_time_after(web: MockWeb) -> None:
    fetcher = fetcher_for(web, total_timeout_s=2.0)
    started = time.monotonic()
    first = fetcher.fetch(probe("/body-trickle/one"))
    first_s = time.monotonic() - started
    second = fetcher.fetch(probe("/body-trickle/two"))
    second_s = time.monotonic() - started - first_s
    skipped(first, CoverageStatus.TIMEOUT)
    s = skipped(second, CoverageStatus.TIMEOUT)
    assert web.hits["body-trickle"] == 2, "a trickling answer was retried at full timeout"
    assert first_s < 3.0
    assert second_s < 1.2, f"the host that trickled once was given the full timeout again ({second_s:.1f} s)"
    assert "too slowly" in s.detail
    # A third trickle is not even asked for: the host has shown twice that it will not answer in time.
    third = fetcher.fetch(probe("/body-trickle/three"))
    assert "too slowly" in skipped(third, CoverageStatus.TIMEOUT).detail
    assert web.hits["body-trickle"] == 2
