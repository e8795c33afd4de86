"""Where a page says someone is: "City, ST", "City, State" and the AP's abbreviations ("Lincoln, Neb."), read
with what real writing puts around them: a label word before the town ("Visit Portland, OR") is no part of it
unless the words with it are a town of that state ("East Lansing, MI"); a state after a word with no comma is a
business's name ("Salud en Casa PR") unless the word is a town there; a region of a state ("Central Ohio") is the
state alone; a place the person only travels to ("wintering in Naples, Florida") is not theirs."""

from __future__ import annotations

import re

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.names import names_in
from footprint.extract.non_name_words import NOT_GIVEN
from footprint.extract.states import AP_WORDS, STATE_CODES, STATE_WORDS, state_code
from footprint.models import Address

PLACE = re.compile(
    rf"\b(?P<city>[{UPPER}][{LOWER}.'-]+(?:\s+[{UPPER}][{LOWER}.'-]+){{0,2}}),?\s+"
    rf"(?P<state>{STATE_WORDS}|(?:{AP_WORDS})(?!\w)|(?:{STATE_CODES})\b)(?:\s+(?P<zip>\d{{5}}))?"
)
_PLACE_STARTS = {"saint", "st", "mount", "lake", "port", "fort", "cape", "san", "santa", "los", "las"}


def _new_city(words: list[str]) -> bool:
    """ "New Orleans", "New Haven": "New" opens the city's name, unless a label word follows ("New Patients")."""
    return len(words) > 1 and words[0] == "New" and words[1].lower() not in NOT_GIVEN


# Words before a place a person goes to for a while rather than lives or works in: a snowbird "wintering in
# Naples, Florida", a family "vacationing in", "on a trip to", "visiting" one (a neighbourhood newsletter's news).
_AWAY_TO = re.compile(
    r"\b(?:(?:[Ww]inter|[Ss]ummer|[Vv]acation|[Hh]oliday|[Hh]oneymoon|[Tt]ravell?|[Vv]isit|[Cc]ruis)ing|winters|"
    r"summers|vacations|holidays|honeymoon|travell?ed|travels|trip|cruise|visit(?:ed|s)?|away|"
    r"spending\s+(?:the\s+)?(?:winter|summer|holidays?))\s+(?:\w+\s+)?(?:in|to|at)\s+(?:\w+\s+)?$"
    r"|\b[Vv]isit(?:ing|ed|s)?\s+$"
)  # lower-case but for the -ing forms: "Dr. Faith Summers in Des Moines" and "the Winters, at" are names


_REGIONS = frozenset(
    f"{side}{end}" for side in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for end in ("", "ern")
) | {"central", "upstate", "downstate", "coastal"}  # fmt: skip


def places_in(text: str) -> tuple[Address, ...]:
    """Every "City, ST" or "City, State" in ``text`` (no street): where a page says someone is."""
    from footprint.match.geo import known  # the ZIP data; imported here, as matching imports extraction

    out = []
    # "Ann Lee, MD" is a doctor, not a city in Maryland: a name's credentials are no state. "Silver Spring, MD" is
    # a town of Maryland, though it reads as a name with the degree.
    taken = [(n.start, n.end) for n in names_in(text) if n.credentials and not known(n.name, n.credentials[0])]
    for m in PLACE.finditer(text):
        if not m.group("zip") and any(a <= m.start("state") < b for a, b in taken):
            continue
        if _AWAY_TO.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "wintering in Naples, Florida": where the person travels, not where they live or work
        city = m.group("city").strip()
        words = city.split()
        state = state_code(m.group("state"))
        # "Visit Portland, OR", "Our Tulsa, OK": a label word before the town is no part of it, unless the words
        # with it are a town of that state ("East Lansing, MI", "South Bend, IN", "North Las Vegas, NV").
        while words and words[0].lower() in NOT_GIVEN - _PLACE_STARTS and not _new_city(words):
            if state and known(" ".join(words), state):
                break
            words = words[1:]
        if words and words[-1].lower().strip(".") in {"dr", "dra", "prof", "doctor"}:
            continue
        if words and words[-1].lower().strip(".") in {"no", "lic", "license", "licence", "number", "reg"}:
            continue  # "Lic. No. MD 38112": a licence number's prefix, not a city in Maryland
        if words and state and words[-1].lower() in _REGIONS and "," not in text[m.end("city") : m.start("state")]:
            # "Central Ohio Sentinel", "serving Southern California", "Upstate New York": a region of the state,
            # so the state alone (no town called Central), as people name the parts of a state.
            out.append(Address(state=state))
            continue
        if words and state and not m.group("zip") and "," not in text[m.end("city") : m.start("state")]:
            # A state after a word with no comma ("Salud en Casa PR", "Care at Home TX"): a business's name
            # ending in its state, unless the word is a town of that state in the ZIP data ("Lubbock TX"), as
            # addresses written without the comma are. A name's last word is no city to tell people apart by.
            town = next((words[i:] for i in range(len(words)) if known(" ".join(words[i:]), state)), [])
            if not town:
                continue
            words = town  # "Smile Dental Brooklyn NY": the town is the name's last words
        if words and state:
            out.append(Address(city=" ".join(words), state=state, postal_code=m.group("zip") or ""))
    return tuple(dict.fromkeys(out))
