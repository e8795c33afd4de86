"""Batches for consultants: a roster of hundreds, run concurrently, resumable.

- :mod:`~footprint.batch.roster` reads CSV or JSON-lines rosters (bad rows
  become problems with their row numbers; the rest run);
- :mod:`~footprint.batch.runner` runs the subjects through one shared
  fetcher and writes each report folder before journaling it done;
- :mod:`~footprint.batch.journal` is what makes ``--resume`` and a re-run
  after kill -9 skip finished subjects;
- :mod:`~footprint.batch.summary` and :mod:`~footprint.batch.index_page`
  write ``summary.json``, ``summary.csv`` and ``index.html``.
"""

from footprint.batch.interface import (
    BatchListener,
    BatchResult,
    JobQueue,
    Roster,
    RosterEntry,
    RowProblem,
    SummaryRow,
)
from footprint.batch.jobqueue import ThreadQueue
from footprint.batch.roster import read_roster
from footprint.batch.runner import BatchOptions, run_batch

__all__ = [
    "BatchListener",
    "BatchOptions",
    "BatchResult",
    "JobQueue",
    "Roster",
    "RosterEntry",
    "RowProblem",
    "SummaryRow",
    "ThreadQueue",
    "read_roster",
    "run_batch",
]
