"""What an HTTP status says about a page: one rule for the fetcher and for anything that judges pages as it would.

A status below 400, or one the probe reads itself (a username check's 404
"no such account"), is a page. 404 and 410 are "not found"; any other
status from 400 up is an HTTP error: could not check, never "not found".
"""

from __future__ import annotations

from collections.abc import Collection

from footprint.models import CoverageStatus

GONE = frozenset({404, 410})


def gap(status: int, accept: Collection[int] = ()) -> CoverageStatus | None:
    """None when ``status`` is a page; else ``not_found`` or ``http_error``."""
    if status in accept or status < 400:
        return None
    return CoverageStatus.NOT_FOUND if status in GONE else CoverageStatus.HTTP_ERROR
