"""What says "another person" although the name fits: the subject's own registry record disagrees.

The NPI record is the subject's own word on their full name. A user who types "Caroline Pruitt"
leaves out the middle name the registry gives ("Caroline E Pruitt"); a page about "Caroline J.
Pruitt" is then a namesake, however well her field or state agree: the record's own middle name or
generation not the page's rejects the page, unless a fact only the subject has (their phone, practice
street, handle, licence) outweighs it. Place conflicts (another city of the state beyond commuting
distance) are noted where places are compared (``match.places``), and with a middle name the page writes
elsewhere hold a page at "possible" under the same condition.
"""

from __future__ import annotations

import re

from footprint.identity import fold, given_name_forms
from footprint.models import NpiRecord
from footprint.namematch import SubjectNames, first_family_name
from footprint.nameparse import GENERATIONS, parse_name
from footprint.spellings import near_spelling


def registry_name(record: NpiRecord | None, names: SubjectNames, written: str) -> list[str]:
    """A middle name on the page that is not the NPI record's, when the user typed none (the record's
    first name being the one the user goes by: "Douglas" for HAMILTON DOUGLAS is the middle name itself)."""
    if record is None or not record.middle_name.strip() or names.own.middles or not written.strip():
        return []
    first = fold(record.first_name)
    if first != names.own.given and names.own.given not in given_name_forms(first):
        return []
    them = parse_name(written)
    if them is None:
        return []
    used = {names.own.given, first, *names.own.family, *(w for o in names.former for w in (o.given, *o.family))}
    families = {*names.own.family, *(w for o in names.former for w in o.family)}
    # A family name kept as a middle one, the woman's own before marriage ("Haruka N. Greene" for Nishimoto,
    # the registry's PATRICIA HALE VUKOVICH): a middle of the subject's family names is no given middle name.
    # Not the family name the page writes in full after it: "Eilidh M. Macaulay" abbreviates no Macaulay.
    kept = families - set(them.family)
    theirs = [
        m
        for m in them.middles
        if m not in used and them.given + m != names.own.given and not (len(m) == 1 and any(f[:1] == m for f in kept))
    ]
    mine = fold(record.middle_name).split()
    if not theirs or not mine or mine[0] in families:
        return []
    if them.given == mine[0] and list(them.middles[: len(mine) - 1]) == mine[1:]:
        return []  # "Wei Ling L." for GRACE WEI LING LIM: the record's middle names are the page's given name
    if them.given == mine[0][0] and list(them.middles) == [m[0] for m in mine[1:]]:
        return []  # "W.L. Lim": the initials of that given name (``registry_middle``)
    page, own = theirs[0], mine[0]
    differs = page[0] != own[0] or (len(page) > 1 and len(own) > 1 and page != own and not near_spelling(page, own))
    if not differs:
        return []
    return [f"middle name {them.show(page)}, but the subject's NPI record gives {record.middle_name}"]


def registry_generation(record: NpiRecord | None, names: SubjectNames, written: str) -> list[str]:
    """Another generation on the page than the NPI record's, when the user typed none: "Dr. Robert Okafor
    Sr." is the father of the subject the registry lists as ROBERT OKAFOR Jr. (both often physicians)."""
    if record is None or names.own.generation or not written.strip():
        return []
    mine = fold(record.suffix).replace(" ", "")
    them = parse_name(written)
    if mine not in GENERATIONS or them is None or not them.generation or them.generation == mine:
        return []
    return [f"generation {GENERATIONS[them.generation]}, but the subject's NPI record gives {GENERATIONS[mine]}"]


