"""How long reading a huge page's links takes, against the one second issue #17 (item 8) allows.

``python bench/links.py``: the link flood of ``tests/mockserver.py`` (5 MB, 100,000 links, 20,000
distinct) and a 5 MB page of 180,000 distinct links; the CPU time of ``html.links`` on each (best of
three) and, last line, ``links=<n> cpu_s=<x> bound_s=1.0 ratio=<x/1.0>`` for the worse of the two.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from footprint.extract import html  # noqa: E402
from tests.mockserver import link_flood_page  # noqa: E402

BASE = "https://www.example-directory.com/find?q=doe"
BOUND_S = 1.0


def distinct_page(n: int = 180_000) -> str:
    relative, absolute = '<a href="/d/{}">x</a>', '<a href="https://a.example/{}">x</a>'
    return "<html><body>" + "".join((relative if k % 2 else absolute).format(k) for k in range(n)) + "</body></html>"


def best_cpu(page: str, repeat: int = 3) -> tuple[float, int]:
    doc = html.parse(page)
    assert doc is not None
    runs = []
    for _ in range(repeat):
        started = time.process_time()
        found = html.links(doc, BASE)
        runs.append(time.process_time() - started)
    return min(runs), len(found)


def main() -> None:
    results = []
    for label, page in (("link flood", link_flood_page().decode()), ("distinct links", distinct_page())):
        cpu, n = best_cpu(page)
        print(f"{label:<15} bytes={len(page):>9} links={n:>7} cpu_s={cpu:.3f}")
        results.append((cpu, n))
    cpu, n = max(results)
    print(f"links={n} cpu_s={cpu:.3f} bound_s={BOUND_S} ratio={cpu / BOUND_S:.2f}")


if __name__ == "__main__":
    main()
