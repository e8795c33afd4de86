"""The words Portuguese and Spanish names write a generation with, and the English suffixes they stand for.

English marks a son named after his father with "Jr." or "II"; Brazilian and Portuguese names add a word after the
family names instead: "Ricardo Almeida Nunes Filho" (son) is the son of "Ricardo Almeida Nunes", "Neto" a grandson,
"Sobrinho" a nephew, "Júnior" as in English; Spanish writes "hijo". The word is part of the legal family name (the
NPI registry lists NUNES FILHO) and the person goes by the family name before it ("Dr. Nunes").
"""

from __future__ import annotations

# Each word, folded, and the generation it stands for (one key per generation, so "Filho" and "Jr." agree).
WORDS = {
    "jr": "jr", "junior": "jr", "filho": "jr", "filha": "jr", "hijo": "jr", "hija": "jr",
    "sr": "sr", "ii": "ii", "iii": "iii", "iv": "iv",
    "neto": "neto", "neta": "neto", "sobrinho": "sobrinho", "sobrinha": "sobrinho",
}  # fmt: skip
# The words that are written as a family name, not as a suffix after a comma.
FAMILY_WORDS = frozenset(w for w in WORDS if w not in {"jr", "sr", "ii", "iii", "iv"})
