"""Households in a member directory: a church's, club's, school's or neighbourhood's list of families.

Such a directory writes each household as a term, family name first with the given name, a nickname in
brackets and the spouse after "&" ("Whitcombe, Gerald (Gerry) & Marjorie"), and under it the household's
street, phone, birthdays and children ("<dt>" then "<dd>", whatever the class names), or writes each household
as a table's row (the entry in its first cell, then cells under headings "Children", "Address", "Phone"). Each
entry is a record of its first person (the nickname an alias, the spouse and the children relatives, the
street their home) and one of the spouse's, who lives there too: "Rourke, Neil & Tamsin" lists Tamsin Rourke,
the subject perhaps, as much as Neil. A household's details written on one line, set apart by dots, bars or
bullets ("Finn, Oliver · 2210 Van Hise Ave · (608) 555-0177"), are read part by part.
A term whose description holds neither a street nor a phone (a glossary's) is no household.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract import block_lines, labelled
from footprint.extract.entities import parse_address, phones_in
from footprint.extract.names import name_at_start
from footprint.models import Address, PersonRecord

_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]*(?:['’-][^\W\d_]+)*"  # "Žukauskas", "O'Neil", "Ben-David"
# "Whitcombe, Gerald (Gerry) & Marjorie", "Quillfeather, Zora K. & Anders", "Tavares, Manuel and Joanne".
_ENTRY = re.compile(
    rf"^(?P<family>{_NAME}(?:[ -]{_NAME})?),\s+(?P<given>{_NAME})(?:\s+(?P<middle>[A-Z])\.?)?"
    rf"(?:\s+\((?P<nick>{_NAME})\))?(?:\s+(?:&|and)\s+(?P<spouse>{_NAME}))?\s*$"
)
HOUSEHOLD_ENTRY = "record:household directory"  # where a household entry's record was read from
_PARTS = re.compile(r"\s+[·•|]\s+")  # one line's parts: "Finn, Oliver · 2210 Van Hise Ave · (608) 555-0177"
_KIDS = re.compile(r"^(?:children|kids)\s*:", re.I)
# "Iris (12), Callum (9)", "Owen (Henry Clay), Maisie (Morton Middle)": the age or the school in brackets.
_CHILDREN = re.compile(rf"(?<=[:,&]\s)({_NAME})(?=\s*(?:\([^()]{{1,40}}\))?\s*(?:,|&|and\b|$))")
# A directory's columns to reach a household at ("Phone", "Cell", "E-mail"): a docket's or a deed's table has none.
_CONTACT_COLUMN = re.compile(r"\b(?:phones?|tel(?:ephone)?|cell|mobile|e-?mails?)\b", re.I)
# A first column that says its rows are households ("Household", "Family", "Residents"): a neighbours' directory
# giving only the street and the kids lists households as much as one with phones; a docket's first is "Party".
_HOUSEHOLD_COLUMN = re.compile(
    r"^(?:households?|famil(?:y|ies)|residents?|members?|parishioners?|neighbou?rs?)\b", re.I
)
_STREET_LINE = re.compile(r"^\d{1,6}\s+\S")
# The state a ZIP code's first three digits belong to (USPS ranges), for a local directory that writes
# "Cranston 02905" and leaves the state to the reader.
_ZIP3 = (
    (10, 27, "MA"), (28, 29, "RI"), (30, 38, "NH"), (39, 49, "ME"), (50, 59, "VT"), (60, 69, "CT"), (70, 89, "NJ"),
    (100, 149, "NY"), (150, 196, "PA"), (197, 199, "DE"), (200, 205, "DC"), (206, 219, "MD"), (220, 246, "VA"),
    (247, 268, "WV"), (270, 289, "NC"), (290, 299, "SC"), (300, 319, "GA"), (320, 349, "FL"), (350, 369, "AL"),
    (370, 385, "TN"), (386, 397, "MS"), (398, 399, "GA"), (400, 427, "KY"), (430, 459, "OH"), (460, 479, "IN"),
    (480, 499, "MI"), (500, 528, "IA"), (530, 549, "WI"), (550, 567, "MN"), (570, 577, "SD"), (580, 588, "ND"),
    (590, 599, "MT"), (600, 629, "IL"), (630, 658, "MO"), (660, 679, "KS"), (680, 693, "NE"), (700, 715, "LA"),
    (716, 729, "AR"), (730, 749, "OK"), (750, 799, "TX"), (800, 816, "CO"), (820, 831, "WY"), (832, 838, "ID"),
    (840, 847, "UT"), (850, 865, "AZ"), (870, 884, "NM"), (885, 885, "TX"), (889, 898, "NV"), (900, 961, "CA"),
    (967, 968, "HI"), (970, 979, "OR"), (980, 994, "WA"), (995, 999, "AK"),
)  # fmt: skip


def state_of_zip(code: str) -> str:
    """The state of a five-digit ZIP code, or "" when it is none."""
    if not re.fullmatch(r"\d{5}", code):
        return ""
    head = int(code[:3])
    return next((state for low, high, state in _ZIP3 if low <= head <= high), "")


def people(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """One record per household entry of a definition list or a table's row, in page order."""
    out = _rows(doc)
    for term in doc.iter("dt"):
        entry = _ENTRY.match(" ".join(" ".join(block_lines.lines(term)).split()))
        if entry is None:
            continue
        described = []
        for sibling in term.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag == "dt":
                break
            if sibling.tag == "dd":
                described += block_lines.lines(sibling)
        out += _household(entry, described)
    return out + _items(doc)


