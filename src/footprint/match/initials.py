"""A piece signed with initials and a credential ("P.H.V., DO", "D.R.S., M.D."): a society newsletter's column, a
letter to the editor. Such a byline is how a physician signs among colleagues or neighbours who know who they
are; the initials alone are anyone's. They name the subject only when their letters are the subject's registry
names in order (given, middle, family: three letters, so a middle name is needed), the credential is the
subject's, no other person on the page has those initials, and a tie only the subject has agrees: the field,
the town or the practice (``hold``)."""

from __future__ import annotations

import re

from footprint.identity import fold, split_credentials
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.match.text_evidence import TOWN_TIES
from footprint.match.titled import FIELD, HERE, SOLE_WHY, elsewhere
from footprint.models import Identity, NpiRecord, PersonRecord
from footprint.namematch import NameFit
from footprint.nameparse import parse_name

INITIALS = 0.75  # as an initial for the given name with the full family name: the place or field must do the rest
WHY = "initials with the subject's credential"
_SIGNED = re.compile(r"(?:[A-Z]\.){3}")
# Reasons that tie the page to the subject beyond the name: its field, its town or metro, its practice.
_FIELD_TIES = ("same specialty", "the subject's field in its own words", "occupation given as")
_PRACTICE_TIES = ("same practice",)
_TIES = (*_FIELD_TIES, *TOWN_TIES, *_PRACTICE_TIES)
FAMILY_INITIAL = "family name given only as its initial"
_TOO_WEAK = NAME_ONLY_CAP - 0.25  # a score this low has evidence against the page: two ties do not lift it


def registry_initials(record: NpiRecord | None) -> str:
    """The subject's initials as the registry names them, given, middle and family ("P.H.V."); "" without a
    middle name (two letters are too many people's)."""
    if record is None or not record.middle_name:
        return ""
    words = [fold(w) for w in (record.first_name, record.middle_name, record.last_name)]
    if not all(words):
        return ""
    return "".join(f"{w[0].upper()}." for w in words)


def signed(
    record: NpiRecord | None, degrees: set[str], person: PersonRecord, others: tuple[str, ...]
) -> NameFit | None:
    """``person`` read as the subject when their name is the subject's registry initials signed with the
    subject's credential, and no other name on the page has those initials; None otherwise."""
    written = person.name.strip().replace(" ", "")
    mine = registry_initials(record)
    if not mine or not _SIGNED.fullmatch(written) or written != mine:
        return None
    theirs = set(split_credentials(person.credentials)) & degrees
    if not theirs:
        return None
    if any(_initials_of(o) in (mine, mine[:2] + mine[4:]) for o in others):
        return None  # "Paul H. Vance" on the same page: the initials are his as much as the subject's
    why = f"{written}: {WHY} {sorted(theirs)[0]} (the registry's given, middle and family names in order)"
    return NameFit(INITIALS, (why,))


def _initials_of(name: str) -> str:
    """The initials of a full name on the page ("Paul H. Vance": "P.H.V.", "Paul Vance": "P.V.")."""
    parts = parse_name(name)
    if parts is None or not parts.family:
        return ""
    words = [parts.given, *parts.middles[:1], parts.family[-1]]
    return "".join(f"{w[0].upper()}." for w in words if w)


def hold(name: NameFit, tally: Tally, score: float) -> float:
    """``score`` held at "possible" for initials unless the field, the town or the practice agrees."""
    if not any(WHY in r for r in name.reasons) or score <= NAME_ONLY_CAP or tally.decisive:
        return score
    if any(r.startswith(_TIES) for r in tally.strong):
        return score
    tally.reasons.append("initials and a credential, and neither the field, the town nor the practice agrees")
    return NAME_ONLY_CAP


