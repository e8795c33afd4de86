"""Short names people write for a US city in their own words ("rehab doc in NOLA", "Philly born").

Only forms that are not ordinary words and name one city are listed (no "LA": Louisiana and Los
Angeles; no airport codes that are words). Compared on folded text (lower case, punctuation as spaces).
"""

from __future__ import annotations

import re
from functools import cache

SHORT_NAMES: dict[str, str] = {
    "nola": "new orleans",
    "nyc": "new york",
    "philly": "philadelphia",
    "abq": "albuquerque",
    "chi town": "chicago",
    "chitown": "chicago",
    "slc": "salt lake city",
    "okc": "oklahoma city",
    "pdx": "portland",
    "atx": "austin",
    "htx": "houston",
    "satx": "san antonio",
    "bmore": "baltimore",
    "mpls": "minneapolis",
    "cbus": "columbus",
    "nashvegas": "nashville",
    "motor city": "detroit",
    "beantown": "boston",
    "san fran": "san francisco",
    "mke": "milwaukee",
    "stl": "st louis",
    "pgh": "pittsburgh",
    "cincy": "cincinnati",
    "indy": "indianapolis",
    "nawlins": "new orleans",
    "the big easy": "new orleans",
    "the windy city": "chicago",
    # Burlington, Vermont by its airport's code, as the city's own businesses and papers write it ("BTV").
    "btv": "burlington",
    # "Vegas" alone is Las Vegas, Nevada, as its residents write it ("an OB here in Vegas").
    "vegas": "las vegas",
    # Cities by the nickname their own media, teams and forums use, one city each ("Rocket City Talk", a Huntsville
    # forum; "Music City", Nashville): not "Queen City" (Charlotte and Cincinnati), "Magic City" (Birmingham and Minot),
    # "Steel City" or "Crescent City" (a town in California), nor "Twin Cities".
    "rocket city": "huntsville",
    "music city": "nashville",
    "mile high city": "denver",
    "the mile high": "denver",
    "bayou city": "houston",
    # Cities by the letters their own residents, papers and teams write ("Kids' lung doctor in RVA", "ATL born"):
    # RVA is Richmond, Virginia's own brand; not "DC" (a chiropractor's degree) nor "SF" (science fiction).
    "rva": "richmond",
    "atl": "atlanta",
    "phx": "phoenix",
    "clt": "charlotte",
    "h town": "houston",
}


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in SHORT_NAMES) + r")\b")


def with_city_names(folded: str) -> str:
    """``folded`` with the full name of every city it writes short appended ("in nola" → "... new orleans")."""
    found = {SHORT_NAMES[m.group(1)] for m in _pattern().finditer(folded)}
    return " ".join((folded, *sorted(found)))
