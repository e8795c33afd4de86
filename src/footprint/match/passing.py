"""A story that names the subject once, in passing, among others: the page shows them but is not about them.

A hospital's newsroom announces a tower ("... where Drs. Cordelia Vanterpool and Samuel Idowu will see patients
from April") or a programme led by a colleague ("Intensivists from the medical ICU, among them Dr. Teresa
Quackenbush, will take part"): the subject's name is one of a group, in one sentence, with nothing said by them
or of them alone. A patient reading it learns nothing of the doctor, and nothing on it is theirs to fix, so such
a story is no page of theirs to list: a match it would be is left "possible", for the user to keep if they want it
(the reason shown where this rule decided it; a page that was possible before what other pages taught stays so).

Only a news page (a story, a newsroom post), only one sentence naming the subject (a second mention, a quote or
the headline makes the story theirs), and only where that sentence names them among others: "Drs. A and B",
"among them Dr. A", "including Dr. A", "Dr. A and Dr. B", the last of a group's members ("the task force includes
school nurses, two principals, an officer and Dr. A"), or as who founded or runs the organisation of a story
about another doctor ("Wyndcrest Spine adds Dr. Marcus Ellery ... The practice, founded by Dr. Annika Dahlstrom
in 2019, now employs 22") or as who leads the last of an event's many participants ("pharmacies will offer ..., the
senior center will run ..., and the team led by Dr. Margaret Kittredge will offer hearing tests"). Not a sentence
reporting a board's action or a lawsuit, which is about each doctor it names.
"""

from __future__ import annotations

import re

from footprint.extract.mentions import sentences
from footprint.identity import fold
from footprint.match.text_evidence import said
from footprint.models import Extracted, PersonRecord

WHY = "the story names you once, in passing, among others: it is not about you"
_GROUP = re.compile(r"\b(?:Drs\.?|[Aa]mong them|[Ii]ncluding|[Ss]uch as|[Aa]long with|[Jj]oined by)\s+(?:Dr\.?\s+)?$")
_MEMBERS = re.compile(
    r"\b(?:includes|include|included|comprises|members (?:are|were|include))\b[^.;:]*,[^.;:]*\band\s+(?:Drs?\.?\s+)?$"
)
_AND_DR_AFTER = re.compile(r"\S*,?\s+and\s+Drs?\.?\s+[A-Z]")
_DR_AND_BEFORE = re.compile(r"\bDrs?\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+and\s+(?:Dr\.?\s+)?$")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls)\b|[\"“”]")
_CASE = re.compile(
    r"\b(?:board|license|licence|probation|reprimand\w*|suspend\w*|revok\w*|disciplin\w*|lawsuit|sued|malpractice"
    r"|charged|arrested|indicted|convicted|settle\w*|accus\w*|alleg\w*|award\w*|honou?r\w*|named)\b",
    re.IGNORECASE,
)


def in_passing(person: PersonRecord, page: Extracted) -> str:
    """``WHY`` when ``person`` is named once on the news page ``page``, in a sentence naming them among other
    doctors; "" otherwise."""
    words = fold(person.name).split()
    if len(words) < 2 or not page.text:
        return ""
    family = words[-1]
    if said(family, fold(page.title)):
        return ""
    text = page.text
    naming = [text[a:b] for a, b in sentences(text) if said(family, fold(text[a:b]))]
    if len(naming) != 1:
        return ""
    sentence = naming[0]
    if _CASE.search(sentence):
        return ""
    start = _name_at(sentence, person.name)
    if start < 0:
        return ""
    # "among them Dr. A"; "The task force includes school nurses, two principals, an officer and Dr. A".
    grouped = _GROUP.search(sentence[:start]) is not None or _MEMBERS.search(sentence[:start]) is not None
    if _SPEECH.search(sentence):
        # A quote makes the story its speaker's; the subject named after another speaker, as the one they work
        # with ("said Dr. Arjun Mehra, who leads the unit with Dr. Margaret Tillinghast"), or as one of a group the
        # speaker tells of ("the hospital said its team, led by Dr. Sam Oduya and including Dr. Kit Roe, had ..."),
        # is still in passing.
        return (
            WHY if _beside_speaker(sentence, start, family) or (grouped and _another_speaks(sentence, family)) else ""
        )
    end = start + len(person.name)
    if _WORKED_WITH.search(sentence[:start]) and _another_focus(page, person):
        # A story about someone else, who did something with the subject among others: "(Farrow) wrote the district's
        # diabetes care plans with local pediatricians and the office of pediatric endocrinologist Augustin Roe".
        return WHY
    if _BY.search(sentence[:start]) and (_another_focus(page, person) or _LISTED.search(sentence[:start])):
        # "The practice, founded by Dr. Annika Dahlstrom in 2019, now employs 22": a story about a hire; "pharmacies
        # will offer ..., the senior center will run ..., and the team led by Dr. Margaret Kittredge will offer
        # ...": one of an event's many participants.
        return WHY
    # "Dr. Samuel Idowu and Dr. Cordelia Vanterpool", "Dr. Cordelia Vanterpool and Dr. Samuel Idowu"
    beside = _AND_DR_AFTER.match(sentence[end:]) is not None or _DR_AND_BEFORE.search(sentence[:start]) is not None
    return WHY if grouped or beside else ""


