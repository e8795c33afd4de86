"""What a story calls a person after it has named them: the role at the second reference.

News style (the AP Stylebook's, which most US papers follow) names a person in full once and
afterwards by family name alone, and often gives the role only there: "Dr. Chloe Marchand wants
them. ... said Marchand, an assistant professor of chemistry at the university". The mention's own
sentence is the first one, so the role is in the page's text, not in the mention. A story naming a
relative of the same family name ("his wife, Tasha Fenwick") may give the role of either, so a role
read at the family name alone counts only when the page names no one else of that family name.

A school's or a club's page calls people by their post instead: "Coach Fenwick", "Marcus Fenwick,
Head Coach", "Pastor Ruiz". A physician may coach a children's team, so a post is not another
profession; it only keeps the page from counting as the subject's on their name and town alone.
"""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match import profession
from footprint.models import PersonRecord

# The role at the family name: "Marchand, an assistant professor of chemistry", "Marchand, 44, a teacher".
_LATER_ROLE = r"(?<![\w-]){family},\s+(?:\d{{1,3}},\s+)?(?:an?|the|who is an?)\s+([^,.;:()]{{3,60}})"
# A post written as the person's title, capitalised as a title is: "Coach Fenwick", "Pastor Ruiz", "Principal Fenwick".
_POSTS = (
    "Coach|Head Coach|Assistant Coach|Pastor|Reverend|Rev|Father|Fr|Deacon|Rabbi|Imam|Principal|Superintendent"
    "|Judge|Justice|Sheriff|Deputy|Sergeant|Sgt|Detective|Mayor|Senator|Sen|Representative|Rep|Councilman"
    "|Councilwoman|Councilmember|Commissioner|Chef"
)
_POST_BEFORE = re.compile(rf"\b(?:{_POSTS})\.?\s+$")
# "Marcus Fenwick, Head Coach": a post in capitals right after the full name, as a staff list writes it.
_POST_AFTER = re.compile(rf"^,\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{_POSTS})\b")
_TITLES = frozenset(fold(w) for w in _POSTS.split("|") if " " not in w)


def later_role(person: PersonRecord, text: str, others: tuple[str, ...]) -> str:
    """Another profession the page's text gives ``person`` at a reference by family name alone, or ""."""
    family = _family(person.name)
    if not family or _kin_of_the_name(person.name, family, others):
        return ""
    for found in re.finditer(_LATER_ROLE.format(family=re.escape(family)), text):
        if role := profession.role_profession(fold(found.group(1))):
            return role
    return ""


def post(person: PersonRecord, text: str) -> str:
    """A post the page gives ``person`` as their title ("Coach Fenwick", "Marcus Fenwick, Head Coach"), or ""."""
    family = _family(person.name)
    if not family:
        return ""
    if (first := person.name.split()[0].rstrip(".")) in _POSTS.split("|"):
        return first  # the page's own words made the post part of the name: "Coach Rosalind Quillfeather"
    for found in re.finditer(rf"(?<![\w-]){re.escape(family)}(?![\w-])", text):
        before = _POST_BEFORE.search(text[max(0, found.start() - 20) : found.start()])
        if before is not None:
            return before.group(0).strip()
    full = r"\s+".join(re.escape(w) for w in _named(person.name))
    for found in re.finditer(rf"(?<![\w-]){full}(?![\w-])", text):
        after = _POST_AFTER.match(text[found.end() : found.end() + 40])
        if after is not None:
            return after.group(0).strip(", ")
    return ""


def _named(name: str) -> list[str]:
    """The words of a name before any comma, without a title ("Dr.") or a post ("Coach")."""
    return [w for w in name.split(",")[0].split() if not w.endswith(".") and fold(w) not in _TITLES]


def _family(name: str) -> str:
    words = _named(name)
    return words[-1] if len(words) >= 2 else ""


def _kin_of_the_name(name: str, family: str, others: tuple[str, ...]) -> bool:
    """True when another person on the page has this family name and another given name."""
    given = [fold(w) for w in _named(name)[:1]]
    for other in others:
        words = [fold(w) for w in _named(other)]
        if len(words) >= 2 and words[-1] == fold(family) and words[:1] != given:
            return True
    return False
