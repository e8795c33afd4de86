"""The road the subject lives on, told by a page about them: "protesters gathered outside Dr. Jane Roe's home on
Elm Crest Road", "Jane Roe is again opening her garage on Elm Crest Road for tying nights". No house number, so
no address to opt out of, but anyone who reads it knows which road to drive down and whose house to look for:
a location exposure, as a story or a club's notes write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, site_name
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.streets import HOME_ON_STREET
from footprint.assess.detectors.subject_text import NAMED, PLACE_BEFORE, names_of, names_subject
from footprint.identity import fold
from footprint.models import Finding, Match, PageKind

# Pages whose words about the subject's home are told to everyone: a story, a club's or a street's notes.
TOLD_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE, PageKind.NEWS})
ROAD_TYPE = (
    r"(?:Street|St|Road|Rd|Drive|Dr|Avenue|Ave|Lane|Ln|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Circle|Cir|Terrace"
    r"|Trail|Trl|Parkway|Pkwy|Loop|Cove|Run|Pass|Row|Highway|Hwy|Pike|Creek|Canyon|Hollow|Ridge)\b\.?"
)
# Whose house, the house, and the road it is on: "Dr. Jane Roe's home on Elm Crest Road", "her garage off Canyon Rd".
_HOME_ON_ROAD = re.compile(
    r"(?:(?P<owner>[A-ZÀ-ÖØ-Þ][\w-]+)['’]s|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s+(?:[a-z]+\s+){0,2}"
    r"(?P<house>home|house|garage|farm|ranch|cabin|driveway|backyard|yard|porch|place)\s+(?:on|off|along|up)\s+"
    rf"(?P<road>(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}{ROAD_TYPE})"
)


def home_road_told(ctx: Context, m: Match) -> Iterator[Finding]:
    """A sentence that names the subject and gives the road their home (or its garage, its yard) is on."""
    if m.page.kind not in TOLD_KINDS or not m.result.decision.is_match:
        return
    mine = set(names_of(ctx, m))
    for sentence in sentences(m.page.text):
        if not names_subject(ctx, sentence, household=True) and not _chosen_named(m, sentence):
            continue
        if HOME_ON_STREET.search(sentence):
            continue  # "their place on Longleaf Crest Dr": the household's house by its street, a home address
        for found in _HOME_ON_ROAD.finditer(sentence):
            if found["owner"] and fold(found["owner"]) not in mine:
                continue
            if found["pronoun"] and not _last_named_is_subject(mine, sentence[: found.start()]):
                continue
            road = found["road"].rstrip(".")
            title = f"A page on {site_name(ctx, m.page.site_id)} says which road your home is on"
            yield emit(ctx, m, "location_exposure", road, title, sentence, key=f"home road {m.page.url} {road}")
            return
        road = _neighbours_road(sentence) or _house_on_road(sentence)
        if road:
            title = f"A neighbour on {site_name(ctx, m.page.site_id)} says which road your home is on"
            yield emit(ctx, m, "location_exposure", road, title, sentence, key=f"home road {m.page.url} {road}")
            return


# A neighbour's words: "Our neighbors Dr. Jane Roe and her husband Sam hosted the whole of Marsh Lane again".
_NEIGHBOURS = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:next[- ]door\s+|new\s+|across[- ]the[- ]street\s+)?neighbou?rs?\b")
_ROAD = re.compile(rf"\b(?:[A-Z][\w'’-]+\s+){{1,3}}{ROAD_TYPE}")


def _neighbours_road(sentence: str) -> str:
    """The road a sentence calling the subject the writer's neighbour names ("the whole of Marsh Lane"), or "": the
    writer and the subject live on it."""
    if not _NEIGHBOURS.search(sentence):
        return ""
    for found in _ROAD.finditer(sentence):
        if re.search(r"\bDr\.?$", found.group()) and re.match(r"\s*[A-Z]", sentence[found.end() :]):
            continue  # "Thanks Dr. Jane Roe": a title, not a drive
        return found.group().rstrip(".")
    return ""


# Where on the road a house stands, as neighbours place one: "the ER doctor at the end of Oak Lane, the blue house
# past the cul-de-sac", "Luke, who lives at the top of Ridge Road", "their house at the corner of Pine Street".
_PLACED_ON = re.compile(
    r"\b(?:(?:lives?|living|lived)\s+(?:on|off|down|up|at\s+the\s+(?:end|top|bottom|corner)\s+of)"
    r"|at\s+the\s+(?:end|top|bottom|far\s+end|corner)\s+of"
    r"|(?:house|home)\s+(?:on|at\s+the\s+(?:end|top|bottom|corner)\s+of))\s+"
    rf"(?P<road>(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}{ROAD_TYPE})"
)
_HOME_WORD = re.compile(
    r"\b(?:house|(?:his|her|their|whose)\s+home|lives?|living|lived|cul-de-sac|driveway|porch|yard)\b", re.IGNORECASE
)
_WORK_WORD = re.compile(
    r"\b(?:clinic|office|practice|hospital|surgery|center|centre|store|shop|restaurant|church)\b", re.IGNORECASE
)


def _house_on_road(sentence: str) -> str:
    """The road a sentence about the subject places their house on ("at the end of Oak Lane, the blue house"), or
    "": the house told by where it stands rather than its number. Not a sentence about a workplace."""
    found = _PLACED_ON.search(sentence)
    if found is None or not _HOME_WORD.search(sentence) or _WORK_WORD.search(sentence):
        return ""
    return found["road"].rstrip(".")


def _chosen_named(m: Match, sentence: str) -> bool:
    """The sentence names the person the match chose by their family name as the page writes it."""
    words = fold(m.person.name).split() if m.person is not None else []
    return len(words) >= 2 and f" {words[-1]} " in f" {fold(sentence)} "


def _last_named_is_subject(mine: set[str], head: str) -> bool:
    """ "his" refers to the last person named before it: the subject, not a neighbour or a colleague."""
    named = [n for n in NAMED.finditer(head) if not PLACE_BEFORE.search(head[: n.start()])]
    return bool(named) and bool(mine & set(fold(named[-1].group()).split()))


# A house told by its number on the street a page is about: "the vascular surgeon at number 41" on a street's own
# blog ("Fern Street Notes", "our third Fern Street block party"), "the Roes at No. 12" in a block association's news.
# "at": a roster's "(#12)" or a list's "No. 3" is a shirt or a place in line, not a house.
_AT_NUMBER = re.compile(r"\bat\s+(?:number|no\.|#)\s?(?P<n>\d{1,5})\b(?!\s*(?:am\b|pm\b|:\d|%|\.\d))", re.I)


def numbered_on_the_street(ctx: Context, m: Match) -> tuple[str, str]:
    """(the house's address, the sentence) when a sentence naming the subject gives their house number and the page is
    about one street (the only road its title and text name, or the one its title names); ("", "") otherwise."""
    if m.page.kind not in TOLD_KINDS or not m.result.decision.is_match:
        return "", ""
    road = the_pages_road(m)
    if not road:
        return "", ""
    for sentence in sentences(m.page.text):
        if not names_subject(ctx, sentence, household=True) and not _chosen_named(m, sentence):
            continue
        found = _AT_NUMBER.search(sentence)
        if found and _theirs(ctx, m, sentence, found.start()) and not _WORK_WORD.search(sentence[: found.end()]):
            return f"{found['n']} {road}", sentence
    return "", ""


_NUMBER_AFTER = 80  # characters from the name to its house number: "Dora Vrabie (the vascular surgeon at number 41"


def _theirs(ctx: Context, m: Match, sentence: str, at: int) -> bool:
    """The house number at ``at`` follows the subject's name closely, no other person named between: "Dora Vrabie
    (the vascular surgeon at number 41", not "in front of no. 58 (the Poes hosting); Dora Vrabie brings pie"."""
    family = ctx.identity.subject.family_name or ""
    chosen = m.person.name.split()[-1] if m.person is not None and m.person.name.split() else ""
    named = [n.end() for f in (family, chosen) if f for n in re.finditer(rf"\b{re.escape(f)}\b", sentence[:at], re.I)]
    if not named:
        return False
    between = sentence[max(named) : at]
    return at - max(named) <= _NUMBER_AFTER and not NAMED.search(between)


def the_pages_road(m: Match) -> str:
    """The one road a page names (however many words before it a run of capitals takes in: "Wyndcrest Fern Street
    Notes", "our third Fern Street block party" are one Fern Street), or "" when it names several."""
    said = [r.group().rstrip(".") for r in _ROAD.finditer(f"{m.page.title} . {m.page.text}")]
    roads = sorted({fold(r): r for r in said if not re.search(r"\bDr\.?$", r)}.items(), key=lambda kv: len(kv[0]))
    if not roads:
        return ""
    key, road = roads[0]
    return road if all(f" {other}".endswith(f" {key}") for other, _ in roads) else ""
