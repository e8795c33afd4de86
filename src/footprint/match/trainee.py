"""A resident's or fellow's registry record: no field, and the programme's hospital for an address.

A trainee's NPI taxonomy is "Student in an Organized Health Care Education/Training Program": it says
nothing of the specialty, and their pages (a programme's residents list, a match-day story, a union vote)
present them as trainees. What tells a resident's page from a namesake's is the programme's institution,
and the registry's address is the programme's: "1 RIVERFRONT UNIVERSITY PLAZA" is Riverfront University.
That institution joins the workplaces the pages left "possible" are judged again with (``workplace``).
"""

from __future__ import annotations

from footprint.identity import fold
from footprint.match.workplace import MIN_NAME, name_key
from footprint.models import Identity

# A resident's or fellow's registry taxonomy: it names no field; the address it gives is the programme's.
TRAINEE = "student in an organized health care education"
# Street-type words: what is left of a street's name without them is the place it is named after.
_STREET_WORDS = frozenset({"plaza", "plz", "drive", "dr", "street", "st", "avenue", "ave", "boulevard", "blvd",
                           "road", "rd", "way", "parkway", "pkwy", "court", "ct", "place", "pl", "lane", "ln",
                           "circle", "cir", "square", "sq", "n", "s", "e", "w", "north", "south", "east", "west",
                           "one", "suite", "ste", "floor", "fl", "mailstop", "ms", "building", "bldg"})  # fmt: skip


def is_trainee(identity: Identity) -> bool:
    """The registry lists the subject as a resident or fellow in training."""
    record = identity.npi_record
    return record is not None and any(TRAINEE in fold(t) for t in record.taxonomies)


def teaching_site(identity: Identity) -> list[str]:
    """For a trainee, the institution the registry's address is named after ("1 RIVERFRONT UNIVERSITY PLAZA":
    Riverfront University): a resident's NPI address is their programme's hospital, and a residents' list,
    a match-day story or a union vote names it. Nobody else's: a street of generic words names no place."""
    if not is_trainee(identity) or identity.npi_record is None:
        return []
    out = []
    for address in identity.npi_record.addresses:
        words = fold(address.street).split()
        if not words or not words[0].isdigit():
            continue
        named = [w for w in words[1:] if w not in _STREET_WORDS and not any(c.isdigit() for c in w)]
        place = " ".join(named).title()
        if len(named) >= 2 and len(name_key(place)) >= MIN_NAME and place not in out:
            out.append(place)
    return out
