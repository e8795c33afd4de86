"""The residents of an address-first page: "2118 Pauger Crest St, New Orleans, LA 70116 - Residents".

Reverse-address sites title a page with a street address and list who lives there (name, age,
phone), often with previous residents and neighbours below. Each record on such a page that gives
no street of its own lives at the headline's address, and the other records listed with it are its
household, as a people-search site's "Related to" would say.
"""

from __future__ import annotations

from dataclasses import replace

from footprint.extract.entities import STREET_ADDRESS, parse_address
from footprint.models import Address, PersonRecord

_RECORD = "record:labelled text"


def headline_address(headline: str) -> Address | None:
    """The street address a page's headline opens with ("2118 Pauger Crest St, New Orleans, LA 70116 - ...")."""
    found = STREET_ADDRESS.match(headline.strip())
    if found is None:
        return None
    parsed = parse_address(found.group())
    if not parsed.street or not parsed.postal_code:
        return None
    return replace(parsed, purpose="home")


def at_address(people: list[PersonRecord], headlines: list[str]) -> list[PersonRecord]:
    """``people`` with the address every headline agrees on given to the records that have no street."""
    found = [headline_address(h) for h in headlines if h.strip()]
    if not found or any(a is None for a in found):
        return people
    home = found[0]
    assert home is not None
    records = [p for p in people if _RECORD in p.read_from[:1] and not any(a.street for a in p.addresses)]
    if not records or len(records) > 6:  # a household, not a street's worth of neighbours
        return people
    household = [p.name for p in records]
    out = []
    for person in people:
        if person in records:
            kin = tuple(n for n in household if n != person.name and n not in person.relatives)
            person = replace(person, addresses=(home, *person.addresses), relatives=(*person.relatives, *kin))
        out.append(person)
    return out