def family_initial(name: NameFit, tally: Tally, score: float, likely: float) -> float:
    """``score`` raised to "likely" for a physician who signs with the given name and the family initial ("Dr. Ewan
    P.", "Kate L., MD"), as forum members and neighbourhood sites show a member, when two different ties only a
    namesake of the same initial could share agree: two of the field, the town and the practice. An everyday form
    of the given name ("Trish V.", which other names have too) needs the subject's clinical degree as well ("Trish
    V., DO"), or all three ties; nothing may point to another person, and one tie leaves the page "possible" for
    the user to answer."""
    if score >= likely or score <= _TOO_WEAK or tally.conflicts:
        return score
    if not any(r.startswith(FAMILY_INITIAL) for r in name.reasons):
        return score
    kinds = sum(any(r.startswith(ties) for r in tally.strong) for ties in (_FIELD_TIES, TOWN_TIES, _PRACTICE_TIES))
    if any("nickname" in r for r in name.reasons):
        # An everyday form ("Trish V.") is more names' than one: the subject's own clinical degree must agree too,
        # or all three ties, or the registry's answer that no other clinician of the field in the town has that
        # initial (``sole_initial_in_field``), before a namesake of that initial is unlikely.
        degree = any(r.startswith("same credential") for r in tally.reasons)
        alone = any(r.startswith(SOLE_INITIAL_WHY) for r in tally.strong)
        kinds = kinds if kinds == 3 or degree or alone else 0
    if kinds < 2:
        return score
    tally.reasons.append("the given name and the family initial, with the subject's field and town or practice")
    return likely


SOLE_INITIAL_WHY = SOLE_WHY  # ... "in Cheyenne whose family name starts with A"
_ONE_INITIAL = re.compile(rf"^{FAMILY_INITIAL} ([A-Z])\.$")


def sole_initial_in_field(
    identity: Identity, name: NameFit, tally: Tally, person: PersonRecord, others: tuple[str, ...]
) -> str:
    """Why "Clem A." (the given name or an everyday form of it, and the family initial) in the subject's field and
    town is the subject, or "": the registry's clinicians of that field in that town (``Identity.field_peers``)
    include no other whose family name starts with that letter, and no other person the page names under that given
    name has a family name of that letter ("Clem Avery" beside "Clem A."). A reader
    of "Clem A. · neurologist, Cheyenne" on a social profile knows whom it means the same way. Without the
    registry's full answer, or with the page placing the person in another town, nothing is said."""
    peers, record = identity.field_peers, identity.npi_record
    place = record.location if record is not None else None
    if peers is None or record is None or place is None or tally.conflicts:
        return ""
    found = next((m for r in name.reasons if (m := _ONE_INITIAL.match(r))), None)
    if found is None or not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    town = next((r.split(": ", 1)[1] for r in tally.reasons if r.startswith(HERE)), "")
    own = person.context.split(" [page: ")[0]
    if not town or fold(town) != fold(place.city) or elsewhere(own, place.city, place.state):
        return ""
    letter = found.group(1).lower()
    if any(r.number != record.number and fold(r.last_name).startswith(letter) for r in peers):
        return ""
    own_name = fold(person.name).split()
    for other in others:  # "Clem A." beside "Clem Avery" in one thread: the initial may be his
        parts = fold(other).split()
        if len(parts) >= 2 and parts[-1].startswith(letter) and parts[:1] == own_name[:1] and parts != own_name:
            return ""
    return f"{SOLE_INITIAL_WHY} {place.city.title()} whose family name starts with {letter.upper()}"


_GIVEN_INITIAL = re.compile(r"^initial ([A-Z])\. fits ")


def sole_family_in_field(identity: Identity, name: NameFit, tally: Tally, person: PersonRecord) -> str:
    """Why "Dr. P. van der Berg" (the given name's initial and the whole family name) on a page of the subject's field
    and town is the subject, or "": the registry's clinicians of that field in that town (``Identity.field_peers``)
    include no other of that family name. A hospital's cardiology rota in Pella listing "Dr. P. van der Berg" means
    the one cardiologist of that name there. Not without the registry's full answer, nor when the page places the
    person in another town."""
    peers, record = identity.field_peers, identity.npi_record
    place = record.location if record is not None else None
    if peers is None or record is None or place is None or tally.conflicts:
        return ""
    if not any(_GIVEN_INITIAL.match(r) for r in name.reasons) or not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    town = next((r.split(": ", 1)[1] for r in tally.reasons if r.startswith(HERE)), "")
    own = person.context.split(" [page: ")[0]
    if not town or fold(town.split(",")[0]) != fold(place.city) or elsewhere(own, place.city, place.state):
        return ""
    family = fold(record.last_name).replace(" ", "")
    if any(r.number != record.number and fold(r.last_name).replace(" ", "") == family for r in peers):
        return ""
    return f"{SOLE_INITIAL_WHY} {place.city.title()} of the family name {record.last_name.title()}"
