"""A title with one name: "Dr. Trish" (the given name or an everyday form of it) or "Dr. Salcedo" (the
family name). Either is how a podcast, a patient or a colleague says a doctor, and either is shared by every
doctor of that first or last name: the name alone is at most "possible"; the page's own field AND town (or a
fact only the subject has) must agree before it is the subject's. So for a given name that may be the subject's
clipped ("Desmond" for Dez, ``clipped``) with the family name: a relative or a namesake of the family (a nephew
Desmond, a daughter Daniela of a Dan) shares the family name and often the town."""

from __future__ import annotations

import re

from footprint.identity import fold, given_name_forms
from footprint.match import fields
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.match.text_evidence import TOWN_TIES
from footprint.models import Identity, NpiRecord, PersonRecord
from footprint.namematch import CLIPPED_WHY, NameFit, SubjectNames, fit
from footprint.specialties import groups_of

POSSIBLE = 0.45  # the score of a page left for the user to review (``match.person.decide``)

GIVEN_ONLY = 0.6  # "Dr. Trish": the given name (or an everyday form) and the title, no family name
GIVEN_WHY = "the given name (or an everyday form of it) with the title, no family name"
FAMILY_WHY = "the family name with the title, no given name"
INITIAL_WHY = "the family name's initial with the title, no given name"

# Reasons that say the page's field, and its town, are the subject's (both "strong", shared by a namesake).
FIELD = (
    "same specialty",
    "the subject's field in its own words",
    "occupation given as",
    "the page's title names",
    "the sentence before, which the name answers",
    "the story's condition or treatment is the subject's field's",
)
TITLE_FIELD = "the page's title names the subject's field"
SOLE_WHY = "the NPI registry lists no other clinician of the subject's field in"
FAMILY_SOLE_WHY = "the NPI registry lists no other clinician of the subject's field with this family name"
# The subject's own town, said on the page: what the registry was asked about (a "nearby:" town was not).
HERE = ("same city: ", "city named near the name: ", "city named on the page: ")


def single_name(reasons: tuple[str, ...]) -> bool:
    """The name's reasons say it is a title with one name ("Dr. Keala", "Dr. Kahananui"), or a clipped given name."""
    return any(r.endswith((GIVEN_WHY, FAMILY_WHY, INITIAL_WHY, CLIPPED_WHY)) for r in reasons)


def titled_whole(person: PersonRecord, reasons: tuple[str, ...]) -> bool:
    """The page writes the subject's whole name with the title ("keynote speaker Dr. Faith Summers"): a doctor of
    that name, whose field the story's condition may tell as it does for "Dr. Summers" alone."""
    if not any(r.startswith("name matches") for r in reasons) or not person.name.strip():
        return False
    titled = re.compile(rf"\b(?:Dr\.?|Doctor)\s+{re.escape(person.name.strip())}")
    return bool(re.match(r"\s*(?:Dr\.?|Doctor)\s", person.name) or titled.search(person.context))


def given_only(names: SubjectNames, written: str) -> NameFit | None:
    """ "Dr. Trish" read as the subject's given name with the title, when the one word is the given name or a
    known everyday form of it (a nickname, another romanisation, a short form); else None."""
    words = written.split()
    if len(words) != 2 or not names.own.family:
        return None
    found = fit(names, f"{words[1]} {names.own.display_family}")
    clipped = any(r.endswith(CLIPPED_WHY) for r in found.reasons)  # "Dr. Rosie": a form of Rosalie, as good as R.
    if found.score < (0.7 if clipped else 0.8) or found.conflict or fold(words[1]) == "".join(names.own.family):
        return None
    return NameFit(
        GIVEN_ONLY, (f"{written}: {GIVEN_WHY}", *(r for r in found.reasons if not r.startswith("name matches:")))
    )


def field_in_title(mine: tuple[str, ...], person: PersonRecord, tally: Tally) -> None:
    """The field a thread's or a post's title asks for or names ("Retina docs in Boise?", "Hospitalists at St.
    Mary's"), taken as the field of a doctor a reply names by a title and one name ("Dr. G at TV Retina"): the
    replies answer the title's question. Only when every field the title names is the subject's (a "best
    dermatologists and neurologists" list names two), and the mention's own words name no field (a "Dr. G" in a
    retina thread who is "my dermatologist" is of another)."""
    if not mine or person.specialties or any(r.startswith(FIELD) for r in tally.strong):
        return
    own, _, title = person.context.partition(" [page: ")
    if not title or groups_of(own) or fields.spoken(own):
        return
    said = groups_of(title.rstrip("]")) | fields.spoken(title.rstrip("]"))
    ours = frozenset().union(*(groups_of(m) for m in mine))
    if said and said <= ours:
        tally.add(0.1, f"{TITLE_FIELD}: {sorted(said)[0].replace('_', ' ')}", strong=True)


