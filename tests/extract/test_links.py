"""A page's links: each once, absolute, without fragments, and in linear time (issue #17, item 8).

The link flood of ``tests/mockserver.py``: a 5 MB listing of 100,000 links,
20,000 of them distinct, each with a ``#top`` fragment.
"""

from __future__ import annotations

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


def test_a_5_mb_page_of_links_is_read_in_under_a_second() -> None:
    doc = html.parse(link_flood_page().decode())
    assert doc is not None
    started = time.process_time()  # CPU time: other processes on a busy machine do not count
    found = html.links(doc, BASE)
    spent = time.process_time() - started
    assert len(found) == 20_000
    assert found[:2] == ["https://www.example-directory.com/doctor/0", "https://www.example-directory.com/doctor/1"]
    assert spent < 1.0, f"{spent:.1f} s of CPU for the links of a 5 MB page"


def test_a_5_mb_page_of_distinct_links_is_read_in_under_a_second() -> None:
    relative, absolute = '<a href="/d/{}">x</a>', '<a href="https://a.example/{}">x</a>'
    page = "".join((relative if n % 2 else absolute).format(n) for n in range(180_000))
    assert len(page) > 5_000_000
    doc = html.parse(f"<html><body>{page}</body></html>")
    assert doc is not None
    started = time.process_time()
    found = html.links(doc, BASE)
    spent = time.process_time() - started
    assert len(found) == 180_000
    assert spent < 1.0, f"{spent:.1f} s of CPU for the links of a 5 MB page"
