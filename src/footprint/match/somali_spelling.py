"""A Somali name in the official Latin orthography of 1972, as a Somali-language page writes it, and the English
spelling US records keep: "Cabdiraxmaan Yuusuf Faarax" is Abdirahman Yusuf Farah. The orthography writes the
pharyngeal ʿayn with c ("Cabdi", "Cali", "Cumar") and ḥ with x ("Maxamed", "Faarax"), and long vowels doubled
("Yuusuf", "Faadumo"); English records drop the ʿayn, write ḥ as h and a long vowel once (Saeed, Ahmed (ed.),
Somali Reference Grammar, 1993; Orwin, Colloquial Somali, 1995).
"""

from __future__ import annotations

import re

from footprint.identity import fold

WHY = "the name in the Somali orthography, as records spell it in English"
_LONG = re.compile(r"([aeiou])\1")
_AYN_FIRST = re.compile(r"\bc(?=[aeiou])")  # "Cabdi", "Cali": ʿayn before the first vowel


def marked(written: str) -> bool:
    """True when ``written`` has the orthography's x for ḥ (after a vowel inside a word, opening a word before a
    vowel, or closing one after a long vowel: "Maxamed", "Xasan", "Faarax") and a doubled vowel or a c opening a
    word before a vowel ("Yuusuf", "Cali"); not "Max Cole", "Alex Cooper" or "Aaron Cox"."""
    words = fold(written)
    ha = re.search(r"[aeiou]x[a-z]|\bx[aeiou]|([aeiou])\1x\b", words) is not None
    return ha and (_LONG.search(words) is not None or _AYN_FIRST.search(words) is not None)


def in_english(written: str) -> str:
    """``written`` in the English spelling records keep ("Cabdiraxmaan Yuusuf Faarax" → "Abdirahman Yusuf Farah")."""
    words = _AYN_FIRST.sub("", fold(written))
    words = words.replace("x", "h")
    return _LONG.sub(r"\1", words).title()
