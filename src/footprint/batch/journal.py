"""The batch journal: what is finished, kept in the batch folder so nothing is lost.

``DIR/.footprint-batch.jsonl`` holds one JSON object per line, appended and
fsynced only after a subject's report folder is complete on disk. A run
killed at any moment (kill -9, a power cut) leaves at worst a torn last
line, which is ignored: that subject simply runs again. ``--resume`` reads
the journal and skips the subjects it lists as done. The first line keeps
the roster's fingerprint: a batch is resumed only with the roster it was
started with.

The journal file is also a lock (``flock``): two batches cannot write into
the same folder at once.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from footprint.batch.interface import Roster, SummaryRow
from footprint.errors import BatchError, UsageError
from footprint.report.folder import fsync_folder

NAME = ".footprint-batch.jsonl"
VERSION = 1

try:  # POSIX; elsewhere two batches in one folder are the user's own lookout
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@dataclass
class JournalState:
    """What an earlier run of this batch left: the last word on each subject."""

    rows: dict[str, SummaryRow] = field(default_factory=dict)
    started: bool = False
    roster: str = ""  # the fingerprint of the roster the batch was started with ("" before they were kept)

    @property
    def done(self) -> dict[str, SummaryRow]:
        return {k: r for k, r in self.rows.items() if r.status == "done"}


class Journal:
    """Append-only, fsynced, locked; see the module docstring."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / NAME
        self._file: IO[str] | None = None

    def exists(self) -> bool:
        return self.path.is_file()

    def open(self, roster: str = "") -> JournalState:
        """Lock the journal, read what it holds, and get ready to append.

        ``roster`` is the fingerprint of the roster this run reads: a new
        journal keeps it; an existing one started with another roster is a
        UsageError.
        """
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise BatchError(f"cannot open the batch journal {self.path}: {exc.strerror}") from None
        self._file = os.fdopen(fd, "a+", encoding="utf-8")
        fsync_folder(self.path.parent)  # a new journal's name must survive a power cut too
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                self.close()
                raise BatchError(
                    f"another footprint batch is writing into {self.path.parent}", "wait for it or choose another --out"
                ) from None
        self._file.seek(0)
        text = self._file.read()
        state = read_state(text)
        if text and not text.endswith("\n"):
            # A kill during a write left a torn last line: start the next record on a fresh one.
            self._file.write("\n")
        if state.started and roster and state.roster and state.roster != roster:
            self.close()
            raise UsageError(
                f"{self.path.parent} holds a batch started with another roster",
                "resume it with the roster it was started with, or choose another --out",
            )
        if not state.started:
            self.append({"event": "batch", "version": VERSION, "at": _now(), "roster": roster})
            state.roster = roster
        return state

    def append(self, record: dict[str, Any]) -> None:
        """Write one line and make it durable before returning."""
        if self._file is None:
            raise BatchError("the batch journal is not open")
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        try:
            self._file.write(line + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            raise BatchError(f"cannot write the batch journal {self.path}: {exc.strerror}") from None

    def written(self) -> JournalState:
        """What the journal holds now, as a resumed run would read it."""
        try:
            return read_state(self.path.read_text(encoding="utf-8"))
        except OSError:
            return JournalState()

    def record(self, row: SummaryRow) -> None:
        self.append({"event": row.status, "at": _now(), "row": row.to_json()})

    def close(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the lock
            self._file = None


def read_state(text: str) -> JournalState:
    """The journal's content; unreadable lines (a torn last write) are skipped."""
    state = JournalState()
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(record, dict):
            continue
        if record.get("event") == "batch":
            state.started = True
            state.roster = str(record.get("roster") or "")
        elif record.get("event") in ("done", "failed") and isinstance(record.get("row"), dict):
            try:
                row = SummaryRow.from_json(record["row"])
            except (KeyError, TypeError, ValueError):
                continue
            if state.rows.get(row.key, row).status == "done" and row.status != "done":
                continue  # a later failure never hides a finished report
            state.rows[row.key] = row
    return state


def fingerprint(roster: Roster) -> str:
    """The roster's subjects and their keys, in order, as a SHA-256: what a batch must be resumed with."""
    subjects = [[e.key, asdict(e.subject)] for e in roster.entries]
    text = json.dumps(subjects, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
