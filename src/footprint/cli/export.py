"""``footprint export``: look inside a downloaded data export before scanning with it.

Also the helpers ``scan --export`` and ``demo --with-export`` use to read
exports up front, so that a bad path fails in one line before any request.
The readers are imported when a command runs: they bring the HTML parsers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from footprint.terminal import one_line

if TYPE_CHECKING:
    from footprint.exports import ExportResult

# The names of footprint.exports.READERS, spelled out so that --help need not
# import the readers; tests/exports/test_export_cli.py checks that they agree.
NETWORKS = ("facebook", "instagram", "linkedin", "x")


def read_all(specs: Iterable[str]) -> list[ExportResult]:
    """Read each ``NETWORK=PATH``; an ExportError stops here, naming the file."""
    specs = list(specs)
    if not specs:
        return []  # the readers (and the extract stage they use) are not imported for nothing
    from footprint import exports

    out = []
    for spec in specs:
        network, path = exports.parse_spec(spec)
        out.append(exports.read_export(path, network))
    return out


def read_samples() -> list[ExportResult]:
    """The demo physician's bundled sample exports."""
    from footprint import exports
    from footprint.sandbox import sample_exports

    return [exports.read_export(path, network) for network, path in sample_exports()]


def describe(result: ExportResult) -> list[str]:
    """What the export is and holds, as lines for a terminal."""
    owner = result.owner or "unknown owner"
    return [
        f"{result.label} export, {result.format}: {result.path}",
        f"owner: {owner}",
        f"holds: {', '.join(result.holds) or 'nothing footprint reads'}",
        f"items for a scan: {len(result.pages)}",
        f"not understood: {result.not_understood_line()}",
    ]


@click.group("export")
def export_group() -> None:
    """Your own data downloads from Facebook, Instagram, X and LinkedIn.

    \b
    Scan with them:  footprint scan "Dr. Jane Doe" --export facebook=~/Downloads/facebook-jdoe.zip
    Look inside:     footprint export inspect ~/Downloads/facebook-jdoe.zip
    """


@export_group.command("inspect")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--network",
    type=click.Choice(NETWORKS),
    help="Read it as this network's export instead of recognising it from its files.",
)
def inspect(path: Path, network: str | None) -> None:
    """Say which network's export PATH is and what footprint can read in it.

    PATH is the .zip you downloaded or the folder it unpacks to. Nothing is
    extracted or written anywhere; the archive is read within size, file
    count and path limits.
    """
    from footprint import exports

    result = exports.read_export(path, network)
    for line in describe(result):
        click.echo(one_line(line))  # the owner's name and the file names come from the archive