_SPEAKER = re.compile(
    r"\b(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls),?\s+(?:Drs?\.?\s+)?"
    r"(?P<after>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+)?)"
    r"|(?P<before>[A-Z][\w'’-]+)\s+(?:said|says|told|tells|explained|explains|added|adds)\b"
)
_WITH = re.compile(r"\b(?:with|alongside|and)\s+(?:Drs?\.?\s+)?$")
# Someone working with others, the subject the last of them: "with local pediatricians and the office of Dr. A".
# Not one who acted on them: "treated with chemotherapy and surgery by Dr. A" tells what the subject did.
_WORKED_WITH = re.compile(r"\b(?:with|alongside)\s+[^.;:]*\band\s+(?:(?!\bby\b)[^.;:,])*(?:\bDrs?\.?\s+)?$")


def _another_speaks(sentence: str, family: str) -> bool:
    """The sentence's speaker is someone other than the subject ("Cresswold Children's Medical Center said ...")."""
    speaker = _SPEAKER.search(sentence)
    who = fold(speaker.group("after") or speaker.group("before") or "").split() if speaker else []
    return bool(who) and family not in who


def _beside_speaker(sentence: str, start: int, family: str) -> bool:
    """The sentence quotes someone else, named before the subject, and names the subject as one they work with."""
    speaker = _SPEAKER.search(sentence[:start])
    if speaker is None:
        return False
    who = fold(speaker.group("after") or speaker.group("before") or "").split()
    return bool(who) and family not in who and _WITH.search(sentence[:start]) is not None


# The subject as whoever founded or runs the organisation the story is about: "founded by Dr. A", "led by Dr. A".
_BY = re.compile(
    r"\b(?:founded|co-?founded|led|owned|run|headed|directed|started|chaired|built)\s+by\s+(?:Drs?\.?\s+)?$"
)


# The subject's group is the last of three or more things the sentence lists ("A will ..., B will ..., and the team").
_LISTED = re.compile(r",[^,]+,\s+and\s+[^,]*$")


def _another_focus(page: Extracted, person: PersonRecord) -> bool:
    """Another person is what the story is about: their family name, not the subject's, written three times or more
    ("Dr. Marcus Ellery joins ... has hired Dr. Marcus Ellery ... Ellery will see patients")."""
    own = set(fold(person.name).split())
    for other in page.people:
        words = fold(other.name).split()
        if len(words) < 2 or words[-1] in own or not other.name[:1].isupper():
            continue
        if len(re.findall(rf"\b{re.escape(other.name.split()[-1])}\b", page.text)) >= _FOCUS:
            return True
    return False


_FOCUS = 3


def _name_at(sentence: str, name: str) -> int:
    """Where ``name`` starts in ``sentence`` (its given name, then its family name), or -1."""
    first = name.split()[0]
    found = re.search(rf"\b{re.escape(first)}\b", sentence)
    return found.start() if found else -1
