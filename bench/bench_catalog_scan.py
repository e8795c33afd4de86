"""How much the full site catalog costs a sandbox scan, against the five-site catalog it grew from.

Runs the demo subject through the pipeline on the sandbox twice in the same
run: once with only the original five sites enabled, once with every site
in the catalog (31 sites, username candidates, site: queries). Per-host rate
limits are per canonical host, so the many new sites should run in parallel
and cost little wall time. The last line prints the ratio (full / five).

    .venv/bin/python bench/bench_catalog_scan.py
"""

from __future__ import annotations

import time
from dataclasses import replace

from footprint import pipeline
from footprint.sandbox import Sandbox, demo_subject
from footprint.sites import catalog

ORIGINAL = ("healthgrades", "sharecare", "fastpeoplesearch", "mastodon", "facebook")


def timed(enabled: tuple[str, ...]) -> tuple[float, int]:
    with Sandbox() as web:
        settings = web.settings()
        settings = replace(settings, sites=replace(settings.sites, enabled=enabled))
        started = time.monotonic()
        scan = pipeline.run(demo_subject(), settings)
        return time.monotonic() - started, len(scan.coverage)


five, five_rows = timed(ORIGINAL)
full, full_rows = timed(tuple(s.id for s in catalog()))
print(f"five sites: {five:.1f}s, {five_rows} coverage rows")
print(f"full catalog ({len(catalog())} sites): {full:.1f}s, {full_rows} coverage rows")
print(f"ratio full/five wall time: {full / five:.2f} (sites ratio {len(catalog()) / len(ORIGINAL):.1f})")
