"""online_medical_advice on the air: a call-in show, a podcast's or a video's listener questions, where the subject
answers named callers ("4:10 Dot from Knightsville: ... — Dr. W: 'cut them in half'", "For Jess in Ohio, whose
9-year-old goes low at night: drop his overnight basal by 20 percent"). The episode's notes give each caller's
question and the doctor's directive: individual advice, to people the doctor never examined, in public.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, hit, site_name
from footprint.models import LISTING_KINDS, Finding, Match

# The subject takes the public's questions: "takes viewer calls", "answers listener voicemails", "answers your
# questions", "a call-in show".
# A ratings site's "Answers questions 4 out of 5" is a patients' score, no show: the public is named.
_ON_AIR = re.compile(
    r"\b(?:takes?|taking|answers?|answering|fields?|fielding)\s+(?:(?:your|our|the)\s+(?:\w+\s+)?questions\b|(?:\w+\s+)?"
    r"(?:listener|viewer|caller|audience|reader|follower)s?['’]?\s+(?:questions|calls|voicemails|letters|emails)\b)"
    r"|\bcall-in\b",
    re.I,
)
# A named caller's turn in the notes: "For Jess in Ohio, ...:", "To Marcus:", "Dot from Knightsville:", "Ruth:" after
# a time stamp.
_CALLER = re.compile(
    r"\b(?:For|To)\s+(?P<to>[A-Z][a-z]+)(?:\s+(?:in|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*[,:]"
    r"|(?:^|\d:\d\d\s+|[.;]\s+)(?P<caller>[A-Z][a-z]+)(?:\s+(?:in|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*:"
)
_TURN = 400


def advice_on_air(ctx: Context, m: Match) -> Iterator[Finding]:
    """One finding per page: the first named caller the notes give a directive about care."""
    if m.page.kind in LISTING_KINDS:
        return  # a ratings or directory profile is no show; its reviews are the patients' words
    text = " ".join(m.page.text.split())
    if not _ON_AIR.search(text) or not _answerer(ctx, m, text):
        return
    callers = list(_CALLER.finditer(text))
    for i, caller in enumerate(callers):
        end = callers[i + 1].start() if i + 1 < len(callers) else caller.end() + _TURN
        turn = text[caller.start() : min(end, caller.end() + _TURN)]
        advice = hit("advice", turn)
        if advice:
            name = caller["to"] or caller["caller"]
            title = f"Medical advice you gave {name} on {site_name(ctx, m.page.site_id)}"
            yield emit(ctx, m, "online_medical_advice", advice, title, turn, key=f"on air {m.page.url}")
            return


def _answerer(ctx: Context, m: Match, text: str) -> bool:
    """The subject is the one taking the questions: their family name, or the name the match chose, is in a
    sentence that says so."""
    from footprint.identity import fold

    names = {fold(ctx.identity.subject.family_name or "")}
    if m.person is not None and m.person.name.split():
        names.add(fold(m.person.name.split(",")[0].split()[-1]))
    names.discard("")
    for found in _ON_AIR.finditer(text):
        sentence = text[max(0, found.start() - 120) : found.end()]
        if names & set(fold(sentence).split()):
            return True
    return False
