"""People shown as professional cards: a name heading and the block under it, with no personal label."""

from __future__ import annotations

import lxml.html

from footprint.extract.block_lines import lines
from footprint.extract.labelled import NAME_LABEL, blocks, person
from footprint.extract.names import name_at_start
from footprint.models import PersonRecord


def cards(doc: lxml.html.HtmlElement, title: str = "") -> list[PersonRecord]:
    """People shown as professional cards: a heading that is a name and the block under it, with no
    personal label (a staff directory's entry, a faculty or team page's speaker, a provider's card).

    The block's lines are the card's context: the role, hospital, city and specialty written there
    are evidence about that person alone, not about the page.
    """
    from footprint.extract.mentions import record_for

    out = []
    for block, _name, age in blocks(doc):
        if age is not None or person(block, _name, age) is not None:
            continue
        block_lines = lines(block)
        first = next((line for line in block_lines if not NAME_LABEL.fullmatch(line)), "")
        labelled_name = NAME_LABEL.match(first)
        span = name_at_start(labelled_name.group("value") if labelled_name else first)
        if span is None:
            continue
        out.append(record_for(span, " · ".join(block_lines)[:600], title, "name:card"))
    return out
