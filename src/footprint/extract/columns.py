"""People in a results grid whose header row names the columns, not each value.

A people-search results page often shows one header row ("Name | Age | Locations | Possible
Relatives") above rows of bare values ("Robert A Kowalczyk | 52 | Perrysburg, OH · Toledo, OH |
Danielle M Kowalczyk · Irene Kowalczyk"), as ``<div>`` grids or as a ``<table>``. No value carries
its label, so the labelled-text reader sees only names. This reader gives each row's cells the label
of the header cell above them (by position) and reads the row as a labelled block
(:func:`footprint.extract.labelled.person`): cells past the header's (a "Phone: (419) ..." teaser)
are read as they are written.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from footprint.extract import block_lines, labelled
from footprint.extract.names import name_at_start
from footprint.models import PersonRecord

_NAME = re.compile(r"^(?:full |person(?:'s)? )?name$", re.I)
# Header words -> the label the labelled-text reader files them under.
_HEADERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^age$", re.I), "Age"),
    (re.compile(r"^(?:locations?|cities|lives in|current (?:city|location|address)|address(?:es)?|residence)$", re.I),
     "Lives in"),
    (re.compile(r"^(?:(?:possible |known )?relatives|related to|family(?: members)?|associates?)$", re.I),
     "Related to"),
    (re.compile(r"^(?:phones?|phone numbers?|telephone)$", re.I), "Phone"),
    (re.compile(r"^e-?mails?(?: address(?:es)?)?$", re.I), "Email"),
    (re.compile(r"^(?:aka|also known as|aliases|other names)$", re.I), "Also known as"),
)  # fmt: skip


def _cells(row: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [c for c in row if isinstance(c.tag, str) and c.tag not in ("script", "style")]


def _header(row: lxml.html.HtmlElement) -> list[str] | None:
    """The labels of a header row: one short line per cell, a name column and a personal column."""
    cells = _cells(row)
    if len(cells) < 3:
        return None
    texts = [" ".join(block_lines.lines(c)) for c in cells]
    if any(len(t) > 30 for t in texts) or not any(_NAME.match(t.strip()) for t in texts):
        return None
    labels = [next((label for pattern, label in _HEADERS if pattern.match(t.strip())), "") for t in texts]
    # A staff table has a name, a phone and a location too: a person's grid shows ages, relatives or aliases.
    return labels if {"Age", "Related to", "Also known as"} & set(labels) else None


def _rows(header: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The rows under a header row: its following siblings, or a table's body rows."""
    rows = [r for r in header.itersiblings() if isinstance(r.tag, str)]
    parent = header.getparent()
    if header.tag == "tr" and parent is not None and parent.tag == "thead":
        table = parent.getparent()
        rows = [r for r in table.iter("tr") if r.getparent() is not parent] if table is not None else rows
    return rows


def _as_block(labels: list[str], row: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, str] | None:
    """The row rewritten as a labelled block (each value line under its column's label), and its name."""
    cells = _cells(row)
    if len(cells) < 2:
        return None
    block = lxml.html.Element("div")
    name = ""
    for at, cell in enumerate(cells):
        shown = block_lines.lines(cell)
        label = labels[at] if at < len(labels) else ""
        if not shown:
            continue
        if not name:
            span = name_at_start(shown[0])
            if span is None:
                return None  # a row that does not open with a name is no person's
            name = span.name
            heading = lxml.etree.SubElement(block, "h4")
            heading.text = shown[0]
            shown = shown[1:]
        elif label:
            lxml.etree.SubElement(block, "p").text = label
        for line in shown:
            lxml.etree.SubElement(block, "p").text = line
    return (block, name) if name else None


# A grid under such a heading lists the page's person's relatives or neighbours, not the people searched for.
_SECTION_OF_OTHERS = re.compile(r"\b(?:relatives|related|associates?|neighbou?rs|family|household|roommates)\b", re.I)


def _under_section_of_others(row: lxml.html.HtmlElement, section: re.Pattern[str] = _SECTION_OF_OTHERS) -> bool:
    """The grid sits in a section headed "Possible Relatives", "Associates", "Neighbors"."""
    grid = row.getparent()
    if grid is not None and grid.tag in ("thead", "tbody"):
        grid = grid.getparent()
    for holder in (grid, grid.getparent() if grid is not None else None):
        before = holder.getprevious() if holder is not None else None
        if before is not None and isinstance(before.tag, str):
            heading = " ".join(block_lines.lines(before))
            if len(heading) <= 40 and section.search(heading):
                return True
    return False


_SECTION_OF_KIN = re.compile(r"\b(?:relatives|related|family|household)\b", re.I)


def relatives(doc: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The names a grid in a section headed "Relatives" or "Family" lists (a record page's "Name | Age | Birth
    Year" rows): the page's person's relatives, each row one of them."""
    out: list[str] = []
    for row in doc.iter("div", "tr", "ul"):
        labels = _header(row)
        if labels is None or not _under_section_of_others(row, _SECTION_OF_KIN):
            continue
        for under in _rows(row):
            found = _as_block(labels, under)
            if found is not None:
                out.append(found[1])
    return tuple(dict.fromkeys(out))


def people(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """Every person a header-labelled results grid shows, in page order."""
    out: list[PersonRecord] = []
    for row in doc.iter("div", "tr", "ul"):
        labels = _header(row)
        if labels is None or _under_section_of_others(row):
            continue
        for under in _rows(row):
            found = _as_block(labels, under)
            record = labelled.person(found[0], found[1], None) if found else None
            if record is not None:
                out.append(record)
    return out
