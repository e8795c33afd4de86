"""The US states as pages write them: the postal codes ("OR"), the full names ("Oregon") and the Associated
Press's abbreviations newspapers use ("Ore.")."""

from __future__ import annotations

import re

from footprint.identity import US_STATES

_STATE_NAMES = {v.lower(): k for k, v in US_STATES.items()}
STATE_CODES = "|".join(sorted(US_STATES))
STATE_WORDS = "|".join(sorted((re.escape(v) for v in US_STATES.values()), key=len, reverse=True))
# The Associated Press's state abbreviations, as newspapers write a place: "Lincoln, Neb.", "Bend, Ore.".
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
    "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}  # fmt: skip
AP_WORDS = "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))


def state_code(text: str) -> str:
    if text.strip() in AP_STATES:
        return AP_STATES[text.strip()]
    value = text.strip().rstrip(".")
    if value.upper() in US_STATES and len(value) == 2:
        return value.upper()
    return _STATE_NAMES.get(value.lower(), "")
