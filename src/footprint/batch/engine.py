"""Engines: where a batch's scans run. The runner delivers what they hand back.

An :class:`Engine` takes :class:`Job`\\ s (a roster entry and the settings
to scan it with) and yields an :class:`Outcome` for each as it finishes,
in any order: the finished scan, or why there is none. It never records,
reports or alerts: the caller (the batch runner, ``watch run``) does that,
in its own process, for every engine alike.

- :class:`~footprint.batch.local.LocalEngine`: threads of this process over
  one shared fetcher (the default; no server);
- :class:`~footprint.batch.celery_engine.CeleryEngine`: a task per subject
  for ``footprint worker`` processes on any machine, with the per-host rate
  limits in Redis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from footprint import pipeline
from footprint.batch.interface import BatchListener, RosterEntry
from footprint.config import Settings
from footprint.errors import FootprintError
from footprint.evidence import Evidence
from footprint.fetch.protocol import PageSource
from footprint.fetch.shared import FetchCancelledError
from footprint.models import Scan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    entry: RosterEntry
    settings: Settings


@dataclass(frozen=True)
class Outcome:
    """A finished job: its scan, or the reason it has none (``cancelled``: the run is being stopped)."""

    entry: RosterEntry
    scan: Scan | None
    error: str = ""
    cancelled: bool = False


class Engine(Protocol):
    def run(self, jobs: Sequence[Job], hear: BatchListener) -> Iterator[Outcome]:
        """Scan every job; yield each outcome as it finishes. ``hear.stage`` hears the stages."""
        ...

    def stop(self) -> None:
        """Start nothing more and cut short the scans in flight (Ctrl-C, or a batch that cannot go on)."""
        ...

    def close(self) -> None:
        """Let go of what the engine holds (fetchers, browsers, connections)."""
        ...


def scan_entry(
    entry: RosterEntry,
    settings: Settings,
    fetcher: PageSource,
    evidence: Evidence,
    progress: Callable[[str], None],
) -> Outcome:
    """One subject's scan. Never raises: a failure is this subject's outcome.

    ``evidence`` is shared by the subjects of a run, so that a page several
    of them share is shot once.
    """
    try:
        scan = pipeline.run(entry.subject, settings, fetcher=fetcher, evidence=evidence, progress=progress)
    except FetchCancelledError:
        return Outcome(entry, None, "cancelled", cancelled=True)
    except FootprintError as exc:
        return Outcome(entry, None, exc.user_message())
    except Exception as exc:  # one subject never ends the batch
        log.debug("scan of %s failed", entry.subject.name, exc_info=True)
        return Outcome(entry, None, f"internal error: {type(exc).__name__}: {exc}")
    return Outcome(entry, scan)
