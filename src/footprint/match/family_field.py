"""A patient's "Dr. Kahananui" in the subject's field, where the registry knows no other clinician of that field by
that family name anywhere in the country.

A parent's NICU diary ("Dr. Kahananui sat with us at 2 a.m."), a patient's surgery blog ("Dr. Thibodeaux explained
the hypospadias repair"), a runner's recovery post ("Dr. Redfearn, my surgeon") names the doctor by title and
family name and says what the doctor did, often without a town: the reader knows whom it means. ``titled`` holds
such a mention at "possible" unless the field and the town agree; the town is what tells the subject from the
namesakes of that field. Where the registry's full answer for the family name under the subject's taxonomies
(``Identity.family_peers``, nationwide) lists the subject alone, there is no namesake of the field for the town to
tell apart, and the field is enough: likely. Not for a family name of several words, an initial, a name another
person on the page bears, or a mention the page places in another town."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match.strength import Tally
from footprint.match.titled import FAMILY_SOLE_WHY as WHY
from footprint.match.titled import FAMILY_WHY, FIELD, elsewhere
from footprint.models import Identity, PersonRecord
from footprint.namematch import NameFit

WHOLE = 0.85  # a whole given and family name, an everyday form of the given name included ("Meg Tillinghast")


def sole_of_family(
    identity: Identity, name: NameFit, tally: Tally, person: PersonRecord, others: tuple[str, ...]
) -> str:
    """Why "Dr. Family" in the subject's field is the subject on the registry's answer alone, or ""."""
    peers, record = identity.family_peers, identity.npi_record
    if peers is None or record is None or tally.conflicts or tally.decisive:
        return ""
    if not name.reasons or not name.reasons[0].endswith(FAMILY_WHY) or ":" not in name.reasons[0]:
        return ""
    if not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    written = fold(name.reasons[0].split(":")[0]).split()
    family = written[-1] if written else ""
    if not family or family != fold(record.last_name):
        return ""
    if any(r.number != record.number and family in fold(r.last_name).split() for r in peers):
        return ""
    if any(family in fold(o).split() and fold(o).split() != written for o in others):
        return ""  # another person the page names bears the family name (a spouse, a colleague): whose it is is open
    place = record.location
    if place is not None and elsewhere(person.context.split(" [page: ")[0], place.city, place.state):
        return ""
    return f"{WHY} ({family.title()}, anywhere in the country)"


def whole_of_family(
    identity: Identity, name: NameFit, tally: Tally, person: PersonRecord, others: tuple[str, ...]
) -> str:
    """Why a person of the subject's whole name (an everyday form of the given name included: "Meg Tillinghast, MD")
    shown in the subject's field is the subject where the registry lists no other clinician of that field by the
    family name anywhere, or "". An account that says "MFM" and signs with the name places itself nowhere; the
    registry's answer is what tells it from namesakes, as for "Dr. Family" above."""
    peers, record = identity.family_peers, identity.npi_record
    if peers is None or record is None or tally.conflicts or tally.decisive:
        return ""
    if name.score < WHOLE or name.conflict or not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    family = fold(record.last_name)
    written = re.findall(r"[\w'’-]+", fold(person.name))
    if not family or " " in family or family not in written:
        return ""
    if any(r.number != record.number and family in fold(r.last_name).split() for r in peers):
        return ""
    if any(family in fold(o).split() and fold(o).split() != written for o in others):
        return ""  # another person the page names bears the family name: whose it is is open
    place = record.location
    if place is not None and elsewhere(person.context.split(" [page: ")[0], place.city, place.state):
        return ""
    return f"{WHY} ({family.title()}, anywhere in the country)"
