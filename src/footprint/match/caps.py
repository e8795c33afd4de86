"""The caps on a person record's score once every piece of evidence is in: a conflict the evidence did not
answer holds the record at "possible" at most, another middle name or generation the registry gives holds it
below, a broker's record that agrees by its place alone is held (``broker_place``), and a life span the page
gives means a namesake who has died. Only a fact only the subject has (the tally's decisive reasons) lifts a
cap; relatives and a workplace do not, where the registry names another."""

from __future__ import annotations

from collections.abc import Callable

from footprint.match import facts_on_page, initials, titled, workplace
from footprint.match.strength import Tally
from footprint.namematch import NameFit

CONFLICT_CAP = 0.6  # another city of the state, a middle name written elsewhere: "possible" without decisive evidence
# A broker's record whose middle name or generation is not the one the subject's NPI record gives ("Alexandra P.
# Ruehl" for ALEXANDRA MARIT): another person of the name, rejected unless a fact only the subject has agrees.
ANOTHER_NAME = 0.4


def held(
    name: NameFit,
    tally: Tally,
    *,
    named_another: list[str],
    by_registry: list[str],
    known_handle: bool,
    other_profession: bool,
    died: tuple[int, int] | None,
    physician: bool,
    likely: float,
    place_only: Callable[[float], float] | None = None,
    beside: bool = False,
    others: tuple[str, ...] = (),
) -> float:
    """The record's score, from the tally, after every cap that applies; each cap adds its reason. ``beside``: the
    person's own words name the subject's workplace; ``others``: the other names on the page."""
    score = titled.hold(name, tally, tally.capped(max(0.0, min(1.0, tally.score))), likely=likely)
    score = titled.pinned(name, tally, score, beside=beside, others=others, likely=likely)
    score = initials.hold(name, tally, score)
    if physician:
        score = initials.family_initial(name, tally, score, likely)
    # Relatives are a family's, shared by the namesakes in it (a mother-in-law, a father "Sr."), and a hospital
    # is its staff's (a father and son on one staff, two doctors of one name at a large hospital): they do not
    # tell the subject from a person whose own name the registry says is another.
    shared = (facts_on_page.KIN, workplace.WORKS)
    decisive = [d for d in tally.decisive if not named_another or not any(w in d for w in shared)]
    if by_registry and not decisive and score > ANOTHER_NAME:
        score = ANOTHER_NAME
        tally.reasons.append(f"{by_registry[0]}, and nothing only the subject has agrees: another person of the name")
    elif tally.conflicts and not decisive and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append(f"{tally.conflicts[0]}, and nothing only the subject has agrees: at most possible")
    elif name.conflict and not known_handle and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append("the name itself points to another person: at most possible")
    elif other_profession and not known_handle and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append("the page gives another profession's degree: a namesake, at most possible")
    if place_only is not None:
        score = place_only(score)
    if died is not None and not known_handle:
        # At most possible, not rejected: a namesake relative's obituary may name the subject's household (a
        # mother-in-law's), which the household rule (``match.rejudge``) then reads as the subject's family.
        score = min(score, CONFLICT_CAP)
        tally.reasons.append(f"the page gives this person's life span, {died[0]}-{died[1]}: a namesake who has died")
    return score
