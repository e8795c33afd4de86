"""Scheduled re-scans: the watch list, what is due, and running it.

A watch is a subject, the scan options to use (config file, report folder,
formats, alert threshold) and how often to scan (``monthly`` = 30 days,
``weekly`` = 7, or ``Nd``). Watches live in the history database. A watch
is due when it has never run or its last run is at least its interval ago,
less an hour of slack so a daily timer that fires a little early does not
slip a whole day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from footprint.errors import UsageError
from footprint.models import Subject

EVERY = {"daily": 1, "weekly": 7, "monthly": 30}
SLACK = timedelta(hours=1)


@dataclass(frozen=True)
class WatchOptions:
    config: str | None = None
    out: str | None = None  # base folder: each run writes <out>/<name>-<time>/
    formats: tuple[str, ...] = ("html", "json")
    alert_on: str | None = "high"


@dataclass(frozen=True)
class Watch:
    id: int
    subject_key: str
    subject: Subject
    options: WatchOptions
    every: str
    every_days: int
    added_at: datetime
    last_run_at: datetime | None = None
    last_scan_id: str | None = None

    def due(self, now: datetime) -> bool:
        if self.last_run_at is None:
            return True
        return now - self.last_run_at >= timedelta(days=self.every_days) - SLACK

    def next_run(self) -> datetime | None:
        return None if self.last_run_at is None else self.last_run_at + timedelta(days=self.every_days)


def parse_every(text: str) -> tuple[str, int]:
    """``monthly``, ``weekly``, ``daily`` or ``Nd`` (N days) as (label, days)."""
    value = text.strip().lower()
    if value in EVERY:
        return value, EVERY[value]
    m = re.fullmatch(r"(\d{1,3})d", value)
    if m and int(m.group(1)) >= 1:
        return value, int(m.group(1))
    raise UsageError(f"--every {text!r}: use monthly, weekly, daily or a number of days such as 14d")
