"""A home told by its street corner: "Our porch walk went up Fessenden Street, to the yellow house on the corner of
44th. That yellow house belongs to Jo Ravensworth and Marcus Oyelaran". A corner has one house on it, so the corner
is as good as its number: a home address, as a neighbour's or a street's blog writes it."""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.home_street import ROAD_TYPE, the_pages_road
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.subject_text import names_subject
from footprint.identity import fold
from footprint.models import Match, PageKind

_STREET = rf"(?:(?:[A-Z][\w'’-]+|\d{{1,3}}(?:st|nd|rd|th))(?:\s+[A-Z][\w'’-]+){{0,2}}(?:\s+{ROAD_TYPE})?)"
# "the yellow house on the corner of 44th", "their house at the corner of Elm and 3rd".
_ON_CORNER = re.compile(
    rf"\b(?:house|home)\s+(?:on|at)\s+the\s+corner\s+of\s+(?P<one>{_STREET})(?:\s+(?:and|&)\s+(?P<two>{_STREET}))?"
)
# Whose it is, in the sentence or the next: "That yellow house belongs to Jo Roe", "the Roes live there".
_WHOSE = re.compile(r"\b(?:belongs?\s+to|owned\s+by|lives?\s+(?:there|in\s+it)|live\s+(?:there|in\s+it)|home\s+of)\b")
_TOLD_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})


def corner_house(ctx: Context, m: Match) -> tuple[str, str]:
    """("the corner of <street> and <street>", what the page says) when the page places a house on a corner and that
    sentence or the next says the house is the subject's; ("", "") otherwise. One street named, the other is the one
    the page is about (its title's "Fessenden Street")."""
    if m.page.kind not in _TOLD_KINDS or not m.result.decision.is_match:
        return "", ""
    chosen = m.person.name.split()[-1] if m.person is not None and m.person.name.split() else ""
    said = list(sentences(m.page.text))
    for i, sentence in enumerate(said):
        found = _ON_CORNER.search(sentence)
        if found is None:
            continue
        for whose in (sentence, *said[i + 1 : i + 2]):
            if _WHOSE.search(whose) and names_subject(ctx, whose, household=True, chosen=chosen):
                other = found["two"] or the_pages_road(m)
                if not other or fold(other) == fold(found["one"]):
                    return "", ""
                corner = f"the corner of {found['one']} and {other}"
                return corner, " ".join(dict.fromkeys((sentence.strip(), whose.strip())))
    return "", ""
