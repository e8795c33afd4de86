"""The writer's town: "My psychiatrist, Dr. Okafor" on a blog whose tagline says "Houston traffic", "Dr. Russo"
in a post signed "Holden, MA", a Henderson dad's valve repair with "my anesthesiologist, Dr. Barraclough". A
patient's post names the doctor by the title and the family name and says where the writer lives (the byline,
the profile line, the blog's tagline), not where the doctor works; the writer's town is in the doctor's metro
area. A reader takes the page as the subject's when the mention's field is the subject's, a town within
commuting distance of the subject's practice city is the only town of the state the page names, and the
registry's clinicians of that field in the subject's city hold no other of that family name
(``Identity.field_peers``, as ``titled.sole_in_field`` asks of the subject's own city). A namesake doctor of
another city, a relative of another field, or a page that names a far town of the state is left as it was."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match.strength import Tally
from footprint.match.text_evidence import TOWN_TIES
from footprint.match.titled import FAMILY_WHY, FIELD, HERE, SOLE_WHY, elsewhere
from footprint.models import Identity, PersonRecord
from footprint.namematch import NameFit

_TOWN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")


def near_on_page(
    identity: Identity, name: NameFit, tally: Tally, person: PersonRecord, others: tuple[str, ...], page_text: str
) -> str:
    """Why "Dr. Okafor" in the subject's field on a page naming a town of the subject's metro is the subject, or
    "". Only a title with the family name (an initial or a given name is any of many), no town tie already, no
    conflict, and the registry's full answer for the subject's field and city known."""
    from footprint.match import geo

    peers, record = identity.field_peers, identity.npi_record
    place = record.location if record is not None else None
    if peers is None or record is None or place is None or not place.city or not place.state or not page_text:
        return ""
    if not name.reasons or not name.reasons[0].endswith(FAMILY_WHY) or tally.conflicts or tally.decisive:
        return ""
    if not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    if any(r.startswith((*TOWN_TIES, *HERE)) for r in tally.reasons):
        return ""  # the subject's own city, or a town near the name: ``titled.sole_in_field``'s and ``hold``'s
    if elsewhere(person.context.split(" [page: ")[0], place.city, place.state):
        return ""
    word = fold(name.reasons[0].split(":")[0]).split()[-1:]
    if not word:
        return ""
    family = word[0]
    if any(r.number != record.number and family in fold(r.last_name).replace("-", " ").split() for r in peers):
        return ""  # another clinician of the field in the city bears the name
    if any(family in fold(o).split() and len(fold(o).split()) >= 2 for o in others):
        return ""  # another person the page names bears the family name: whose "Dr." it is, is unknown
    skip = {fold(w) for o in (*others, person.name) for w in re.findall(r"[^\W\d_]+", o)}
    near: tuple[float, str] | None = None
    for m in _TOWN.finditer(page_text[:20_000]):
        town = m.group(0)
        if fold(town) in skip or fold(town) == fold(place.city) or not geo.known(town, place.state):
            continue
        km = geo.distance_km(town, place.state, place.city, place.state)
        if km is None:
            continue
        if km > geo.COMMUTE_KM:
            return ""  # a far town of the state named too: the writer's, or the doctor's, is not known
        near = near or (km, town)
    if near is None:
        return ""
    km, town = near
    whose = f"whose family name is {family.title()}"
    return f"{SOLE_WHY} {place.city.title()} {whose}, on a page naming {town} ({km:.0f} km away)"
