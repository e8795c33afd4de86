"""A name the registry gives to one physician only: in that state, a physician of that name is the subject.

NPPES lists every US clinician who bills, prescribes or refers under an NPI, so the registry's
answer to "individuals named Thaddeus Osei in New Mexico" (first-name aliases included) counts the
subject's clinician namesakes there. When it counts one, the subject's, a page that presents a
physician of exactly that name in that state (a ratings profile, a directory entry, a bio) tells
the subject from every namesake the registry knows, as a city or a specialty would: it is strong
evidence. It is not decisive: a conflict on the page (another middle name, another city of the
state) still holds the page at "possible". It says nothing about anyone else of the name (a
people-search record, a runner, a voter): only a person the page presents as a physician counts.

Not when the user gave the NPI (the registry was asked by number, not by name), nor for a name the
subject does not go by now (a former name, a middle name used as the given one: the registry was
not asked for it), nor for an initial ("T. Osei" could be any T.).
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.identity import US_STATES, fold
from footprint.match.other_life import other_life
from footprint.match.profession import another_profession
from footprint.match.strength import Tally, presented_as_physician
from footprint.match.text_evidence import COUNTY, NEARBY_TOWN, said
from footprint.models import Identity, PersonRecord

FULL_NAME = 0.85  # the fit of the whole given and family name, a nickname included ("Doug" for Douglas)


def sole_physician(identity: Identity, person: PersonRecord, name_fit: float, *, broker: bool = False) -> str:
    """Why ``person`` is told apart from the subject's namesakes by their name and state, or "".

    ``broker``: the record is a people-search site's. Its page around the record (relatives who are doctors,
    a sponsored "find a physician" box, an employer's hospital) says nothing of what the person does: only
    the record's own fields (a credential, an occupation) can present them as a physician. The registry
    counts clinicians only, so a namesake who is not one is outside its count."""
    record = identity.npi_record
    subject = identity.subject
    if record is None or subject.npi or identity.npi_candidates != 1 or name_fit < FULL_NAME:
        return ""
    own = replace(person, context="") if broker else person
    if not presented_as_physician(own) or another_profession(own):
        return ""
    registered = {a.state for a in record.addresses if a.state}
    asked = {subject.state} if subject.state else registered  # the registry was asked in this state, or nationally
    theirs = {a.state for a in person.addresses if a.state} or _named_near(person, registered & asked)
    here = sorted(theirs & registered & asked)
    if not here:
        return ""
    return (
        f"the NPI registry lists one clinician of this name in {here[0]}, the subject: a physician of it there is them"
    )


def sole_in_country(identity: Identity, person: PersonRecord, name_fit: float, tally: Tally) -> str:
    """Why a physician of the subject's field under the subject's whole name, on a page that places them nowhere, is
    the subject (or presents itself as them), where the registry, asked across the country, lists no other clinician
    of the name; "" otherwise.

    An account or a channel presenting "Dr Matt Roe, oncologist" with no town is the subject's or an impostor of
    theirs: no other physician of that name practises anywhere. Not when the user typed a state (the registry was
    asked there only) or the NPI (asked by number), nor when anything on the page sets the person apart."""
    record = identity.npi_record
    subject = identity.subject
    if record is None or subject.npi or subject.state or identity.npi_candidates != 1 or identity.registry_others:
        return ""
    if name_fit < FULL_NAME or tally.conflicts or not any(r.startswith("same specialty") for r in tally.strong):
        return ""
    if person.addresses or not presented_as_physician(person) or another_profession(person):
        return ""
    return f"{ONLY_ONE} anywhere in the country: a physician of it in the subject's field is them or presents as them"


def _named_near(person: PersonRecord, states: set[str]) -> set[str]:
    """The states among ``states`` whose full name the person's own context writes ("Tulsa, Oklahoma")."""
    own = fold(person.context.split(" [page: ")[0])
    return {s for s in states if s in US_STATES and said(fold(US_STATES[s]), own)}


