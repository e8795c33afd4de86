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
