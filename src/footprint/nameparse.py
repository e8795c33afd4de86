"""A written name taken apart: given name, middle names, family name and generation, folded.

A page writes a name with titles, credentials and punctuation around it: "Dr. Bob Lindqvist, MD",
"Lindqvist, R.J.", "Anselm Vorderbrook, D.O.", "Dr. Okafor's clinic". ``parse_name`` drops the
title, the credential list and the possessive, splits initials run together, and returns the
parts folded (accents and punctuation removed) with the words as written, for reasons people can
read. How well those parts fit the subject is ``namematch``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName

from footprint.identity import CREDENTIALS, fold

GENERATIONS = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
TITLES = {"dr", "dra", "doctor", "doctora", "prof", "professor", "mr", "mrs", "ms", "miss", "mx"}
# Particles a family name may be written with or without (Al-Rashid / Rashid, Van Nguyen / Nguyen).
PARTICLES = {"al", "el", "van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "der", "den", "ter", "ten"}
_CRED_WORDS = {c.lower().replace("-", " ") for c in CREDENTIALS}


@dataclass(frozen=True)
class NameParts:
    """A name folded into comparable parts (all lower-case, accents removed)."""

    given: str
    middles: tuple[str, ...]
    family: tuple[str, ...]
    generation: str = ""
    written: tuple[tuple[str, str], ...] = ()  # folded word → as written, for reasons people can read
    written_family: str = ""
    # The everyday name set off in quotes or parentheses ('H. Edward "Ned" Vorderbrook', "Linh (Lily) Vorderbrook").
    nickname: str = ""

    def show(self, word: str) -> str:
        return dict(self.written).get(word, word.title())

    @property
    def display_family(self) -> str:
        return self.written_family or " ".join(self.show(w) for w in self.family)


def folded_words(text: str) -> list[str]:
    """The folded words of ``text`` (accents and punctuation removed)."""
    return [w for w in fold(text).split() if w]


# Initials run together: "R.J. Okafor", "Okafor, R.J.", "RJ Okafor" (two capitals before a written-out name).
_JOINED_DOTTED = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")
_JOINED_BARE = re.compile(r"^((?:Dr\.?|Dra\.?)\s+)?([A-Z])([A-Z])(?=\s+[A-Z][a-z])")
_DOTTED = re.compile(r"\b(?:[A-Za-z]{1,2}\.){2,}(?:[A-Za-z]\b)?")  # "M.D.", "D.O.", "Ph.D.", "P.A.-C"
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")


def written_out(text: str) -> str:
    """A name as a byline or a caption writes it, with its parts apart: initials run together split
    ("R.J. Okafor" → "R. J. Okafor", "RJ Okafor" → "R. J. Okafor") and a possessive dropped
    ("Dr. Okafor's clinic" names Dr. Okafor)."""
    text = _POSSESSIVE.sub("", text)
    text = _JOINED_DOTTED.sub(r"\1. ", text)
    return _JOINED_BARE.sub(r"\1\2. \3.", text)


@lru_cache(maxsize=65_536)
def parse_name(text: str) -> NameParts | None:
    """Parts of a written name; credentials, titles and a trailing credential list are dropped."""
    head, _, tail = text.partition(",")
    # "Anselm Vorderbrook, D.O.", "Ann Lee, M.D., Ph.D.": a dotted credential is one word, not two initials.
    bare = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), tail)
    if bare != tail and all(w in _CRED_WORDS or w in GENERATIONS for w in folded_words(bare)):
        text = f"{head},{bare}"
    text = written_out(text)
    head, _, tail = text.partition(",")
    if tail and all(w in _CRED_WORDS or w in GENERATIONS for w in folded_words(tail)):
        text = head + (" " + tail if any(w in GENERATIONS for w in folded_words(tail)) else "")
    parsed = HumanName(text)
    suffix = [w for w in folded_words(parsed.suffix) if w in GENERATIONS]
    # A hyphenated given name is one name: "Mei-Ling" is "meiling".
    given = "".join(w for w in folded_words(parsed.first) if w not in TITLES)
    middles = [w for w in folded_words(parsed.middle) if w not in _CRED_WORDS]
    family = [w for w in folded_words(parsed.last) if w not in _CRED_WORDS]
    if not family and middles:
        family = [middles.pop()]
    if not given or not family:
        return None
    written = tuple((fold(w), w.strip(".,")) for w in re.split(r"[\s-]+", text) if len(fold(w).split()) == 1)
    written += ((given, parsed.first),)
    nickname = "".join(folded_words(parsed.nickname)[:1])
    if nickname:
        written += ((nickname, parsed.nickname.strip()),)
    generation = suffix[0] if suffix else ""
    return NameParts(given, tuple(middles), tuple(family), generation, written, parsed.last, nickname)
