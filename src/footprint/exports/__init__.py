"""Readers for a physician's own data exports: Facebook, Instagram, X and LinkedIn.

Social networks hide most of a profile from logged-out visitors, but every
user can download their own data. :func:`read_export` opens the download
(the .zip or its unpacked folder) safely (see :mod:`.archive`), recognises
the network from its file layout and returns an :class:`ExportResult` whose
pages (kind ``export_item``) go through the same matching and assessment as
crawled pages. Nothing read here is written anywhere but the report.
"""

from __future__ import annotations

from pathlib import Path

from footprint.errors import ExportError
from footprint.exports.archive import DEFAULT_LIMITS, Limits, open_archive
from footprint.exports.facebook import FacebookReader
from footprint.exports.instagram import InstagramReader
from footprint.exports.interface import ExportReader, ExportResult
from footprint.exports.linkedin import LinkedInReader
from footprint.exports.x_archive import XReader

READERS: dict[str, ExportReader] = {
    r.network: r for r in (FacebookReader(), InstagramReader(), XReader(), LinkedInReader())
}

__all__ = ["READERS", "ExportError", "ExportResult", "Limits", "parse_spec", "read_export"]


def read_export(path: Path, network: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ExportResult:
    """Read one export; ``network`` None means recognise it from its layout.

    Raises ExportError (one line, naming the file) when the path is missing,
    corrupt, over a limit, not an export, or another network's export.
    """
    if network is not None and network not in READERS:
        raise ExportError(f"unknown export network {network!r}; known: {', '.join(READERS)}")
    with open_archive(path, limits) as archive:
        found = [r for r in READERS.values() if r.recognises(archive)]
        if not found:
            raise ExportError(f"{path}: not a Facebook, Instagram, X or LinkedIn data export")
        if network is not None and READERS[network] not in found:
            raise ExportError(f"{path}: not a {READERS[network].label} export (it looks like {found[0].label}'s)")
        reader = READERS[network] if network else found[0]
        return reader.read(archive)


def parse_spec(spec: str) -> tuple[str, Path]:
    """ "facebook=~/Downloads/facebook.zip" as ("facebook", Path); ExportError when malformed."""
    network, sep, raw = spec.partition("=")
    network = network.strip().lower()
    if network == "twitter":
        network = "x"
    if not sep or not raw.strip():
        raise ExportError(f"--export {spec!r}: expected NETWORK=PATH, e.g. facebook=~/Downloads/facebook.zip")
    if network not in READERS:
        raise ExportError(f"--export {spec!r}: unknown network {network!r}; known: {', '.join(READERS)}")
    return network, Path(raw.strip()).expanduser()
