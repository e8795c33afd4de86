"""A year written as a date's year is no house number before the name that follows it.

Running text puts a name right after a date more often than after a street number: "On March 3, 2026 Sovann Chea,
44, opened a bakery", "In 2019 Maria Lopez joined the practice", "Class of 1998 Ann Roe", "since 2015 Dr. Ann Roe has
...". A house number before a name-shaped phrase ("412 Harborview Terrace") is a street; a year after a month, after a
word that takes a date ("in", "of", "since") or after a copyright sign is the date it looks like.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# What a date's year follows: a month with or without its day ("March 3, 2026", "June 2026", "3 March 2026"), a word
# that takes a year ("in", "of", "since", "from", "until", "by", "during", "circa"), or "©".
_BEFORE_YEAR = re.compile(
    rf"(?:\b{_MONTH}(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)?,?|\b(?:in|of|since|from|until|by|during|circa)|©)[ \t]+"
    r"(?:19|20)\d\d,?[ \t]*\Z",
    re.IGNORECASE,
)


def date_year_before(text: str, at: int) -> bool:
    """The number right before ``at`` in ``text`` is a date's year, not a house number."""
    return bool(_BEFORE_YEAR.search(text[max(0, at - 40) : at]))
