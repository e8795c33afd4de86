"""Medicare Care Compare's doctors and clinicians, from CMS's Provider Data Catalog (docs/evidence/care_compare.md).

The "Doctors and Clinicians National Downloadable File" (dataset ``mj5m-pzi6``) answers a DKAN datastore query
``{"results": [row, ...], "count"}``: one row per clinician, enrollment, group and practice address, every value a
string, names and places in capitals (``provider_first_name``, ``cred``, ``pri_spec``, ``sec_spec_1``..``4``,
``med_sch``, ``grd_yr``, ``facility_name``, ``adr_ln_1``, ``citytown``, ``zip_code``, ``telephone_number``...).
The rows of one NPI become one person: every practice address and phone, every specialty. What a patient reads on
the profile but footprint keeps no field for (medical school, graduation year, gender, groups, telehealth) is the
record's text, shown with it; the graduation year dates the physician's age, and no finding is made of it.
"""

from __future__ import annotations

import re
from typing import Any

from footprint.extract.entities import normalise_phone
from footprint.models import Address, Extracted, Page, PersonRecord

READ_FROM = ("name:API JSON", "record:API JSON")
SECONDARY = ("sec_spec_1", "sec_spec_2", "sec_spec_3", "sec_spec_4")
# Words that stay in capitals once a value is no longer shouted: directions, business forms, generations.
CAPITALS = frozenset({"NW", "NE", "SW", "SE", "PO", "LLC", "PLLC", "PC", "PA", "LLP", "II", "III", "IV"})
# Small words a title leaves in lower case ("School of Medicine"), unless they open it.
SMALL = frozenset({"Of", "And", "The", "For", "In", "At", "On"})
# A school the file does not name ("OTHER"): nothing a patient learns.
UNNAMED = frozenset({"OTHER", ""})


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _title(word: str) -> str:
    """A word with each letter that follows no letter or digit in capitals: "O'BRIEN" -> "O'Brien", "22ND" -> "22nd"."""
    return re.sub(r"(^|[^a-z0-9])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word.lower())


def _words(text: str) -> str:
    """A capitalised value as a patient reads it: "DIAGNOSTIC RADIOLOGY" -> "Diagnostic Radiology"."""
    if not text.isupper():
        return text
    # An abbreviation in brackets stays as written: "MICROGRAPHIC DERMATOLOGIC SURGERY (MDS)".
    words = [w if w in CAPITALS or (w.startswith("(") and w.endswith(")")) else _title(w) for w in text.split()]
    return " ".join(w.lower() if i and w in SMALL else w for i, w in enumerate(words))


def _address(row: dict[str, Any]) -> Address | None:
    street = " ".join(p for p in (_text(row, "adr_ln_1"), _text(row, "adr_ln_2")) if p)
    if not street:
        return None
    zip_code = _text(row, "zip_code")
    postal = f"{zip_code[:5]}-{zip_code[5:]}" if len(zip_code) == 9 and zip_code.isdigit() else zip_code
    return Address(_words(street), _words(_text(row, "citytown")), _text(row, "state").upper(), postal, "practice")


def _specialties(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    """Each row's primary specialty, then its secondary ones (the four columns, else the combined one)."""
    found: list[str] = []
    for row in rows:
        found.append(_text(row, "pri_spec"))
        listed = [_text(row, k) for k in SECONDARY]
        found += listed if any(listed) else _text(row, "sec_spec_all").split(",")
    return tuple(dict.fromkeys(_words(s.strip()) for s in found if s.strip()))


def _details(rows: list[dict[str, Any]]) -> str:
    """What the profile says that footprint keeps no field for, one sentence each."""
    first = rows[0]
    school = "" if _text(first, "med_sch").upper() in UNNAMED else _words(_text(first, "med_sch"))
    year = _text(first, "grd_yr")
    groups = list(dict.fromkeys(_words(_text(r, "facility_name")) for r in rows if _text(r, "facility_name")))
    gender = {"F": "female", "M": "male"}.get(_text(first, "gndr").upper(), "")
    said = [
        f"Medical school: {school}." if school else "",
        f"Graduation year: {year}." if re.fullmatch(r"(?:19|20)\d\d", year) else "",
        f"Gender: {gender}." if gender else "",
        f"Groups: {'; '.join(groups)}." if groups else "",
        "Telehealth: offered." if any(_text(r, "telehlth").upper() == "Y" for r in rows) else "",
    ]
    return " ".join(s for s in said if s)


def care_compare(data: Any, page: Page) -> Extracted:
    """The clinician of a datastore answer (the rows of the NPI asked for); no rows, no one."""
    probe = page.probe
    base = Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, search_rank=probe.rank)
    raw = data.get("results") if isinstance(data, dict) else None
    rows = [r for r in raw if isinstance(r, dict)] if isinstance(raw, list) else []
    npi = _text(rows[0], "npi") if rows else ""
    rows = [r for r in rows if _text(r, "npi") == npi]  # one clinician: the NPI the query asked for
    if not rows or not npi:
        return base
    first = rows[0]
    parts = ("provider_first_name", "provider_middle_name", "provider_last_name", "suff")
    name = " ".join(_words(_text(first, k)) for k in parts if _text(first, k))
    addresses = tuple(dict.fromkeys(a for a in (_address(r) for r in rows) if a is not None))
    phones = (normalise_phone(p) or p for p in (_text(r, "telephone_number") for r in rows) if p)
    credential = _text(first, "cred")
    specialties = _specialties(rows)
    person = PersonRecord(
        name=name,
        credentials=(credential,) if credential else (),
        specialties=specialties,
        addresses=addresses,
        phones=tuple(dict.fromkeys(phones)),
        npi=npi,
        practice=_words(_text(first, "facility_name")),
        read_from=READ_FROM,
    )
    shown = f"{name}, {credential}" if credential else name
    places = f"{len(addresses)} practice location{'s' if len(addresses) != 1 else ''}"
    title = f"Care Compare: {shown} ({specialties[0]}), {places}" if specialties else f"Care Compare: {shown}"
    return Extracted(
        url=base.url, site_id=base.site_id, kind=base.kind, search_rank=base.search_rank, title=title,
        people=(person,), text=_details(rows),
    )  # fmt: skip
