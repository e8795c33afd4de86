"""How two spellings of one name relate: another transliteration or a typo (Aleksandr / Alexander), a long
given name cut to its start or end (Seun for Oluwaseun), a two-syllable pinyin name cut to its first (Ming for
Mingyu), a spelling the nickname table does not list for one it does (Katharine for Katherine). Words are folded
(lower case, no accents) before they come here."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

# Spelling rules that transliterations and anglicised spellings disagree on;
# applied before comparing consonant skeletons (Aleksandr / Alexander).
_TRANSLIT = (("sch", "sh"), ("tch", "ch"), ("ks", "x"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("w", "v"), ("y", "i"))


def skeleton(word: str) -> str:
    """Consonant skeleton after transliteration rules: "aleksandr" and "alexander" share "lxndr"."""
    text = word
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    if not text:
        return ""
    # Keep the first sound (any vowel alike: Yevgeny / Evgeny), then consonants only.
    first = "a" if text[0] in "aeiou" else text[0]
    return first + re.sub(r"[aeiouh]", "", text[1:])


def _spelled(word: str) -> str:
    for old, new in _TRANSLIT:
        word = word.replace(old, new)
    return word


def near_spelling(a: str, b: str) -> bool:
    """A typo or another transliteration of the same name (not merely a similar name).

    One name that is the other plus an ending is another name, not a typo:
    Robert / Roberta, Kuznetsov / Kuznetsova, Jose / Josefina.
    """
    if min(len(a), len(b)) < 4:
        return False
    sa, sb = _spelled(a), _spelled(b)
    if sa != sb and (sa.startswith(sb) or sb.startswith(sa)):
        return False
    ratio = fuzz.ratio(a, b)
    if ratio >= 85:
        return True
    ka, kb = skeleton(a), skeleton(b)
    return ratio >= 70 and len(ka) >= 3 and ka == kb


def short_form(short: str, full: str) -> bool:
    """A long given name cut to its end or its start, as people write it: Seun for Oluwaseun, Tunde for
    Babatunde, Venkat for Venkataraman. Only long names, and at least four letters kept."""
    if len(short) < 4 or len(full) < 7:
        return False
    cut = len(full) - len(short)
    # The part dropped is long: "Mei-Ling" is not "Ling" shortened, nor "Josefina" "Jose".
    return (full.endswith(short) and cut >= 4) or (full.startswith(short) and cut >= 5)


# Pinyin syllables: a Chinese given name of two ("Mingyu", "Xiaoling") is written, among colleagues and
# patients, by its first ("Dr. Ming"); a name that is not two such syllables is never cut this way.
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
_FINALS = (
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "ia", "ie", "iao", "iu", "ian",
    "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "v",
)  # fmt: skip
_BARE = (
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er", "ya", "ye", "yao", "you", "yan", "yin",
    "yang", "ying", "yong", "yi", "yu", "yue", "yuan", "yun", "wa", "wo", "wai", "wei", "wan", "wen", "wang", "weng",
    "wu",
)  # fmt: skip
PINYIN = frozenset({i + f for i in _INITIALS for f in _FINALS} | set(_BARE))


def first_syllable(short: str, full: str) -> bool:
    """``short`` is the first of the two pinyin syllables ``full`` is made of: "Ming" for "Mingyu"."""
    if len(short) < 3 or len(full) < 6 or not full.startswith(short):  # "Lin" is not "Linda" cut short
        return False
    return short in PINYIN and full[len(short) :] in PINYIN


# Armenian family names end in -yan (-ian, -ean in the diaspora's spelling): "son of". Eastern Armenian
# romanisation (Armenia's, post-Soviet passports) and Western Armenian (the diaspora's, older US records) write one
# name differently: the patronymic ending yan / ian, and the stops voiced where the other has them voiceless, as
# the two standards pronounce the same letters (Eastern g, b, d, j are Western k, p, t, ch, and the reverse):
# Sargsyan / Sarkisian, Hakobyan / Hagopian, Petrosyan / Petrossian (Dum-Tragut, Armenian: Modern Eastern Armenian,
# 2009; Sakayan, Western Armenian for the English-speaking World, 2007).
_ARMENIAN_END = re.compile(r"(?:yan|ian|ean|yants|iants)$")
_ARMENIAN_PAIRS = str.maketrans({"k": "g", "p": "b", "t": "d"})


def _armenian_stem(word: str) -> str:
    stem = _ARMENIAN_END.sub("", word).replace("ch", "j").replace("tch", "j").translate(_ARMENIAN_PAIRS)
    stem = re.sub(r"(.)\1+", r"\1", stem)
    return stem[:1] + re.sub(r"[aeiouy]", "", stem[1:]) if stem else ""


def armenian_spelling(a: str, b: str) -> bool:
    """``a`` and ``b`` are the Eastern and Western romanisations of one Armenian family name (folded words)."""
    if a == b or not (_ARMENIAN_END.search(a) and _ARMENIAN_END.search(b)):
        return False
    one, other = _armenian_stem(a), _armenian_stem(b)
    return len(one) >= 3 and one == other


_VOWELS = "aeiouy"
_TRAILING_E_MIN = 7  # "Augustine" for Augustin, "Theodore" for Theodor; not "Simon" for Simone


@cache
def table_spellings(key: str) -> tuple[str, ...]:
    """The formal names the nickname table knows that ``key`` (folded), a name it does not know, is another spelling
    of: one vowel inside the name written, dropped or changed (Katharine: katherine; Roslyn: rosalyn; Lawrance:
    lawrence), or a final "e" added or dropped on a long name (Augustin: augustine; Evelyne: evelyn). The nickname
    table lists one spelling of a name and gives its everyday forms (Kit, Kate; Gus) to that one only. A changed final
    letter is no spelling but another name, often of the other sex (Daniela, Daniel; Rafael, Rafaela), as is a short
    name's final "e" (Simone, Simon). ``()`` for a name the table knows, a short one, or one with more than two such
    neighbours."""
    from footprint.identity import _nicknamer, known_given

    if len(key) < 6 or not key.isalpha() or known_given(key):
        return ()
    near: set[str] = set()
    for i in range(1, len(key)):  # inside the name: not its first letter, nor its last
        near.update(key[:i] + v + key[i:] for v in _VOWELS)
        if key[i] in _VOWELS and i < len(key) - 1:
            near.update(key[:i] + v + key[i + 1 :] for v in _VOWELS)
            near.add(key[:i] + key[i + 1 :])
    near.add(key + "e")
    if key.endswith("e") and key[-2] not in _VOWELS:
        near.add(key[:-1])
    namer = _nicknamer()
    found = sorted(
        n
        for n in near - {key}
        if n[:2] == key[:2]
        and namer.nicknames_of(n)
        and ((n[:-1] != key and key[:-1] != n) or max(len(n), len(key)) >= _TRAILING_E_MIN)
    )
    return tuple(found) if len(found) <= 2 else ()
