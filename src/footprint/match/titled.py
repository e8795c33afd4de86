"""A title with one name: "Dr. Trish" (the given name or an everyday form of it) or "Dr. Salcedo" (the
family name). Either is how a podcast, a patient or a colleague says a doctor, and either is shared by every
doctor of that first or last name: the name alone is at most "possible"; the page's own field AND town (or a
fact only the subject has) must agree before it is the subject's. So for a given name that may be the subject's
clipped ("Desmond" for Dez, ``clipped``) with the family name: a relative or a namesake of the family (a nephew
Desmond, a daughter Daniela of a Dan) shares the family name and often the town."""

from __future__ import annotations

from footprint.identity import fold
from footprint.match.strength import NAME_ONLY_CAP, Tally
from footprint.namematch import CLIPPED_WHY, NameFit, SubjectNames, fit

GIVEN_ONLY = 0.6  # "Dr. Trish": the given name (or an everyday form) and the title, no family name
GIVEN_WHY = "the given name (or an everyday form of it) with the title, no family name"
FAMILY_WHY = "the family name with the title, no given name"

# Reasons that say the page's field, and its town, are the subject's (both "strong", shared by a namesake).
_FIELD = ("same specialty", "the subject's field in its own words", "occupation given as")
_TOWN = ("same city", "nearby:", "city named near the name")


def given_only(names: SubjectNames, written: str) -> NameFit | None:
    """ "Dr. Trish" read as the subject's given name with the title, when the one word is the given name or a
    known everyday form of it (a nickname, another romanisation, a short form); else None."""
    words = written.split()
    if len(words) != 2 or not names.own.family:
        return None
    found = fit(names, f"{words[1]} {names.own.display_family}")
    if found.score < 0.8 or found.conflict or fold(words[1]) == "".join(names.own.family):
        return None
    return NameFit(
        GIVEN_ONLY, (f"{written}: {GIVEN_WHY}", *(r for r in found.reasons if not r.startswith("name matches:")))
    )


def hold(name: NameFit, tally: Tally, score: float) -> float:
    """``score`` held at "possible" for a titled single name unless field and town agree, or a fact only the
    subject has (a practice street, a phone, a learned workplace) does."""
    titled = any(r.endswith((GIVEN_WHY, FAMILY_WHY, CLIPPED_WHY)) for r in name.reasons)
    if not titled or score <= NAME_ONLY_CAP or tally.decisive:
        return score
    field = any(r.startswith(_FIELD) for r in tally.strong)
    town = any(r.startswith(_TOWN) for r in tally.strong)
    if field and town:
        return score
    missing = "town" if field else "field" if town else "field and town"
    initial_like = any(r.endswith(CLIPPED_WHY) for r in name.reasons)
    which = "a given name as good as an initial" if initial_like else "a title with one name"
    tally.reasons.append(f"{which}, and the page's {missing} does not agree: at most possible")
    return NAME_ONLY_CAP
