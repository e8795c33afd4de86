"""People's names and places as written in headlines and running text, without any markup.

A name is two to five capitalised words (initials, hyphens, apostrophes and accents allowed;
particles such as "de" or "van" inside), optionally after "Dr." and before credentials
("Dr. Jane Q. Doe, MD"). A place is "City, ST" or "City, State". These are shapes, not
knowledge: the matcher decides whether a name found here is the subject.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from footprint.extract.dated_years import date_year_before
from footprint.extract.entities import STREET_ADDRESS
from footprint.extract.family_suffixes import titled_family
from footprint.extract.kin_words import kin_title
from footprint.extract.letters import LOWER, UPPER
from footprint.extract.name_guards import dated, not_a_person_here, organisation, thing
from footprint.extract.non_name_words import CUT, GREETINGS, HEADLINE_BREAK, NOT_FAMILY, NOT_GIVEN, ROLES
from footprint.extract.personhood import given_name, name_words
from footprint.extract.states import STATE_CODES, STATE_WORDS
from footprint.identity import CREDENTIALS, US_STATES

# One capitalised word or an initial: "Ann", "O'Brien", "Okonkwo-Reyes", "Q.", "McAllister"; not a letter hyphened to
# a word ("A-frame", "T-shirt", "X-ray", "E-bike").
_WORD = (
    r"(?!(?:Dr|Dra|Mr|Mrs|Ms|Prof|Բժիշկ)\b)"
    rf"(?![{UPPER}]-[{LOWER}])"
    rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*(?=[\s,]|$)|(?:Mc|Mac|Fitz|De|Di|Da|La|Le|Van)?[{UPPER}][{LOWER}]*(?:['’-][{UPPER}{LOWER}][{LOWER}]+)*)"
    rf"(?![{UPPER}{LOWER}])"
)
# A nickname in quotes inside a name: Margaret "Peggy" Doyle.
# A word set off inside a name: a quoted nickname ('Margaret "Peggy" Doyle'), or one in parentheses, as obituaries
# and announcements write a spouse, a maiden name or an everyday name ("Anselm (Joan) Vorderbrook", "Hilde
# (Marsh) Vorderbrook", "Mei-Hua (Grace) Tseng"): the person is the given and family name around it.
_QUOTED = rf"(?:[ \t]+(?:[\"“‘'][{UPPER}][{LOWER}]+[\"”’']|\([{UPPER}][{LOWER}]+\)))"
# The set-off name after a middle name ('H. Edward "Ned" Vorderbrook III'), never after the last word.
_SET_OFF_INSIDE = rf"(?:{_QUOTED}(?=[ \t]+[{UPPER}]))?"
_GENERATION = r"(?:[ \t]+(?:II|III|IV)(?![\w'’-]))?"  # "Edward Vorderbrook III": a roman generation ends the name
_PARTICLE = r"(?:de|da|del|della|di|du|dos|das|van|von|der|den|la|las|los|le|al|el|bin|ibn)"
_TITLE = r"(?:Dr|Dra|Doctor|Prof|Professor|Բժիշկ)\.?"  # Armenian "Բժիշկ": doctor, as "Dr." before a name
# "MD" or "M.D.": each credential with optional dots between its letters.
_CREDS = "|".join(sorted((r"\.?".join(re.escape(ch) for ch in c) for c in CREDENTIALS), key=len, reverse=True))


def _credentials(text: str) -> tuple[str, ...]:
    """The credentials in ``text`` ("M.D., FAAP" -> ("MD", "FAAP"))."""
    return tuple(c for c in re.findall(r"[A-Za-z-]+", text.replace(".", "")) if c.upper() in CREDENTIALS)


NAME = re.compile(
    r"(?<![\w'’-])"
    rf"(?:(?P<title>{_TITLE})[ \t]+)?"
    rf"(?P<name>{_WORD}{_QUOTED}{{0,2}}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}{_SET_OFF_INSIDE}){{1,4}}{_GENERATION})"
    rf"(?P<creds>(?:(?<=Jr|Sr)\.)?(?:,?[ \t]+(?:{_CREDS})\b\.?)+)?"  # "J.W. Marchbanks Jr., D.O."
)
_STATE_AFTER = re.compile(rf",\s*(?:{STATE_CODES}|{STATE_WORDS})\b")
_NUMBER_NEXT = re.compile(r"^\.?[ \t]+\d")
_ROMAN_GENERATIONS = frozenset({"II", "III", "IV"})  # "TATE, JAMES ROBERT III": the generation stays III
_ALL_CAPS = re.compile(rf"^[{UPPER}]{{2,}}$")


def nickname_form(span: NameSpan) -> tuple[str, ...]:
    """The name as its quoted nickname writes it ("Peggy Doyle" for Margaret "Peggy" Doyle), if any."""
    if not span.nickname:
        return ()
    words = span.name.split()
    # 'H. Edward "Ned" Vorderbrook III' is Ned Vorderbrook III: the generation stays after the family name it follows.
    generation = [words.pop()] if len(words) > 2 and words[-1].strip(".").lower() in _GENERATION_WORDS else []
    return (" ".join([span.nickname, words[-1], *generation]),)


_GENERATION_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True)
class NameSpan:
    """A name found in text: as written (without title and credentials), the title, credentials and where."""

    name: str
    titled: bool
    credentials: tuple[str, ...]
    start: int
    end: int
    nickname: str = ""  # a quoted nickname inside the name: Margaret "Peggy" Doyle -> "Peggy"


def _unquoted(name: str) -> str:
    """The name without a quoted nickname: 'Margaret "Peggy" Doyle' is Margaret Doyle."""
    return re.sub(r"\s+(?:[\"“‘'][^\"”’']+[\"”’']|\([^()\s]+\))", "", name)


def _nickname(name: str) -> str:
    found = re.search(r"\s[\"“‘']([^\"”’']+)[\"”’']", name)
    return found.group(1).strip() if found else ""


def _opener(word: str, openers: AbstractSet[str]) -> bool:
    """The word opens a phrase, not a name: "A Roe story", "The", "Attending". A capital with its period is
    an initial, never the article: "A. T. Roe, MD"."""
    return word.lower().strip(".") in openers and not re.fullmatch(r"[A-Z]\.", word)


def _clean(words: list[str]) -> list[str]:
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in CUT), None)
    words = words[:cut] if cut is not None else words
    cut = next((i for i, w in enumerate(words) if i >= 1 and w.lower().strip(".,:;!?") in HEADLINE_BREAK), None)
    words = words[:cut] if cut is not None else words
    while words and _opener(words[0], NOT_GIVEN | ROLES):
        words = words[1:]  # "Respondent James Hargrove", "Attending Physician Peggy Doyle"
    if len(words) >= 3 and words[0].lower().strip(".,!") in GREETINGS and given_name(words[1]):
        words = words[1:]  # "Congrats Libby Tollefsen", "Thanks Ana Reyes": a greeting before the name
    return words


# A profession written after a name, as a display name adds it ("Dr Faith Summers Rheumatologist").
PROFESSIONS = (
    r"doctor|physician|clinician|surgeon|p(?:a?)ediatrician|obstetrician|[a-z]+(?:ologist|iatrist)|internist"
    r"|hospitalist|allergist"
)
_PROFESSION = re.compile(rf"^(?:{PROFESSIONS})$", re.I)


def _without_profession(words: list[str], titled: bool = False) -> list[str]:
    """``words`` without the profession a display name ends with ("Faith Summers Rheumatologist"), when the name
    is titled or opens with a given name ("Vermont Family Physician" is an award's words, not a name)."""
    if not words or not (titled or given_name(words[0])):
        return words
    while len(words) > 2 and _PROFESSION.match(words[-1].strip(".,")):
        words = words[:-1]
    return words


def _plausible(words: list[str]) -> bool:
    """Two to five words, the last a real word (not an initial, not an acronym like "ER" or "TX")."""
    if len(words) > 2 and words[-1].strip(".") in ("Jr", "Sr", *_ROMAN_GENERATIONS):
        words = words[:-1]  # "Edward Vorderbrook III": the family name is the word before the generation
    if not 2 <= len(words) <= 5:
        return False
    last = words[-1]
    if len(last.rstrip(".")) < 2 or _ALL_CAPS.match(last) or last.lower() in NOT_FAMILY:
        return False
    first = words[0].rstrip(".")
    if first.upper() in US_STATES and len(first) == 2:
        return False
    # "Barton Springs Internal Medicine" is a practice, not a person with a word too many.
    return not any(w.lower().strip(".") in NOT_FAMILY | ROLES for w in words)


def names_in(text: str) -> list[NameSpan]:
    """Every name-shaped phrase in ``text``, in order; titled ones ("Dr. ...") are the surest."""
    from footprint.extract.name_orders import GEORGIAN_WORD, georgian_names, turned, uncapitalised

    text = uncapitalised(text)
    out: list[NameSpan] = []
    found = turned(text)
    turned_spans = [m for m, *_ in found]
    for m, name, creds in found:
        out.append(NameSpan(name, False, creds, m.start(), m.end()))
    if not text.isascii() and GEORGIAN_WORD.search(text):
        out += georgian_names(text)
    for m in NAME.finditer(text):
        if any(t.start() <= m.start() < t.end() for t in turned_spans):
            continue
        if organisation(text, m):
            continue  # "Saguaro Women's Health": an organisation's possessive, not a person
        before = text[max(0, m.start() - 12) : m.start()]
        numbered = re.search(r"(?<![\w#])\d+[ \t]*(?P<eol>\n)?\Z", before)
        if numbered and numbered.group("eol") and _PROSE_NEXT.match(text, m.end()):
            numbered = None  # "1. Culvert at mile 9" over "Ann Roe (12 Elm St) reported...": a sentence's subject
        if numbered and date_year_before(text, m.start()):
            numbered = None  # "On March 3, 2026 Sovann Chea, 44, opened": a date's year, no house number
        if numbered and not (m.group("title") and _NUMBERED.search(before)):
            # "412 Harborview Terrace": a street after its house number. A post's number ("#2 Dr. Ann Roe"), a
            # screen name's digits on the line above ("mom_of_3") and a post date's year before a titled name are
            # none. A number ending the line above is no house number when the name opens a sentence there; a
            # label under a figure ("12.4 mi" over "Moving Time") is still no one.
            continue
        titled = bool(m.group("title"))
        words = _without_profession(name_words(_clean(_unquoted(m.group("name")).split()), titled), titled)
        if len(words) >= 3 and not m.group("creds") and _STATE_AFTER.match(text[m.end("name") :]):
            words = words[:-1]  # "Dana R. Tucson, AZ": the last word is the city
        if dated(words, titled) and _NUMBER_NEXT.match(text[m.end("name") :]):
            words = words[:-1]  # "Awards Dinner Nov 2026": the last word is a date's month
        if len(words) >= 3 and kin_title(words[0]):
            words = words[1:]  # "Tita Malou Dimaculangan", "Uncle Lorcan Fitzmaurice": a kin word is no given name
        if len(words) == 1 and len(words[0].strip(".")) == 1:
            continue  # "calling Dr. Z Monday": a titled initial, which ``titled_families_in`` reads
        if family := titled_family(words, titled):
            out.append(NameSpan(family, True, (), m.start(), m.end()))  # "Dr. Souza Filho": a family name alone
            continue
        if len(words) == 1 and m.group("title") and words[0].lower() not in NOT_GIVEN | ROLES:
            # "Dr Oksana Infectious Disease": the field cut off leaves the titled name alone, "Dr. Oksana"
            out.append(NameSpan(f"Dr. {words[0]}", True, (), m.start(), m.end()))
            continue
        if not _plausible(words) or not_a_person_here(text, words, m):
            continue
        creds = _credentials(m.group("creds") or "")
        nick = _nickname(m.group("name"))
        out.append(NameSpan(" ".join(words), bool(m.group("title")), creds, m.start(), m.end(), nick))
    out += _partners(text, out)
    # A street address is no name, whatever its words: "14 Birch Hollow St, Tupelo, MS 38801" reads like a
    # name written family name first with a credential ("Hollow St, Tupelo, MS"), as any address in a state
    # whose code is a credential (MD, MS, PA) does.
    streets = [(a.start(), a.end()) for a in STREET_ADDRESS.finditer(text)]
    out = [n for n in out if not any(a <= n.start and n.end <= b for a, b in streets)]
    return sorted(out, key=lambda n: n.start)


# A name opening a sentence: its bracketed aside or a lower-case word follows it ("Ann Roe (12 Elm St) reported").
_PROSE_NEXT = re.compile(r"[ \t]*(?:\(|,?[ \t]+[a-z])")


# What a thread or a feed writes before a post's first words, not a house number: the post's number ("#2", as
# vBulletin and XenForo show it) or the year of its date ("June 11, 2026 Dr. Ann Roe ..."). A titled name after
# them is the post's first words.
_NUMBERED = re.compile(r"(?:#\d{1,6}|\b(?:19|20)\d\d)\s*$")


# The partner's given name, or an initial before another ("L. & G. Pennington", as minutes and deeds write a couple);
# a hyphenated given name whole ("Drs. Jean-Robert and Nadège Desrosiers").
_PARTNER = re.compile(
    rf"(?<![\w'’.-])(?P<given>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*|[{UPPER}]\.)[ \t]*(?:&|\band\b)[ \t]*$"
)


def _partners(text: str, found: list[NameSpan]) -> list[NameSpan]:
    """The first of a couple named together ("Stewards: Chloé & Luc Bissonnette", "Ann and Tom Lee"): her given
    name with the family name the pair shares; a page naming both names each of them."""
    out = []
    for span in found:
        words = span.name.split()
        m = _PARTNER.search(text[max(0, span.start - 40) : span.start])
        if len(words) < 2 or m is None:
            continue
        given = m.group("given")
        if given.lower() in NOT_GIVEN | NOT_FAMILY | ROLES or given.lower() in (words[0].lower(), words[-1].lower()):
            continue
        if given.endswith(".") != (len(words[0]) == 2 and words[0].endswith(".")):
            continue  # an initial pairs with an initial only: "L. & G. Pennington", not "A. & Tom Lee"
        # "Ann Pike and Bobby Tate", "Carl Moss and Ann Lee": the word before "and" ends a full name of its own,
        # so the list names two people; a name never spans a list's separator. ("Hosts Ann and Tom Lee" is a
        # couple: "Hosts Ann" is no full name.)
        given_end = max(0, span.start - 40) + m.end("given")
        if any(_full_name_ending(other, given_end, given) for other in found):
            continue
        start = span.start - (len(m.group(0)))
        out.append(NameSpan(f"{given} {words[-1]}", False, (), start, span.end))
    return out


def _full_name_ending(span: NameSpan, end: int, word: str) -> bool:
    """``span`` is a person's full name whose last word ``word`` ends at ``end``: it opens with a given name, or
    ``word`` is none."""
    words = span.name.split()
    if len(words) < 2 or not span.start < end <= span.end:
        return False
    return given_name(words[0]) or not given_name(word)


_TITLED_FAMILY = re.compile(
    rf"(?<![\w'’-])(?:Dr|Dra|Doctor)\.?[ \t]+(?P<family>{_WORD})"
    # "Dr. Isabel de la Cruz" and "Dr. Naomi R. Adler" are full names, not a family name after the title
    rf"(?![ \t]+(?:[{UPPER}][{LOWER}]|(?:{_PARTICLE}[ \t]+)+[{UPPER}]|[{UPPER}]\.?[ \t]+[{UPPER}][{LOWER}]))"
)


_NAME_GOES_ON = re.compile(rf"\.?[ \t]+[{UPPER}][{LOWER}]")  # "Dr. K. Moss": the initial of a given name


def titled_families_in(text: str) -> list[NameSpan]:
    """ "Dr. Harlow" with no given name, as patients and second references write a doctor: the family name
    alone, titled. Weak by itself; the matcher weighs it."""
    from footprint.extract.name_orders import uncapitalised

    out = []
    text = uncapitalised(text)
    for m in _TITLED_FAMILY.finditer(text):
        family = m.group("family")
        # "Dr. K at the rehab hospital", "-- Dr. G (peds derm)": a long family name shortened to its initial.
        initial = len(family) == 1 and family.isupper() and family != "I" and not _NAME_GOES_ON.match(text, m.end())
        words_ok = family.lower() not in NOT_GIVEN | NOT_FAMILY | ROLES and not _ALL_CAPS.match(family)
        if (len(family) > 2 and words_ok) or initial:
            out.append(NameSpan(f"Dr. {family}", True, (), m.start(), m.end()))
    return out


def _is_credential(word: str) -> bool:
    return word.split()[0].upper().replace(".", "") in CREDENTIALS


def name_at_start(segment: str) -> NameSpan | None:
    """The name a headline segment opens with ("Dr. Ann Lee - Austin, TX", "Lee, Ann (Texas)")."""
    from footprint.extract.name_orders import turned, uncapitalised

    text = uncapitalised(segment.strip())
    # A register's heading: "MCALLISTER, HAMILTON DOUGLAS JR.", "DE LA CRUZ, ISABEL", "Lee, Ann, MD", and every
    # middle name a register keeps ("DIMACULANGAN, MARIA LOURDES CRUZ": two given names and the mother's family name).
    inverted = re.match(
        rf"^((?:(?i:{_PARTICLE})\s+){{0,2}}{_WORD}(?:[ -]{_WORD})?),\s+({_WORD}(?:\s+{_WORD}){{0,2}})"
        rf"(?P<gen>,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?P<title>,?\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b\.?)?"
        rf"(?:,?\s+(?:{_CREDS})\b\.?)*\s*(?:\(|$)",
        text,
    )
    # "Anselm Vorderbrook, D.O.": a credential after the comma, dotted or not, is no given name.
    if inverted and inverted.group(1).upper() not in CREDENTIALS and not _is_credential(inverted.group(2)):
        family, given = inverted.group(1), inverted.group(2)
        plausible = _plausible([*given.split(), *family.split()]) and given.split()[0].lower() not in NOT_GIVEN
        if plausible and given.split()[0].upper() not in CREDENTIALS and given not in US_STATES.values():
            tail = text[inverted.end(2) : inverted.end()]
            creds = _credentials(tail)
            gen = (inverted.group("gen") or "").strip(" ,.")
            gen = f" {gen}." if gen in ("Jr", "Sr") else f" {gen}" if gen else ""
            # "O'SULLIVAN, DENIS P DR": a campaign-finance record's or a register's title after the name.
            titled = (inverted.group("title") or "").strip(" ,.").lower() in ("dr", "prof")
            return NameSpan(f"{given} {family}{gen}", titled, creds, 0, inverted.end())
    first = next((t for t in turned(text) if t[0].start() == 0), None)
    if first is not None:
        return NameSpan(first[1], False, first[2], 0, first[0].end())
    m = NAME.match(text)
    if not m or organisation(text, m):
        return None  # "Saguaro Women's Health": an organisation's possessive, not a person
    words = _unquoted(m.group("name")).split()
    if words and _opener(words[0], NOT_GIVEN):
        return None
    words = _without_profession(name_words(_clean(words), bool(m.group("title"))), bool(m.group("title")))
    end = m.end()
    if len(words) >= 3 and not m.group("creds") and _STATE_AFTER.match(text[m.end("name") :]):
        # "Wren A Halvorsen Portland, OR": the last word is the city, and the name ends before it.
        words = words[:-1]
        end = text.rindex(words[-1], 0, m.end("name")) + len(words[-1])
    if not _plausible(words) or thing(words, m):
        return None
    creds = _credentials(m.group("creds") or "")
    if _town_of_state(words, creds, text[m.end("name") :]):
        return None
    return NameSpan(" ".join(words), bool(m.group("title")), creds, m.start(), end, _nickname(m.group("name")))


# The states whose two-letter code is also a degree's: "Silver Spring, MD" (Maryland), "Bethlehem, PA" (Pennsylvania).
_STATE_AS_DEGREE = re.compile(r",\s*(MD|PA)\.?(?:\s+\d{5}(?:-\d{4})?)?\s*$")


def _town_of_state(words: list[str], creds: tuple[str, ...], after: str) -> bool:
    """A card's or a footer's "Silver Spring, MD": a town of Maryland and nothing after it, not a person with the MD
    degree (a physician's name is no town of the state its letters name)."""
    from footprint.match import geo

    found = _STATE_AS_DEGREE.match(after)
    return found is not None and creds == (found.group(1),) and geo.known(" ".join(words), found.group(1))
