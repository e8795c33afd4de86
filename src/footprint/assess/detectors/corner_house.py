"""A home told by where it stands on its street: "Our porch walk went up Fessenden Street, to the yellow house on the
corner of 44th. That yellow house belongs to Jo Ravensworth"; "The chili was Etta Vanbrugh's, from the brick house at
the top of the hill" on a street's own blog. One house stands there, so the spot is as good as its number: a home
address, as a neighbour's or a street's blog writes it."""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.home_street import ROAD_TYPE, TOLD_KINDS, the_pages_road
from footprint.assess.detectors.records import around, sentences
from footprint.assess.detectors.subject_text import NAMED, called_by_given, names_subject
from footprint.identity import fold
from footprint.models import Match

_STREET = rf"(?:(?:[A-Z][\w'’-]+|\d{{1,3}}(?:st|nd|rd|th))(?:\s+[A-Z][\w'’-]+){{0,2}}(?:\s+{ROAD_TYPE})?)"
# "the yellow house on the corner of 44th", "their house at the corner of Elm and 3rd", "the brick house at the top of
# the hill", "the house at the end of Oak Lane".
# Or at two streets' crossing, as locals place a house: "the big yellow foursquare at 18th and Shartel".
_HOUSE = r"(?:house|home|foursquare|bungalow|craftsman|colonial|victorian|farmhouse|cottage|brownstone|rowhouse)"
_PLACED = re.compile(
    rf"\b{_HOUSE}\s+(?:on|at)\s+(?:the\s+(?P<spot>corner|top|end|bottom|far\s+end|dead\s+end)\s+of\s+"
    rf"(?:the\s+(?P<stretch>hill|street|road|block|lane|cul-de-sac)\b|(?P<one>{_STREET})(?:\s+(?:and|&)\s+(?P<two>{_STREET}))?)"
    rf"|(?P<first>{_STREET})\s+(?:and|&)\s+(?P<second>{_STREET}))"
)
# Whose it is, in the sentence or the next: "That yellow house belongs to Jo Roe", "the Roes live there".
_WHOSE = re.compile(r"\b(?:belongs?\s+to|owned\s+by|lives?\s+(?:there|in\s+it)|live\s+(?:there|in\s+it)|home\s+of)\b")
_NAME_TO_HOUSE = 80  # characters from the name to the house it is from: "Etta Vanbrugh's, from the brick house at"


def corner_house(ctx: Context, m: Match) -> tuple[str, str]:
    """(where the house stands, what the page says) when the page places a house at a spot of a street (a corner,
    the top of the hill) and says it is the subject's: a sentence or the next saying whose it is, or the subject's name
    right before it with no one else named between. ("", "") otherwise. A corner of one street named is a corner of
    the street the page is about (its title's "Fessenden Street"), as a stretch of it ("the top of the hill") is."""
    if m.page.kind not in TOLD_KINDS or not m.result.decision.is_match:
        return "", ""
    chosen = m.person.name.split()[-1] if m.person is not None and m.person.name.split() else ""
    said = list(sentences(m.page.text))
    for i, sentence in enumerate(said):
        found = _PLACED.search(sentence)
        if found is None:
            continue
        owned = _just_before(ctx, m, sentence, found.start(), chosen)
        for whose in (sentence, *said[i + 1 : i + 2]):
            theirs = _WHOSE.search(whose) and not _SOMEONE_ELSES.search(whose)  # not "Dr. Roe's patient lives there"
            if owned or (theirs and names_subject(ctx, whose, household=True, chosen=chosen)):
                spot = _spot(found, the_pages_road(m))
                told = " ".join(dict.fromkeys((around(sentence, found.group()), whose.strip())))
                return (spot, told) if spot else ("", "")
    return "", ""


def _spot(found: re.Match[str], road: str) -> str:
    """The spot in words with its street ("the corner of 44th and Fessenden Street", "the top of the hill on Sequoyah
    Drive"), or "" when no street is known or a corner's two streets are one."""
    if found["first"]:
        return (
            ""
            if fold(found["first"]) == fold(found["second"])
            else f"the corner of {found['first']} and {found['second']}"
        )
    where = " ".join(found["spot"].split())
    if found["stretch"]:
        return f"the {where} of the {found['stretch']} on {road}" if road else ""
    other = found["two"] or road
    if where != "corner":
        return f"the {where} of {found['one']}"
    if not other or fold(other) == fold(found["one"]):
        return ""
    return f"the corner of {found['one']} and {other}"


def _just_before(ctx: Context, m: Match, sentence: str, at: int, chosen: str) -> bool:
    """The subject's name shortly before the house, no other person named between: "Etta Vanbrugh's, from the brick
    house at the top of the hill"; or the given name the page calls them by, as its owner: "at my brother Gus's, the
    yellow colonial at the top of Laurel Hill Avenue"."""
    head = sentence[max(0, at - _NAME_TO_HOUSE) : at]
    family = [f for f in (ctx.identity.subject.family_name or "", chosen) if f]
    # The name, or the household by it ("the Haverkamps' porch ..., the big yellow foursquare at 18th and Shartel").
    ends = [n.end() for f in family for n in re.finditer(rf"\b{re.escape(f)}(?:e?s)?\b", head)]
    ends += [n.end() for n in _OWNER.finditer(head) if called_by_given(ctx, m, n.group(1))]
    last = max(ends, default=-1)
    between = head[last:]
    # "the Roes and the Poes at my cousin Dana's, the yellow colonial ...": the last owner named is another's.
    another = any(not called_by_given(ctx, m, o.group(1)) for o in _OWNER.finditer(between))
    return last >= 0 and not NAMED.search(between) and not _SOMEONE_ELSES.search(between) and not another


# A given name as the owner of the place: "Gus's".
_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\b")


# Someone of theirs between the name and the house: "Dr. Roe's patient lives in the house at the corner of ...".
_SOMEONE_ELSES = re.compile(
    r"\b(?:patients?|clients?|neighbou?rs?|friends?|mother|father|mom|dad|sister|brother|son|daughter|parents)\b", re.I
)
