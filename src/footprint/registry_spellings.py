"""Other ways to ask the NPI registry for a name it does not know as typed. NPPES matches names letter for letter
and keeps what the physician filed, so "Denis O'Sullivan" is OSULLIVAN, "Gus" is AUGUSTUS, "Douglas" may be the
middle name of HAMILTON DOUGLAS and "Malou" is MARIA LOURDES: each is asked again the way records write it, and
only a record with the same letters is kept.
"""

from __future__ import annotations

import re
import unicodedata

from footprint.clipped import clipped
from footprint.config import Settings
from footprint.identity import FetchFn, fold, given_name_forms
from footprint.models import NpiRecord, Subject
from footprint.npi_api import ask_registry, records_in


def by_family_name(
    subject: Subject, settings: Settings, params: dict[str, str], fetch: FetchFn
) -> tuple[list[NpiRecord], list[NpiRecord], list[NpiRecord]]:
    """Of the records of the family name (and state), those whose middle name is the given name the user typed, or
    begins with it ("H. Douglas McAllister" is registered under Hamilton and goes by Douglas, "Beau Treadwell" under
    CHARLES BEAUMONT), and those whose first name is a formal form of the typed everyday name (AUGUSTUS for "Gus",
    MARGARET for "Peggy": the registry's alias table knows few nicknames, so a query by the typed first name
    finds nothing), and the family name's other records (another given name altogether: XIAOYU for "Sharon", an
    adopted name no table links). One question to the registry answers all three."""
    given = given_name_forms(subject.given_name or "")
    if not given:
        return [], [], []
    got = ask_registry(
        settings, {k: v for k, v in params.items() if k not in ("first_name", "use_first_name_alias")}, fetch
    )
    typed = fold(subject.given_name or "")
    last = fold(subject.family_name or "")
    family = [r for r in records_in(got) if fold(r.last_name) == last]
    by_middle = [
        r for r in family
        if fold(r.middle_name) in given or _short_for(typed, fold(r.middle_name)) or contracted(typed, r)
    ]  # fmt: skip
    formal = [r for r in family if r not in by_middle and fold(r.first_name) != typed and formal_of(typed, r, given)]
    others = [r for r in family if r not in by_middle and r not in formal and fold(r.first_name) != typed]
    return by_middle, formal, others


def registry_spellings(subject: Subject) -> tuple[tuple[str, str], ...]:
    """Other ways the registry may keep the typed name (given, family), for when it knows none as typed: without
    the apostrophe or with a space for the hyphen (NPPES keeps what the physician filed and matches names exactly:
    OSULLIVAN for O'Sullivan, BEN DAVID for Ben-David, JEAN ROBERT for Jean-Robert), a former family name the user
    gave before the typed one (a Portuguese or Spanish married name keeps the maiden one: FERREIRA LIMA for Ana
    Lima, née Ferreira), and the legal given name of a former name the user gave (KATHARINE for Kit, who gave
    "Katharine Morrow")."""
    given, family = (subject.given_name or "").strip(), (subject.family_name or "").strip()
    if not given or not family:
        return ()
    families = [family, family.replace("'", "").replace("\u2019", ""), family.replace("-", " "),
                family.replace("-", ""), family.replace(" ", "-")]  # fmt: skip
    extra: list[tuple[str, str]] = []
    if middle := (subject.middle_name or "").strip():
        families += [f"{middle} {family}", f"{middle}-{family}"]  # two family names read as a middle and a family one
        if len(words := middle.split()) >= 2:
            # Two given names and two family names ("José Luis Ibáñez Ortega"): IBANEZ ORTEGA under JOSE LUIS, or
            # under JOSE with the second given name as the middle one.
            families += [f"{words[-1]} {family}", f"{words[-1]}-{family}"]
            extra.append((f"{given} {words[0]}", " ".join((*words[1:], family))))
    for other in subject.also_known_as:
        words = other.split()
        if len(words) >= 2 and fold(words[0]) == fold(given) and fold(words[-1]) not in fold(family).split():
            families.append(f"{words[-1]} {family}")
    givens = [given, given.replace("-", " "), given.replace("-", "")]
    if "-" in given:
        givens.append(given.split("-")[0])  # JEAN with the middle name ROBERT for Jean-Robert
    pairs = [(g, f) for g in dict.fromkeys(givens) for f in dict.fromkeys(families)]
    for other in subject.also_known_as:
        words = other.split()
        if len(words) >= 2 and fold(words[0]) != fold(given):
            pairs.append((words[0], family))  # the user's other given name: the legal one an everyday one is for
    pairs += extra
    # NPPES keeps names in capital letters without accents (CHLOE for Chloé, IBANEZ for Ibáñez), and a query
    # with an accent finds nothing: each form is asked again without them.
    pairs += [(plain(g), plain(f)) for g, f in [(given, family), *pairs]]
    return tuple(p for p in dict.fromkeys(pairs) if p != (given, family))


