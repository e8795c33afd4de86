"""The generation a written name carries: "Jr.", "II", or the Portuguese and Spanish words (``generation_words``):
"Ricardo A Nunes Filho", listing "Ricardo A Nunes" among his relatives, lists his father."""

from __future__ import annotations

from footprint.generation_words import WORDS
from footprint.identity import fold
from footprint.nameparse import NameParts


def generation(parts: NameParts | None, written: str = "") -> str:
    """The generation ``parts`` (parsed from ``written``) carries, or "": its suffix ("Jr."), or a generation word
    after at least one other family or middle name ("Nunes Filho", "Ricardo A Nunes Filho"; "Maria Neto" is a
    family name Neto), or "Júnior" written last after a given and a family name (the parser drops it)."""
    if parts is None:
        return ""
    if parts.generation:
        return WORDS.get(parts.generation, parts.generation)
    last = parts.family[-1] if parts.family else ""
    if last in WORDS and (len(parts.family) > 1 or parts.middles):
        return WORDS[last]
    words = fold(written.partition(",")[0]).split()
    if len(words) > 2 and words[-1] in WORDS:
        return WORDS[words[-1]]
    return ""
