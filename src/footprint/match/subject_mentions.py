"""The subject's own name in a page's text, in a shape the generic reader reads as no person.

Community pages, programmes, rosters, minutes and a video's credits name several people, and write each as their
writer does: a Welsh, Irish or Dutch family name with its small particle ("Dr. Nia Pryce and Owain ap Rhydderch
of Dunmore", "Owain T. ap Rhydderch, MD" over a society's faculty list), a couple sharing one family name whose
first has an initial ("Petitioners: Thomas R. and Jane Whitlock, owners"), a household family name first inside a
sentence or a roster line ("Unit 9 (Brannock, Ellis & Mara) – second notice", "Brannock, Mara & Ellis – Ivy (9)
· timer"). The generic reader (``extract``) knows nobody, so it reads names by shape, and these shapes are also a
street's, a song's or a firm's: it leaves them out, and matching then judged the page on whoever else it names
("page lists 5 people; judged on Nia Pryce's own entry", or on a phrase that is no person at all).

Matching knows whom it looks for: the page's text is searched for the subject's own family name (as typed, as the
registry writes it, or a former one; any case, its particles spaced, hyphened or run together), and the given name
written next to it in one of those shapes is read as a mention of a person, its sentence as context, like any
other mention. Whether it is the subject is the matcher's work: the record is only what the page says. Nothing is
added to a page whose reader read a person of the subject's whole name already, to a broker's page (its relatives
lists name the subject on other people's records), to one person's own profile or listing that names its person (a
colleague's profile naming the subject among those she "works closely with"), to an account's page on a network,
nor for a family name a firm's or a place's word follows ("Whitlock Surgery").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.mentions import record_for, sentences
from footprint.extract.names import NameSpan
from footprint.extract.non_name_words import NOT_FAMILY
from footprint.extract.personhood import given_name
from footprint.identity import CREDENTIALS, fold
from footprint.match.name_fit import subject_names
from footprint.models import Extracted, Identity, PageKind, PersonRecord, Subject
from footprint.namematch import SubjectNames, fit

FULL = 0.85  # a whole given and family name (a nickname or the registry's name included): already read
ENOUGH = 0.5  # what a candidate must fit to be read: the given name (or a form of it) with the family name
_SKIPPED_KINDS = frozenset({PageKind.PEOPLE_SEARCH, PageKind.EXPORT_ITEM})
# One person's own page (a profile, a listing, a board's record): the other names in its text are that person's
# colleagues ("Works closely with Thomas R. Whitlock, MD"), reviewers or a business's owner, as the
# generic reader takes them; its text is read only when the page names nobody.
_ONE_PERSON_KINDS = frozenset({PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD})
# An account's page on a network is its holder's (their posts, their handle); a video's page names its channel as
# its publisher and credits the people in it in its description, as a programme does.
_NETWORK_KINDS = frozenset({PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST})
_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
_INITIAL = rf"[{UPPER}]\.?"
_TITLE = r"(?:Dr|Dra|Doctor|Prof|Professor)\.?"
# Before the family name: "Owain ap Rhydderch", "Dr. Owain T. ap Rhydderch", 'Thomas "Tom" Whitlock'.
_GIVEN_BEFORE = re.compile(
    rf"(?:(?P<title>{_TITLE})\s+)?(?P<given>{_WORD})(?:\s+(?:[\"“‘'][{UPPER}][{LOWER}]+[\"”’']|\([{UPPER}][{LOWER}]+\)))?"
    rf"(?:\s+(?P<middle>{_INITIAL}|{_WORD}))?\s+$"
)
# A couple before the family name they share: "Thomas R. and Jane Whitlock", "Ellis & Mara Brannock".
_COUPLE_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<given>{_WORD})(?:\s+(?P<middle>{_INITIAL}))?\s+(?:and|&)\s+{_WORD}(?:\s+{_INITIAL})?\s+$"
)
# The family name first: "Brannock, Ellis & Mara" (the spouse after "&"); not a list's next whole name ("Cai ap
# Rhydderch, Owain Evans and ...").
_GIVEN_AFTER = re.compile(
    rf"^,\s+(?P<given>{_WORD})(?:\s+(?P<middle>{_INITIAL}))?(?![\w'’-])(?!\s+{_WORD})"
    rf"(?:\s+(?:\([{UPPER}][{LOWER}]+\)\s+)?(?:&|and)\s+(?P<spouse>{_WORD})(?![\w'’-]))?"
)
_CREDS = re.compile(
    r"^(?:,?\s+(?:" + "|".join(sorted((re.escape(c) for c in CREDENTIALS), key=len, reverse=True)) + r")\b\.?)+"
)
# Words that open no given name: a sentence's or a list's own words before a name.
_NOT_GIVEN = frozenset(
    {"the", "and", "or", "of", "by", "for", "with", "from", "to", "at", "in", "on", "dear", "thanks"}
)
_NAMED_BEFORE = re.compile(rf"{_WORD}\s+$")  # a capitalised word right before the family name: a given name
_AROUND = 300  # characters of a long line on either side of the name, for its context
_MERGED = 1500  # characters of context kept for a person the page names several times


def with_subject_mentions(identity: Identity, page: Extracted) -> Extracted:
    """``page`` with a mention record for each place its text names the subject in one of the shapes above, when
    its reader read no person of the subject's whole name; else ``page`` as it is."""
    if page.kind in _SKIPPED_KINDS or page.from_api or not page.text or not identity.subject.family_name:
        return page
    named = [p for p in page.people if p.name.strip()]
    if page.kind in _ONE_PERSON_KINDS and named:
        return page
    if page.kind in _NETWORK_KINDS and (page.posts or page.photos or page.handle or any(p.handle for p in named)):
        return page
    names = _name_sets(identity)
    if not names or any(_fit(names, p.name) >= FULL for p in named):
        return page
    known = {fold(p.name) for p in page.people}
    found: dict[str, PersonRecord] = {}
    spans = sentences(page.text)
    for span in _candidates(page.text, names):
        if fold(span.name) in known:
            continue
        record = record_for(span, _sentence(page.text, spans, span.start), page.title)
        key = _person_key(span.name)
        found[key] = _merged(found[key], record) if key in found else record
    if not found:
        return page
    return replace(page, people=(*page.people, *found.values()))


