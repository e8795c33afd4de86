"""birth_date: an age or a birth date on a broker or a profile, a licence record's birth year, and a
birthday in a sentence about the subject on a community page or in the news ("after her 66th birthday on
March 3", "Jane Roe of Elm Drive turns 45 on November 14").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, site_name
from footprint.assess.detectors.card_ages import card_age
from footprint.assess.detectors.nearby import TEXT_KINDS, age_in_text
from footprint.assess.detectors.people import page_key, personal_page
from footprint.assess.detectors.records import around, sentences
from footprint.assess.detectors.subject_text import (
    FOLLOWS,
    KIN_KINDS,
    NAMED,
    NOT_GIVEN,
    PLACE_BEFORE,
    called_by_given,
    chosen_family,
    names_of,
    names_subject,
)
from footprint.identity import fold
from footprint.models import LISTING_KINDS, Finding, Match, PageKind, PersonRecord

# "three months after her 66th birthday on March 3": the person's own age and birthday in a sentence about them;
# a bulletin writes the name's possessive and the day in brackets: "Dr. Jane Roe's 50th birthday (November 3)".
_BIRTHDAY = re.compile(
    r"\b(?:her|his|their|(?P<owner>[A-ZÀ-ÖØ-Þ][\w-]+)['’]s)\s+(\d{2,3})(?:st|nd|rd|th)\s+birthday\b"
    r"(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b|\s*\(\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*\))?"
)


# A neighbourhood bulletin's birthday line: a name, where the person lives, and the age they reach ("Jane Roe of
# Elm Drive turns 45 on November 14", "Jane Roe, who turned 60 in May", "Neil Roe turned fifty on the 14th"). The
# name is right before the verb, with at most the street, the town or "who" between.
_TURNS = re.compile(
    r"(?:\s+(?:of|from|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?\s+(?:who\s+)?"
    r"(?:turns|turned|is turning|will turn)\s+(\d{2,3}|(?i:thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
    # An age ends the clause or is dated; "turned 180 degrees", "turned 40 patients away" are none.
    # Any case: a club's recap shouts "who turned 50 ON RACE DAY".
    r"(?=\s*(?:[.,;:!)(—–]|$|(?i:on|this|next|last|in|today|tomorrow|and)\b|(?i:years?\s+old)\b))"
    r"(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b)?"
)


# No practising physician is this young: a birthday age below it is a child's ("Ava Roe turns 10"), the subject's
# daughter's or a namesake's, never the subject's.
_ADULT = 25


_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _years(age: str) -> int:
    """An age in digits or in words ("fifty", "sixty-two"); 0 for words that are no age."""
    if age.isdigit():
        return int(age)
    tens, _, ones = age.lower().partition("-")
    return _TENS.get(tens, 0) + (_ONES.get(ones, 100) if ones else 0) if tens in _TENS else 0


def _turns(ctx: Context, m: Match, sentence: str) -> str:
    """The age a sentence gives the subject by their family name ("Grace Roe of Elm Drive turns 45 on November
    14"), the name the one right before the verb: the next name's age in the same line is the neighbour's. A
    given name that is none of the subject's is a relative's of the same family name ("Happy birthday to Ava Roe
    of Elm Drive, who turns 10"): their birthday is the family's news, not the subject's age."""
    family = ctx.identity.subject.family_name or ""
    chosen = m.person.name.split(",")[0].split()[-1:] if m.person is not None else []
    mine = {fold(w) for w in (family, *chosen) if len(w) > 1}
    for named in NAMED.finditer(sentence):
        if PLACE_BEFORE.search(sentence[: named.start()]) or not mine & set(fold(named.group()).split()):
            continue
        if _someone_else(ctx, m, named.group(), mine):
            continue
        found = _TURNS.match(sentence, named.end())
        if found is not None and _years(found.group(1)) >= _ADULT:
            return sentence[named.start() : found.end()]
    return ""


def _someone_else(ctx: Context, m: Match, name: str, families: set[str]) -> bool:
    """``name`` bears the subject's family name with a given name the subject does not go by: a relative."""
    from footprint.identity import given_name_forms

    subject = ctx.identity.subject
    own = set(names_of(ctx, m)) | given_name_forms(subject.given_name or "")
    own |= given_name_forms(subject.middle_name or "")
    given = [w for w in fold(name.replace(".", " ")).split() if w not in families and w not in NOT_GIVEN and len(w) > 1]
    return bool(given) and not own & set(given)


def birthday_sentence(ctx: Context, m: Match) -> tuple[str, str]:
    """(the birthday as written, its sentence) when a sentence about the subject on a community or news page
    gives their age by a birthday ("will retire June 30, three months after her 66th birthday on March 3")."""
    if m.page.kind not in KIN_KINDS:
        return "", ""
    previous = False
    chosen = chosen_family(m)
    for sentence in sentences(m.page.text):
        about = names_subject(ctx, sentence, chosen=chosen) or (previous and bool(FOLLOWS.match(sentence)))
        previous = about
        found = _BIRTHDAY.search(sentence)
        # "it was also Gus's 48th birthday": the given name the page calls the subject by, no one else's on it.
        found = found if about or (found is not None and called_by_given(ctx, m, found.group("owner") or "")) else None
        turned = _turns(ctx, m, sentence) if about and found is None else ""
        aged = _AT_AGE.search(sentence) if about and found is None and not turned else None
        if aged is not None and _ADULT <= int(aged.group("age")) < _OLDEST:
            turned = aged.group()
        if turned:
            return turned, around(sentence, turned)
        if found is not None and _other_generation(sentence[: found.start()], m):
            continue  # "celebrates Dr. J.W. Marchbanks Sr. on his 90th birthday": the father's, not Jr.'s
        if found is not None and int(found.group(2)) < _ADULT:
            continue  # "Dr. Roe's daughter Ava had her 10th birthday": a child's
        if found is not None:
            pronoun = found.group().split()[0]
            before = [
                n for n in NAMED.finditer(sentence[: found.start()]) if not PLACE_BEFORE.search(sentence[: n.start()])
            ]
            mine = set(names_of(ctx, m))
            if pronoun in ("her", "his") and before and not mine & set(fold(before[-1].group()).split()):
                continue  # "Dr. Roe toasted Dr. Poe on his 60th birthday": the colleague's
            if found.group("owner") and fold(found.group("owner")) not in mine:
                continue  # "Dr. Roe toasted Dr. Poe's 60th birthday"
            return found.group(), around(sentence, found.group())
    return "", ""


# An age told with what the person did at it: "She ran 3:39:52 at 46", "he summited Rainier at 52". Not a time, a
# distance, a speed or a place ("at 46 degrees", "at 46 mph", "at 46th").
_AT_AGE = re.compile(
    r"\b(?:ran|finished|won|swam|rode|biked|cycled|climbed|summited|hiked|qualified|raced|completed|placed|competed)\b"
    r"[^.;!?]{0,60}?\bat\s+(?:age\s+)?(?P<age>\d{2})\b(?![.:,]\d|\s*(?:%|°|percent|degrees?|mph|km|k\b|miles?|mi\b"
    r"|feet|ft\b|meters?|m\b|minutes?|min\b|seconds?|sec\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock|lbs?|pounds?|kg))",
    re.I,
)
_OLDEST = 100


_GENERATION = re.compile(r"\b(?:Sr|Jr|Senior|Junior|II|III|IV)\b\.?")


def _other_generation(text: str, m: Match) -> bool:
    """``text`` names a generation ("Sr.", "III") that the person the match chose does not bear: a father or a
    son of the same name."""
    own = {g.group().rstrip(".").lower() for g in _GENERATION.finditer(m.person.name if m.person else "")}
    return any(g.group().rstrip(".").lower() not in own for g in _GENERATION.finditer(text))


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
BIRTH = re.compile(
    r"\b(?:born(?: on| in)?|birthday(?: is)?|b-?day|d\.?o\.?b\.?|date of birth|birth ?date)\s*:?\s*"
    rf"((?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)|(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)|(?:(?:19|20)\d\d-\d\d-\d\d))",
    re.I,
)
# The person's own words giving their age or their birthday: "I just turned 40", "my 50th birthday", "happy
# birthday to me" (the post's date is the day), "today is my birthday". First person only: "the practice turned
# 25" and "our son turned 10" are not the subject's age.
OWN_BIRTHDAY = re.compile(
    r"\b(?:I(?:'m| am|’m)?(?:\s+just|\s+officially)?\s+turn(?:ed|ing)\s+(\d{2})\b"
    r"|my\s+(\d{2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)"
    r"|happy\s+(?:\d{2}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\s+to\s+me"
    r"|(?:it'?s|it’s|today is)\s+my\s+(?:\d{2}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day))",
    re.I,
)
# A year alone is a birth date only after "born" or "DOB" ("born in 1971"; "birthday 2025 trip" is not).
BORN_YEAR = re.compile(r"\b(?:born(?: in)?|d\.?o\.?b\.?|year of birth|birth year)\s*:?\s*((?:19|20)\d\d)\b", re.I)


# A birth date is short and holds a year, a day or a month: what a "Born" label reads otherwise is a birthplace.
_DATED = re.compile(
    r"\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)


def birth_date(ctx: Context, m: Match) -> Iterator[Finding]:
    yield from _licence_birth_year(ctx, m)
    personal = personal_page(ctx, m)
    # A ratings or directory profile that shows the doctor's age in its own field ("Age 52" by the name, as
    # doctor-rating sites print it) publishes it like a broker does (bench/blind/README.md, "The age
    # convention": an exact age is a birth date); its running text is the site's and the reviewers' words.
    listed = m.page.kind in LISTING_KINDS and m.result.decision.is_match
    # On any other page, only an age written right after the subject's name ("Jane Roe, 41, of Fargo").
    person = personal or (m.result.person if m.page.kind in TEXT_KINDS or listed else None)
    if personal is None:
        # A news story or a bulletin about the subject: "three months after her 66th birthday on March 3".
        birthday, sentence = birthday_sentence(ctx, m) if m.result.decision.is_match else ("", "")
        if birthday:
            title = f"Age or birth date written on {site_name(ctx, m.page.site_id)}"
            yield emit(ctx, m, "birth_date", birthday, title, sentence, key=page_key(m, birthday))
            return
    if person is None:
        yield from _wished_on_the_page(ctx, m)
        return
    # "Born: in Bergen, Norway, she came to Fargo ... in 2009." is a birthplace and a life story, not a date.
    born = person.birth_date if len(person.birth_date) <= 30 and _DATED.search(person.birth_date) else ""
    aged = f"Age {person.age}" if person.age and not _namesake_of_another_age(m, person) else ""
    shown = born or aged or ("" if listed else age_in_text(ctx, m)) or (card_age(m) if listed else "")
    excerpt = f"{person.name}: {shown}"
    if not shown and personal is not None and m.page.kind != PageKind.PEOPLE_SEARCH:
        text = f"{person.practice} {m.page.text}"
        said = BIRTH.search(text) or BORN_YEAR.search(text) or OWN_BIRTHDAY.search(text) or _wished(ctx, m, text)
        if said:
            age = next((g for g in said.groups() if g), "")
            shown = age if said.re is not OWN_BIRTHDAY else (f"Age {age}" if age else said.group())
            excerpt = text[max(0, said.start() - 80) : said.end() + 80]
    if not shown:
        yield from _wished_on_the_page(ctx, m)
        return
    title = f"Age or birth date listed on {site_name(ctx, m.page.site_id)}"
    # An age changes every year; the exposure (this site shows how old you are) does not.
    key = page_key(m, "age" if shown.startswith("Age ") else shown)
    yield emit(ctx, m, "birth_date", shown, title, excerpt, key=key)


# A friend's birthday wish with the age, to the subject by name: "Happy 34th to Dr. Chloe Roe", "Happy 50th
# birthday, Jane Roe!".
_WISH = re.compile(
    r"\bhappy\s+(\d{2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)?,?\s*(?:to\s+)?(?:(?:Dr|Doctor)\.?\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)",
    re.I,
)


def _wished(ctx: Context, m: Match, text: str) -> re.Match[str] | None:
    """A birthday wish giving the age, addressed to a name of the subject's."""
    subject = ctx.identity.subject
    names = {fold(n) for n in (subject.given_name or "", subject.family_name or "") if len(n) > 1}
    names |= {fold(w) for w in (m.person.name.split() if m.person is not None else []) if len(fold(w)) > 2}
    for found in _WISH.finditer(text):
        if names & set(fold(found.group("name")).split()):
            return found
    return None


def _namesake_of_another_age(m: Match, person: PersonRecord) -> bool:
    """A results table or roster (not a broker, whose records the match tells apart by their details) lists
    two people of the chosen person's name with different ages ("Rick Carmody, 69" and "Rick Carmody, 44" in
    one race): which age is the subject's is a guess."""
    if m.page.kind == PageKind.PEOPLE_SEARCH:
        return False
    name = fold(person.name)
    return any(p.age is not None and p.age != person.age and fold(p.name) == name for p in m.page.people)


# The board's own field, not prose: an order's "Patient A, born in 2015" is the patient's.
_BIRTH_FIELD = re.compile(
    r"\b(?:year of birth|birth ?year|date of birth|birth ?date|d\.?o\.?b\.?)\s*:?\s*"
    r"((?:19|20)\d\d\b|\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d\b)",
    re.I,
)


def _licence_birth_year(ctx: Context, m: Match) -> Iterator[Finding]:
    """A licensing board's page for one licensee prints their birth year or date in a field of its own ("Year of
    Birth 1980", "Birth Year 1978", "Date of Birth: 03/14/1975"), as several state boards do: public, and what
    account recovery asks for. A results page listing several licensees says nothing of whose it is. A court's
    or a county's record on a government site the catalog does not know ("Defendant date of birth 04-17-1982" on
    a traffic case) is the same field, when the record gives one date of birth: two are two parties'."""
    from footprint.assess.detectors.records import government_page

    official = m.page.kind == PageKind.OFFICIAL_RECORD
    if not (official or government_page(m)) or m.result.person is None:
        return
    if official and len({fold(p.name) for p in m.page.people if p.name}) > 1:
        return
    text = " ".join(m.page.text.split())
    fields = list(_BIRTH_FIELD.finditer(text))
    if not official and len({f.group(1) for f in fields}) != 1:
        return
    said = fields[0] if fields else None
    if said:
        born = said.group(1)
        where = "your licence record" if official else "a public record"
        title = f"Birth year or date on {where} on {site_name(ctx, m.page.site_id)}"
        excerpt = text[max(0, said.start() - 80) : said.end() + 40]
        yield emit(ctx, m, "birth_date", born, title, excerpt, key=page_key(m, born))


# Someone's birthday wish to the subject by name with the age they reach: "Happy birthday to the smartest person I
# know, Dr. Jane Roe, who ... 47 on 11/22", "Happy birthday, Jane Roe! 50 today". The age follows the name within
# the wish, with its day ("today", "on 11/22", "on March 3") or "turns".
_WISH_OPEN = re.compile(r"\bhappy\s+(?:birthday|bday|b-day)\b,?\s*(?:to\s+)?", re.I)
_AGE_ON_DAY = re.compile(
    rf"(?<![\w/.,:$#-])(\d{{2}})\s+(?:today|on\s+(?:\d{{1,2}}/\d{{1,2}}\b|{_MONTH}\s+\d{{1,2}}\b))|\bturns\s+(\d{{2}})\b",
    re.I,
)


def _wished_on_the_page(ctx: Context, m: Match) -> Iterator[Finding]:
    """A birthday wish to the subject with their age, on any page judged theirs but a broker's."""
    if not m.result.decision.is_match or m.page.kind == PageKind.PEOPLE_SEARCH:
        return
    age, wish = birthday_wish(ctx, m)  # "Happy birthday to Dr. Jane Roe ... 47 on 11/22"
    if age:
        title = f"Age or birth date written on {site_name(ctx, m.page.site_id)}"
        yield emit(ctx, m, "birth_date", age, title, wish, key=page_key(m, "age"))


def birthday_wish(ctx: Context, m: Match) -> tuple[str, str]:
    """(the age as written, the wish) when a post or page wishes the subject a happy birthday by full name or by
    title and family name, and gives the age they reach with its day."""
    subject = ctx.identity.subject
    given, family = subject.given_name or "", subject.family_name or ""
    if len(family) < 2:
        return "", ""
    name = re.compile(rf"\b(?:{re.escape(given)}\s+(?:[A-Z]\.?\s+)?|(?:Dr|Doctor)\.?\s+){re.escape(family)}\b", re.I)
    for text in [m.page.text, *(p.text for p in m.page.posts)]:
        for opened in _WISH_OPEN.finditer(text):
            wish = text[opened.start() : opened.end() + 240]
            named = name.search(wish)
            if named is None or named.start() - (opened.end() - opened.start()) > 80:
                continue  # the wish is to someone else; the subject named later is not its addressee
            if re.match(r"['’]s\b", wish[named.end() :]):
                continue  # "Happy birthday to Dr. Roe's practice, which turns 25": the practice's
            aged = _AGE_ON_DAY.search(wish, named.end())
            if aged is not None and int(aged.group(1) or aged.group(2)) >= _ADULT:
                end = re.search(r"[.!?](?:\s|$)|$", wish[aged.end() :])
                return wish[aged.start() : aged.end()].strip(), wish[: aged.end() + (end.start() if end else 0)]
    return "", ""
