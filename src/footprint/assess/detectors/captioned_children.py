"""A family photo's caption on a friend's or a parent's blog: the subject by their given name, or by their full
name, then their household by given names alone, the children with their ages in brackets, joined by commas,
"and" or "with": "Bron Castellane, Garrett, Elsie (10) and Rhys (7) on the dock", "My Clementine with Hattie (12)
and June (9) on Carey Avenue". Only a relative or a close friend writes a family so; a results table writes
everyone in full ("Jane Roe (44), Sam Poe (45)"), and a hospital's story about a patient says "patient".

:func:`kin_lists.family_group` reads the caption whose first name is followed at once by the next; this one
allows the family name after the subject's given name, and "with" before the children.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.kin_lists import NAME_WORD
from footprint.assess.detectors.subject_text import KIN_KINDS, NOT_GIVEN, OTHERS_FAMILY
from footprint.identity import fold, given_name_forms
from footprint.models import Match

# A bare given name, with a child's age in brackets or none: "Elsie (10)", "Garrett".
_KID = rf"{NAME_WORD}(?![\w'’-])(?:\s*\(\d{{1,2}}\))?"
_KIDS = re.compile(rf"(?P<kids>{_KID}(?:(?:,\s*|,?\s+(?:and|&)\s+){_KID})*)(?!\s*[A-ZÀ-ÖØ-Þ])")
_CHILD_AGE = re.compile(r"\((\d{1,2})\)")
_ADULT = 18
_TITLED = re.compile(r"\b(?:Dr|Doctor|Prof|Professor)\.?\s*$")


def subject_with_children(ctx: Context, m: Match) -> str:
    """The caption as written, from the subject's name to the last child, or ""."""
    subject = ctx.identity.subject
    given, family = fold(subject.given_name or ""), subject.family_name or ""
    if not given or m.page.kind not in KIN_KINDS:
        return ""
    forms = {f for f in given_name_forms(given) if len(f) > 1 and f not in NOT_GIVEN}
    if not forms:
        return ""
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    surname = rf"(?:\s+(?:[A-Z]\.?\s+)?{re.escape(family)})?" if len(family) > 1 else ""
    head = re.compile(rf"\b(?i:{names}){surname}(?:,\s*|,?\s+(?:and|&)\s+|\s+with\s+)")
    text = " ".join(m.page.text.split())
    for found in head.finditer(text):
        if not text[found.start()].isupper() or _TITLED.search(text[max(0, found.start() - 12) : found.start()]):
            continue  # "Dr. Jane Roe with Ava (7)": a doctor pictured at work
        kids = _KIDS.match(text, found.end())
        if kids is None or not any(int(a) < _ADULT for a in _CHILD_AGE.findall(kids["kids"])):
            continue
        caption = text[found.start() : kids.end()]
        sentence_end = re.search(r"[.!?](?:\s|$)", text[kids.end() :])
        rest = text[kids.end() : kids.end() + (sentence_end.end() if sentence_end else 120)]
        if not OTHERS_FAMILY.search(f"{text[max(0, found.start() - 80) : found.start()]} {caption} {rest}"):
            return caption
    return ""
