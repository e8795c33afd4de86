"""A page's links: each once, absolute, without fragments, and in linear time (issue #17, item 8).

The link flood of ``tests/mockserver.py``: a 5 MB listing of 100,000 links,
20,000 of them distinct, each with a ``#top`` fragment.
"""

from __future__ import annotations

import gc
import time

from footprint.extract import html
from tests.mockserver import link_flood_page

BASE = "https://www.example-directory.com/find?q=doe"


def test_each_link_is_listed_once_without_its_fragment() -> None:
    doc = html.parse(
        '<a href="/doctor/1#top">a</a><a href="/doctor/1">b</a><a href="/doctor/1#reviews">c</a>'
        '<a href="https://other.example/p">d</a><a href="mailto:x@example.com">e</a><a href="../up">f</a>'
    )
    assert doc is not None
    assert html.links(doc, BASE) == [
        "https://www.example-directory.com/doctor/1",
        "https://other.example/p",
        "https://www.example-directory.com/up",
    ]


def distinct_links_page(n: int) -> str:
    """``n`` distinct links, half relative and half absolute: about 28 bytes each."""
    relative, absolute = '<a href="/d/{}">x</a>', '<a href="https://a.example/{}">x</a>'
    return "<html><body>" + "".join((relative if k % 2 else absolute).format(k) for k in range(n)) + "</body></html>"


def cpu_seconds(page: str) -> tuple[float, int]:
    doc = html.parse(page)
    assert doc is not None
    # Garbage collection off while timing: in a long test session its full passes walk every object
    # earlier tests left alive, a cost that grows with the session, not with this page.
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()  # CPU time: other processes on a busy machine do not count
        found = html.links(doc, BASE)
        return time.process_time() - started, len(found)
    finally:
        gc.enable()


def test_the_link_flood_is_read_once_per_distinct_link() -> None:
    doc = html.parse(link_flood_page().decode())
    assert doc is not None
    found = html.links(doc, BASE)
    assert len(found) == 20_000
    assert found[:2] == ["https://www.example-directory.com/doctor/0", "https://www.example-directory.com/doctor/1"]


def test_reading_links_grows_linearly_with_the_page() -> None:
    # Eight times the links must cost about eight times the CPU (a quadratic de-duplication costs 64x).
    # The absolute figure (a 5 MB page well under a second) is bench/links.py's, not a timed test's.
    small, n_small = min(cpu_seconds(distinct_links_page(22_500)) for _ in range(3))
    large, n_large = min(cpu_seconds(distinct_links_page(180_000)) for _ in range(2))
    assert (n_small, n_large) == (22_500, 180_000)
    assert large / max(small, 1e-3) < 24, f"8x the links took {large / small:.0f}x the CPU"
