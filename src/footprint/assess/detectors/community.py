"""Family and home named in the running text of a community page: a wedding announcement, an obituary, a
parish bulletin, a school newsletter, a fundraiser, a county's property record.

Such pages rarely mark up relatives; they write them in a sentence about the subject: "Dr. Park is the
daughter of Elder Park Jong-ho", "survived by his son Dr. Robert (Danielle) Kowalczyk", "Dr. de la Cruz
(mom of Mateo and Lucía Ortega)", "the birth of their son, Ji-ho". A sentence counts when it names the
subject (or starts with "She", "He", "The bride" right after one that does), ties a relation to the subject
(a possessive, "daughter of", "married", "survived by") and names the relative; a sentence about a patient's
family does not count.

A street address in a sentence that names the subject or their household ("a meal train for the Pruitts.
Please drop meals at 1408 Bramblecrest Dr"; "Owner MCALLISTER H DOUGLAS JR … Property Address 1120 Sequoyah
Bluff Rd") is their home, unless the sentence is about a workplace or the street is the practice's.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.records import sentences
from footprint.identity import fold
from footprint.models import Address, Match, PageKind

# Pages whose words about a doctor's family are as exposed as a broker's list; news carries the wedding
# and birth announcements and the obituaries.
KIN_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})

_KIN = (
    r"(?:daughters?|sons?|wife|husband|spouse|fianc[ée]e?|mother|father|mom|mum|dad|parents|children|kids|twins"
    r"|brothers?|sisters?|grand(?:children|sons?|daughters?)|(?:mother|father|brother|sister)s?-in-law|in-laws)"
)
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Elder|Deacon|Rev)\.?\s+)?"
_NAME = _TITLE + r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_TIED = re.compile(
    rf"(?:\b(?i:her|his|their|our)\s+(?:[a-z]+\s+){{0,2}}(?i:{_KIN}),?\s+(?:of\s+\d+\s+years,?\s+)?{_NAME}"
    rf"|(?:\b(?i:is|was|as)\s+(?:the\s+|a\s+)?|[(,]\s*(?:the\s+|a\s+)?)(?i:proud\s+)?(?i:{_KIN})\s+of\s+{_NAME}"
    rf"|\b(?i:were married|was married|married to|(?:is|are) survived by|survived by)\b)"
)
_FOLLOWS = re.compile(r"^(?:she|he|they|the (?:bride|groom|couple|doctor|physician))\b", re.I)
_OTHERS_FAMILY = re.compile(r"\bpatients?\b|\bpatient's\b", re.I)


def _names_subject(ctx: Context, sentence: str, household: bool = False) -> bool:
    """The sentence names the subject's family name (or a former one); ``household``: or "the Pruitts"."""
    subject = ctx.identity.subject
    said = f" {fold(sentence)} "
    families = [subject.family_name or "", *(n.split()[-1] for n in subject.also_known_as if n.split())]
    forms = [fold(f) for f in families if fold(f)]
    plurals = [f"{f}s" for f in forms] + [f"{f}es" for f in forms] if household else []
    return any(f" {f} " in said for f in forms + plurals)


def kin_sentence(ctx: Context, m: Match) -> tuple[str, str]:
    """(the relation as written, its sentence) for the first sentence tying a named relative to the subject."""
    if m.page.kind not in KIN_KINDS:
        return "", ""
    previous = False
    for sentence in sentences(m.page.text):
        about = _names_subject(ctx, sentence) or (previous and bool(_FOLLOWS.match(sentence)))
        previous = about
        tied = _TIED.search(sentence) if about and not _OTHERS_FAMILY.search(sentence) else None
        if tied:
            return tied.group(), sentence
    return "", ""


# Pages where a street beside the subject's name is their home: not news (a story names the clinic's
# street), not a board's record (its address of record is the practice's).
HOME_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})
_STREET = re.compile(
    r"\b\d{2,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Za-z][A-Za-z'-]+\s+){1,3}"
    r"(?:St|Street|Rd|Road|Dr|Drive|Ave|Avenue|Ln|Lane|Ct|Court|Way|Blvd|Boulevard|Pl|Place|Cir|Circle|Ter|Terrace"
    r"|Pkwy|Parkway|Trl|Trail|Row|Loop|Run|Pass|Cove|Hwy|Highway)\b\.?",
    re.I,
)
_WORKPLACE = re.compile(
    r"\b(?:clinic|hospital|practice|office|suite|ste|medical|health|center|centre|pharmacy|address of record"
    r"|pavilion|institute|associates|physicians|providers|find a doctor)\b",
    re.I,
)


def home_in_text(ctx: Context, m: Match) -> list[tuple[Address, str]]:
    """(street, sentence) for each street written in a sentence about the subject's household."""
    if m.page.kind not in HOME_KINDS:
        return []
    found: list[tuple[Address, str]] = []
    previous = False
    for sentence in sentences(m.page.text):
        about = _names_subject(ctx, sentence, household=True)
        at_work = bool(_WORKPLACE.search(sentence))
        if (about or previous) and not at_work and not _OTHERS_FAMILY.search(sentence):
            found += [(Address(street=s.group().rstrip(".")), sentence) for s in _STREET.finditer(sentence)]
        previous = about and not at_work  # the sentence after one about their clinic is about the clinic
    return found