BEFORE_FIELD = "the sentence before, which the name answers, names the subject's field"
# A sentence that names whom the one before described: "That was Dr. Ibsen", "It was Dr. Oyelaran who...",
# "Her name was Dr. Brandt".
_POINTS_BACK = re.compile(
    r"^\W*(?:that|this|it|he|she)\s+(?:was|is|'s)\s+|^\W*(?:her|his)\s+name\s+(?:was|is)\s+", re.IGNORECASE
)


# A sentence that ends on the writer's own doctor by field ("... a paper that said to call our pediatrician."):
# the next sentence opening with a titled name ("Dr. Morales called us back himself") names that doctor.
_OWN_DOCTOR_LAST = re.compile(r"\b(?:our|my|his|her|their)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\W*$", re.IGNORECASE)
_TITLED_FIRST = re.compile(r"^\W*(?:Dr\.?|Doctor)\s+[A-Z]")


def field_before(mine: tuple[str, ...], person: PersonRecord, page_text: str, tally: Tally) -> None:
    """The field a story gives a doctor in the sentence before the one that names them, when that one points back
    to it ("Dad liked the surgeon who saw him before dawn. That was Dr. Ibsen."): the name is
    the answer to whom the sentence before described. Only when every field that sentence names is the subject's,
    and the naming sentence names none of its own. So too when the sentence before ends on the writer's own doctor
    by field ("... to call our pediatrician.") and the next opens with the titled name ("Dr. Morales called us back
    himself"): then only the field of that last phrase counts."""
    from footprint.extract.mentions import sentences

    if not mine or not page_text or person.specialties or any(r.startswith(FIELD) for r in tally.strong):
        return
    own = person.context.split(" [page: ")[0].strip()
    points_back = bool(_POINTS_BACK.match(own))
    if not (points_back or _TITLED_FIRST.match(own)) or groups_of(own) or fields.spoken(own):
        return
    at = page_text.find(own[:80])
    if at <= 0:
        return
    spans = sentences(page_text[:at])
    before = page_text[spans[-1][0] : spans[-1][1]] if spans else ""
    if not points_back:
        last = _OWN_DOCTOR_LAST.search(before.strip())
        before = last.group(1) if last else ""
    said = groups_of(before) | fields.spoken(before)
    ours = frozenset().union(*(groups_of(m) for m in mine))
    if said and said <= ours:
        tally.add(0.1, f"{BEFORE_FIELD}: {sorted(said)[0].replace('_', ' ')}", strong=True)


def sole_in_field(
    identity: Identity, name: NameFit, tally: Tally, person: PersonRecord, others: tuple[str, ...]
) -> str:
    """Why "Dr. G" (or "Dr. Lucy", "Dr. Goicoechea") in the subject's field and town is the subject, or "": the
    registry's answer for the clinicians of the subject's field in the subject's town (``Identity.field_peers``)
    lists no other whose family name starts with that letter (or is that name, or who goes by that given name), and
    no other person the page names bears it. A patient reading "Dr. G at the retina clinic in Boise" knows whom it
    means the same way: the only retina doctor G in town. Without the registry's full answer, nothing is said."""
    peers, record = identity.field_peers, identity.npi_record
    place = record.location if record is not None else None
    if peers is None or record is None or place is None or not any(r.startswith(FIELD) for r in tally.strong):
        return ""
    town = next((r.split(": ", 1)[1] for r in tally.reasons if r.startswith(HERE)), "")
    initial = any(r.endswith(INITIAL_WHY) for r in name.reasons)
    family = any(r.endswith(FAMILY_WHY) for r in name.reasons)
    if not town or fold(town) != fold(place.city) or not (initial or family or GIVEN_WHY in name.reasons[0]):
        return ""
    if elsewhere(person.context.split(" [page: ")[0], place.city, place.state):
        return ""  # "Dr. V in Minneapolis" in a thread titled "... in Duluth?": the reply answers for another town
    written = fold(name.reasons[0].split(":")[0]).split()
    word = written[-1] if written else ""
    if not word:
        return ""

    def bears(first: str, last: str) -> bool:
        if initial or family:
            own = fold(last)
            return own.startswith(word) if initial else word in (own.replace(" ", ""), *own.split())
        forms = given_name_forms(first) | {fold(first)}
        return word in forms or bool(forms & given_name_forms(word)) or fold(first)[:3] == word[:3]

    def named(r: NpiRecord) -> bool:
        formers = [n.split() for n in r.former_names]
        return bears(r.first_name, r.last_name) or any(bears(f[0], f[-1]) for f in formers if f)

    if any(named(r) for r in peers if r.number != record.number):
        return ""
    for other in others:  # two doctors of that letter (or that given name) in one thread: which one is whose
        parts = fold(other).split()
        if len(parts) < 2 or parts == written:
            continue
        if bears(parts[-2], parts[-1]) if initial or family else any(bears(p, parts[-1]) for p in parts[:-1]):
            return ""
    part = "family name starts with " + word.upper() if initial else f"{'family' if family else 'given'} name is "
    whose = part if initial else part + word.title()
    return f"{SOLE_WHY} {place.city.title()} whose {whose}"


