"""Which of a listing's several phones to hold against the registry record.

A profile's own number comes first; a number read after it into the same entry may be a doctor the page lists
beside them ("Psychiatrists nearby: Ravi Roe MD (281) 555-0148"): where none of the listing's phones is the
registry's, only its first is held against the registry. A listing that gives the registry's phone and one more is
still compared in full (a stale second line, or a location the registry lacks, which Care Compare's PECOS data
shows and the registry should be told of).
"""

from __future__ import annotations

from collections.abc import Iterable


def phones_to_compare(listed: Iterable[str], official: set[str]) -> list[str]:
    """The listing's phones (normalised, in page order) to compare with the registry's ``official`` ones: only its
    first when it gives none of the registry's phones; all of them otherwise."""
    phones = list(dict.fromkeys(listed))
    if len(phones) > 1 and not any(p in official for p in phones):
        return phones[:1]
    return phones
