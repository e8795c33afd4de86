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

POSSIBLE = 0.45  # the score of a page left for the user to review (``match.decide``)

GIVEN_ONLY = 0.6  # "Dr. Trish": the given name (or an everyday form) and the title, no family name
GIVEN_WHY = "the given name (or an everyday form of it) with the title, no family name"
FAMILY_WHY = "the family name with the title, no given name"
INITIAL_WHY = "the family name's initial with the title, no given name"

# Reasons that say the page's field, and its town, are the subject's (both "strong", shared by a namesake).
_FIELD = ("same specialty", "the subject's field in its own words", "occupation given as")
_TOWN = ("same city", "nearby:", "city named near the name")


def single_name(reasons: tuple[str, ...]) -> bool:
    """The name's reasons say it is a title with one name ("Dr. Keala", "Dr. Kahananui"), or a clipped given name."""
    return any(r.endswith((GIVEN_WHY, FAMILY_WHY, INITIAL_WHY, CLIPPED_WHY)) for r in reasons)


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


def hold(name: NameFit, tally: Tally, score: float) -> float:
    """``score`` held at "possible" for a titled single name unless field and town agree, or a fact only the
    subject has (a practice street, a phone, a learned workplace) does."""
    titled = single_name(name.reasons)
    if not titled or score <= NAME_ONLY_CAP or tally.decisive:
        return score
    field = any(r.startswith(_FIELD) for r in tally.strong)
    town = any(r.startswith(_TOWN) for r in tally.strong)
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
    tally.reasons.append("a title with one name, beside the workplace a confirmed page gives the subject")
    return likely
