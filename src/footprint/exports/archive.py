"""Reading a downloaded export safely: a zip file or the folder it unpacks to.

Nothing is ever extracted to disk. Zip members are streamed, one at a time,
through reads counted against the limits (:meth:`Archive.stream`), never
held whole; an unpacked folder is walked without following symbolic links.
Limits (:class:`Limits`): the number of files, the size of any one file
read, the total read, and how much of one JSON file is parsed (values and
nesting: :mod:`.jsonstream`). Members with absolute
or ``..`` names, symbolic links, encrypted members and zips inside the zip
are never read: they are listed in :attr:`Archive.notes`. Only the text
files readers ask for (JSON, JavaScript, CSV) are ever decompressed; photos
and videos are counted and left alone.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Protocol

from footprint.errors import ExportError

TEXT_SUFFIXES = (".json", ".js", ".csv")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    max_files: int = 200_000  # entries in the archive or files in the folder, media included
    max_member_bytes: int = 64 * 1024 * 1024  # one text file; a larger one is skipped
    max_total_bytes: int = 512 * 1024 * 1024  # every text file together; more refuses the export
    # Parsed from one data file before the rest is named as not read: values (JSON values, CSV cells),
    # about 100 MB of Python objects at most; and entries of one list (rows of a CSV), which bounds the
    # readers' time. How deep JSON may nest (deeper refuses the export).
    max_values: int = 1_000_000
    max_items: int = 100_000
    max_depth: int = 64


DEFAULT_LIMITS = Limits()


def safe_name(raw: str) -> str | None:
    """The member name as a relative POSIX path, or None when it is absolute or climbs out."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


class Archive:
    """The files of one export, by relative name, readable within the limits."""

    def __init__(self, path: Path, names: dict[str, int], notes: list[str], limits: Limits) -> None:
        self.path = path
        self.sizes = names  # safe name -> declared size
        self.notes = notes
        self.limits = limits
        self._read_total = 0

    @property
    def names(self) -> list[str]:
        return sorted(self.sizes)

    def text_names(self) -> list[str]:
        return [n for n in self.names if n.lower().endswith(TEXT_SUFFIXES)]

    def find(self, *patterns: str) -> list[str]:
        """Names whose tail matches one of the glob patterns ("comments_and_reactions/comments.json").

        Exports are often wrapped in a top folder named after the account and
        date; matching the tail of the path makes that folder irrelevant.
        """
        found = []
        for name in self.names:
            for pattern in patterns:
                depth = pattern.count("/") + 1
                tail = "/".join(name.split("/")[-depth:])
                if fnmatch.fnmatch(tail.lower(), pattern.lower()):
                    found.append(name)
                    break
        return found

    @contextmanager
    def stream(self, name: str) -> Iterator[Readable]:
        """The file as a stream that counts what is read against the limits.

        Raises MemberTooLargeError (and notes the file as skipped) when the
        file is, or turns out to be, larger than one file may be; ExportError
        when the export's total goes over its limit.
        """
        size = self.sizes[name]
        if size > self.limits.max_member_bytes:
            self.notes.append(f"{name} skipped: {size} bytes is over the {self.limits.max_member_bytes} limit")
            raise MemberTooLargeError(name)
        with self._open(name) as raw:
            try:
                yield _Counted(raw, self)
            except MemberTooLargeError:
                self.notes.append(f"{name} skipped: larger than it says")
                raise

    def _count(self, member_total: int, more: int) -> None:
        if member_total > self.limits.max_member_bytes:
            raise MemberTooLargeError("larger than it says")
        self._read_total += more
        if self._read_total > self.limits.max_total_bytes:
            raise ExportError(
                f"{self.path}: more than {self.limits.max_total_bytes} bytes of data; refusing to read on"
            )

    @contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        raise NotImplementedError
        yield  # pragma: no cover


class _ZipArchive(Archive):
    def __init__(
        self, path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], notes: list[str], limits: Limits
    ) -> None:
        super().__init__(path, {n: i.file_size for n, i in infos.items()}, notes, limits)
        self._zf = zf
        self._infos = infos

    @contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        try:
            with self._zf.open(self._infos[name]) as stream:
                yield stream
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise ExportError(f"{self.path}: member {name} is corrupt or unsupported ({exc})") from None


