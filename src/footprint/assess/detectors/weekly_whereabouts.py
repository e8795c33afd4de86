"""Where the subject is at a set hour each week, however a page words it: a routine is a repeat (every
weekday, Monday through Friday, Saturdays, a "Saturday long run"), an hour (5:30 a.m., 7 am) and a place (their
house on a street, a named place, or "there": the gym or club whose page it is), said of the subject.

Physician-safety guidance warns of a predictable routine as much as of a home address: anyone who reads
"see you at Saturday long run, 7 am from my house on Tompkins" or a gym's "If you come to the 5:30 a.m. class,
you know Libby. She's been there Monday through Friday" knows where to wait and when. The detectors in
:mod:`photos` and :mod:`away` know particular phrasings; this one reads the three parts wherever they stand in a
sentence, or across a sentence naming the subject and the next one, which refers to them ("she", "he").
Not at work: a clinic's hours, a talk, a shift are the public face.

The particular phrasings live here too: ``routine`` reads a post's own ("Tue/Thu 5:30am at Iron Gym", "out the
front door on 17th every clinic day"), ``routine_told_of_them`` a club's or school's notes ("lead the walking bus
every Wednesday at 7:50 from the corner of Lakeview and Pine").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.away import OWN_ROUTINE
from footprint.assess.detectors.base import Context, emit, hit, site_name
from footprint.assess.detectors.home_street import TOLD_KINDS
from footprint.assess.detectors.public_face import WORKPLACE_WORDS, at_practice, professional
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


_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)"
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"  # "Tuesdays": every Tuesday
# A schedule that repeats, with the hour and the place: "Tue/Thu 5:30am at Iron Gym", "every Saturday 7am at
# Riverside Park", "Sundays at 8 am at the Dunes lot". The writer can be found there by anyone who reads it.
_ROUTINE = re.compile(
    rf"\b(?:(?:every|each)\s+{_DAY}|{_DAY}\s*(?:/|&|and|,)\s*{_DAY}(?:\s*(?:/|&|and|,)\s*{_DAY})*|{_DAYS})"
    r"\s*(?:at\s+|@\s*)?\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:at|@)\s+"
    r"(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|of|on|at|the|&)){0,5})",
    re.I,
)


# A routine that starts at the writer's door, as a run or a ride logs it: "Same loop every clinic day: out the front
# door on 17th", "Every Saturday: out of the cul-de-sac at 6", "Same loop from the house every time I finish nights".
_EVERY = r"(?:\bevery\b|\beach\b|\bsame (?:loop|route|run|ride|time)\b|\bweekday mornings\b)"
_FROM_HOME = (
    r"(?:\bfrom (?:the|our|my) (?:house|front door|door|driveway)\b|\bfrom home\b"
    r"|\bout (?:the|my|our) (?:front )?door\b"
    r"|\bout of (?:the|our) (?:cul-de-sac|driveway|street)\b|\b(?:leave|leaving) the house\b)"
)
_HOME_ROUTINE = re.compile(
    rf"{_EVERY}[^.!?]{{0,80}}?(?P<door>{_FROM_HOME})|(?P<door2>{_FROM_HOME})[^.!?]{{0,80}}?{_EVERY}", re.I
)
# The place before the hour and the repeat: "Dawn paddle from Kettle Cove again, 5:30 every weekday".
_PLACE_THEN_HOUR = re.compile(
    r"\b(?:from|at)\s+(?P<place>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,3})[^.!?]{0,40}?"
    rf"\b\d{{1,2}}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:every|each)\s+(?:weekday|morning|day|weekend|{_DAY})",
    re.I,
)


def routine(text: str) -> str:
    """The place of a weekly routine the post gives with its days and hour, or the words of a routine that starts
    at the writer's door, or ""."""
    found = _ROUTINE.search(text) or _PLACE_THEN_HOUR.search(text) or OWN_ROUTINE.search(text)
    if found and not (found.re is OWN_ROUTINE and WORKPLACE_WORDS.search(found["place"])):
        return found["place"].strip(" ,.-")
    home = _HOME_ROUTINE.search(text)  # the door it starts from, not the rest ("every clinic day" is no clinic)
    return (home["door"] or home["door2"]) if home else ""


# A weekly time and the place it starts from, as a club's notes or a school's bulletin tell members where to find
# someone: "lead the walking bus every Wednesday at 7:50 from the corner of Lakeview and Pine", "Saturday long run,
# 7 am from the Roe porch on Elm St".
_TOLD_ROUTINE = re.compile(
    rf"\b(?:every|each)\s+{_DAY}\s+(?:at\s+)?\d{{1,2}}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:at|from)\s+"
    r"(?P<place>(?:the\s+)?(?:corner of\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|and|of|&)){0,5})"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+from\s+(?P<door>the\s+(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*"
    r"\s+(?:porch|house|driveway|front yard|garage|door)\b"
    r"(?:\s+on\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?)",
    re.I,
)


def routine_told_of_them(ctx: Context, m: Match) -> Iterator[Finding]:
    """A community page's sentence that names the subject (or their household) and says where they are at a
    weekly time: a club's or a school's notes telling members where to meet them. Not at work: a clinic's hours,
    a talk, a conference are the public face."""
    from footprint.assess.detectors.nearby import workplace_title
    from footprint.assess.detectors.subject_text import names_subject

    if m.page.kind not in TOLD_KINDS or workplace_title(m.page.title) or not m.result.decision.is_match:
        return
    for sentence in sentences(m.page.text):
        found = _TOLD_ROUTINE.search(sentence)
        if found is None or not names_subject(ctx, sentence, household=True):
            continue
        place = (found["place"] or found["door"] or "").strip(" ,.-")
        if at_practice(ctx, place) or professional(sentence) or WORKPLACE_WORDS.search(sentence):
            continue
        title = f"A page on {site_name(ctx, m.page.site_id)} says where to find you every week"
        yield emit(ctx, m, "location_exposure", place, title, sentence, key=f"routine {m.page.url}")
        return
