"""The everyday name a broker lists for the subject that is the registered given name's opening syllable, bare or with
the pet ending ``-u``: "Lu Tauiliili" for Lusia, "Dilu Wickramasinghe" for Dilani.

Family and friends shorten a given name to its opening: in English with "-ie" or "-y" ("Harry", ``everyday.pet_form``),
in the languages of South Asia with "-u" ("Dilu" for Dilani in Sinhala, "Ashu" for Ashwini in Marathi, "Raju" for
Rajesh, "Sanju" for Sanjay in Hindi), and in Polynesian and many other families by the opening syllable alone ("Lu"
for Lusia, "Ti" for Tiare). A people-search broker keeps the name a person goes by among the aliases of her record,
and then her own Strava, Bluesky or Mastodon profile, signed with it and the family initial ("Dilu W.", "Lu T."), is
read as hers when its field and town agree (``rejudge``). Only an alias of the subject's own confirmed record with
the family name whole teaches (``everyday._clipped_aliases``): a two-letter name is anyone's elsewhere.
"""

from __future__ import annotations

from footprint.identity import fold

VOWELS = frozenset("aeiouy")
SOUTH_ASIAN_ENDING = "u"  # "Dilu", "Ashu", "Raju": the opening with -u
MIN_STEM = 3  # letters the opening keeps before -u: "Dil", "Ash"; "An" (Anu) would open a dozen names
MIN_CUT = 2  # letters it cuts: "Dila" (Dilan) is another name, not "Dilu"
MIN_FORMAL = 5  # letters of a name shortened to its opening syllable: "Lusia", not "Lulu"


def opening_form(everyday: str, formal: str) -> bool:
    """True when ``everyday`` is ``formal``'s opening with the pet ending -u ("Dilu" / Dilani, "Ashu" / Ashwini), or
    its opening syllable alone, a consonant and a vowel before a consonant ("Lu" / Lusia); not "Al" for Alison (no
    syllable of its own) or "Ja" for Jaime (a vowel follows)."""
    short, full = fold(everyday), fold(formal)
    if " " in short + full or not short.isalpha() or not full.isalpha() or short == full:
        return False
    stem = short.removesuffix(SOUTH_ASIAN_ENDING)
    if stem != short and len(stem) >= MIN_STEM and full.startswith(stem) and len(full) - len(stem) >= MIN_CUT:
        return True
    return _opening_syllable(short, full)


def _opening_syllable(short: str, full: str) -> bool:
    """``short`` is the two-letter open syllable ``full`` begins with, a consonant following it ("lu" of "lusia")."""
    if len(short) != 2 or len(full) < MIN_FORMAL or not full.startswith(short):
        return False
    return short[0] not in VOWELS and short[1] in VOWELS and full[2] not in VOWELS
