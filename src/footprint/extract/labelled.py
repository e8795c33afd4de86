"""People described by labelled text blocks, whatever the markup's class names.

People-search sites show a person as a result card or a detail page: a name (often
"Name, 44" or "Name (age 44)"), then labelled lines, "Age", "Lives in", "Used to live in",
"Related to", "Phone", "Email", "Also known as", in ``<dt>/<dd>`` pairs, ``<strong>Label:</strong>``
lines, headed sections or plain text. This reader finds the name-shaped headings (the *anchors*),
gives each the largest block around it that holds no other anchor, reads that block as lines and
files each labelled line under its field. A block with no personal label is not a person record.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

import lxml.html

from footprint.extract.block_lines import lines
from footprint.extract.entities import STREET_ADDRESS, age_in, emails_in, parse_address, phones_in
from footprint.extract.names import name_at_start
from footprint.extract.places import places_in
from footprint.models import Address, PersonRecord

_ANCHOR_TAGS = {"h1", "h2", "h3", "h4", "strong", "b"}
_LABELS: tuple[tuple[str, str], ...] = (
    ("past", r"used to live in|has lived in|lived in|previous(?:ly lived in| addresses| address| cities| locations)?"
     r"|past addresses|prior addresses|former addresses|address history"),
    ("home", r"lives in|lives at|resides in|current (?:and|&) (?:past|previous|prior) address(?:es)?"
     r"|(?:current|last known|most recent|latest)(?: home| residential| street)? address(?:es)?|home address"
     r"|current city|current location"
     r"|addresses|address"),
    ("age", r"age"),
    ("birth", r"birthdays?|birth ?date|date of birth|born(?: on)?|dob"),
    ("relatives", r"(?:may be |might be |possibly |likely |probably )?related to|possible relatives|relatives"
     r"|family members|family(?=\s*(?::|$))|household(?: members)?"
     r"|associated (?:persons|people)|spouse|children"),
    ("phone", r"(?:current (?:and|&) (?:past|previous|prior) |(?:last known|most recent|latest|current) )?"
     r"(?:phone numbers?|phones?)|tel|telephone"
     r"|cell(?: phone)?|mobile|landline|contact number"),
    ("email", r"e-?mail(?: address(?:es)?)?|e-?mails"),
    # "Also Seen As": the heading a people-search record's other names stand under, one name a line.
    ("aka", r"also known as|also seen as|aka|a\.k\.a\.|aliases|alias|other names|nicknames?"),
    ("fullname", r"full name|legal name|(?:licensee|provider|physician|practitioner|respondent|doctor)(?:'s)? name"
     r"|name(?= *:)"),
    ("occupation", r"(?:possible |current )?(?:occupation|profession|job title|employer|employment|works at)"),
)  # fmt: skip
_LABEL = re.compile(
    r"^(?:(?P<label>" + "|".join(f"(?P<{key}>{words})" for key, words in _LABELS) + r"))\b\s*[:\-–]?\s*(?P<value>.*)$",
    re.I,
)
_AGE_TAIL = re.compile(
    r"^\s*(?:,\s*(?:age\s*)?(\d{2,3})|\(\s*age:?\s*(\d{2,3})\s*\)|,?\s*age:?\s*(\d{2,3}))?\s*$", re.I
)
# A broker's marker after a list entry: "4318 Pinon Ct, Las Cruces, NM 88011 -Current", "(575) 555-0188 (Primary)".
_STATUS_TAG = re.compile(r"\s*(?:[-–—]\s*|\(\s*)(?:current|primary|previous|past|old|verified)\s*\)?\s*$", re.I)
_FURNITURE = re.compile(r"^(?:view|see|show|get|open|more|unlock|search)\b", re.I)
_BARE_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}")
_MAX_VALUE_LINES = 6
_BARE_PLACE = re.compile(r"[A-Z][A-Za-z .'-]{1,40},\s*[A-Z]{2}(?:\s+\d{5})?")
_ONE_LINE = {"age", "birth", "occupation", "fullname", "aka"}  # a label whose value is one line
_IN_PLACE = re.compile(r"^\s+in\s+[A-Z][\w .'-]*(?:,\s*[A-Z]{2}|\s*$)")
_BORN = re.compile(r"\bborn\s+(?:on\s+)?([A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4})", re.I)
_PERSONAL = {"age", "birth", "relatives", "home", "past", "phone", "email", "aka"}
# A line that is one person's name and nothing else ("Harry Quennell", "Harriet J Mabry"): under a heading "Also
# Seen As" a record lists its other names one a line, and the list ends at the first line that is not a name.
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}")


@dataclass
class _Fields:
    values: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, value: str) -> None:
        if value.strip(" :,;"):
            self.values.setdefault(key, []).append(value.strip(" :,;"))


NAME_LABEL = re.compile(
    r"^(?:full |legal |licensee |provider |physician |practitioner |respondent )?name\s*:?\s*(?P<value>.*)$", re.I
)


def _anchor_name(el: lxml.html.HtmlElement) -> tuple[str, int | None] | None:
    """The name (and age) a heading shows on its first line; a label ("Current Address") is no name.
    A register's "Name: HARGROVE, JAMES T" (in one element, or a label cell and its value) is a record's title."""
    shown = lines(el)
    if not shown or len(shown) > 3:
        return None
    text = shown[0]
    labelled_name = NAME_LABEL.match(text)
    if labelled_name is not None and labelled_name.group("value"):
        span = name_at_start(labelled_name.group("value"))
        return (span.name, None) if span is not None else None
    before = el.getprevious()
    if before is not None and isinstance(before.tag, str) and NAME_LABEL.fullmatch(" ".join(lines(before))):
        span = name_at_start(text)
        return (span.name, None) if span is not None and span.end >= len(text.strip()) - 1 else None
    if len(text) > 80 or _LABEL.match(text):
        return None
    span = name_at_start(text)
    if span is None:
        return None
    rest = text[span.end :]
    if span.credentials:  # "Jean-Robert Desrosiers, MD, MSCI, FAASLD": more letters after a degree are degrees
        rest = _POST_NOMINALS.sub("", rest, count=1)
    tail = _AGE_TAIL.match(rest)
    if tail is None and (el.tag == "h1" or _is_heading(el)) and (_IN_PLACE.match(rest) or _PLACE_TAIL.match(rest)):
        return span.name, None  # a detail page's "Name in City, ST", a card's "Name  City, ST"
    if tail is None:
        return None
    age = next((int(g) for g in tail.groups() if g), None)
    if age is None and not _is_heading(el) and not _labels_follow(el):
        return None
    return span.name, age


# Post-nominal letters after a known degree, whatever they are: "MSCI", "PhD", "FAASLD", "MSCE", "MHPE".
_POST_NOMINALS = re.compile(r"^(?:\s*,\s*(?:[A-Z][A-Za-z]{0,2}\.?){1,4}[A-Z]\.?(?=\s*(?:,|$)))+")
_PLACE_TAIL = re.compile(r"^\s*(?:[-–,·|]\s*)?[A-Z][\w .'-]*,?\s+[A-Z]{2}\s*$")


def _is_heading(el: lxml.html.HtmlElement) -> bool:
    """A heading, bold text or an element marked as a name or title: a name alone there is a record's title."""
    if el.tag in _ANCHOR_TAGS:
        return True
    marks = " ".join(str(el.get(a, "")) for a in ("class", "itemprop", "data-qa-selector", "data-testid")).lower()
    if el.tag == "a":
        return False
    return "name" in marks or bool(re.search(r"(?:^|[\s_-])(?:h[1-6]|title|heading)(?:$|[\s_-])", marks))


