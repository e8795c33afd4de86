"""Asking the NPPES NPI Registry (API v2.1) and reading its answer: one question as a probe through the scan's
fetcher, each result as an ``NpiRecord``, and the count of providers under a family name in a state.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from footprint.config import Settings
from footprint.identity import FetchFn, npi_check_digit_ok
from footprint.models import Address, NpiRecord, Page, PageKind, Parser, Probe, ProbePurpose, ProbeSource, Skipped


def _former_names(raw: object) -> tuple[str, ...]:
    """NPPES ``other_names`` of a person as "Given Family": a "Former Name" (a maiden name), a "Professional
    Name" or an "Other Name" (another spelling the doctor practised or published under: "Oxana Gritsenko")."""
    names: list[str] = []
    for other in raw if isinstance(raw, list) else []:
        kind = str(other.get("type") or "").lower() if isinstance(other, dict) else ""
        if not isinstance(other, dict) or not any(k in kind for k in ("former", "professional", "other name")):
            continue
        parts = [str(other.get(k) or "").strip() for k in ("first_name", "last_name")]
        if all(parts) and "--" not in parts:
            names.append(" ".join(parts).title())
    return tuple(dict.fromkeys(names))


def npi_record_from_api(item: dict[str, object]) -> NpiRecord | None:
    """One NPPES v2.1 result as an NpiRecord (None when the shape is not understood)."""
    basic = item.get("basic")
    if not isinstance(basic, dict):
        return None
    addresses: list[Address] = []
    phones: list[str] = []
    raw_addresses = item.get("addresses")
    for raw in raw_addresses if isinstance(raw_addresses, list) else []:
        if not isinstance(raw, dict):
            continue
        street = " ".join(str(raw.get(k) or "") for k in ("address_1", "address_2")).strip()
        addresses.append(
            Address(
                street=street,
                city=str(raw.get("city") or "").title(),
                state=str(raw.get("state") or ""),
                postal_code=str(raw.get("postal_code") or "")[:5],
                purpose=str(raw.get("address_purpose") or ""),
            )
        )
        if raw.get("telephone_number"):
            phones.append(str(raw["telephone_number"]))
    raw_taxonomies = item.get("taxonomies")
    taxonomies = tuple(
        str(t.get("desc"))
        for t in (raw_taxonomies if isinstance(raw_taxonomies, list) else [])
        if isinstance(t, dict) and t.get("desc")
    )
    return NpiRecord(
        number=str(item.get("number", "")),
        former_names=_former_names(item.get("other_names")),
        first_name=str(basic.get("first_name") or "").title(),
        last_name=str(basic.get("last_name") or "").title(),
        middle_name=str(basic.get("middle_name") or "").title(),
        credential=str(basic.get("credential") or "").replace(".", "").upper(),
        taxonomies=taxonomies,
        addresses=tuple(addresses),
        phones=tuple(dict.fromkeys(phones)),
        enumerated=str(basic.get("enumeration_date") or "")[:10],
        suffix=generation(str(basic.get("name_suffix") or "")),
        sex=str(basic.get("sex") or basic.get("gender") or "").strip().upper()[:1],
        licenses=tuple(
            dict.fromkeys(
                str(t.get("license")).strip()
                for t in (raw_taxonomies if isinstance(raw_taxonomies, list) else [])
                if isinstance(t, dict) and str(t.get("license") or "").strip()
            )
        ),
    )


_GENERATIONS = {"JR": "Jr.", "SR": "Sr.", "II": "II", "III": "III", "IV": "IV"}


def generation(suffix: str) -> str:
    return _GENERATIONS.get(suffix.replace(".", "").strip().upper(), "")


def ask_registry(settings: Settings, params: dict[str, str], fetch: FetchFn) -> Page | Skipped:
    """One question to the NPI registry (``[npi] base_url``): its answer page, or why it was not asked."""
    base = settings.npi.base_url
    url = base + ("&" if "?" in base else "?") + urlencode(params)
    probe = Probe(
        "npi_registry", url, ProbePurpose.SERVICE, ProbeSource.LOOKUP, PageKind.OFFICIAL_RECORD, parser=Parser.NPI
    )
    return fetch(probe)


# At most this many individual providers of a family name in a state, and the family name with the town is a
# household's, not a crowd's: a search for "Carmody Hamden" returns the subject's family, one for "Lee Austin"
# the pages of hundreds of unrelated people (measured from the registry, not from bundled name data).
RARE_FAMILY = 10


