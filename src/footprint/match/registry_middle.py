"""The registry's middle name where it is no Western middle name, written as the communities that give it write it.

US records put every name that is neither the first nor the last in the middle, whatever it is at home:
- a Chinese given name after the English one a Malaysian, Singaporean or Hong Kong physician added (GRACE WEI LING
  LIM): family and friends write "Wei Ling Lim", the Malaysian and Singaporean order "Lim Wei Ling", programmes and
  credits "Grace Lim Wei Ling", papers its initials "W.L. Lim", a profile "Wei Ling L.";
- the father's given name in a Somali, Arabic or Ethiopian name chain (ABDIRAHMAN YUSUF FARAH: the "surname" is the
  grandfather's), or the mother's family name a Chamorro, Filipino or Hispanic middle name carries (JOAQUIN CRUZ
  TAITANO): a community page names him "Abdirahman Yusuf", his given name and the next name of the chain.

Each form is weaker than the name the user typed: the place, the field or a tie of the page must still agree.
"""

from __future__ import annotations

from footprint.identity import fold, given_name_forms
from footprint.models import NpiRecord, Subject
from footprint.namematch import INITIAL_ONLY, NameFit
from footprint.nameparse import parse_name

AS_GIVEN = 0.85  # the middle names written as the given name, with the family name (as the everyday forms weigh)
CHAIN = 0.85  # the given name and the next name of the chain, with no family name (as the first of two family names)
INITIALS = 0.75  # the initials of a given name of two words, with the family name (as one initial weighs)


def fits(record: NpiRecord | None, subject: Subject, written: str) -> NameFit | None:
    """How ``written`` fits the subject as a form of the registry's middle name (see the module), or None."""
    middle = record.middle_name if record is not None else subject.middle_name or ""
    first = record.first_name if record is not None else subject.given_name or ""
    last = record.last_name if record is not None else subject.family_name or ""
    mids, family, given = fold(middle).split(), fold(last).replace(" ", ""), fold(first)
    typed = fold(subject.given_name or "")
    if not mids or not family or family != fold(subject.family_name or "").replace(" ", ""):
        return None
    if typed and given != typed and given not in given_name_forms(typed):
        return None  # the user goes by another name (the middle one?): ``name_fit.by_registry_name`` reads that
    parts = parse_name(written)
    if parts is None:
        return None
    words = " ".join((parts.given, *parts.middles, *parts.family))
    shown = middle.title()
    if len(mids) >= 2 and all(len(m) >= 2 for m in mids):  # ``home_given``
        return _given_of_words(words, mids, family, given, shown, last.title())
    if len(mids) == 1 and len(mids[0]) >= 3 and words == f"{given} {mids[0]}":
        why = f"{written.strip()}: the given name and the registry's next name {shown}, without the family name"
        return NameFit(CHAIN, (why,))
    return None


def _given_of_words(words: str, mids: list[str], family: str, given: str, shown: str, last: str) -> NameFit | None:
    """``words`` against a middle name of two or more words, a given name of its own ("Wei Ling")."""
    spaced, joined = " ".join(mids), "".join(mids)
    for name in (spaced, joined):
        if words == f"{given} {family} {name}":
            return NameFit(1.0, (f"name matches: the given name, then the family name first: {last} {shown}",))
        if words == f"{name} {family}":
            return NameFit(AS_GIVEN, (f"goes by the registry's middle name {shown} as the given name",))
        if words == f"{family} {name}":
            return NameFit(AS_GIVEN, (f"family name first, then the registry's middle name {shown}: {last} {shown}",))
        if words == f"{name} {family[0]}":
            initial = f"family name given only as its initial {family[0].upper()}."
            why = f"goes by the registry's middle name {shown} as the given name"
            return NameFit(round(AS_GIVEN * INITIAL_ONLY, 3), (initial, why))
    if words == " ".join((*(m[0] for m in mids), family)):
        initials = " ".join(f"{m[0].upper()}." for m in mids)
        return NameFit(INITIALS, (f"initials {initials} of the registry's middle name {shown}",))
    return None


def home_given(record: NpiRecord | None) -> str:
    """The registry's middle name when it is a given name of two or more words ("wei ling", folded), the name family
    and friends use alone; "" otherwise."""
    mids = fold(record.middle_name).split() if record is not None else []
    return " ".join(mids) if len(mids) >= 2 and all(len(m) >= 2 for m in mids) else ""
