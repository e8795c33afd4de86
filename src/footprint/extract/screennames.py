"""A forum member's screen name read as the name it spells.

Members of forums and community sites pick a screen name from their own name: a title, the given name, the
family name or its initial and a credential, run together in CamelCase or joined by "_", "." or "-"
("DrJaneS", "TrishV_DO", "Ann.Lee.MD"). A thread or a post's schema.org author gives only that screen name;
read so, it is a name the matcher can weigh like a signature's ("Jane S., DO") instead of no name at all.
"""

from __future__ import annotations

import re

from footprint.extract.letters import LOWER, UPPER
from footprint.identity import CREDENTIALS

# A screen name made of a name, as forum members pick one: a title, the given name, the family name or its initial,
# a credential, run together in CamelCase or joined by "_" / "." / "-" ("DrJaneS", "TrishV_DO", "Ann.Lee.MD").
_SCREEN_PART = re.compile(rf"[{UPPER}]+(?=[{UPPER}][{LOWER}])|[{UPPER}][{LOWER}]+|[{UPPER}]+|[{LOWER}]+|\d+")
_SCREEN_TITLES = {"dr", "doc", "dra"}


def screen_name(who: str) -> tuple[str, tuple[str, ...]]:
    """The name and credentials a member's screen name spells ("DrEwanP" is "Dr. Ewan P.", "TrishV_DO" is "Trish
    V." with DO), or ("", ()).

    Only a screen name whose parts are, in order, an optional title, a capitalised given name, a family name or a
    single capital initial, and optional credentials (or a title and a known given name alone: "DrKay" is "Dr.
    Kay"); the given name must be capitalised in the screen name or a known given name, and a name without a
    title, a credential or an initial must open with a known given name, so "nh_trying_again" and
    "SugarhouseSarah" stay screen names. Digits count for nothing.
    """
    from footprint.extract.personhood import given_name

    parts = [p for p in _SCREEN_PART.findall(who) if not p.isdigit()]
    title = bool(parts) and parts[0].lower() in _SCREEN_TITLES
    parts = parts[1:] if title else parts
    creds: list[str] = []
    while parts and parts[-1].upper() in CREDENTIALS and len(parts) > 2:
        creds.insert(0, parts.pop().upper())
    if title and len(parts) == 1 and given_name(parts[0]):
        return f"Dr. {parts[0].capitalize()}", ()  # "DrKay": a titled given name, as patients write "Dr. Kay"
    if len(parts) != 2:
        return "", ()
    given, family = parts
    if len(given) < 2 or not (given[0].isupper() or given_name(given)):
        return "", ()
    initial = len(family) == 1
    if not initial and not (family[0].isupper() and family[1:].islower()):
        return "", ()  # "DocGus_HBG": a town's or a team's letters, not a family name
    if not (title or creds or initial) and not given_name(given):
        return "", ()
    name = f"{given.capitalize()} {family.upper()}." if initial else f"{given.capitalize()} {family}"
    return (f"Dr. {name}" if title else name), tuple(creds)
