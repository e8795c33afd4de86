"""Where a report goes: checked before a scan, written whole, never through a planted link.

- :func:`check` runs before a scan starts: ``--out`` that is a file, that
  cannot be written, or that holds another physician's report is a one-line
  error (exit 2) at once, not after the scan.
- :func:`staging` is a fresh owner-only folder next to ``--out`` where every
  format (and the screenshots) is written first, each file created anew
  (``O_EXCL | O_NOFOLLOW``) and flushed to disk.
- :func:`publish` moves them in together: a new folder is renamed into
  place; a folder that holds only an earlier report is swapped for the new
  one in one step (``renameat2(RENAME_EXCHANGE)``); a folder shared with
  other files gets each file renamed over the old one. A rename replaces a
  symbolic link planted in the folder instead of writing through it. A kill
  at any moment leaves the old report or the new one, never a mix; the
  folder ends up readable by its owner only.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import html
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from footprint.errors import ReportError, UsageError
from footprint.identity import fold
from footprint.models import Subject

SCREENSHOTS = "screenshots"
MAX_REPORT_JSON = 64 * 1024 * 1024  # larger than any report footprint writes
TITLE = re.compile(r"<title>footprint report: ([^<]*)</title>")


def check(folder: Path, subject: Subject | None = None) -> None:
    """UsageError unless a report for ``subject`` can be written into ``folder`` (created if missing)."""
    path = folder.expanduser()
    if path.is_symlink() and not path.exists():
        raise UsageError(f"--out {folder} is a link to nothing; choose a folder")
    if path.exists():
        if not path.is_dir():
            raise UsageError(f"--out {folder} is a file, not a folder; choose a folder")
        if not os.access(path, os.W_OK | os.X_OK):
            raise UsageError(f"--out {folder} is not writable; choose a folder you can write to")
        if subject is not None:
            _check_owner(folder, path, subject)
        return
    ancestor = path.absolute().parent
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise UsageError(f"--out {folder}: {ancestor} is a file, not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise UsageError(f"--out {folder} cannot be created: {ancestor} is not writable")


def _check_owner(shown: Path, path: Path, subject: Subject) -> None:
    there = report_subject(path)
    if there is None:
        return
    if not isinstance(there, dict):
        raise UsageError(f"--out {shown} holds a report.json that footprint did not write; choose another folder")
    if not same_person(there, subject):
        name = str(there.get("name") or "someone else")
        raise UsageError(f"--out {shown} holds the report of {name!r}; choose another folder for {subject.name!r}")


def report_subject(folder: Path) -> dict[str, Any] | str | None:
    """The subject of the report in ``folder``; None when there is none; a string when it is not footprint's."""
    json_path, html_path = folder / "report.json", folder / "report.html"
    if _plain_file(json_path):
        try:
            if json_path.stat().st_size > MAX_REPORT_JSON:
                return "too large"
            doc = json.loads(json_path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return "unreadable"
        if not isinstance(doc, dict) or (doc.get("tool") or {}).get("name") != "footprint":
            return "not footprint's"
        subject = doc.get("subject")
        return subject if isinstance(subject, dict) else "no subject"
    if _plain_file(html_path):
        try:
            with html_path.open("rb") as handle:
                head = handle.read(8192).decode("utf-8", "replace")
        except OSError:
            return None
        found = TITLE.search(head)
        return {"name": html.unescape(found.group(1))} if found else None
    return None


def same_person(there: dict[str, Any], subject: Subject) -> bool:
    """Whether a report's subject is ``subject``: by NPI when both have one, else by given and family name."""
    npi = there.get("npi")
    if npi and subject.npi:
        return str(npi) == subject.npi
    given, family = there.get("given_name"), there.get("family_name")
    if not (isinstance(given, str) and isinstance(family, str)):
        from footprint.errors import SubjectError
        from footprint.identity import make_subject

        try:
            parsed = make_subject(str(there.get("name") or ""))
        except SubjectError:
            return False
        given, family = parsed.given_name or "", parsed.family_name or ""
    return (fold(given), fold(family)) == (fold(subject.given_name or ""), fold(subject.family_name or ""))


def _plain_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def place(folder: Path) -> Path:
    """``folder`` made absolute through its parent: a link at ``folder`` itself is not followed.

    The folder a user names on the command line is resolved by the command
    (their own link is theirs to use); a link found where footprint writes
    a folder of its own (a batch's subject folder) was planted, and publish
    replaces it.
    """
    path = folder.expanduser()
    if path.name in ("", ".", ".."):
        return path.resolve()
    return path.parent.resolve() / path.name


def staging(folder: Path) -> Path:
    """A new owner-only folder for the next report of ``folder`` (absolute): next to it, else inside it.

    What a killed run left in either place is removed first: it holds personal data.
    """
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReportError(f"cannot create report folder {folder}: {exc.strerror}") from None
    _clear(parent, f".{folder.name}.footprint-")
    if folder.is_dir():
        _clear(folder, ".footprint-staging-")
    try:
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}.footprint-", dir=parent))
    except PermissionError:
        if not folder.is_dir():
            raise ReportError(f"cannot create report folder {folder}: permission denied") from None
    except OSError as exc:
        raise ReportError(f"cannot write into {parent}: {exc.strerror}") from None
    try:  # the parent is not ours to write in, the folder is: stage inside it
        return Path(tempfile.mkdtemp(prefix=".footprint-staging-", dir=folder))
    except OSError as exc:
        raise ReportError(f"cannot write into {folder}: {exc.strerror}") from None


