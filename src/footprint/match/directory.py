"""A department's or a division's own staff list: the unit the page is about names every listed doctor's field.

A faculty page headed "Department of Pediatrics · Division of Hematology-Oncology" lists its doctors
by name, credential and rank, never each one's specialty. When the page names one department (and
at most one division inside it), that unit's field is each listed person's context. A hospital-wide
directory naming several departments says nothing about any one person's field.
"""

from __future__ import annotations

import re

_UNIT = re.compile(
    r"\b(?P<kind>Department|Dept\.?|Division|Section)\s+of\s+(?P<name>[A-Z][\w'-]*(?:\s+(?:and|&)?\s*[A-Z][\w'-]*){0,3})"
)


def unit(text: str) -> str:
    """ "Department of Pediatrics · Division of Hematology-Oncology" when the page names exactly one
    department (or none) and at most one division or section; "" otherwise."""
    found: dict[str, set[str]] = {"department": set(), "division": set()}
    for m in _UNIT.finditer(text[:20_000]):
        kind = "department" if m.group("kind").lower().startswith("dep") else "division"
        found[kind].add(m.group("name").strip())
    if len(found["department"]) > 1 or len(found["division"]) > 1 or not (found["department"] | found["division"]):
        return ""
    return " · ".join(f"{kind.title()} of {next(iter(names))}" for kind, names in found.items() if names)


def with_unit(context: str, unit: str) -> str:
    """``context`` with the unit written into the person's own part (before the page's title)."""
    own, sep, page = context.partition(" [page: ")
    return f"{own} · {unit}{sep}{page}"


# A page of one field's doctors titled so: "Cardiology On-Call – December 2026", "Pulmonology Call Schedule", "Our
# Dermatology Physicians": the rota or the staff list of that field.
_FIELD_LIST = re.compile(
    r"^\s*(?i:our\s+)?(?P<field>[A-Z][\w/&'-]*(?:\s+[A-Z&][\w/&'-]*){0,3})\s+"
    r"(?i:on[- ]call|call\s+schedule|call\s+roster|rota|staff|physicians|doctors|providers|team)\b"
)


def titled_unit(title: str) -> str:
    """The one field a page's title says its listed doctors practise ("Cardiology" from "Cardiology On-Call –
    December 2026 | Pella Regional"), or "" when the title names no field, or several."""
    from footprint.specialties import groups_of

    found = _FIELD_LIST.match(title)
    if found is None:
        return ""
    field = found.group("field")
    return field if len(groups_of(field)) == 1 else ""
