"""Where one block of a page ends and the next begins, kept in the main text a name is read from.

A text extractor that falls back to the page's whole article runs its blocks together: a blog theme's
"Posted on May 2 by Dolma Ray" and the post's first paragraph "Losar this year at my cousin's" become one line,
and "Dolma Ray Losar" reads as one person's name. A name never runs from one block into the next (a byline
into the post, a heading into its paragraph, a caption into the text under it, one owner's line of a deed into
the next), so a name read over the seam of two blocks of the page as shown is broken there."""

from __future__ import annotations

import re
from itertools import pairwise

from footprint.extract.letters import LOWER, UPPER

# A line's last word and the next line's first, each a capitalised word with no punctuation after it.
_LAST = re.compile(rf"(?<![^\s])([{UPPER}][{UPPER}{LOWER}'’-]*)$")
_FIRST = re.compile(rf"^([{UPPER}][{UPPER}{LOWER}'’-]*)(?![^\s])")


def rebroken(text: str, lines: list[str]) -> str:
    """``text`` with a line break inside each name read from it that runs over the end of one block of the page
    as shown (``lines``, one per block) into the next: between a block's last capitalised word and the next
    block's first, unless some block writes the two together. Text no name runs over is left as it was."""
    from footprint.extract.names import names_in

    together = "\n".join(lines)
    pairs: list[re.Pattern[str]] = []
    for before, after in pairwise(lines):
        last, first = _LAST.search(before), _FIRST.match(after)
        if last is None or first is None:
            continue
        written = rf"(?<![\w'’-]){re.escape(last.group(1))}[ \t]+(?={re.escape(first.group(1))}(?![\w'’-]))"
        if not re.search(written, together):  # one block writes them together: a name may hold both
            pairs.append(re.compile(written))
    if not pairs:
        return text
    cuts = set()
    for span in names_in(text):
        for pair in pairs:
            if found := pair.search(text, span.start, span.end):
                cuts.add((found.start(), found.end()))
    for start, end in sorted(cuts, reverse=True):  # the space after the block's last word becomes a break
        word_end = start + len(text[start:end].rstrip(" \t"))
        text = f"{text[:word_end]}\n{text[end:]}"
    return text