def _clear(where: Path, prefix: str) -> None:
    with contextlib.suppress(OSError):
        for leftover in where.iterdir():
            if not leftover.name.startswith(prefix):
                continue
            if leftover.is_symlink() or not leftover.is_dir():
                leftover.unlink(missing_ok=True)
            else:
                shutil.rmtree(leftover, ignore_errors=True)


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist, nor be a link), owner-only from the first byte, and flush it to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(staged: Path, folder: Path) -> None:
    """Move everything in ``staged`` into ``folder`` as one report; see the module docstring."""
    try:
        fsync_folder(staged)
        if folder.is_symlink():
            folder.unlink()  # planted: replaced, never followed
        if not folder.exists():
            os.rename(staged, folder)
        elif _swappable(staged, folder) and _exchange(staged, folder):
            shutil.rmtree(staged, ignore_errors=True)  # now the earlier report
        else:
            _replace_each(staged, folder)
        os.chmod(folder, 0o700)
        fsync_folder(folder.parent)
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        raise ReportError(f"cannot move the report into {folder}: {exc.strerror}") from None


def _swappable(staged: Path, folder: Path) -> bool:
    """A folder of footprint's own (an earlier report, or nothing), beside the staging folder, not our cwd."""
    if staged.parent != folder.parent or folder == Path.cwd() or not folder.is_dir():
        return False
    return all(p.name.startswith("report.") or p.name == SCREENSHOTS for p in folder.iterdir())


def _replace_each(staged: Path, folder: Path) -> None:
    if not folder.is_dir() or folder.is_symlink():
        raise OSError(errno.ENOTDIR, "not a folder", str(folder))
    new = sorted(p.name for p in staged.iterdir())
    for name in new:
        source, target = staged / name, folder / name
        if source.is_dir():
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.is_dir():
                os.rename(target, staged / f".old-{name}")
            os.rename(source, target)
        else:
            os.replace(source, target)  # replaces a link at ``target`` itself, never what it points to
    for stale in folder.iterdir():
        if stale.name.startswith("report.") and stale.name not in new and (stale.is_symlink() or stale.is_file()):
            stale.unlink()
    shutil.rmtree(staged, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux); False where the system cannot."""
    try:
        rename = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    rename.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if rename(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False  # a file system or kernel without it: move file by file
    raise OSError(code, os.strerror(code), str(b))


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so a new or renamed name in it survives a power cut."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform opens folders
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