def _labels_follow(el: lxml.html.HtmlElement) -> bool:
    """A bare name whose next element opens with a personal label ("Age 47", "Lives in ..."): a card's title."""
    nxt, before = el.getnext(), el.getprevious()
    if nxt is None or not isinstance(nxt.tag, str):
        return False
    if before is not None and isinstance(before.tag, str) and _LABEL.match(" ".join(lines(before))):
        return False  # the value of a label ("AKA" then a name): not a card's title
    shown = lines(nxt)
    found = _LABEL.match(shown[0]) if shown else None
    return found is not None and bool({k for k, _ in _LABELS if found.group(k)} & _PERSONAL)


def _is_anchor_tag(el: lxml.html.HtmlElement) -> bool:
    # Any element may hold "Name, 44"; only headings may hold a bare name.
    return isinstance(el.tag, str) and el.tag in _ANCHOR_TAGS | {"a", "span", "div", "p", "li", "h5", "h6", "td"}


def anchors(doc: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, tuple[str, int | None]]:
    """Name-shaped headings, innermost first: the element holding only the name (and perhaps an age)."""
    found = {}
    for el in doc.iter():
        if _is_anchor_tag(el):
            named = _anchor_name(el)
            if named is not None:
                found[el] = named
    # Keep the innermost: "<div class=name-wrapper><span class=full-name>" is one anchor.
    return {el: v for el, v in found.items() if not any(d in found for d in el.iterdescendants())}