def plain(name: str) -> str:
    """``name`` without its accents ("Ibáñez" is "Ibanez"), as the registry keeps it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def by_spelling(subject: Subject, settings: Settings, params: dict[str, str], fetch: FetchFn) -> list[NpiRecord]:
    """The records under another spelling of the typed name (``registry_spellings``): only a record whose last name
    is that spelling letter for letter, and whose first name (with its middle name: JEAN ROBERT) is the typed one
    or the given name of a former name the user gave, is kept."""
    typed = subject.given_name or ""
    whole = _letters(typed)
    # "José" typed with the middle name "Luis": JOSE LUIS in the registry's first name is the typed given name.
    both = whole + _letters((subject.middle_name or "").split()[0]) if subject.middle_name else ""
    legal = {_letters(a.split()[0]) for a in subject.also_known_as if len(a.split()) >= 2}

    def same_given(record: NpiRecord, asked: str) -> bool:
        first = _letters(record.first_name)
        return (
            whole in (first, first + _letters(record.middle_name))
            or (bool(both) and both == first)
            or (first == _letters(asked) and first in legal)
        )

    for given, family in registry_spellings(subject):
        asked = {**params, "first_name": given, "last_name": family}
        if given != typed:
            asked["use_first_name_alias"] = "False"
        found = [
            r
            for r in records_in(ask_registry(settings, asked, fetch))
            if _letters(r.last_name) == _letters(family) and (given == typed or same_given(r, given))
        ]
        if found:
            return list({r.number: r for r in found}.values())
    return []


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


def formal_of(typed: str, record: NpiRecord, forms: frozenset[str]) -> bool:
    """The record's first name is a formal form of the typed everyday one: a nickname of it (MARGARET for "Peggy")
    or the name it is clipped from (DESMOND for "Dez", FRANCESCA for "Frankie", ``clipped``)."""
    first = fold(record.first_name)
    return first in forms or (len(first) > len(typed) and clipped(typed, first))


SHORT_FORM = 4  # letters: "Beau" for Beaumont; "Al" or "Jo" would be anyone's


def contracted(typed: str, record: NpiRecord) -> bool:
    """``typed`` is the opening of the record's first name run into the opening of its middle name, as Filipino and
    Hispanic usage makes one everyday name of a compound given name: "Malou" for MARIA LOURDES, "Marivic" for MARIA
    VICTORIA, "Maricel" for MARIA CELIA (two letters or more of each, five or more in all)."""
    first, middle = fold(record.first_name), fold(record.middle_name).split()
    if len(typed) < 5 or not first or not middle or not typed.isalpha():
        return False
    second = middle[0]
    if first.startswith(typed):
        return False  # the first name clipped ("Maria" to "Mari"), not a contraction
    return any(first.startswith(typed[:i]) and second.startswith(typed[i:]) for i in range(2, len(typed) - 1))


def _short_for(typed: str, middle: str) -> bool:
    """``typed`` is the start of ``middle``, as an everyday name cut from it: "Beau" for CHARLES BEAUMONT."""
    return len(typed) >= SHORT_FORM and len(middle) > len(typed) and middle.split()[0].startswith(typed)
