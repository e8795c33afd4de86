"""What every export reader returns and the reader interface.

A reader turns one network's download (a zip or its unpacked folder, opened
as an :class:`~footprint.exports.archive.Archive`) into an
:class:`ExportResult`: pages of kind ``export_item``, one per comment, post,
tagged photo or profile, each pointing back to its file and entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from footprint.exports.archive import Archive
from footprint.models import Extracted, PageKind, PersonRecord, Photo, Post

MAX_NOTES = 5  # archive notes shown in the one "not understood" line
# Friends or connections kept by name per export: enough for any real list of
# friends (Facebook stops at 5,000), small enough that a huge file stays cheap.
MAX_LISTED = 5000


@dataclass(frozen=True)
class ExportResult:
    """One network's export, read.

    ``owner_handle`` is the token the items use for the export's owner in
    ``Post.author``, ``Photo.posted_by`` and ``Photo.tagged``; the scan adds it
    to the subject's known handles so the detectors treat it as "you".
    """

    network: str
    label: str
    path: str
    format: str
    owner: str
    owner_handle: str
    pages: tuple[Extracted, ...]
    holds: tuple[str, ...]
    not_understood: tuple[str, ...] = ()
    not_read: int = 0
    archive_notes: tuple[str, ...] = ()

    def not_understood_line(self) -> str:
        """One line: what of the export was not understood or not read."""
        parts = list(self.not_understood)
        if self.not_read:
            parts.append(f"{self.not_read} other file(s) not read")
        notes = list(self.archive_notes)
        parts.extend(notes[:MAX_NOTES])
        if len(notes) > MAX_NOTES:
            parts.append(f"{len(notes) - MAX_NOTES} more ignored member(s)")
        # Names come from the archive: no control character may break the line.
        return "".join(c if c.isprintable() else "?" for c in "; ".join(parts)) if parts else "nothing"


class ExportReader(Protocol):
    network: str
    label: str

    def recognises(self, archive: Archive) -> bool:
        """True when the archive's file layout is this network's export."""
        ...

    def read(self, archive: Archive) -> ExportResult: ...


@dataclass
class Collector:
    """Gathers items and notes while a reader walks an archive."""

    network: str
    owner_handle: str = ""
    pages: list[Extracted] = field(default_factory=list)
    holds: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def item(
        self,
        file: str,
        entry: str,
        *,
        url: str = "",
        title: str = "",
        text: str = "",
        posts: tuple[Post, ...] = (),
        photos: tuple[Photo, ...] = (),
        people: tuple[PersonRecord, ...] = (),
    ) -> None:
        ref = f"{file}#{entry}"
        self.pages.append(
            Extracted(
                url=url if url.startswith(("https://", "http://")) else item_ref(self.network, ref),
                site_id=self.network,
                kind=PageKind.EXPORT_ITEM,
                title=title,
                people=people,
                posts=posts,
                photos=photos,
                text=text,
                source_ref=ref,
            )
        )

    def count(self, n: int, one: str, many: str) -> None:
        if n:
            self.holds.append(f"{n} {one if n == 1 else many}")

    def listed(self, file: str, names: list[str], many: str) -> tuple[PersonRecord, ...]:
        """The people an owner's list names (friends, connections), each once, at most MAX_LISTED.

        They go on the profile item after its owner (``people[1:]``), where the
        assessment looks for reviewers among the subject's friends.
        """
        unique = list(dict.fromkeys(n for n in (" ".join(x.split()) for x in names) if n))
        if len(unique) > MAX_LISTED:
            self.not_understood.append(
                f"{file} (names of {len(unique) - MAX_LISTED} {many} past the first {MAX_LISTED} not kept)"
            )
        return tuple(PersonRecord(name=n) for n in unique[:MAX_LISTED])

    def result(self, archive: Archive, label: str, file_format: str, owner: str) -> ExportResult:
        """What the reader gathered from ``archive``, as the export's result."""
        return ExportResult(
            network=self.network,
            label=label,
            path=str(archive.path),
            format=file_format,
            owner=owner,
            owner_handle=self.owner_handle,
            pages=tuple(self.pages),
            holds=tuple(self.holds),
            not_understood=tuple(self.not_understood),
            not_read=len([n for n in archive.text_names() if n not in self.used]),
            archive_notes=tuple(archive.notes),
        )

    def odd(self, file: str, why: str = "unexpected shape") -> None:
        self.not_understood.append(f"{file} ({why})")


def item_ref(network: str, source_ref: str) -> str:
    """A stable, non-clickable reference for an item the export gives no URL for."""
    return f"export:{network}/{source_ref}"
