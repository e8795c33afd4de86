"""People in a single-page app's state, with no site definition.

Government and health-system directories render in the browser from a JSON blob in
``<script type="application/json">`` (Angular's ``serverApp-state``, Next.js data): the page's
markup names nobody and its footer names the agency. A record in that state with a given-name
key and a family-name key (``provider_first_name``, ``firstName``, ``last_name``) is a person;
the record's credential, specialty and NPI keys, and the addresses beside it, are theirs.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html

from footprint.models import Address, PersonRecord

_FIRST = re.compile(r"(?:first|given)_?name$", re.I)
_MIDDLE = re.compile(r"middle_?(?:name|initial)$", re.I)
_LAST = re.compile(r"(?:last|family|sur)_?name$", re.I)
_CRED = re.compile(r"^(?:cred|credentials?)$", re.I)
_SPEC = re.compile(r"^(?:pri_spec|(?:primary_?)?specialty)$", re.I)
_CITY = re.compile(r"^(?:city|citytown|city_?name|town)$", re.I)
_STATE = re.compile(r"^(?:state|state_?code|st)$", re.I)
_STREET = re.compile(r"^(?:adr_ln_1|address_?1|street(?:_?address)?|address_?line_?1)$", re.I)
_ZIP = re.compile(r"^(?:zip|zip_?code|postal_?code)$", re.I)
MAX_SCRIPT = 1_000_000  # bytes of JSON read from one script
MAX_DEPTH = 8
MAX_PEOPLE = 20


def people(doc: lxml.html.HtmlElement) -> list[PersonRecord]:
    """The people in the page's JSON scripts (not JSON-LD: ``structured`` reads that)."""
    found: list[PersonRecord] = []
    for script in doc.xpath("//script[@type='application/json']"):
        text = script.text or ""
        if len(text) > MAX_SCRIPT:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        _walk(data, None, 0, found)
        if len(found) >= MAX_PEOPLE:
            break
    return found[:MAX_PEOPLE]


def _value(record: dict[str, Any], pattern: re.Pattern[str]) -> str:
    for key, value in record.items():
        if isinstance(value, str | int) and pattern.search(str(key)) and str(value).strip():
            return str(value).strip()
    return ""


def _walk(data: Any, parent: dict[str, Any] | None, depth: int, found: list[PersonRecord]) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_PEOPLE:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _walk(item, parent, depth + 1, found)
        return
    if not isinstance(data, dict):
        return
    person = _person(data, parent)
    if person is not None:
        found.append(person)
        return
    for value in list(data.values())[:200]:
        _walk(value, data, depth + 1, found)


def _person(record: dict[str, Any], parent: dict[str, Any] | None) -> PersonRecord | None:
    first, last = _value(record, _FIRST), _value(record, _LAST)
    if not first or not last or len(first) > 40 or len(last) > 40:
        return None
    middle = _value(record, _MIDDLE)
    name = " ".join(w for w in (first, middle, last) if w)
    if name.isupper():
        name = name.title()
    npi = _value(record, re.compile(r"^npi$", re.I)) or (_value(parent, re.compile(r"^npi$", re.I)) if parent else "")
    credential = _value(record, _CRED).replace(".", "").upper()
    specialty = _value(record, _SPEC)
    addresses = _addresses(parent if parent is not None else record)
    return PersonRecord(
        name=name,
        credentials=(credential,) if credential and len(credential) <= 12 else (),
        specialties=(specialty.title() if specialty.isupper() else specialty,) if specialty else (),
        addresses=tuple(addresses),
        npi=npi if re.fullmatch(r"\d{10}", npi) else None,
        read_from=("name:app state JSON", "record:app state JSON"),
    )


def _addresses(scope: dict[str, Any]) -> list[Address]:
    """Addresses in the records beside the person (a ``locations`` list), at most a few levels down."""
    out: list[Address] = []

    def visit(value: Any, depth: int) -> None:
        if depth > 3 or len(out) >= 5:
            return
        if isinstance(value, list):
            for item in value[:20]:
                visit(item, depth + 1)
        elif isinstance(value, dict):
            city, state = _value(value, _CITY), _value(value, _STATE)
            if city and state and len(state) == 2:
                out.append(
                    Address(
                        street=_value(value, _STREET).title(),
                        city=city.title(),
                        state=state.upper(),
                        postal_code=_value(value, _ZIP)[:5],
                    )
                )
            for inner in list(value.values())[:50]:
                if isinstance(inner, dict | list):
                    visit(inner, depth + 1)

    visit(scope, 0)
    return out
