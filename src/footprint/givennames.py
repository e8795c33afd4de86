"""One table of given-name equivalences the ``nicknames`` dataset does not hold (``given_names.yaml``).

Other romanisations of one name ("Evgeny", "Yevgeny") and the English name its bearer goes by
("Eugene", "Gene"), each group with its source. Discovery searches and opens results by it
(``search.spellings``) and matching accepts the same names (``identity.given_name_forms``), so a
page discovery opened for "Gene" is not then rejected for naming "Gene".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from footprint.identity import fold


@dataclass(frozen=True)
class NameGroup:
    """The romanisations of one given name (commonest first), its English forms (everyday form last), the source."""

    romanised: tuple[str, ...]
    english: tuple[str, ...]
    source: str
    native: str = ""  # the name in its own script ("Евгений"), for a search in that language


@cache
def groups() -> tuple[NameGroup, ...]:
    text = resources.files("footprint").joinpath("given_names.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return tuple(
        NameGroup(
            tuple(fold(n) for n in g["romanised"]),
            tuple(fold(n) for n in g.get("english") or ()),
            g["source"],
            str(g.get("native") or ""),
        )
        for g in raw.get("groups", ())
    )


def holding(given: str) -> tuple[NameGroup, ...]:
    """The groups that hold ``given`` as a romanisation (an English "Eugene" is no romanised "Evgeny")."""
    key = fold(given)
    return tuple(g for g in groups() if key in g.romanised)


def equivalents(given: str) -> frozenset[str]:
    """Every folded form the table gives for ``given``: its other romanisations and English forms."""
    found: set[str] = set()
    for group in holding(given):
        found |= {*group.romanised, *group.english}
    return frozenset(found)


EVERYDAY = "everyday-forms"  # the source of a group of a formal name's everyday forms (Gosia for Małgorzata)
# Everyday forms a family and a community use, for matching only: discovery does not search for them
# (``search.spellings``). The Yiddish and Hebrew pet forms of a biblical name registered in English (Rochie for
# Rachel), and the "Abdi" of every Somali name compounded with Cabdi- (Abdirahman, Abdullahi).
HOME_FORMS = frozenset({"yiddish-hebrew-everyday", "somali-everyday"})


# Groups whose `english` member is the name a person is registered under in the majority language and whose
# `romanised` member is the form their own community calls them by: a Boise doctor registered IGNACIO is Iñaki at the
# Basque center and at home. Read both ways (``native_forms``); an English cognate ("Matthew" for Matej) is not, as a
# page writing the native form of a common English name is as often another person's.
NATIVE = frozenset({"basque-spanish"})


def native_forms(given: str) -> frozenset[str]:
    """The community's own forms of the registered name ``given`` ("ignacio": inaki), folded."""
    key = fold(given)
    return frozenset(n for g in groups() if g.source in NATIVE and g.english[:1] == (key,) for n in g.romanised)


def everyday_forms(given: str) -> frozenset[str]:
    """The everyday forms the table gives for the formal name ``given`` ("malgorzata": malgosia, gosia)."""
    return frozenset(n for g in holding(given) if g.source == EVERYDAY or g.source in HOME_FORMS for n in g.english)


@cache
def family_groups() -> tuple[tuple[frozenset[str], str], ...]:
    """The table's family-name groups: each group's folded spellings and its source."""
    text = resources.files("footprint").joinpath("given_names.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return tuple((frozenset(fold(n) for n in g["spellings"]), g["source"]) for g in raw.get("family_groups", ()))


def family_spellings(family: str) -> frozenset[str]:
    """The other romanisations of a family name the table holds ("Jeong": Jung, Chung, Cheong); none for a
    name it does not hold. "Chang" is both a Korean 장 and the Wade-Giles 张: both groups count."""
    key = fold(family)
    found: set[str] = set()
    for spellings, _ in family_groups():
        if key in spellings:
            found |= spellings
    return frozenset(found - {key})
