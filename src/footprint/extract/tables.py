"""People listed in tables: a hospital's "Find a Doctor" table, a register's results, a court's or a deed's parties.

A table is read when its header names a name column ("Name", "Provider"),
splits the name over columns ("Last Name | First Name | MI"), or, for
records, names a party column ("Defendant", "Grantee", "Owner"). Each row is
one person, and its other cells are that person's context, so a row's
specialty and city are evidence about that row's person alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract.block_lines import lines
from footprint.extract.names import name_at_start
from footprint.models import Address, PersonRecord

_NAME_COLUMN = re.compile(
    r"^(?:(?:full |provider |physician |doctor |practitioner )?name|provider|physician|doctor)s?$", re.I
)


def table_rows(doc: lxml.html.HtmlElement, title: str = "") -> list[PersonRecord]:
    """People listed in a table whose header has a name column (a hospital's "Find a Doctor" table, a
    register's results): each row is one person, its other cells ("Pediatrics", "Fargo, ND") their
    context, so a row's specialty and city are evidence about that row's person alone."""
    from footprint.extract.mentions import record_for

    out = []
    for table in doc.iter("table"):
        rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent().getparent() is table]
        if len(rows) < 2:
            continue
        header = [" ".join(lines(c)) for c in rows[0] if isinstance(c.tag, str)]
        at = next((i for i, h in enumerate(header) if _NAME_COLUMN.match(h.strip())), None)
        headed = len(header) >= 2 and all(c.tag == "th" for c in rows[0] if isinstance(c.tag, str))
        split = _split_name_columns(header)
        if at is None and split is not None:
            out.extend(_split_name_rows(rows[1:], split, title))
            continue
        if at is None and headed:
            at = next((i for i, h in enumerate(header) if _PARTY_COLUMN.match(h.strip())), None)
            if at is not None:
                out.extend(_party_rows(rows[1:], at, title, _columns(header)))
            continue
        if at is None:
            continue
        columns = _columns(header)
        for row in rows[1:]:
            cells = [" ".join(lines(c)) for c in row if isinstance(c.tag, str)]
            span = name_at_start(cells[at]) if at < len(cells) else None
            if span is None:
                continue
            context = " · ".join(c for c in cells if c)
            out.append(_with_columns(record_for(span, context[:600], title, "name:card"), columns, cells))
    return out


# A row's own age and town under the header's words: a race's results, a club's or a team's roster
# ("Name | Age | City | State", "Runner | Hometown").
_AGE_COLUMN = re.compile(r"^age(?: on race day)?$", re.I)
_CITY_COLUMN = re.compile(r"^(?:city|town|hometown|home town|residence|city/town)$", re.I)
_STATE_COLUMN = re.compile(r"^(?:state|st|state/province)$", re.I)
_AGE_CELL = re.compile(r"^\d{1,3}$")


def _columns(header: list[str]) -> tuple[int | None, ...]:
    """Where the header puts its "Age", "City" and "State" columns (None for a column it lacks), found once a table."""
    return tuple(
        next((i for i, h in enumerate(header) if pattern.match(h.strip())), None)
        for pattern in (_AGE_COLUMN, _CITY_COLUMN, _STATE_COLUMN)
    )


def _with_columns(person: PersonRecord, columns: tuple[int | None, ...], cells: list[str]) -> PersonRecord:
    """``person`` with the age and the town the row's cells give under an "Age", a "City" and a "State"
    column (``_columns``): that runner's or member's own, as the row's other cells are."""
    age, city, state = (cells[at].strip() if at is not None and at < len(cells) else "" for at in columns)
    state = state.upper()
    if _AGE_CELL.match(age) and person.age is None and 0 < int(age) < 120:
        person = replace(person, age=int(age))
    if city and re.fullmatch(r"[A-Z]{2}", state) and not any(a.city for a in person.addresses):
        city = city.title() if city.isupper() else city  # "SALEM" in a register's capitals
        person = replace(person, addresses=(*person.addresses, Address("", city, state)))
    return person


# A register's or a roster's name in columns of its own: "Last Name | First Name | MI", "Surname | Given Name".
_FAMILY_COLUMN = re.compile(r"^(?:last|family|sur)[ -]?(?:name)?$", re.I)
_GIVEN_COLUMN = re.compile(r"^(?:first|given|fore)[ -]?(?:name)?$", re.I)
_MIDDLE_COLUMN = re.compile(r"^(?:middle(?:[ -]?name)?|middle initial|mi|m\.i\.)$", re.I)
_SUFFIX_COLUMN = re.compile(r"^(?:suffix|generation|jr\.?/sr\.?)$", re.I)


def _split_name_columns(header: list[str]) -> tuple[int, int, int | None, int | None] | None:
    """(family, given, middle, suffix) column indexes when the header splits the name, else None."""

    def find(pattern: re.Pattern[str]) -> int | None:
        return next((i for i, h in enumerate(header) if pattern.match(h.strip())), None)

    family, given = find(_FAMILY_COLUMN), find(_GIVEN_COLUMN)
    if family is None or given is None:
        return None
    return family, given, find(_MIDDLE_COLUMN), find(_SUFFIX_COLUMN)


def _split_name_rows(
    rows: list[lxml.html.HtmlElement], columns: tuple[int, int, int | None, int | None], title: str
) -> list[PersonRecord]:
    """Each row's name put together from its columns ("FARRELLY | MARY | C" is Mary C Farrelly), the row's
    other cells its context."""
    from footprint.extract.mentions import record_for

    family_at, given_at, middle_at, suffix_at = columns
    out = []
    for row in rows:
        cells = [" ".join(lines(c)) for c in row if isinstance(c.tag, str)]

        def cell(at: int | None, cells: list[str] = cells) -> str:
            return cells[at].strip() if at is not None and at < len(cells) else ""

        middle = cell(middle_at)
        middle = f"{middle}." if len(middle) == 1 else middle
        written = " ".join(w for w in (cell(given_at), middle, cell(family_at), cell(suffix_at)) if w)
        span = name_at_start(written) if cell(given_at) and cell(family_at) else None
        if span is None:
            continue
        context = " · ".join(c for c in cells if c)
        out.append(record_for(span, context[:600], title, "name:card"))
    return out


# A record's party columns: a court case's parties, a deed's or a sale's parties, a tax roll's owner.
_PARTY_COLUMN = re.compile(
    r"^(?:part(?:y|ies)(?: name)?|plaintiffs?|defendants?|petitioners?|respondents?|grantors?|grantees?"
    r"|buyers?|sellers?|owners?(?: name)?|taxpayers?"
    # A campaign-finance record's donor (the FEC's "Contributor name", OpenSecrets' "Contributor"): one per row.
    r"|contributors?(?: name)?|donors?(?: name)?)$",
    re.I,
)


def _party_rows(
    rows: list[lxml.html.HtmlElement], at: int, title: str, columns: tuple[int | None, ...] = (None, None, None)
) -> list[PersonRecord]:
    """A record table's people by their party column: a name alone in its cell (as written, "Roe, Jane
    A.", or as deeds index it, "ROE JANE A & JOHN B": each one), a business nobody; the street another
    cell of the row gives is theirs, and a co-party in the same cell is kin."""
    from footprint.extract import owners
    from footprint.extract.entities import addresses_in
    from footprint.extract.mentions import record_for

    out = []
    for row in rows:
        elements = [c for c in row if isinstance(c.tag, str)]
        cells = [" ".join(lines(c)) for c in elements]
        if at >= len(cells) or not cells[at].strip():
            continue
        cell = cells[at].strip()
        below = lines(elements[at])[1:]
        if below:
            # "O'SULLIVAN, DENIS P" over "QUINCY, MA 02170": the name on the cell's first line, where the party lives
            # on the lines under it.
            cell = lines(elements[at])[0].strip()
            cells[at] = " · ".join(lines(elements[at]))
        if any(w.lower().strip(".,") in owners.BUSINESS for w in cell.split()):
            continue
        indexed = owners.owners(cell) if "," not in cell else []
        span = name_at_start(cell)
        names = indexed or ([span.name] if span is not None and span.end >= len(cell.rstrip(" .")) - 1 else [])
        streets = tuple(a for c in cells[:at] + cells[at + 1 :] for a in addresses_in(c))
        context = " · ".join(c for c in cells if c)
        for name in names:
            found = name_at_start(name) if indexed else span
            if found is None:
                continue
            record = record_for(found, context[:600], title, "name:card")
            kin = tuple(n for n in names if n != name)
            towns = tuple(t for t in (_town(line) for line in below) if t is not None and t not in record.addresses)
            addresses = (*streets, *(() if streets else towns), *record.addresses)
            record = replace(record, addresses=addresses, relatives=(*record.relatives, *kin))
            out.append(_with_columns(record, columns, cells))
    return out


_TOWN_LINE = re.compile(r"^(?P<city>[^\W\d_][\w .'-]*?),\s*(?P<state>[A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?$")


def _town(line: str) -> Address | None:
    """ "QUINCY, MA 02170" under a party's name: the town the party gave."""
    from footprint.identity import US_STATES

    found = _TOWN_LINE.match(line.strip())
    if found is None or found.group("state") not in US_STATES:
        return None
    zip_code = line.strip().split()[-1] if line.strip()[-1].isdigit() else ""
    return Address("", found.group("city").title(), found.group("state"), zip_code[:5])
