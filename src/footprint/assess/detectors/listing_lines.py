"""Which of a listing's several phones and offices to hold against the registry record.

A directory profile often gives more than one number or office. An insurer's or a hospital's entry for a
physician who sees patients at two sites lists each office with its own phone ("Office locations: Edison ...
(732) 555-0164; Woodbridge ... (732) 555-0178"): where it gives the registry's whole office, its street and its
phone, the other office is a further one, not a stale entry. A profile's own number comes first; a number read
after it into the same entry may be a doctor the page lists beside them ("Psychiatrists nearby: Ravi Roe MD (281)
555-0148"): where none of the listing's phones is the registry's, only its first is held against the registry.
A listing that gives the registry's phone and one more, or the registry's street and one more with no phone to
show they are one practice's offices, is still compared in full (a stale second line or address).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from footprint.models import Address


def whole_office(
    phones: Iterable[str], official: set[str], addresses: Iterable[Address], on_record: Callable[[Address], bool]
) -> bool:
    """True when the listing gives the registry's own office, its street (``on_record``) and one of its phones
    (``official``), beside at least one other address: the others are the practice's further offices."""
    offices = list(addresses)
    return len(offices) > 1 and any(p in official for p in phones) and any(on_record(a) for a in offices)


def phones_to_compare(listed: Iterable[str], official: set[str], further_offices: bool) -> list[str]:
    """The listing's phones (normalised, in page order) to compare with the registry's ``official`` ones: none
    when the listing gives the registry's whole office beside others (``further_offices``); only its first when it
    gives none of the registry's phones; all of them otherwise."""
    phones = list(dict.fromkeys(listed))
    if further_offices:
        return []
    if len(phones) > 1 and not any(p in official for p in phones):
        return phones[:1]
    return phones
