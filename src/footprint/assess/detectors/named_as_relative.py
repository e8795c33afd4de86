"""The subject named as someone's parent or relative, as a school's, a team's or a family's page writes it: "Jane Roe
(Emi's mom)", "Dr. Jane Roe, Ava and Eli's mom in Ms. Bell's 2nd grade", "Team manager Jane Roe (Erik T. #17)", "his
wife Dr. Yael", "Niamh and Orla's mam, Dr. Jane". Read by :func:`kinship.kin_sentence` before the sentences that tie a
named relative to the subject."""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.assess.detectors.kin_lists import school_page
from footprint.assess.detectors.kin_words import KIN, POSSESSOR, TITLE, business_partner
from footprint.assess.detectors.subject_text import NOT_GIVEN, names_of
from footprint.identity import fold, given_name_forms
from footprint.models import Match

# Whose parent, spouse or relative someone is, in brackets after their name, as a school's or team's list writes
# it: "Jane Roe (Emi's mom)", "Dr. Jane (Kai and Emi's mom)", "Sam Poe (Ava's grandpa)"; a newsletter adds the
# child's initial and grade or class: "Dr. Jane Roe (Maisie R.'s mom, 8th grade)".
# The child by a given name, with the family's initial or whole name: "Maisie R.", "Ines Halvorsrud".
_CHILD = r"[A-ZÀ-ÖØ-Þ][\w-]+(?:\s+[A-ZÀ-ÖØ-Þ]\.|\s+[A-ZÀ-ÖØ-Þ][\w-]+(?=['’]))?"
_WHOSE = re.compile(
    rf"(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*\(\s*(?P<kin>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*"
    r"['’]s?\s+(?i:mom|mommy|mum|mama|mother|dad|daddy|papa|father|parents?|wife|husband|spouse|grandma|grandpa"
    r"|grandmother|grandfather|nana|aunt|auntie|uncle|sister|brother|daughter|son))\s*[),;]"
    # A team's contact list or a booster roster writes the player a parent is there for, with the jersey
    # number: "Team manager Jane Roe (Erik T. #17)", "Sam Poe (Ava, #9)".
    rf"|(?P<parent>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*\(\s*(?P<player>{_CHILD},?\s+(?:#|No\.\s*)\d{{1,3}})\s*\)"
    # A school's thanks puts the relation after a comma: "Dr. Jane Roe, Ava and Eli's mom in Ms. Bell's 2nd grade".
    rf"|(?P<apposed>[A-ZÀ-ÖØ-Þ][\w'’-]+),\s+(?P<kin_apposed>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*"
    r"['’]s?\s+(?i:mom|mommy|mum|mama|mother|dad|daddy|papa|father|parents?|grandma|grandpa))\b"
)


# A school's newsletter thanks a parent, or two, with their child's name and class in brackets: "Jane Roe (June, Ms.
# Ortiz's 3rd grade)", "Jane Roe and Sam Poe (Tess, Primary Room 2)".
_PUPIL = re.compile(
    rf"(?P<pupil_parent>[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)?\s*"
    rf"\(\s*(?P<pupil>{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*),\s*[^()]{{0,40}}?"
    r"\b(?i:grade|room|class|kindergarten|pre-?k|preschool|homeroom|year\s+\d{1,2}|form\s+\d|\d{1,2}(?:st|nd|rd|th))\b"
    r"[^()]*\)"
)
# A child with their grade and teacher in brackets, as a parent writes their helpers on a school's sign-up: "Maren
# (1st, Mrs. Ortiz) and Anders (4th, Mr. Haugland)".
_CHILD_GRADE = (
    r"[\"“]?\s*(?P<pupil>[A-ZÀ-ÖØ-Þ][\w-]+)\s*\(\s*(?:\d{1,2}(?:st|nd|rd|th)(?:\s+grade)?|K|kindergarten|pre-?k)\s*,\s*"
    r"(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+\s*\)"
)


def whose_parent(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation in brackets right after the subject's name ("Haruka Greene (Emi's mom)"): the person
    named is the subject's relative. After anyone else's name it is theirs: the names are the subject's and
    the chosen person's, never a page's first person the match did not choose."""
    subject = ctx.identity.subject
    names = [subject.given_name or "", subject.family_name or "", *" ".join(subject.also_known_as).split()]
    names += m.result.person.name.split() if m.result.person is not None else []
    mine = {fold(n) for n in names if len(fold(n)) > 1} - NOT_GIVEN
    for found in _WHOSE.finditer(sentence):
        if fold(found.group("who") or found.group("parent") or found.group("apposed")) in mine:
            return found
    if school_page(m):
        for found in _PUPIL.finditer(sentence):
            if fold(found.group("pupil_parent")) in mine:
                return found
        family = re.escape(subject.family_name or "")
        said = re.search(rf"\b{family}\b[^()\d]{{0,40}}?{_CHILD_GRADE}", sentence) if family else None
        if said is not None:
            return said
    return None


# The subject named as someone's relative: "in honor of his wife Dr. Jane Roe's birthday", "my sister Jane is a
# resident there" (a brother's fundraiser), "Go raibh maith agaibh to Niamh and Orla's mam, Dr. Jane": the page
# names whose wife, sister or mother they are.
_AS_RELATIVE = re.compile(
    rf"(?P<kin>\b{POSSESSOR.replace('our)', 'our|my)')}\s+(?:[a-z]+\s+){{0,2}}(?i:{KIN})"
    rf"|{_CHILD}(?:(?:,\s*|\s+(?:and|&)\s+){_CHILD})*['’]s?\s+(?i:mom|mommy|mum|mam|mama|mother|dad|daddy|papa|father)"
    # A family's blog calls them by the relation, capitalised as a title: "Uncle Lorcan with Nora (15)", "Grandpa
    # Brose teaching Juniper (6) to cast".
    r"|\b(?:Uncle|Aunt|Auntie|Grandpa|Grandma|Granddad|Grandad|Grandpop|Granny|Gramps|Nana|Cousin)(?=\s+[A-Z][a-z]))"
    rf",?\s+{TITLE}(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
)


def subject_as_relative(ctx: Context, m: Match, sentence: str) -> re.Match[str] | None:
    """A relation whose relative is the subject, by a name of theirs ("his wife Dr. Yael", "my sister Shirin")."""
    mine = set(names_of(ctx, m)) - NOT_GIVEN
    for found in _AS_RELATIVE.finditer(sentence):
        named = fold(found.group("name"))
        if (named in mine or _given_form(ctx, named)) and not business_partner(found.group("kin"), sentence):
            return found
    return None


def _given_form(ctx: Context, word: str) -> bool:
    """``word`` is what a family calls the subject: an everyday form of the given name ("Brose" for Ambrose) or
    its clipping ("Raff" for Rafferty, at least four letters: "Al" is a dozen names)."""
    given = fold(ctx.identity.subject.given_name or "")
    if not given or not word:
        return False
    return word in given_name_forms(given) or (len(word) >= 4 and given.startswith(word))