def sole_in_town(identity: Identity, name_fit: float, tally: Tally, page_text: str = "", name: str = "") -> str:
    """Why the person a page names by the subject's whole name is the subject, where the page names the subject's
    town and every other physician of the name the registry lists lives elsewhere; "" otherwise.

    A name the registry gives one or two physicians ("Corinne Blackwood", nationwide) written with the town the
    subject practises or lives in (a local paper's story, a race's results, a club's page) is the subject: the
    registry's namesake practises in another town. Not when the user gave the NPI (the registry was asked by number
    and counted no namesake), nor when a namesake's town has the subject's town's name (Lafayette, IN and Lafayette,
    LA): the town then tells no one apart; nor for a name three physicians share, which many more people who are not
    physicians share too; nor when anything on the page sets the person apart (another city, another middle name);
    nor when other states have a town of that name too (Springfield, Portland, Columbia) and the page never writes
    the subject's state: a Springfield, Illinois paper's "Philippa Doe, 39, of Springfield" names no Missouri town;
    nor when the page's sentences about ``name`` make that person a student or the keeper of a shop of another trade
    (match/other_life.py): the registry counts clinicians, not the name's other bearers."""
    record = identity.npi_record
    if record is None or identity.subject.npi or name_fit < FULL_NAME or tally.conflicts:
        return ""
    others = identity.registry_others
    if identity.npi_candidates > 2 or identity.npi_candidates != len(others) + 1:
        return ""
    # "same city: Tacoma, WA 98405": the town a person's own line gives ("Lusia Tauiliili · Tacoma, WA"), its city.
    town = next((r.split(": ", 1)[1].split(",")[0] for r in tally.reasons if r.startswith(_TOWN)), "")
    theirs = {fold(a.city) for o in others for a in o.addresses if a.city}
    if not town or fold(town) in theirs or not _town_placed(town, _states(identity), page_text):
        return ""
    if name and other_life(name, page_text):
        return ""
    if others:
        return f"the NPI registry's other physician of this name practises elsewhere; the page names {town}"
    return f"{ONLY_ONE}; the page names the subject's town, {town}"


def _states(identity: Identity) -> set[str]:
    record = identity.npi_record
    found = {a.state for a in record.addresses if a.state} if record is not None else set()
    return found | ({identity.subject.state} if identity.subject.state else set())


def _town_placed(town: str, states: set[str], page_text: str) -> bool:
    """True when the town the page names is the subject's: no other state has a town known by that name, or the
    page writes one of the subject's states (in full anywhere, or after the town: "Springfield, Mo.")."""
    from footprint.extract.states import AP_WORDS, STATE_CODES, STATE_WORDS, state_code
    from footprint.match import geo

    if not geo.namesake_states(town, states):
        return True
    text = page_text[:20_000]
    folded = fold(text)
    if any(said(fold(US_STATES[s]), folded) for s in states if s in US_STATES):
        return True
    name = r"\s+".join(re.escape(w) for w in town.split())
    written = rf"(?i:\b{name}\b),?\s*(?P<state>{AP_WORDS}|\b(?:{STATE_WORDS}|{STATE_CODES})\b)"
    return any(state_code(m.group("state")) in states for m in re.finditer(written, text))


_TOWN = ("city named on the page: ", "city named near the name: ", NEARBY_TOWN, COUNTY, "same city: ")


OTHER_FIELDS = "the NPI registry's other physicians of this name practise other fields"


def sole_in_field(identity: Identity, name_fit: float, tally: Tally, field_reasons: tuple[str, ...]) -> str:
    """Why a page giving the subject's field under the subject's whole name (a nickname included) tells them from the
    registry's namesakes, when every other physician of the name the registry lists practises another field ("Dr Ted
    Vaccaro, pain specialist" where the other two Theodore Vaccaros are a cardiologist and a family doctor); "".
    Not when the user gave the NPI (the registry was asked by number), when the registry's count is not all listed,
    nor when anything on the page sets the person apart."""
    from footprint.specialties import different_specialty

    record = identity.npi_record
    others = identity.registry_others
    if record is None or identity.subject.npi or not others or identity.npi_candidates != len(others) + 1:
        return ""
    if name_fit < FULL_NAME or tally.conflicts or not any(r.startswith(field_reasons) for r in tally.strong):
        return ""
    mine = record.taxonomies
    if not mine or not all(o.taxonomies and all(different_specialty(m, t) for m in mine for t in o.taxonomies)
                           for o in others):  # fmt: skip
        return ""
    return OTHER_FIELDS


ONLY_ONE = "the NPI registry lists no other clinician of this name"