def blocks(doc: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str, int | None]]:
    """Each anchor with the largest block around it that holds no other anchor."""
    found = anchors(doc)
    counts: dict[lxml.html.HtmlElement, int] = {}
    for el in found:
        for parent in el.iterancestors():
            counts[parent] = counts.get(parent, 0) + 1
    out = []
    for el, (name, age) in found.items():
        block = el
        for parent in el.iterancestors():
            if parent.tag in ("body", "html") or counts.get(parent, 0) > 1:
                break
            block = parent
        if block is el:
            block = _with_following(el, found)
        out.append((block, name, age))
    return out


def _with_following(el: lxml.html.HtmlElement, found: Container[lxml.html.HtmlElement]) -> lxml.html.HtmlElement:
    """A heading standing among its page's sections (a detail page's ``<h1>`` then ``<dl>``, a table, headed
    lists): the heading and the siblings after it, up to the next one holding a name heading, as one block."""
    from copy import deepcopy

    after = []
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling in found or any(d in found for d in sibling.iterdescendants()):
            break
        after.append(sibling)
    if not after:
        return el
    block = lxml.html.Element("div")
    for part in (el, *after):
        copied = deepcopy(part)
        copied.tail = None
        block.append(copied)
    return block


def _split_names(value: str) -> list[str]:
    """The names in a "Related to" value; anything that is not wholly a name is dropped."""
    out = []
    value = re.split(r"(?<=[a-z]{2})\.(?:\s|$)", value)[0]  # a sentence ends the list (not an initial)
    value = re.sub(r"\s*\([^)]{0,30}\)", "", value)  # "Erik Quillfeather (spouse)"
    for part in re.split(r"\s*(?:,|;|\band\b|&|·)\s*", value):
        span = name_at_start(part.strip())
        if span is not None and span.end >= len(part.strip()) - 1:
            out.append(span.name)
    return out


def _addresses(values: list[str], purpose: str) -> list[Address]:
    out: list[Address] = []
    for value in values:
        for piece in re.split(r"\s*;\s*", value):
            if re.match(r"^\d+\s+\S", piece):
                address = parse_address(piece)
                out.append(Address(address.street, address.city, address.state, address.postal_code, purpose))
            else:
                out.extend(Address("", a.city, a.state, a.postal_code, purpose) for a in places_in(piece))
    return out


