"""Other ways pages write a physician's name, for what discovery searches for and opens.

A patient who knows "Dr. Evgeny Sokolov" still finds him written "Yevgeny Sokolov" on a faculty
page and "Dr. Gene Sokolov" in a news story; "Dr. Isabel de la Cruz" is "Isabel Delacruz" on a
people-search site. The nickname tables know English nicknames (Rob for Robert) but not other
romanisations of a Slavic or Polish name, nor the English name its bearer goes by. This module
holds those: each group lists the romanisations of one name (the commonest first), then the
English cognate and its everyday form.
"""

from __future__ import annotations

import re

from footprint.identity import fold

# (romanisations, English forms): a physician named with any romanisation may be written with
# another, or go by the English form (the everyday one last, as colleagues and patients write it;
# none where the name is kept as it is).
_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("evgeny", "yevgeny", "evgeniy", "yevgeniy", "evgenii"), ("eugene", "gene")),
    (("aleksandr", "alexandr", "oleksandr"), ("alexander", "alex")),
    (("aleksei", "alexey", "alexei", "aleksey", "oleksii"), ("alex",)),
    (("dmitry", "dmitri", "dmitriy", "dmitrii"), ()),
    (("sergei", "sergey", "serhiy"), ()),
    (("andrei", "andrey", "andriy"), ("andrew",)),
    (("mikhail", "mykhailo"), ("michael", "mike")),
    (("nikolai", "nikolay", "mykola"), ("nicholas", "nick")),
    (("yuri", "yury", "yuriy", "iurii"), ()),
    (("grigory", "grigoriy", "grigorii"), ("gregory", "greg")),
    (("anatoly", "anatoliy", "anatolii"), ()),
    (("vitaly", "vitaliy", "vitalii"), ()),
    (("pyotr", "petr"), ("peter",)),
    (("pavel",), ("paul",)),
    (("ekaterina", "yekaterina", "katerina"), ("katherine", "kate")),
    (("elena", "yelena"), ("helen",)),
    (("natalia", "natalya", "nataliya"), ("natalie",)),
    (("tatiana", "tatyana"), ("tanya",)),
    (("krzysztof",), ("christopher", "chris")),
    (("tomasz",), ("thomas", "tom")),
    (("piotr",), ("peter",)),
    (("pawel",), ("paul",)),
    (("stanislaw",), ("stanley", "stan")),
    (("jozef",), ("joseph", "joe")),
    (("jakub",), ("jacob", "jake")),
    (("katarzyna",), ("katherine", "kate")),
    (("malgorzata",), ("margaret",)),
)
# Words that join a family name ("de la Cruz", "van der Berg"): pages also write them run together.
PARTICLES = frozenset({"de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos", "das"})


def other_given_names(given: str) -> list[str]:
    """Another romanisation of ``given``, then the English everyday form ("Evgeny" → ["Yevgeny",
    "Gene"]); nothing for a name no group holds, or for an English name ("Eugene")."""
    key = fold(given)
    out: list[str] = []
    for spellings, english in _GROUPS:
        if key not in spellings:
            continue  # an English "Eugene" is not a romanised "Evgeny"
        others = [s for s in spellings if s != key]
        for name in (*others[:1], *english[-1:]):
            if name != key and name.title() not in out:
                out.append(name.title())
    return out


def all_given_forms(given: str) -> frozenset[str]:
    """Every folded form of ``given`` a group holds (romanisations and English forms alike)."""
    key = fold(given)
    found = {key}
    for spellings, english in _GROUPS:
        if key in spellings:
            found |= {*spellings, *english}
    return frozenset(found)


def other_family_names(family: str) -> list[str]:
    """A family name with particles written run together ("de la Cruz" → "Delacruz")."""
    words = family.split()
    if len(words) < 2 or not any(w.lower() in PARTICLES for w in words[:-1]):
        return []
    joined = "".join(words)
    return [joined[:1].upper() + joined[1:].lower()]


def surname_parts(family: str) -> list[str]:
    """The parts of a double surname that may appear alone ("Okonkwo-Reyes" → Okonkwo, Reyes);
    none for a surname with particles ("de la Cruz" is one name) or a single word."""
    words = family.split()
    if len(words) > 1 and any(w.lower() in PARTICLES for w in words):
        return []
    parts = [p for p in re.split(r"[-\s]+", family) if len(p) > 1]
    return parts if len(parts) > 1 else []
