"""Retries: exponential backoff with jitter, and ``Retry-After`` honoured.

Reads ``[fetch] retries``, ``backoff_s``, ``backoff_max_s`` and
``retry_after_cap_s``. Retried: connection errors, timeouts, bodies cut off
mid-transfer, and HTTP 429, 500, 502, 503, 504. A ``Retry-After`` longer
than the cap is not waited out: coming back sooner than the site asked
would not honour it, so the fetch gives up and says how long the site asked
for. Each retry is counted by reason (``retry/429``, ``retry/timeout``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from footprint.config import FetchSettings
from footprint.models import TransferFailure

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures below the HTTP layer that are worth another try.
RETRY_FAILURES = frozenset({TransferFailure.CONNECTION, TransferFailure.TIMEOUT, TransferFailure.TRUNCATED})


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 3
    backoff_s: float = 0.5
    backoff_max_s: float = 30.0
    retry_after_cap_s: float = 60.0

    @classmethod
    def from_settings(cls, fetch: FetchSettings) -> RetryPolicy:
        return cls(fetch.retries, fetch.backoff_s, fetch.backoff_max_s, fetch.retry_after_cap_s)

    def reason(self, status: int | None, failure: TransferFailure | None) -> str | None:
        """Why this outcome deserves a retry (``"503"``, ``"timeout"``), or None."""
        if failure is not None:
            return failure.value if failure in RETRY_FAILURES else None
        if status is not None and status in RETRY_STATUSES:
            return str(status)
        return None

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based): exponential, jittered.

        Half the exponential step is fixed and half random ("equal jitter"),
        so retries from many threads spread out instead of arriving together.
        """
        step = min(self.backoff_max_s, self.backoff_s * (2 ** (attempt - 1)))
        return float(step / 2 + (rng or random).uniform(0, step / 2))

    def wait(self, attempt: int, retry_after: str | None, now: datetime | None = None) -> float | None:
        """Seconds to wait before the next try; None when the site asked for longer than the cap."""
        asked = parse_retry_after(retry_after, now)
        if asked is None:
            return self.backoff(attempt)
        if asked > self.retry_after_cap_s:
            return None
        return max(asked, 0.0)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` in seconds: either delta-seconds or an HTTP date; None if absent or garbage."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