def family_name_count(family: str, state: str, settings: Settings, fetch: FetchFn) -> int | None:
    """How many individual providers (NPI-1: physicians, nurses, therapists...) the registry keeps under the family
    name ``family`` in ``state``, up to the registry's page of 200; None when it was not asked or did not answer.
    NPPES API v2.1 matches ``last_name`` exactly (a trailing ``*`` would widen it) and counts ``result_count``."""
    if not settings.npi.enabled or not family.strip() or not state.strip():
        return None
    params = {"version": "2.1", "last_name": family, "state": state, "enumeration_type": "NPI-1", "limit": "200"}
    data = _answer(ask_registry(settings, params, fetch))
    if not isinstance(data, dict) or data.get("Errors") or not isinstance(data.get("results", []), list):
        return None
    count = data.get("result_count")
    return count if isinstance(count, int) else len(data.get("results") or [])


def _answer(got: Page | Skipped) -> Any:
    """The registry's answer as JSON; None when it did not answer, or not in JSON."""
    try:
        return json.loads(got.body) if isinstance(got, Page) else None
    except json.JSONDecodeError:
        return None


def records_in(got: Page | Skipped) -> list[NpiRecord]:
    """The records of a registry answer whose numbers pass the check digit; none when it did not answer in JSON."""
    return _records(_answer(got))


def _records(data: Any) -> list[NpiRecord]:
    items = data.get("results") if isinstance(data, dict) else None
    parsed = [r for r in (npi_record_from_api(i) for i in items or [] if isinstance(i, dict)) if r]
    return [r for r in parsed if npi_check_digit_ok(r.number)]


def field_in_town(record: NpiRecord, settings: Settings, fetch: FetchFn) -> tuple[NpiRecord, ...] | None:
    """The individual clinicians the registry lists under the subject's taxonomies in the subject's practice town
    (the subject among them); None when it was not asked, did not answer, or answered a full page (there may be
    more). Each taxonomy is asked as NPPES writes it ("Ophthalmology, Retina Specialist") and by the field it sits
    under ("Ophthalmology"): a retina surgeon may have filed under either, and the registry matches the words."""
    place = record.location
    if not settings.npi.enabled or place is None or not place.city or not place.state:
        return None
    return _in_taxonomies(record, {"city": place.city, "state": place.state}, settings, fetch)


def family_in_field(record: NpiRecord, settings: Settings, fetch: FetchFn) -> tuple[NpiRecord, ...] | None:
    """The individual clinicians the registry lists, nationwide, under the subject's family name and taxonomies (the
    subject among them); None when it was not asked, did not answer, answered a full page, or the family name has
    more than one word (a patient's "Dr. Ortega" may be any ORTEGA, not only the IBANEZ ORTEGAs the registry would
    match). A patient's "Dr. Kahananui" on a NICU story is the subject when the registry knows no other
    pediatrician named Kahananui (``match.family_field``)."""
    last = record.last_name.strip()
    if not settings.npi.enabled or not last or len(last.split()) != 1:
        return None
    return _in_taxonomies(record, {"last_name": last}, settings, fetch)


def _in_taxonomies(
    record: NpiRecord, where: dict[str, str], settings: Settings, fetch: FetchFn
) -> tuple[NpiRecord, ...] | None:
    """The individual clinicians the registry lists under each of the subject's taxonomies (as NPPES writes it and
    by the field before its comma, four asks at most) and ``where``; None when a question went unanswered or
    answered a full page (there may be more)."""
    asked = dict.fromkeys(w for t in record.taxonomies for w in (t.strip(), t.split(",")[0].strip()) if w)
    found: dict[str, NpiRecord] = {}
    for taxonomy in list(asked)[:4]:
        # The family name before the taxonomy, the place after it, as the registry's own form orders them.
        named = {k: v for k, v in where.items() if k == "last_name"}
        placed = {k: v for k, v in where.items() if k != "last_name"}
        params = {"version": "2.1", "enumeration_type": "NPI-1", **named, "taxonomy_description": taxonomy, **placed}
        data = _answer(ask_registry(settings, {**params, "limit": "200"}, fetch))
        items = data.get("results") if isinstance(data, dict) and not data.get("Errors") else None
        if not isinstance(items, list) or len(items) >= 200:
            return None
        found |= {r.number: r for r in _records(data)}
    return tuple(found.values()) if asked else None
