"""The words kinship is written with, shared by the readers of family in a page's sentences (:mod:`kinship`,
:mod:`named_as_relative`): the kin terms of every register, a title before a name, the capitalised words that are a
time rather than a name, and "partner" in a sentence about work (a colleague, not a spouse)."""

from __future__ import annotations

import re

# Kinship terms of every register: the legal ("spouse"), the everyday ("hubby", "better half", "kiddos"), the
# step-, grand-, god- and -in-law forms, and birth order used as a noun ("our youngest, Ava").
KIN = (
    r"(?:(?:step|grand|god|great-grand)?(?:daughters?|sons?|children|kids|kiddos?|babies|baby)|wife|wifey|husband"
    r"|hubby|hubs|spouse|partner|better half|boyfriend|girlfriend|fianc[ée]e?|(?:grand|step|god)?mother"
    r"|(?:grand|step|god)?father|mom|mommy|mum|mama|momma|dad|daddy|papa|parents|twins|triplets|(?:step|half-)?"
    r"(?:brothers?|sisters?)|bro|sis|siblings?|nieces?|nephews?|cousins?|aunts?|auntie|uncles?"
    r"|grand(?:ma|pa|parents|baby|babies)|nana|(?:mother|father|brother|sister|son|daughter)s?-in-law|in-laws"
    r"|newborn|toddler|little ones|littles|(?:oldest|eldest|youngest|middle one|firstborn|first-born)"
    r"|(?:baby|little) (?:boy|girl|brother|sister))"
)
TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Elder|Deacon|Rev)\.?\s+)?"
# Capitalised words after "married" that are a time, not the partner: "married Saturday", "married in June"; and
# after "Wed", a forum post's date ("by jane_r » Wed Sep 16, 2026") or the next day of a timetable's header row
# ("Mon Tue Wed Thu Fri" on a clinic's call schedule, a class timetable, opening hours). "Sun" stays a name.
NOT_A_NAME = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Last|This|Next|In|On|At"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b"
)
NAME = TITLE + r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
POSSESSOR = r"(?i:her|his|their|our)"


_AT_WORK = re.compile(
    r"\b(?:dr\.?|m\.?d\.?|d\.?o\.?|practice|clinic|firm|business|company|medical|associates?|surgery|group|office"
    r"|colleague|co-?founder|joins?|joined|welcome)\b",
    re.I,
)


def business_partner(relation: str, sentence: str) -> bool:
    """ "My partner Dr. Lee joins the practice": a partner in a sentence about work is a colleague."""
    return bool(re.search(r"\bpartner\b", relation, re.I)) and bool(_AT_WORK.search(sentence))