def _read(block_lines: list[str]) -> _Fields:
    """Labelled lines filed by field; bare phone and street lines go under "bare_phone"/"bare_home"."""
    fields = _Fields()
    pending: str | None = None
    pending_parts: list[str] = []

    def flush() -> None:
        if not pending or not pending_parts:
            return
        if pending not in ("home", "past"):
            fields.add(pending, "; ".join(pending_parts))
            return
        # Address lines: a line opening with a house number starts the next address.
        grouped: list[str] = []
        for part in pending_parts:
            if _FURNITURE.match(part):
                continue  # "View full record": a button after the list, not the address's last line
            if grouped and not re.match(r"^\d+\s", part):
                grouped[-1] += ", " + part
            else:
                grouped.append(part)
        fields.add(pending, "; ".join(grouped))

    for raw in block_lines:
        line = _STATUS_TAG.sub("", raw)  # "(575) 555-0188 -Current": the tag is no part of the number
        m = _LABEL.match(line)
        full = pending is not None and len(pending_parts) >= (1 if pending in _ONE_LINE else _MAX_VALUE_LINES)
        if pending == "aka" and pending_parts and len(pending_parts) < _MAX_VALUE_LINES:
            full = not _NAME_LINE.fullmatch(line)  # the next name of a list under the heading, not the record's rest
        if m is None and (pending is None or full or len(line) > 80):
            flush()
            pending, pending_parts = None, []
            # Unlabelled lines a card shows bare: a phone number, a full street address.
            if _BARE_PHONE.fullmatch(line):
                fields.add("bare_phone", line)
            elif STREET_ADDRESS.fullmatch(line):
                fields.add("bare_home", line)
            continue
        if m:
            flush()
            key = next(k for k, _ in _LABELS if m.group(k))
            value = m.group("value")
            if value.strip(" :"):
                fields.add(key, value)
                pending, pending_parts = None, []
            else:
                pending, pending_parts = key, []
        elif pending is not None:
            pending_parts.append(line)
    flush()
    return fields


def person(block: lxml.html.HtmlElement, name: str, age: int | None) -> PersonRecord | None:
    """The person one block describes, or None when no line of it is a personal label."""
    return person_in_lines(lines(block), name, age)


def person_in_lines(block_lines: list[str], name: str, age: int | None) -> PersonRecord | None:
    """The person a block's lines describe, or None when no line of them is a personal label."""
    fields = _read(block_lines).values
    if not set(fields) & _PERSONAL and age is None:
        return None  # a practice's card (name, street, phone) is no person record
    fields.setdefault("phone", []).extend(fields.pop("bare_phone", []))
    fields.setdefault("home", []).extend(fields.pop("bare_home", []))
    if not fields["home"] and block_lines:
        # "Wren Halvorsen  Spokane, WA": the card's title says where the person lives.
        first = block_lines[0]
        shown = name_at_start(first)
        fields["home"] = [f"{a.city}, {a.state}" for a in places_in(first[shown.end :] if shown else "")][:1]
    if not fields["home"]:
        # "Caroline Pruitt, 41 · Cary, NC · Has Lived In ...": a bare place line on a record is where they live.
        bare = next((line for line in block_lines[1:] if _BARE_PLACE.fullmatch(line)), "")
        fields["home"] = [bare] if bare else []
    if age is None:
        ages = [int(m.group(1)) for v in fields.get("age", []) if (m := re.search(r"\b(\d{2,3})\b", v))]
        age = ages[0] if ages else age_in(" · ".join(block_lines))
    born = [m.group(1) for vs in fields.values() for v in vs if (m := _BORN.search(v))]
    relatives = [n for v in fields.get("relatives", []) for n in _split_names(v)]
    aliases = [a.strip() for v in fields.get("aka", []) for a in re.split(r"\s*[,;]\s*", v) if a.strip()]
    occupation = "; ".join(fields.get("occupation", []))
    full = [n.name for v in fields.get("fullname", []) if (n := name_at_start(v)) is not None]
    return PersonRecord(
        name=full[0] if full else name,
        addresses=tuple(
            dict.fromkeys(
                [*_addresses(fields.get("home", []), "home"), *_addresses(fields.get("past", []), "previous")]
            )
        ),
        phones=tuple(dict.fromkeys(p for v in fields.get("phone", []) for p in phones_in(v))),
        emails=tuple(dict.fromkeys(e for v in fields.get("email", []) for e in emails_in(v))),
        age=age,
        birth_date=(fields.get("birth") or born or [""])[0],
        relatives=tuple(dict.fromkeys(relatives)),
        practice=occupation,
        aliases=tuple(dict.fromkeys(aliases)),
        occupation=occupation,
        context=" · ".join(block_lines)[:600],
        read_from=("record:labelled text",),
    )


def people(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """Every person a labelled block on the page describes, in page order."""
    out = []
    for block, name, age in blocks(doc):
        found = person(block, name, age)
        if found is not None:
            out.append(found)
    return out