_IN_PLACE = re.compile(r"\b(?:in|from|near)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
# Someone's own thing or person just before the place ("his boat in Tampa", "my sister from Ohio", "our cabin
# near Ely"): the place is theirs, not the doctor's.
# So is a place after a person given with their age, as a case post introduces a patient ("Meet Bennett, 4, from West
# Fargo").
# And a place after another person told by what they are ("mom from Hopkinton who teaches 3rd grade", "a patient
# from Keene"): the place is that person's.
_OWNED = re.compile(
    r"\b(?:her|his|my|their|our|your)\s+[a-z]+(?:\s+[a-z]+)?\s*$|\b(?-i:[A-Z][a-z]+),\s+\d{1,3},?\s*$"
    r"|\b(?:mom|mum|mother|dad|father|parents?|patients?|family|families|boy|girl|woman|man|kid|child|baby|teen"
    r"|teenager|couple|grand(?:mother|father|ma|pa)|friend|neighbou?r|student|runner|teacher)\s*$",
    re.IGNORECASE,
)


def elsewhere(own: str, city: str, state: str) -> bool:
    """The mention's own words put the doctor in a town or state other than ``city``, ``state`` ("in Minneapolis").
    A place written after someone's own thing or relative ("asked about his boat in Tampa") is theirs."""
    from footprint.identity import US_STATES
    from footprint.match.geo import a_place_name
    from footprint.match.second_office import also_there, happened_there

    ours = {fold(city), fold(state), fold(US_STATES.get(state, ""))}
    for m in _IN_PLACE.finditer(own):
        if _OWNED.search(own[: m.start()]) or also_there(own, m.start()) or happened_there(own, m.start()):
            continue
        words = fold(m.group(1)).split()
        for n in range(len(words), 0, -1):
            said = " ".join(words[:n])
            if said in ours:
                break
            if a_place_name(said):
                return True
    return False


def hold(name: NameFit, tally: Tally, score: float, *, likely: float) -> float:
    """``score`` held at "possible" for a titled single name unless field and town agree, or a fact only the
    subject has (a practice street, a phone, a learned workplace) does; raised to ``likely`` when field and town
    agree and the registry knows no other clinician of them by that name part (``sole_in_field``)."""
    titled = single_name(name.reasons)
    if not titled or tally.decisive:
        return score
    if any(r.startswith((SOLE_WHY, FAMILY_SOLE_WHY)) for r in tally.strong) and score >= POSSIBLE:
        return max(score, likely)
    if score <= NAME_ONLY_CAP:
        return score
    field = any(r.startswith(FIELD) for r in tally.strong)
    town = any(r.startswith(TOWN_TIES) for r in tally.strong)
    initial = any(r.endswith(INITIAL_WHY) for r in name.reasons)
    if field and town and not initial:
        return score
    if initial:  # "Dr. K" in the field and the town is any of its doctors of that initial: the workplace decides
        tally.reasons.append("a title with the family name's initial: at most possible without the workplace")
        return NAME_ONLY_CAP
    missing = "town" if field else "field" if town else "field and town"
    initial_like = any(r.endswith(CLIPPED_WHY) for r in name.reasons)
    which = "a given name as good as an initial" if initial_like else "a title with one name"
    tally.reasons.append(f"{which}, and the page's {missing} does not agree: at most possible")
    return NAME_ONLY_CAP


def pinned(name: NameFit, tally: Tally, score: float, *, beside: bool, others: tuple[str, ...], likely: float) -> float:
    """``score`` raised to "likely" for a titled single name written beside the subject's workplace, in the
    person's own words ("Dr. Devereux at Wabash Ortho", "Dr. Rosie T. at Capital Pediatric Urology"), as a
    reader takes a patient's "Dr. Keala at Kapiolani": the workplace a confirmed page gives is a fact only the
    subject has among the doctors of that name, when nothing points to another person and no other person on
    the page bears the same name part (two doctors called Keala in one thread, a "Dr. Ann Kim" beside "Dr.
    Kim")."""
    if not single_name(name.reasons) or not beside or score >= likely or score < POSSIBLE or tally.conflicts:
        return score
    written = name.reasons[0].split(":")[0] if ":" in name.reasons[0] else ""
    word = fold(written).split()[-1] if fold(written) else ""
    if not word or any(word in fold(o).split() and fold(o) != fold(written) for o in others):
        return score
    from footprint.match.practice_street import WHY as STREET

    by_street = any(r.startswith(STREET) for r in tally.reasons)
    where = "the street of the subject's practice" if by_street else "the workplace a confirmed page gives the subject"
    tally.reasons.append(f"a title with one name, beside {where}")
    return likely
