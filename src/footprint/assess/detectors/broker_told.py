"""What a people-search record of the subject lists, told again by a page about them in everyday words.

A neighbour's blog never writes "18 Kells Ave, Newark, DE 19713"; it writes "the big white oak in front of number 18"
and "lawn chairs all the way down Kells Avenue", and "Paul and the twins (Hannah and Eli, eighth grade ...)". Alone,
"number 18" is anyone's house and "Paul" anyone's name; beside the house and the household a confirmed broker record
gives the subject (``Context.broker_homes``, ``Context.broker_relatives``), they are the subject's house and family,
told to every reader of the page.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.home_street import TOLD_KINDS
from footprint.assess.detectors.records import QUOTED, around, sentences
from footprint.assess.detectors.subject_text import called_by_given, names_of, names_subject
from footprint.identity import fold, given_name_forms
from footprint.models import Match

# A road as running text names it: a capitalised name and its type, written out or short ("Kells Avenue", "Kells Ave").
_TYPES = {
    "street": "st", "st": "st", "road": "rd", "rd": "rd", "avenue": "ave", "ave": "ave", "av": "ave", "drive": "dr",
    "dr": "dr", "lane": "ln", "ln": "ln", "court": "ct", "ct": "ct", "way": "way", "boulevard": "blvd",
    "blvd": "blvd", "place": "pl", "pl": "pl", "circle": "cir", "cir": "cir", "terrace": "ter", "ter": "ter",
    "trail": "trl", "trl": "trl", "parkway": "pkwy", "pkwy": "pkwy", "loop": "loop", "cove": "cv", "cv": "cv",
    "run": "run", "row": "row", "pike": "pike", "highway": "hwy", "hwy": "hwy",
}  # fmt: skip
_ROAD = re.compile(rf"\b(?P<name>[A-Z][\w'’-]+)\s+(?P<type>{'|'.join(_TYPES)})\b\.?", re.I)
_NUMBER = r"(?:(?:number|no\.?|#)\s?{n}\b|\b{n}\s+(?:[A-Z][\w'’-]+\s+)?{name}\b)"
_NEAR = 2  # sentences before one naming relatives that may name the subject: "Meg is the doctor ... Paul and the twins"


def _road_key(street: str) -> tuple[str, str, str]:
    """(house number, the word before the road's type, the type) of a street line: "18 Quillsby Kells Ave" ->
    ("18", "kells", "ave"); a line with no number or no type gives ("", "", "")."""
    number = re.match(r"\s*(\d{1,6})\b", street)
    found = [r for r in _ROAD.finditer(street) if not r["name"][:1].isdigit()]
    if number is None or not found:
        return "", "", ""
    last = found[-1]
    return number.group(1), fold(last["name"]), _TYPES[last["type"].lower()]


def house_told(ctx: Context, m: Match) -> tuple[str, str]:
    """(the house as the page gives it, what the page says) when a story or a street's blog about the subject names
    the road of a home their confirmed broker record lists and that home's number ("in front of number 18", "18 Kells"),
    or ("", "") otherwise."""
    if m.page.kind not in TOLD_KINDS or not m.result.decision.is_match:
        return "", ""
    text = m.page.text
    for home in ctx.broker_homes:
        number, name, kind = _road_key(home.street)
        if not number:
            continue
        roads = [r for r in _ROAD.finditer(text) if fold(r["name"]) == name and _TYPES[r["type"].lower()] == kind]
        if not roads:
            continue
        told = re.search(_NUMBER.format(n=re.escape(number), name=re.escape(roads[0]["name"])), text, re.I)
        if told is None:
            continue
        return f"number {number}, {roads[0].group().rstrip('.')}", _told(text, told.group(), roads[0].group())
    return "", ""


def _told(text: str, number: str, road: str) -> str:
    """The sentence giving the number, and the first other one naming the road, if it is not the same sentence."""
    said = list(sentences(text))
    at = next((around(s, number) for s in said if number in s), "")
    road_at = next((s.strip() for s in said if road in s and number not in s and len(s) < QUOTED), "")
    return " … ".join(t for t in (at, road_at) if t)


def _paired(ctx: Context, m: Match, sentence: str, relative: str) -> bool:
    """The sentence pairs the subject, by the given name the page calls them, with the relative as a couple does ("Gus
    and Leann leave for Costa Rica", "Leann and Gus")."""
    for pair in re.finditer(r"\b([A-Z][\w'’-]+)\s+(?:and|&)\s+([A-Z][\w'’-]+)\b", sentence):
        first, second = pair.group(1), pair.group(2)
        other = second if first == relative else first
        if relative in (first, second) and other != relative and called_by_given(ctx, m, other):
            return True
    return False


def kin_told(ctx: Context, m: Match) -> tuple[str, str]:
    """(the relatives' names, the sentence) when a page about the subject names two or more of the relatives their
    confirmed broker record lists, by given name, in one sentence at or just after one naming the subject (by either
    name, "Meg" included), or one of them paired with the subject as a couple ("Gus and Leann leave for Costa Rica");
    ("", "") otherwise. One given name alone is anyone's."""
    if not m.result.decision.is_match or not ctx.broker_relatives:
        return "", ""
    own = set(names_of(ctx, m)) | given_name_forms(ctx.identity.subject.given_name or "")
    givens = {
        fold(r.split()[0]): r.split()[0] for r in ctx.broker_relatives if len(r.split()) >= 2 and len(r.split()[0]) > 2
    }
    givens = {k: v for k, v in givens.items() if k not in own}
    if len(givens) < 2:
        return "", ""
    said = list(sentences(m.page.text))
    mine = set(names_of(ctx, m))
    for i, sentence in enumerate(said):
        # Not a network's list of members ("3 kudos · Anders H., Erik S."): names signed with an initial react, and
        # say nothing of whose family they are.
        named = [v for k, v in givens.items() if re.search(rf"\b{re.escape(v)}\b(?!\s+[A-Z]\.)", sentence)]
        if len(named) == 1 and _paired(ctx, m, sentence, named[0]):
            return named[0], sentence.strip()  # "Gus and Leann leave for Costa Rica on the 20th": the couple
        if len(named) < 2:
            continue
        around = said[max(0, i - _NEAR) : i + 1]
        if any(names_subject(ctx, s, household=True) or mine & set(fold(s).split()) for s in around):
            return ", ".join(named), sentence.strip()
    return "", ""