def _person_key(name: str) -> str:
    """The given and family words of a name, its initials and title left out: "Dr. Owain T. ap Rhydderch" and
    "Owain ap Rhydderch" in two sentences of one page are one person written twice, not two who fit as well."""
    words = [w for w in fold(name).split() if len(w) > 1 and w not in ("dr", "dra", "doctor", "prof", "professor")]
    return " ".join(words)


def _merged(one: PersonRecord, other: PersonRecord) -> PersonRecord:
    """One record of a person the page names twice: the fuller name, both sentences, every credential."""
    name = max((one.name, other.name), key=len)
    context = one.context if other.context in one.context else f"{one.context} … {other.context}"[:_MERGED]
    return replace(
        one,
        name=name,
        credentials=tuple(dict.fromkeys((*one.credentials, *other.credentials))),
        specialties=tuple(dict.fromkeys((*one.specialties, *other.specialties))),
        addresses=tuple(dict.fromkeys((*one.addresses, *other.addresses))),
        relatives=tuple(dict.fromkeys((*one.relatives, *other.relatives))),
        context=context,
    )


def _name_sets(identity: Identity) -> tuple[SubjectNames, ...]:
    """The subject's names as typed, and as the registry writes them (a user who types "Reid" for THOMAS REID)."""
    out = [subject_names(identity.subject)]
    record = identity.npi_record
    if record is not None and record.first_name and record.last_name:
        full = " ".join(p for p in (record.first_name, record.middle_name, record.last_name) if p).title()
        out.append(subject_names(Subject(name=full, family_name=record.last_name.title())))
    return tuple(out)


def _fit(names: tuple[SubjectNames, ...], written: str) -> float:
    return max(fit(n, written).score for n in names)


