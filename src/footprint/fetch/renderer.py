"""A memory cap on Chromium's renderers: a watchdog that ends a page using more than ``max_memory_mb``.

Reads ``[browser] max_memory_mb``. A hostile page can make a renderer
decode a decompression-bomb image or build an enormous layout; an address
space limit cannot stop it (Chromium reserves terabytes of address space
up front, and images decode into shared memory that ``RLIMIT_DATA`` does
not count). So while a page is open, :class:`Watchdog` reads the resident
memory of every renderer process of this browser from ``/proc`` a few times
a second and kills the one above the cap. The page then fails with a reason
("used more than 512 MB"), the browser lives on for the next page.

The browser is found by a marker switch on its command line (Chromium
ignores switches it does not know); its renderers are its descendants with
``--type=renderer``. Where there is no ``/proc`` (macOS), nothing is
watched and that is logged once.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PROC = Path("/proc")
INTERVAL_S = 0.05
TREE_EVERY = 8  # polls between two readings of the process tree


@dataclass(frozen=True)
class Process:
    pid: int
    parent: int
    renderer: bool
    rss_mb: float


def marker() -> str:
    """A switch to put on the browser's command line so that its processes can be found."""
    return f"--footprint-browser={uuid.uuid4().hex}"


def processes() -> dict[int, tuple[int, bytes]]:
    """Every process: its parent and its command line."""
    out: dict[int, tuple[int, bytes]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            out[int(entry.name)] = (parent, (entry / "cmdline").read_bytes())
        except (OSError, ValueError, IndexError):
            continue  # it ended while we looked
    return out


def family(mark: str) -> list[Process]:
    """The browser carrying ``mark`` and its descendants, with their resident memory."""
    table = processes()
    needle = mark.encode()
    members = {pid for pid, (_, cmd) in table.items() if needle in cmd}
    grew = True
    while grew:
        grew = False
        for pid, (parent, _) in table.items():
            if parent in members and pid not in members:
                members.add(pid)
                grew = True
    return [Process(pid, table[pid][0], b"--type=renderer" in table[pid][1], rss_mb(pid)) for pid in members]


def rss_mb(pid: int) -> float:
    """A process's resident memory in MB; 0 when it is gone."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


class Watchdog:
    """Kills any renderer of the marked browser whose memory passes ``cap_mb``, while :meth:`watching`."""

    def __init__(self, mark: str, cap_mb: int) -> None:
        self.mark = mark
        self.cap_mb = cap_mb
        self.killed_mb = 0.0  # the size of the last renderer killed, for the page's reason
        self._on = threading.Event()
        self._fresh = threading.Event()  # a new page: read the process tree at the next poll
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if cap_mb > 0 and PROC.is_dir():
            self._thread = threading.Thread(target=self._run, name="browser-memory", daemon=True)
            self._thread.start()
        elif cap_mb > 0:
            log.info("no /proc: the browser's memory is not capped on this system")

    def watching(self, on: bool) -> None:
        if on:
            self.killed_mb = 0.0
            self._fresh.set()
            self._on.set()
        else:
            self._on.clear()

    def close(self) -> None:
        self._stop.set()
        self._on.set()

    def _run(self) -> None:
        renderers: list[int] = []
        polls = 0
        while not self._stop.is_set():
            self._on.wait()
            if self._stop.is_set():
                return
            if self._fresh.is_set() or polls % TREE_EVERY == 0:  # reading the tree costs more than a status
                self._fresh.clear()
                renderers = [p.pid for p in family(self.mark) if p.renderer]
            polls += 1
            for pid in renderers:
                used = rss_mb(pid)
                if used > self.cap_mb:
                    log.warning("a page took its renderer to %.0f MB (cap %d MB): stopped", used, self.cap_mb)
                    self.killed_mb = used
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
            self._stop.wait(INTERVAL_S)
