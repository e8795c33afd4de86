"""Exit statuses, one meaning each. Documented in the README."""

from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    OK = 0
    """The command finished; nothing new at or above the alert threshold."""

    ERROR = 1
    """The command could not finish: network, sandbox, report or internal error."""

    USAGE = 2
    """Bad flags, an unreadable config or an invalid subject."""

    ALERT = 3
    """The scan finished and found findings at or above the alert threshold."""

    ROWS_INVALID = 4
    """A batch finished, but some roster rows were invalid and were skipped."""

    SUBJECTS_FAILED = 5
    """A batch finished, but some subjects could not be scanned, or were scanned incompletely (their rows say why)."""

    INTERRUPTED = 130
    """Stopped by Ctrl-C."""