def _families(names: tuple[SubjectNames, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for n in names:
        for family in (n.own.family, *(f.family for f in n.former)):
            if family and family not in out:
                out.append(family)
    return out


def _folded(text: str) -> str:
    """``text`` in small letters without accents, one character for each of ``text``'s (offsets kept)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or " "
        out.append(base.lower() if len(base.lower()) == 1 else ch)
    return "".join(out)


def _candidates(text: str, names: tuple[SubjectNames, ...]) -> list[NameSpan]:
    folded = _folded(text)
    out: list[NameSpan] = []
    for family in _families(names):
        # "ap gwilym", "ap-gwilym", "apgwilym": the words spaced, hyphened or run together.
        pattern = re.compile(r"(?<![\w'’-])" + r"[\s-]?".join(re.escape(w) for w in family) + r"(?![\w'’-])")
        for m in pattern.finditer(folded):
            written = text[m.start() : m.end()]
            if not any(c.isupper() for c in written) or written.isupper():
                continue  # "a leo" in prose, or a register's capitals (the generic reader's own)
            after = text[m.end() : m.end() + 40]
            next_word = re.match(r"\s+(\w+)", after)
            if next_word is not None and next_word.group(1).lower() in NOT_FAMILY:
                continue  # "Whitlock Surgery", "Rhydderch Hall": a place or a firm named for the family
            creds = _CREDS.match(after)
            credentials = tuple(re.findall(r"[A-Za-z]+", creds.group().replace(".", ""))) if creds else ()
            out += _before(text, m.start(), m.end(), written, names, credentials)
            out += _after(text, m.start(), m.end(), written, names)
    return sorted(out, key=lambda s: s.start)


def _accepted(names: tuple[SubjectNames, ...], given: str, middle: str, family: str) -> bool:
    if given.lower() in _NOT_GIVEN or given.lower() in NOT_FAMILY:
        return False
    return _fit(names, " ".join(w for w in (given, middle, family) if w)) >= ENOUGH


def _before(
    text: str, start: int, end: int, family: str, names: tuple[SubjectNames, ...], credentials: tuple[str, ...]
) -> list[NameSpan]:
    head = text[max(0, start - 60) : start]
    offset = max(0, start - 60)
    out = []
    m = _GIVEN_BEFORE.search(head)
    if m is not None:
        given, middle = m.group("given"), m.group("middle") or ""
        word = len(middle) > 1 and not middle.endswith(".")
        if word and not given_name(given) and _accepted(names, middle, "", family):
            given, middle = middle, ""  # "Skipper Owain ap Rhydderch": a word glued before the given name
        if _accepted(names, given, middle, family):
            name = " ".join(w for w in (given, middle, family) if w)
            out.append(NameSpan(name, bool(m.group("title")), credentials, offset + m.start("given"), end))
            return out
    c = _COUPLE_BEFORE.search(head)
    if c is not None and _accepted(names, c.group("given"), c.group("middle") or "", family):
        name = " ".join(w for w in (c.group("given"), c.group("middle") or "", family) if w)
        out.append(NameSpan(name, False, credentials, offset + c.start("given"), end))
    return out


def _after(text: str, start: int, end: int, family: str, names: tuple[SubjectNames, ...]) -> list[NameSpan]:
    m = _GIVEN_AFTER.match(text[end : end + 60])
    if m is None or _NAMED_BEFORE.search(text[max(0, start - 40) : start]):
        return []  # "Cai ap Rhydderch, Owain": the family name ends another's whole name
    for given, middle in ((m.group("given"), m.group("middle") or ""), (m.group("spouse") or "", "")):
        if given and _accepted(names, given, middle, family):
            name = " ".join(w for w in (given, middle, family) if w)
            return [NameSpan(name, False, (), start, end + m.end())]
    return []


def _sentence(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """The sentence (or line) the mention is in, and the next one when it goes on with a pronoun."""
    for i, (a, b) in enumerate(spans):
        if a <= at < b:
            # A roster or a programme run together on one line is no sentence: its part around the name.
            said = text[max(a, at - _AROUND) : min(b, at + _AROUND)].strip()
            after = text[spans[i + 1][0] : spans[i + 1][1]].strip() if i + 1 < len(spans) else ""
            if b - a <= 2 * _AROUND and re.match(r"^[\"'“]?(?:She|He|They|Her|His|Their)\b", after):
                said += " " + after[:_AROUND]
            return said
    return ""
