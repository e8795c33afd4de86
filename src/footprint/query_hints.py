"""What a scan's queries rank by: the town, state and field (the user's, else the registry's), the word for a
physician of the field, the degree written after the name."""

from __future__ import annotations

import re

from footprint.models import Identity, NpiRecord


def credential(identity: Identity) -> str:
    """The degree queries write after the name: the user's, else the one the NPI record keeps (a DO's pages say
    "Ann Roe, DO", which "Ann Roe, MD" misses), else MD."""
    from footprint.registry import PHYSICIAN_CREDENTIALS, record_credentials

    s = identity.subject
    if s.credentials:
        return s.credentials[0]
    held = record_credentials(identity.npi_record) if identity.npi_record else ()
    return next((c for c in held if c in PHYSICIAN_CREDENTIALS and c != "MBCHB"), "MD")


def hints(identity: Identity) -> tuple[str, str, str]:
    """(city, state, specialty) to rank results by: the user's, else the NPI record's, else those of
    the registry's only physician of the name (a guess that only reorders, never filters). A trainee's
    taxonomy names no field: no specialty then."""
    s = identity.subject
    record = identity.npi_record
    if record is None and len(identity.npi_namesakes) == 1:
        record = identity.npi_namesakes[0]
    address = next((a for a in record.addresses if a.city), None) if record else None
    city = s.city or (address.city.title() if address else "")
    state = s.state or (address.state.upper() if address and not s.city else "")
    fields = [t for t in (record.taxonomies if record else ()) if not _TRAINEE.search(t)]
    taxonomy = fields[0].split(",")[-1].strip() if fields else ""
    return city, state, s.specialty or taxonomy


# The registry's taxonomy of a resident or fellow (NUCC 390200000X, "Student in an Organized Health Care
# Education/Training Program") says they train, not in which field: as a query's words it matches no page
# ("Odile Vanterpool Student in an Organized Health Care ..."); the field confirmed pages write is learned instead.
_TRAINEE = re.compile(r"\bstudent\b|training program", re.I)


def sole_record(identity: Identity) -> NpiRecord | None:
    """The pinned registry record, else the registry's only physician of the name (as ``hints`` ranks by its place
    and field before any page pins it: the first pass asks the legal name a directory lists, which no later pass
    may have the room to ask); None when several records, or none, carry the name."""
    if identity.npi_record is not None:
        return identity.npi_record
    return identity.npi_namesakes[0] if len(identity.npi_namesakes) == 1 else None


def practitioner(specialty: str | None) -> str:
    """The word for a physician of ``specialty`` ("Pediatrics" -> "pediatrician"), else the specialty itself."""
    from footprint.specialties import groups_of
    from footprint.specialty_words import GROUPS

    for group in sorted(groups_of(specialty or "")):
        noun = next((w for w in GROUPS[group] if w.endswith(("ist", "ian"))), "")
        if noun:
            return noun
    return specialty or "physician"