def _items(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """A directory written as a list, each item a household on one line: "Achterberg, Dez & Karen · Ada ·
    (616) 555-0151"; only an item whose other parts give a street or a phone is one."""
    out = []
    for item in doc.iter("li"):
        parts = _PARTS.split(" ".join(item.text_content().split()))
        entry = _ENTRY.match(parts[0]) if len(parts) > 1 else None
        if entry is not None:
            out += _household(entry, parts[1:])
    return out


def _rows(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """A directory written as a table: each row's first cell the entry, the other cells its details, each
    under its column's heading ("Children" | "Iris (12), Callum (9)" reads "Children: Iris (12), Callum (9)").
    Only a table with a phone or e-mail column lists households; a docket's "Party | Role | Address" lists parties."""
    out = []
    for table in doc.iter("table"):
        headings: list[str] = []
        for row in table.iter("tr"):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
            texts = [" ".join(" ".join(block_lines.lines(c)).split()) for c in cells]
            if cells and all(c.tag == "th" for c in cells):
                headings = texts
                continue
            if not any(_CONTACT_COLUMN.search(h) for h in headings[1:]) and not (
                headings and _HOUSEHOLD_COLUMN.match(headings[0])
            ):
                continue  # a court's parties, a deed's grantees: no column to reach the household at
            entry = _ENTRY.match(texts[0]) if texts else None
            if entry is None:
                continue
            described = []
            for i, text in enumerate(texts[1:], start=1):
                heading = headings[i] if i < len(headings) else ""
                if not text:
                    continue
                # A street stays bare (it opens its line); a heading names the rest ("Children", "Email").
                described.append(text if _STREET_LINE.match(text) or not heading else f"{heading}: {text}")
            out += _household(entry, described)
    return out


def _household(entry: re.Match[str], described: list[str]) -> list[PersonRecord]:
    """The entry's first person's record and, when it names one, the spouse's."""
    described = [part for line in described for part in _PARTS.split(line) if part.strip()]
    first = _first_person(entry, described)
    if first is None or not entry.group("spouse"):
        return [first] if first is not None else []
    family, spouse = entry.group("family"), entry.group("spouse")
    mate = name_at_start(f"{spouse} {family}")
    if mate is None:
        return [first]
    second = replace(
        first,
        name=mate.name,
        relatives=tuple(dict.fromkeys([first.name, *(r for r in first.relatives if r != mate.name)])),
        aliases=(),
        birth_date=_own_birthday(_birthdays(described), (spouse, "")),
        age=None,
    )
    return [first, second]


def _birthdays(described: list[str]) -> str:
    return next((line.split(":", 1)[1].strip() for line in described if line.lower().startswith("birthdays:")), "")


def _first_person(entry: re.Match[str], described: list[str]) -> PersonRecord | None:
    family, given = entry.group("family"), entry.group("given")
    middle = f" {entry.group('middle')}" if entry.group("middle") else ""
    span = name_at_start(f"{given}{middle} {family}")
    if span is None:
        return None
    streets = [a for line in described if _STREET_LINE.match(line) and (a := parse_address(line)).street]
    phones = tuple(dict.fromkeys(p for line in described for p in phones_in(line)))
    if not streets and not phones:
        return None  # a glossary's term, a list of definitions: no household's contact
    spouse = f"{entry.group('spouse')} {family}" if entry.group("spouse") else ""
    # "Children: Iris (12), Callum (9)": a household's children go by its family name, written once.
    described = [
        _KIDS.sub("Children:", _CHILDREN.sub(lambda m: f"{m.group(1)} {family}", d)) if _KIDS.match(d) else d
        for d in described
    ]
    lines = [span.name, *described] + ([f"Spouse: {spouse}"] if spouse else [])
    record = labelled.person_in_lines(lines, span.name, None) or PersonRecord(name=span.name)
    nick = entry.group("nick")
    home = tuple(
        Address(a.street, a.city, a.state or state_of_zip(a.postal_code), a.postal_code, "home") for a in streets[:1]
    )
    return replace(
        record,
        addresses=home + tuple(a for a in record.addresses if a.street and a.street != home[0].street)
        if home
        else record.addresses,
        phones=phones,
        aliases=tuple(dict.fromkeys([*record.aliases, *([f"{nick} {family}"] if nick else [])])),
        birth_date=_own_birthday(record.birth_date, (given, nick or "")),
        context=" · ".join([" ".join(entry.group().split()), *described])[:600],
        read_from=(HOUSEHOLD_ENTRY,),
    )


def _own_birthday(said: str, names: tuple[str, str]) -> str:
    """The household's "Birthdays: Gerry May 14, Marjorie Sept 2" cut to the entry's own person's."""
    if not said:
        return ""
    for part in re.split(r"\s*[,;]\s*(?=[A-Z][a-z]+\s+[A-Z])", said):
        first = part.split()[0] if part.split() else ""
        if first in names:
            return part[len(first) :].strip()
    return said if not re.match(r"^[A-Z][a-z]+\s+[A-Z]", said) else ""
