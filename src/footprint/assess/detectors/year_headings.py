"""A year heading read as a street: "2026 Sponsors Home Run ($1,000)" is a Little League sponsor page's heading and
its first tier, not a house at 2026 Sponsors Home Run.

Community pages (sponsor walls, race results, club rosters, newsletters) open with the year and a plural noun ("2026
Sponsors", "2025 Results", "2024 Winners"); the words after it may end in a street's type word ("Home Run", "Fun
Run", "Park Dr"). A house number that is a year right before such a heading's noun is that heading.
"""

from __future__ import annotations

import re

_HEADINGS = (
    "Sponsors", "Results", "Winners", "Members", "Officers", "Donors", "Graduates", "Champions", "Awards", "Events",
    "Photos", "Highlights", "Volunteers", "Teams", "Standings", "Honorees", "Finishers", "Scholars", "Supporters",
)  # fmt: skip
_YEAR_HEADING = re.compile(r"^(?:19|20)\d\d\s+(?:" + "|".join(_HEADINGS) + r")\b")


def year_heading(street: str) -> bool:
    """True when ``street`` opens with a year and a heading's plural noun ("2026 Sponsors Home Run")."""
    return bool(_YEAR_HEADING.match(street.strip()))
