"""Specialty names as groups, so "Cardiovascular Disease" is cardiology.

Each group lists the words that name one field across NUCC taxonomy
descriptions (what NPPES returns) and the plain names ratings sites use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from footprint.specialty_words import GROUPS, WITHIN

# Capitals that name a field only as a field's value (a staff list's "Specialty: IM", a headline's "EM - Denver"),
# never in running text ("99.5 FM", "an IM injection", "your ID"): Wikipedia, "Specialty (medicine)", the table's
# codes, and the "GI" doctor patients are referred to.
_CODES = {"GI": "gastroenterology", "IM": "internal_medicine", "FM": "family_medicine", "EM": "emergency"}
_CODE = re.compile(r"\b(" + "|".join(_CODES) + r")\b")
_FIELD_VALUE = 40  # characters: a field's value, not a sentence


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per group, compiled once: any of its words, not inside a longer word; a doctor's word in the
    plural too, as a thread asks for them ("Hospitalists at St. Mary's", "retina docs", "good neurologists")."""
    return tuple(
        (group, re.compile(r"(?<![a-z])(?:" + "|".join(_word(w) for w in words) + r")(?![a-z])"))
        for group, words in GROUPS.items()
    )


def _word(word: str) -> str:
    return re.escape(word) + ("s?" if word.endswith(_PLURAL) else "")


_PLURAL = ("ist", "ian", "eon", "doc")  # the words for a doctor of a field, which take an "s" for several


@cache
def field_words() -> frozenset[str]:
    """Every word of every field's name in the table, folded ("pediatric", "orthopaedics", "injury"): the words that
    say which field, never which organisation."""
    from footprint.identity import fold

    words = {w for names in GROUPS.values() for n in names for w in fold(n).split()}
    return frozenset(words | {f"{w}s" for w in words if w.endswith(_PLURAL)})


@lru_cache(maxsize=4096)
def groups_of(text: str) -> frozenset[str]:
    """The specialty groups a free-text specialty or taxonomy description belongs to (the same few
    strings come back for every page of a scan: each is looked up once)."""
    low = text.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    found = {group for group, pattern in _patterns() if pattern.search(low)}
    if len(text) <= _FIELD_VALUE:
        found |= {_CODES[m.group(1)] for m in _CODE.finditer(text)}
    return frozenset(found)


def same_specialty(a: str, b: str) -> bool:
    ga, gb = groups_of(a), groups_of(b)
    if ga and gb:
        return bool(ga & gb)
    return a.strip().lower() == b.strip().lower()


def different_specialty(a: str, b: str) -> bool:
    """True only when both are recognised and share no group (unknown is not different). A bare "surgeon" is no
    other field than a surgical one's: an OB/GYN, a urologist or an ENT is "the only surgeon I know" to a friend."""
    ga, gb = groups_of(a), groups_of(b)
    if (bare_surgeon(a) and gb & SURGICAL) or (bare_surgeon(b) and ga & SURGICAL):
        return False
    return bool(ga and gb and not widened(ga) & widened(gb))


# The fields whose doctors operate, each "a surgeon" in plain words.
SURGICAL = frozenset(
    {"surgery", "obgyn", "urology", "otolaryngology", "ophthalmology", "orthopedics", "plastic_surgery",
     "neurosurgery", "thoracic_surgery", "colorectal", "vascular", "podiatry"}
)  # fmt: skip
_BARE_SURGEON = re.compile(r"(?:(?:a|an|the|our|my|her|his)\s+)?surgeons?")


def bare_surgeon(text: str) -> bool:
    """ "Surgeon", "a surgeon": a surgical field unnamed."""
    return _BARE_SURGEON.fullmatch(text.strip().lower()) is not None


def widened(groups: frozenset[str]) -> frozenset[str]:
    """``groups`` with the fields each specialisation sits under (for the not-different test only)."""
    return groups.union(*(WITHIN.get(g, frozenset()) for g in groups))


# Shorthand newsrooms, forums and blogs use for a field ("our ER attending", "OB here"), in capitals only.
SHORTHAND = {
    "ER": "emergency",
    "ED": "emergency",
    "OB": "obstetrics",
    "L&D": "obstetrics",  # labor and delivery: "a 24 on L&D"
    "MFM": "obstetrics",  # maternal-fetal medicine
    "GI": "gastroenterology",
    "ENT": "ent",
    # The units children's doctors work in, as parents and the doctors themselves write them ("our weeks in the
    # NICU", "rounds in the PICU"): neonatal and paediatric intensive care, both paediatrics.
    "NICU": "neonatal",
    "PICU": "pediatric",
}
SHORT = re.compile(r"\b(" + "|".join(SHORTHAND) + r")\b")


def shorthand_fields(text: str) -> list[str]:
    """The fields ``text`` names in shorthand, as words ("OB here" → ["obstetrics"])."""
    return [SHORTHAND[m.group(1)] for m in SHORT.finditer(text)]


# The organ or the patients an account's title names its field by ("Dr. Frankie | kid kidneys on TikTok", "tiny
# hearts", "bones & braces"): only in the line an account describes itself with, where the words can mean nothing
# else; in a page's running text "kidneys" is a patient's, not a field.
_ORGANS: dict[str, str] = {
    "kidney": "nephrology", "kidneys": "nephrology", "bone": "orthopedics", "bones": "orthopedics",
    "eye": "ophthalmology", "eyes": "ophthalmology", "lung": "pulmonology", "lungs": "pulmonology",
    "heart": "cardiology", "hearts": "cardiology", "skin": "dermatology", "brain": "neurology",
    "brains": "neurology", "headache": "neurology", "headaches": "neurology", "migraine": "neurology",
    "migraines": "neurology", "tummy": "gastroenterology", "tummies": "gastroenterology", "gut": "gastroenterology",
    "guts": "gastroenterology", "kid": "pediatrics", "kids": "pediatrics", "kiddos": "pediatrics",
    "tiny": "pediatrics", "little": "pediatrics", "baby": "pediatrics", "babies": "pediatrics",
}  # fmt: skip


def account_fields(title: str) -> frozenset[str]:
    """The fields the line an account describes itself with names: ``groups_of`` it, and its organs and patients
    (none for patients alone: "kids, coffee and hiking")."""
    words = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", title.lower()))
    found = {_ORGANS[w] for w in words if w in _ORGANS}
    return groups_of(title) | (frozenset(found) if found - {"pediatrics"} else frozenset())
