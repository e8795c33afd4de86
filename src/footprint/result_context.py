"""Whether a search result names the subject's town or field: the towns typed, the NPI record's and the one queries
rank by, and the field in words or in shorthand."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import Identity


def cities(identity: Identity) -> set[str]:
    """The subject's cities, folded: typed, the NPI record's, and the one the queries rank by (the registry's
    only physician of the name when no record is pinned: a result the query for "Dr. Given" in that town
    returns is opened when it names the town)."""
    from footprint.query_hints import hints

    record = identity.npi_record
    found = {identity.subject.city or "", *(a.city for a in (record.addresses if record else ())), hints(identity)[0]}
    return {fold(c) for c in found if c}


# A place's name as a result writes it: one to three capitalised words ("Eden Prairie", "Clarks Summit").
_PLACE_WORDS = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b")


def nearby_said(identity: Identity, raw: str) -> bool:
    """True when the result names a town within commuting distance of one of the subject's (a suburb: "Abdi F. ·
    infections at the county hospital · Eden Prairie" for a Minneapolis doctor), as a member's bio places them."""
    from footprint.match import geo

    record = identity.npi_record
    places = {(a.city, a.state) for a in (record.addresses if record else ()) if a.city and a.state}
    if identity.subject.city and identity.subject.state:
        places.add((identity.subject.city, identity.subject.state))
    if not places:
        return False
    for found in _PLACE_WORDS.finditer(raw):
        words = found.group().split()
        # Every run of the capitalised words, longest first ("Eden Prairie", not "Prairie").
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                town = " ".join(words[start : start + size])
                for state in {s for _, s in places}:
                    if geo.known(town, state) and geo.nearest(town, state, sorted(places)) is not None:
                        return True
    return False


def field_said(identity: Identity, folded: str, raw: str) -> bool:
    """True when the result names the subject's field, in words or in shorthand ("OB here", "ER doc")."""
    from footprint.query_hints import hints
    from footprint.specialties import groups_of, shorthand_fields

    record = identity.npi_record
    mine = [identity.subject.specialty or "", *(record.taxonomies if record else ()), hints(identity)[2]]
    ours = frozenset().union(*(groups_of(m) for m in mine if m))
    said = groups_of(folded) | frozenset().union(*(groups_of(w) for w in shorthand_fields(raw)))
    if ours & said:
        return True
    # The typed field's own word, as patients say it ("sleep doc", a show called "Sleep Well ..."), whether or not
    # the specialty table knows the field; and a registry label the table does not know.
    typed = fold(identity.subject.specialty or "")
    unknown = [m for m in mine if m and (not groups_of(m) or fold(m) == typed) and len(m.split()) <= 3]
    return any(f" {w} " in folded for m in unknown for w in fold(m).split() if len(w) > 3 and w not in _FIELD_WORDS)


# Words every field's name shares: they say nothing of which field.
_FIELD_WORDS = frozenset({
    "medicine", "surgery", "disease", "diseases", "general", "specialist", "internal", "family", "health", "care",
    "clinical", "practice",
})  # fmt: skip