class _FolderArchive(Archive):
    @contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        # O_NOFOLLOW: a file swapped for a symlink after the walk is still not followed.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        full = self.path / name
        # A folder on the way swapped for a link since the walk must not lead outside either.
        if not os.path.realpath(full).startswith(os.path.realpath(self.path) + os.sep):
            raise ExportError(f"{full}: leads outside the export folder")
        try:
            fd = os.open(full, flags)
        except OSError as exc:
            raise ExportError(f"{self.path / name}: cannot read ({exc.strerror})") from None
        with os.fdopen(fd, "rb") as stream:
            yield stream


class MemberTooLargeError(Exception):
    """A file over the one-file limit: skipped, and named in the archive's notes."""


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Counted:
    """A member's stream whose reads count against the one-file and the whole-export limits."""

    def __init__(self, raw: IO[bytes], archive: Archive) -> None:
        self._raw = raw
        self._archive = archive
        self._total = 0

    def read(self, size: int = -1, /) -> bytes:
        if size < 0:
            return _read_all(self)
        data = self._raw.read(min(size, _CHUNK))
        self._total += len(data)
        self._archive._count(self._total, len(data))
        return data


def _read_all(stream: Readable) -> bytes:
    chunks = []
    while chunk := stream.read(_CHUNK):
        chunks.append(chunk)
    return b"".join(chunks)


@contextmanager
def open_archive(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Archive]:
    """Open an export zip or unpacked folder; ExportError names the file when it cannot be."""
    if path.is_dir():
        yield _folder(path, limits)
        return
    if not path.exists():
        raise ExportError(f"{path}: no such file or folder")
    if not path.is_file():
        raise ExportError(f"{path}: not a file or a folder")
    if not zipfile.is_zipfile(path):
        raise ExportError(f"{path}: not a zip archive or an unpacked export folder")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExportError(f"{path}: corrupt zip archive ({exc})") from None
    with zf:
        yield _zip(path, zf, limits)


def _zip(path: Path, zf: zipfile.ZipFile, limits: Limits) -> Archive:
    infos = zf.infolist()
    if len(infos) > limits.max_files:
        raise ExportError(f"{path}: {len(infos)} files is over the limit of {limits.max_files}")
    kept: dict[str, zipfile.ZipInfo] = {}
    notes: list[str] = []
    declared = 0
    for info in infos:
        if info.is_dir():
            continue
        name = safe_name(info.filename)
        mode = info.external_attr >> 16
        if name is None:
            notes.append(f"unsafe name ignored: {info.filename[:80]!r}")
        elif stat.S_ISLNK(mode):
            notes.append(f"symbolic link ignored: {name}")
        elif name.lower().endswith(".zip"):
            notes.append(f"nested archive ignored: {name}")
        elif info.flag_bits & 0x1:
            notes.append(f"encrypted member ignored: {name}")
        else:
            kept[name] = info
            if name.lower().endswith(TEXT_SUFFIXES):
                declared += info.file_size
    if declared > limits.max_total_bytes:
        raise ExportError(
            f"{path}: its data files unpack to {declared} bytes, over the limit of {limits.max_total_bytes}"
        )
    return _ZipArchive(path, zf, kept, notes, limits)


def _folder(root: Path, limits: Limits) -> Archive:
    sizes: dict[str, int] = {}
    notes: list[str] = []
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        for d in [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            dirs.remove(d)
            notes.append(f"symbolic link ignored: {_rel(root, folder, d)}")
        for f in files:
            seen += 1
            if seen > limits.max_files:
                raise ExportError(f"{root}: more than {limits.max_files} files")
            full = os.path.join(folder, f)
            info = os.lstat(full)
            rel = _rel(root, folder, f)
            if stat.S_ISLNK(info.st_mode):
                notes.append(f"symbolic link ignored: {rel}")
            elif not stat.S_ISREG(info.st_mode):
                notes.append(f"special file ignored: {rel}")
            elif f.lower().endswith(".zip"):
                notes.append(f"nested archive ignored: {rel}")
            else:
                sizes[rel] = info.st_size
    declared = sum(s for n, s in sizes.items() if n.lower().endswith(TEXT_SUFFIXES))
    if declared > limits.max_total_bytes:
        raise ExportError(f"{root}: its data files hold {declared} bytes, over the limit of {limits.max_total_bytes}")
    return _FolderArchive(root, sizes, notes, limits)


def _rel(root: Path, folder: str, name: str) -> str:
    return Path(os.path.relpath(os.path.join(folder, name), root)).as_posix()
