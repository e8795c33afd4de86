"""Forum posts a doctor signs under a screen name, in the ways a dash-and-name sign-off does not cover.

On a forum (Discourse, phpBB, a club's board) a doctor answers as "trailimogen" or "skinkids_abq" and signs the
post: a signature line with no dash, their name then what they add ("... fit you in. Imogen Roe (glaucoma doc,
Buckeye Eye) · see you Saturday"), or a dash and the name the thread knows them by, a title and an initial ("--
Dr. G (peds derm, ABQ)"). The match chose that signed name as the subject; the post's screen name is theirs.
:func:`post_authors.signers` reads the dashed sign-off of a full name.
"""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import Match

_TITLE = re.compile(r"^(?:dr\.?|doctor)\s+", re.I)
# What follows a name in a signature, not in a sentence: an aside in brackets, a separator, the post's end.
_SIGNATURE_TAIL = r"\s*(?:\(|·|\||•|$)"
# A dashed sign-off at the post's end: "-- Dr. G (peds derm, ABQ)", "— Jane R.".
_DASHED = re.compile(r"(?:^|\s)(?:—|–|--|~)\s*(?P<name>[^—–~()]{1,60}?)\s*(?:\([^()]{0,80}\))?\s*$")


def _words(name: str) -> list[str]:
    return [w for w in fold(_TITLE.sub("", name.split(",")[0].strip())).split() if w not in ("md", "do")]


def signed_by(m: Match, chosen: str) -> frozenset[str]:
    """The screen names of the replies on the page that the person the match chose (``chosen``) signed."""
    said = _words(chosen)
    if not said or not m.page.posts:
        return frozenset()
    full = len(said) >= 2 and all(len(w) > 1 for w in said)
    written = r"\s+".join(re.escape(w) for w in chosen.split(",")[0].split()[-len(said) :])
    line = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<name>(?:(?:dr\.?|doctor)\s+)?{written}){_SIGNATURE_TAIL}", re.I)
    out = set()
    for post in m.page.posts:
        if not post.author or post.author == chosen or not post.on_post_by:
            continue
        text = post.text.strip()
        dashed = _DASHED.search(text)
        if dashed is not None and _words(dashed["name"]) == said:
            out.add(post.author)  # the sign-off is the very name the match chose, "Dr. G" too
        elif full and _last_line_signed(line, text):
            out.add(post.author)
        elif full and re.search(_INTRODUCED.format(name=written), text, re.I):
            out.add(post.author)  # "ICU doc at Glassmoor Valley here (Tess Quackenbush)": the writer says who they are
    return frozenset(out)


# The writer introducing themself by name in their post: "Pediatrician here (Jane Roe)", "I'm Jane Roe, ...",
# "this is Dr. Jane Roe", "my name is Jane Roe".
_INTRODUCED = r"(?:\bhere\s*\(\s*(?:dr\.?\s+)?{name}\s*\)|\b(?:i'm|i am|this is|my name is)\s+(?:dr\.?\s+)?{name}\b)"


def _last_line_signed(line: re.Pattern[str], text: str) -> bool:
    """The post's last part opens with the name as a signature does, and no sentence ends after it: "... fit you
    in. Jane Roe (glaucoma doc) · see you Saturday", not "Jane Roe (my eye doc) fixed it. Ask her." nor a name
    at the post's start."""
    found = ([None, *line.finditer(text)])[-1]
    if found is None or found.start("name") == 0:
        return False
    rest = re.sub(r"\([^()]*\)", " ", text[found.end("name") :])
    return not re.search(r"[.!?]", rest)
