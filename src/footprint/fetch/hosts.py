"""What the run has learnt about each host: asked to be left alone, or too slow to wait for.

Reads ``[fetch] total_timeout_s``. Two things make footprint stop asking a
host, for every thread of the run (a batch's subjects share one):

- a ``Retry-After`` longer than ``retry_after_cap_s``: nothing goes to the
  host until the wait it asked for is over, which for a scan is the rest of
  the run; every URL on it says how long the site asked to wait;
- answers that trickle in past the total timeout: after the first, the
  host's requests get a quarter of ``total_timeout_s``; after the second,
  none go to it. A trickle is never retried at full timeout.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from footprint.models import TransferFailure

SLOW_SHARE = 0.25  # the part of total_timeout_s a host that trickled once still gets
SLOW_STRIKES = 2  # answers cut off at the total timeout before a host gets no more requests


class HostMemory:
    """Thread-safe; keyed by the canonical host (``www.example.com``)."""

    def __init__(self, total_timeout_s: float) -> None:
        self.total_timeout_s = total_timeout_s
        self._blocked: dict[str, tuple[float, str]] = {}  # host -> (monotonic end, why)
        self._slow: dict[str, int] = {}  # host -> answers cut off by the total timeout
        self._lock = threading.Lock()

    def block(self, host: str, seconds: float, asked: str) -> str:
        """No request to ``host`` for ``seconds`` (a Retry-After beyond the cap); returns the reason said."""
        until = datetime.now(UTC) + timedelta(seconds=seconds)
        why = (
            f"the site asked to wait {asked} before retrying; "
            f"no more requests go to it until then ({until:%Y-%m-%d %H:%M} UTC)"
        )
        with self._lock:
            self._blocked[host] = (time.monotonic() + seconds, why)
        return why

    def refusal(self, host: str) -> tuple[TransferFailure, str] | None:
        """Why no request may go to ``host`` now (as a transfer failure and its words), or None."""
        with self._lock:
            blocked = self._blocked.get(host)
            strikes = self._slow.get(host, 0)
        if blocked is not None and time.monotonic() < blocked[0]:
            return TransferFailure.WAIT_TOO_LONG, blocked[1]
        if strikes >= SLOW_STRIKES:
            why = (
                f"the site sent {strikes} answers too slowly (total timeout {self.total_timeout_s:g} s); "
                "no more requests go to it in this run"
            )
            return TransferFailure.TOO_SLOW, why
        return None

    def trickled(self, host: str) -> None:
        """An answer from ``host`` was cut off by the total timeout."""
        with self._lock:
            self._slow[host] = self._slow.get(host, 0) + 1

    def budget(self, host: str) -> float:
        """Seconds the next request to ``host`` may take, from connect to last byte."""
        with self._lock:
            slow = self._slow.get(host, 0) > 0
        return self.total_timeout_s * SLOW_SHARE if slow else self.total_timeout_s
