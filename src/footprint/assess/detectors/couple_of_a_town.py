"""A couple of a town on a community page: the subject, named as a private person (no "Dr."), and another adult,
both in full, "of" their town ("Special thanks to Jane Roe and Sam Lee of Eden Prairie, who hosted ...",
"Theo's parents, Dr. Ann Poe and Jon Roe of Clarks Summit, were in the front row"). A school's, a temple's or a
community centre's page names a household so; it tells a reader who the subject lives with and where.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.subject_text import KIN_KINDS
from footprint.identity import fold
from footprint.models import Match

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
# A full name: two or three capitalised words, a lower-case particle allowed between ("Rhys ap Gwilym").
_FULL = rf"{_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?{_WORD}){{1,2}}"
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?"
_COUPLE = re.compile(
    rf"(?<![\w.])(?P<a>{_TITLE}{_FULL})\s+(?:and|&)\s+(?P<b>{_TITLE}{_FULL})\s+of\s+(?P<town>{_WORD}(?:\s+{_WORD})?)"
)
_TITLED = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx)\b")


def couple_of_a_town(m: Match) -> str:
    """The couple as written, when one of them is the person the match chose, named without a title; "" otherwise."""
    if m.page.kind not in KIN_KINDS or m.person is None:
        return ""
    chosen = set(fold(m.person.name.split(",")[0]).split()) - {"dr", "md", "do"}
    if len(chosen) < 2:
        return ""
    text = " ".join(m.page.text.split())
    for found in _COUPLE.finditer(text):
        for side, other in (("a", "b"), ("b", "a")):
            name = found.group(side)
            if (
                not _TITLED.match(name)
                and chosen <= set(fold(name).split())
                and not chosen & set(fold(found.group(other)).split())
            ):
                return found.group()
    return ""
