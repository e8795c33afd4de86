"""The name a forum post's writer signs with, under a screen name that is no name.

Members sign their posts: in the signature block the forum shows under each post ("Memo S. - general surgeon,
Wichita"), or on the post's last line after a dash, as e-mail taught ("-- Tamsin R., peds ENT, Madison",
"— Kelvin Leung, MD, neurophysiologist"). The name a sign-off opens with is the writer's: a full name, or the
given name with the family initial as members sign among strangers; a credential after it is theirs, and what
follows (a field, a town, a practice) is what they say of themself. A sign-off that opens with no name ("Quail,
pheasant and cabernet", "Dr. G") names nobody.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.names import name_at_start
from footprint.extract.personhood import common_word, given_name
from footprint.identity import CREDENTIALS

# The last line of a post, after a dash or a tilde: "... tell you. -- Tamsin R., peds ENT, Madison".
_DASHED = re.compile(r"(?:^|\s)(?:--|—|–|~)\s*(?P<sig>[^\s\-—–~](?:(?!--)[^—–~]){1,160})$")
# A given name and the family initial, a title before and credentials after allowed: "Trish V., DO", "Dr. Leo F.".
_GIVEN_INITIAL = re.compile(
    rf"^(?P<title>(?:Dr|Dra|Doc)\.?\s+)?(?P<given>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s+"
    rf"(?P<initial>[{UPPER}])\.?(?P<creds>(?:,?\s+[A-Z][A-Za-z.-]{{0,6}})*)(?=\s*(?:$|[,|·(;:/]|\s[-–—]\s))"
)


class SignOff(NamedTuple):
    name: str  # "Tamsin R.", "Kelvin Leung"
    credentials: tuple[str, ...]
    said: str  # the sign-off as written: the name and what the writer says after it


def dashed(text: str) -> str:
    """The sign-off on a post's last line after a dash or a tilde ("-- Leo F. | headache doc"), or ""."""
    found = _DASHED.search(text.strip())
    return found.group("sig").strip() if found else ""


def signer(signature: str) -> SignOff | None:
    """The person a signature or a sign-off opens with: a full name ("Jane Roe, MD · Duluth", "— Dr. Ann Roe") or
    a given name with the family initial ("Tamsin R., peds ENT", "Trish V., DO"); None when it opens with none."""
    said = re.sub(r"^[\s\-–—~]+", "", signature).strip()
    if not said:
        return None
    span = name_at_start(said)
    if span is not None and len(span.name.split()) >= 2:
        return SignOff(span.name, tuple(span.credentials), said)
    short = _GIVEN_INITIAL.match(said)
    if short is None:
        return None
    given, initial = short.group("given"), short.group("initial")
    creds = tuple(c.strip(" .,").upper().replace(".", "") for c in re.split(r"[,\s]+", short.group("creds")) if c)
    if any(c not in CREDENTIALS for c in creds):
        return None  # "Leo F. Fancypants": the word after the initial is no credential
    # A word English writes in lower case is no given name ("Thanks A."), unless a title or credential says so.
    if common_word(given) and not (given_name(given) or short.group("title") or creds):
        return None
    title = "Dr. " if short.group("title") else ""
    return SignOff(f"{title}{given} {initial}.", creds, said)
