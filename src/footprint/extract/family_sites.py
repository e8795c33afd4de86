"""A family's own site ("Fitzmaurice Clan", "The Roe Family"), whose posts name its people as the family does:
"Uncle Lorcan with Nora and Aoife after the final". The site's name is their family name: its "Uncle Lorcan" is
Lorcan Fitzmaurice, as the family's readers know. Read as a name, "Uncle Lorcan" is an uncle called Lorcan, no
given name "Uncle" (nor "Tita", "Bubbe", "Makcik": ``kin_words``); on any other site the kin word keeps him
a given name alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.kin_words import kin_title
from footprint.models import PersonRecord

# A site named for a family: "Fitzmaurice Clan", "The Roe Family", "Roe Family Blog", "The Roes' Homestead".
_FAMILY_SITE = re.compile(
    r"^(?i:the\s+)?(?P<family>[A-Z][\w'’-]+?)(?:s?['’]s?)?\s+(?i:clan|family|family\s+(?:blog|news|journal)"
    r"|homestead|homeplace)$"
)
# How a family writes its elders before their given name where the word is a given name elsewhere too: on the
# family's own site "Nana Jo" is their grandmother; every other kin word is ``kin_words.kin_title``'s.
_KIN = frozenset({"nana", "nanna"})


_NO_FAMILY = frozenset({"the", "our", "my", "a", "one", "modern", "happy", "big", "little"})  # "Our Family Blog"


def family_name(titles: list[str]) -> str:
    """The family name a site's own name gives ("Fitzmaurice" for "Fitzmaurice Clan"), or ""."""
    for title in titles:
        found = _FAMILY_SITE.match(title.strip())
        if found and found.group("family").casefold() not in _NO_FAMILY:
            return found.group("family")
    return ""


def with_family(people: list[PersonRecord], family: str) -> list[PersonRecord]:
    """``people`` with each kin-titled given name ("Uncle Lorcan") read as the family's member ("Lorcan
    Fitzmaurice"), the page's form kept as an alias."""
    if not family:
        return people
    out = []
    for person in people:
        words = person.name.split()
        if len(words) == 2 and (words[0].casefold() in _KIN or kin_title(words[0])) and words[1][:1].isupper():
            person = replace(person, name=f"{words[1]} {family}", aliases=(*person.aliases, person.name))
        out.append(person)
    return out
