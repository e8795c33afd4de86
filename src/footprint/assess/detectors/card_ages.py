"""An age as a doctor-rating profile's header card prints it: the sex and a bare number under the name and
specialty, with no "age" or "years old" ("Dr. Jane Roe, MD · Pediatrics · Female, 44 · 115 Elm St"), as Vitals
does. It is the profile's field for the doctor, an exact age (bench/blind/README.md, "The age convention").

Only in the profile's header, right after the name the profile is for and before any other doctor's name: a
"Promoted doctors near you" card further down is someone else's, a reviewer's "as a female, 34" is the reviewer's,
and a number after "Female," that counts something ("Female, 12 reviews") is no age.
"""

from __future__ import annotations

import re

from footprint.models import LISTING_KINDS, Match

# The sex, a separator, then a two-digit number standing alone: not a count of something ("Female, 12 reviews").
_CARD_AGE = re.compile(
    r"\b(?:fe)?male\s*[,·|•/]\s*(\d{2})(?![\d.%/])"
    r"(?!\s*(?:%|years?\s+(?:ago|in|of|of\s+experience)|yrs?\s+(?:in|of)|patients?|reviews?|ratings?|minutes?|mins?"
    r"|min\b|kids|children|miles?|mi\b|km\b|beds?)\b)",
    re.I,
)
_REACH = 160  # characters after the name: the specialty, then the card's sex-and-age field
_HEADER = 1000  # characters of the page's text its header card lies in, before any review
_OTHER_DOCTOR = re.compile(r"\bDr\.?\s+[A-Z]")
# No practising physician is younger; an age above this is no one's on a profile.
_YOUNGEST, _OLDEST = 25, 99


def card_age(m: Match) -> str:
    """ "Age 44" when the profile's card gives the chosen doctor's sex and age after their name, or ""."""
    chosen = m.result.person
    if m.page.kind not in LISTING_KINDS or chosen is None or not m.result.decision.is_match:
        return ""
    words = [w for w in re.split(r"[\s,]+", chosen.name.split(",")[0]) if w]
    family = words[-1] if len(words) >= 2 else ""
    if len(family) < 2:
        return ""
    text = m.page.text[:_HEADER]
    for named in re.finditer(rf"\b{re.escape(family)}\b", text):
        after = text[named.end() : named.end() + _REACH]
        other = _OTHER_DOCTOR.search(after)
        found = _CARD_AGE.search(after[: other.start()] if other else after)
        if found is not None and _YOUNGEST <= int(found.group(1)) <= _OLDEST:
            return f"Age {found.group(1)}"
    return ""
