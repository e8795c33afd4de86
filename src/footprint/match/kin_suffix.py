"""Kin words and honorifics written after a given name and joined to it by a hyphen, as younger relatives and friends
write a person: Nepali "Pemba-dai" (elder brother), "Lhakpa-didi" (elder sister), "Ram-bhai", "Sita-ji"; Tibetan and
Sherpa "Pemba-la" (the polite form); Bengali "Tapan-da", "Rina-di" (dada, didi); Japanese "Kenji-san", "Yumi-chan",
"Taro-kun"; Korean "Minho-ssi", "Minho-nim". The name before the hyphen is the given name alone, where a hyphenated
given name ("Anne-Marie", "Mei-Ling") is one name whose second part is no kin word.
"""

from __future__ import annotations

KIN_SUFFIXES = frozenset(
    {"dai", "didi", "di", "da", "dada", "bhai", "bhaiya", "bahini", "ji", "la", "san", "chan", "kun", "sama", "sensei",
     "ssi", "nim"}
)  # fmt: skip

# A kin word joined after the name, ending there: "-dai" in "Pemba-dai's", not "-Marie" nor "-dawa".
JOINED = "(?i:-(?:" + "|".join(sorted(KIN_SUFFIXES, key=len, reverse=True)) + r"))(?![\w-])"
