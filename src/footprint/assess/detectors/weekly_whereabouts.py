"""Where the subject is at a set hour each week, however a page words it: a routine is a repeat (every
weekday, Monday through Friday, Saturdays, a "Saturday long run"), an hour (5:30 a.m., 7 am) and a place (their
house on a street, a named place, or "there": the gym or club whose page it is), said of the subject.

Physician-safety guidance warns of a predictable routine as much as of a home address: anyone who reads
"see you at Saturday long run, 7 am from my house on Tompkins" or a gym's "If you come to the 5:30 a.m. class,
you know Libby. She's been there Monday through Friday" knows where to wait and when. The detectors in
:mod:`photos` and :mod:`away` know particular phrasings; this one reads the three parts wherever they stand in a
sentence, or across a sentence naming the subject and the next one, which refers to them ("she", "he").
Not at work: a clinic's hours, a talk, a shift are the public face.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, hit, site_name
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.subject_text import names_of
from footprint.identity import fold
from footprint.models import Finding, Match, PageKind

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
# The repeat: "every weekday", "each Saturday", "most mornings", "Saturdays", "Monday through Friday", "Mon–Fri",
# "weekdays", "Tue/Thu"; a single weekday only right before the activity and the hour ("Saturday long run, 7 am").
_REPEAT = re.compile(
    rf"\b(?:every|each|most)\s+(?:single\s+)?(?:{_WEEKDAY}|weekday|week\s*day|morning|evening|weekend|day)s?\b"
    rf"|\b{_WEEKDAY}s\b|\bweekdays\b|\bweekday\s+mornings\b"
    rf"|\b(?:{_WEEKDAY}|{_SHORT})\.?\s*(?:through|thru|to|-|–)\s*(?:{_WEEKDAY}|{_SHORT})\b"
    rf"|\b{_SHORT}\s*/\s*{_SHORT}\b"
    rf"|\b{_WEEKDAY}\s+(?:[a-z]+\s+){{0,2}}(?:run|ride|swim|paddle|walk|hike|class|practice|game|row|meet)s?\b",
    re.I,
)
_HOUR = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])|\b\d{1,2}:\d\d\b", re.I)
# The place: their house (on a street), a named place they leave from or go to, or "there" (the page's place), in
# that order of trust.
_HOME = re.compile(
    r"\b(?:from|at|to|outside)\s+(?:my|our|his|her|their|the)\s+(?:house|home|porch|place|driveway|door|garage"
    r"|front\s+door|corner)(?:\s+on\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?",
    re.I,
)
_NAMED = re.compile(r"\b(?:from|at)\s+(?!(?i:the\s))(?P<name>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,3})")
_THERE = re.compile(r"\b(?:been|is|are|be|was|were)\s+there\b", re.I)
_NOT_A_PLACE = re.compile(rf"^(?:{_WEEKDAY}|{_SHORT}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_AT_WORK = re.compile(
    r"\b(?:clinic|hospital|office|practice|suite|patients?|appointments?|shifts?|rounds|on\s+call|surgery|hours)\b",
    re.I,
)
_PRONOUN = re.compile(r"^\s*(?:she|he|they)(?:['’](?:s|ll|d|ve|re))?\b", re.I)
_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS, PageKind.SOCIAL_PROFILE})


def weekly_whereabouts(ctx: Context, m: Match) -> Iterator[Finding]:
    """A sentence (or a sentence naming the subject and the next) giving a repeat, an hour and a place of theirs."""
    from footprint.assess.detectors.nearby import workplace_title

    if m.page.kind not in _KINDS or not m.result.decision.is_match or workplace_title(m.page.title):
        return
    names = set(names_of(ctx, m))
    said = sentences(m.page.text)
    for i, sentence in enumerate(said):
        if not set(re.findall(r"[a-z][a-z'’-]+", fold(sentence))) & names:
            continue
        windows = [sentence]
        if i + 1 < len(said) and _PRONOUN.search(said[i + 1]):
            windows.append(f"{sentence} {said[i + 1]}")
        for window in windows:
            place = _routine(window, m.page.title)
            if place:
                title = f"A page on {site_name(ctx, m.page.site_id)} says where to find you every week"
                yield emit(ctx, m, "location_exposure", place, title, window, key=f"routine {m.page.url}")
                return


def _routine(text: str, page_title: str) -> str:
    """The place of a weekly routine the text gives with its repeat and hour, or ""."""
    if _AT_WORK.search(text) or hit("professional_event", text):
        return ""
    if _REPEAT.search(text) is None or _HOUR.search(text) is None:
        return ""
    if home := _HOME.search(text):
        return " ".join(home.group().split()[1:])
    for named in _NAMED.finditer(text):
        if not _NOT_A_PLACE.match(named["name"]):
            return named["name"]
    if _THERE.search(text):
        return re.split(r"\s+[|·–-]\s+|:\s", page_title)[-1].strip() or "there"
    return ""
