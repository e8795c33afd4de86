"""Private scratch folders, removed at exit and on SIGTERM or SIGINT.

Evidence screenshots and the browser's home live in owner-only folders in
``$TMPDIR`` (``footprint-evidence-*``, ``footprint-shots-*``,
``footprint-chromium-*``) between the moment they are made and the moment
the report takes them. They hold personal data, so they must not outlive
the process: every one is registered here, and removed

- when its owner is done (:func:`remove`),
- at interpreter exit (``atexit``: normal exit, an error, Ctrl-C),
- on SIGTERM or SIGINT, before anything else happens (:func:`guard`): a
  scheduler stopping a job mid-screenshot leaves nothing behind. The signal
  then goes on as before: to the handler that was there (a batch turns
  SIGTERM into an orderly stop), else Ctrl-C's ``KeyboardInterrupt``, else
  the default action, so the exit status still says what happened.

A file written after its folder was removed is refused (:func:`write`), so
a screenshot finishing during shutdown cannot recreate the folder.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from types import FrameType
from typing import Any

_folders: set[Path] = set()
_lock = threading.Lock()
_guarded: dict[int, Any] = {}


def folder(prefix: str) -> Path:
    """A new owner-only folder in the temporary directory, removed at exit if it is still there."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    os.chmod(path, 0o700)
    with _lock:
        _folders.add(path)
    return path


def remove(path: Path) -> None:
    """Remove ``path`` (a folder from :func:`folder`) and everything in it, now."""
    with _lock:
        _folders.discard(path)
    shutil.rmtree(path, ignore_errors=True)


def forget(path: Path) -> None:
    """Stop tracking ``path``: it is gone, or it was handed over (its files moved next to a report)."""
    with _lock:
        _folders.discard(path)


def live(path: Path) -> bool:
    """True while ``path`` is a registered folder that has not been removed."""
    with _lock:
        return path in _folders


def write(path: Path, data: bytes) -> bool:
    """Write ``data`` to a new owner-only file in a live scratch folder; False when the folder is gone."""
    if not live(path.parent):
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return False
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return True


def remove_all() -> None:
    """Remove every registered folder (at exit, and on a signal)."""
    with _lock:
        doomed = list(_folders)
        _folders.clear()
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)


def guard() -> None:
    """Remove the scratch folders first on SIGTERM and SIGINT; a no-op outside the main thread or when done."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        if signum in _guarded:
            continue
        try:
            _guarded[signum] = signal.signal(signum, _on_signal)
        except ValueError:  # not the main thread: whoever owns the process handles signals
            return


def _on_signal(signum: int, frame: FrameType | None) -> None:
    remove_all()
    previous = _guarded.get(signum)
    if callable(previous):
        previous(signum, frame)
        return
    if signum == signal.SIGINT and previous != signal.SIG_IGN:
        raise KeyboardInterrupt
    if previous == signal.SIG_IGN:
        return
    # The default action: die of the signal, as if it had not been caught.
    signal.signal(signum, signal.SIG_DFL)
    with contextlib.suppress(OSError):
        os.kill(os.getpid(), signum)


atexit.register(remove_all)