def registry_initial(record: NpiRecord | None, others: tuple[NpiRecord, ...], names: SubjectNames, written: str) -> str:
    """Why the middle initial written with the name tells the person from the registry's namesakes, or "".

    The user typed no middle name; the page writes one ("Lorcan T. Ashgrove") that is the subject's record's
    (LORCAN TOBIAS) while every other record of the name in the registry has another (RUAIRI, MILES). The
    registry counts clinicians only, so the initial tells the subject from the physicians of the name, as a city
    would, and from nobody else: strong evidence, never decisive."""
    if record is None or not others or names.own.middles or not written.strip():
        return ""
    mine = fold(record.middle_name)
    them = parse_name(written)
    if not mine or them is None or not them.middles:
        return ""
    used = {names.own.given, fold(record.first_name), *names.own.family}
    theirs = [m for m in them.middles if m not in used and them.given + m != names.own.given]
    if not theirs or theirs[0][0] != mine[0]:
        return ""
    page = theirs[0]
    if len(page) > 1 and page != mine.split()[0] and not near_spelling(page, mine.split()[0]):
        return ""
    family = fold(record.last_name)
    given = fold(record.first_name)
    same_name = [r for r in others if fold(r.last_name) == family and fold(r.first_name) == given]
    if not same_name or any(fold(r.middle_name)[:1] in ("", mine[0]) for r in same_name):
        return ""
    n = len(same_name)
    return (
        f"middle initial {page[0].upper()}. is the subject's NPI record's ({record.middle_name.title()}); "
        f"the registry's {'other physician' if n == 1 else f'{n} other physicians'} of the name "
        f"{'has another' if n == 1 else 'have others'}"
    )


def written_middle(record: NpiRecord | None, names: SubjectNames, written: str, page_text: str) -> list[str]:
    """A middle initial the page writes elsewhere for the person it presents without one, when it is not the
    NPI record's: the practice page of "Dr. Talia Brennick" whose bio begins "Dr. Talia R. Brennick is a licensed
    psychologist" is R.'s page, whichever form its headline uses. Every initial the page writes with the
    name counts: one of them the record's (a father and son on one page) and the page is not told apart so."""
    them = parse_name(written) if written.strip() else None
    if record is None or them is None or them.middles or not page_text:
        return []
    given, family = re.escape(them.given), re.escape(" ".join(them.family))
    found = {m.group(1) for m in re.finditer(rf"\b{given} ([a-z]) {family}\b", fold(page_text[:20_000]))}
    mine = fold(record.middle_name)[:1]
    if not found or not mine or mine in found:
        return []
    for initial in sorted(found):
        said = registry_name(record, names, f"{them.given} {initial.upper()}. {' '.join(them.family)}")
        if said:
            return [f"the page also writes the name with {said[0].removeprefix('middle name ')}"]
    return []


def another_second_family(names: SubjectNames, written: str, page_text: str) -> list[str]:
    """The page presents "Marisol Quiñones" (the first of the subject's two family names alone, which fits: see
    ``namematch.first_family_name``) and its own text writes her "Marisol Quiñones Rivera": another second family
    name is another person, the namesake's page whichever form its headline uses. The third word counts when it
    is written as a name (capitalised, never lower-case on the page: "dijo" and "opens" are words, not names)."""
    them = parse_name(written) if written.strip() else None
    if them is None or not first_family_name(names.own) or them.family != names.own.family[:1] or not page_text:
        return []
    text = page_text[:20_000]
    words = list(re.finditer(r"[^\W\d_]+", text))
    lower = {w.group(0) for w in words if w.group(0).islower()}
    first, second = names.own.family
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if fold(a.group(0)) != them.given or fold(b.group(0)) != first or not c.group(0)[0].isupper():
            continue
        if text[a.end() : b.start()].strip() or text[b.end() : c.start()].strip():
            continue
        third = fold(c.group(0))
        if third == second or len(third) < 3 or c.group(0).lower() in lower or third in _NOT_A_FAMILY:
            continue
        return [f"the page also writes the name {a.group(0)} {b.group(0)} {c.group(0)}: another second family name"]
    return []


_NOT_A_FAMILY = {"md", "do", "phd", "mph", "facs", "faap", "dra", "doctor", "doctora"}


def generation_twin(record: NpiRecord | None, others: tuple[NpiRecord, ...], written: str) -> str:
    """The registry's physician of the subject's own first and family name in another generation ("Everett
    Haskins Sr." for the subject's EVERETT HASKINS Jr.), when the page writes the name with no generation; "".
    A father and son of one name share their family: the page's "his wife Ruth" is the son's mother as well, so
    relatives named beside the bare name do not tell which of them it is."""
    if record is None or not record.suffix:
        return ""
    them = parse_name(written) if written.strip() else None
    if them is None or them.generation:
        return ""
    given, family = fold(record.first_name), fold(record.last_name)
    for r in others:
        if fold(r.first_name) == given and fold(r.last_name) == family and r.suffix != record.suffix:
            return f"{r.first_name} {r.last_name} {r.suffix}".strip()
    return ""
