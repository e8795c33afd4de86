"""Names written otherwise than "Given Family" in running text: family name first, in capitals, in Georgian
script, or as initials that sign a letter.

A board order or a register writes "HARGROVE, JAMES T., M.D." (``uncapitalised`` gives it title case), a roster
"Carmody, Rick; Mott, Lorraine A.", a list row "Farrelly, Mary Colleen —", an East Asian or Hungarian name in a
Latin text "ZHOU Mingyu 周明宇, MD" (``turned``); Georgian, with one case, marks a name by its family name's ending
(``georgian_names``); a column signed "P.H.V., DO" names its writer by those initials wherever it writes them
(``initials_signed``, ``initials_in``). ``names`` reads the usual order and calls these.
"""

from __future__ import annotations

import re

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.names import (
    _CREDS,
    _PARTICLE,
    _ROMAN_GENERATIONS,
    _WORD,
    NameSpan,
    _credentials,
    _plausible,
)
from footprint.extract.non_name_words import NOT_FAMILY, NOT_GIVEN, ROLES
from footprint.extract.personhood import common_word, given_name
from footprint.identity import CREDENTIALS, US_STATES
from footprint.specialties import groups_of

_CAPS_RUN = re.compile(rf"(?:\b[{UPPER}][{UPPER}'’-]*\b\.?,?[ \t]+){{1,5}}[{UPPER}][{UPPER}'’-]+\b")


def uncapitalised(text: str) -> str:
    """Runs of capitalised words written in capitals ("HARGROVE, JAMES T., M.D.", "JAMES HARGROVE") in
    title case, as a board order or a licence register writes names; same length, so spans still fit.
    Credentials and state codes stay as they are."""

    def title(run: re.Match[str]) -> str:
        return re.sub(
            rf"[{UPPER}][{UPPER}'’-]+",
            lambda w: (
                w.group()
                if w.group().replace("-", "") in CREDENTIALS
                or w.group() in US_STATES
                or w.group() in _ROMAN_GENERATIONS
                else w.group().title()
            ),
            run.group(),
        )

    return _CAPS_RUN.sub(title, text)


# "Hargrove, James T., M.D." in running text: family name first, then a credential (without one, a
# comma between two names is a list, not one name turned round).
# A Dutch or Flemish name sorted under its main word keeps its particles after the given name ("Berg, Pieter van der":
# Pieter van der Berg), as Dutch lists and indexes write it (Nederlandse Taalunie, "achternamen met voorvoegsels").
_TRAILING_PARTICLES = rf"(?P<particles>(?:[ \t]+{_PARTICLE}(?![\w'’-]))+)?"
_INVERTED_CRED = re.compile(
    rf"(?<![\w'’-])(?P<family>{_WORD}(?:[ -]{_WORD})?),[ \t]+(?P<given>{_WORD}(?:[ \t]+{_WORD})?){_TRAILING_PARTICLES}"
    rf"(?:,?[ \t]+(?P<gen>Jr|Sr|II|III|IV)\b\.?)?"  # "McAllister, Hamilton Douglas, Jr., M.D."
    rf"(?P<creds>(?:,?[ \t]+(?:{_CREDS})\b\.?)+)"
)


# "Farrelly, Mary Colleen — Riverfront University Hospital": a list's or a record's row, family name first, then
# the row's separator. Without a credential the given name must be one the name lists know ("Brandt, Tyler"),
# so "Dallas, Texas —" stays a place.
_INVERTED_ROW = re.compile(
    rf"(?<![\w'’-])(?P<family>{_WORD}(?:[ -]{_WORD})?),[ \t]+(?P<given>{_WORD}(?:[ \t]+{_WORD})?){_TRAILING_PARTICLES}"
    rf"(?=[ \t]*(?:[—–|·(]|[ \t]-[ \t]))"
)
# "Carmody, Rick; Mott, Lorraine A.; Pike, J.": a list of names each family name first, set apart by semicolons, as
# rosters, member lists and author lists (APA, Chicago) write them. The comma inside each item and the semicolon
# between items say it is one list of turned names, not a list of words; two such items at least.
_LIST_INITIALS = rf"[{UPPER}]\.(?:[ \t]?[{UPPER}]\.)*(?=[\s;]|$)"  # "R.", "R. E.", "R.E." before a semicolon
_LIST_GIVEN = rf"(?:{_LIST_INITIALS}|{_WORD}(?:[ \t]+(?:{_LIST_INITIALS}|{_WORD}))?)"
_TURNED_ITEM = rf"{_WORD}(?:[ -]{_WORD})?,[ \t]+{_LIST_GIVEN}"
_INVERTED_LIST = re.compile(rf"(?<![\w'’-]){_TURNED_ITEM}(?:[ \t]*;[ \t]*{_TURNED_ITEM})+")
_INVERTED_ITEM = re.compile(rf"(?P<family>{_WORD}(?:[ -]{_WORD})?),[ \t]+(?P<given>{_LIST_GIVEN})(?=[ \t]*(?:;|$))")
# "ZHOU Mingyu 周明宇, MD", "KOVÁCS János": the family name first in capitals (East Asian and Hungarian usage
# in a Latin text), the given name, then perhaps the name in its own script; with a credential, a native form
# or a known given name, since an acronym before a word ("NASA Goddard") has the same shape.
_NATIVE = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}"
_FAMILY_FIRST = re.compile(
    rf"(?<![\w'’-])(?P<family>[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)[ \t]+"
    rf"(?P<given>[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+| [{LOWER}]+)?)(?![\w'’])"
    rf"(?![ \t]+[{UPPER}][{LOWER}])"  # "OB-GYN Caroline Pruitt": a label before a name in the usual order
    rf"(?P<native>[ \t]*\(?{_NATIVE}\)?)?"
    rf"(?P<creds>(?:,?[ \t]+(?:{_CREDS})\b\.?)+)?"
)


def turned(text: str) -> list[tuple[re.Match[str], str, tuple[str, ...]]]:
    """Names written family name first: "Hargrove, James T., M.D.", "Farrelly, Mary Colleen —", "ZHOU Mingyu,
    MD". Each with the name in the usual order and its credentials."""
    out = []
    for m in _INVERTED_CRED.finditer(text):
        if _plausible([*m.group("given").split(), *m.group("family").split()]):
            gen = m.group("gen") or ""
            gen = f" {gen}." if gen in ("Jr", "Sr") else f" {gen}" if gen else ""
            written = f"{m.group('given')}{_particles(m)} {m.group('family')}{gen}"
            out.append((m, written, _credentials(m.group("creds"))))
    for m in _INVERTED_ROW.finditer(text):
        given, family = m.group("given").split(), m.group("family").split()
        if any(t.start() <= m.start() < t.end() for t, *_ in out) or not _plausible([*given, *family]):
            continue
        if given_name(given[0]) and given[0].lower() not in NOT_GIVEN | ROLES:
            out.append((m, " ".join([*given, *_particles(m).split(), *family]), ()))
    for run in _INVERTED_LIST.finditer(text):
        for m in _INVERTED_ITEM.finditer(text, run.start(), run.end()):
            given, family = m.group("given").split(), m.group("family").split()
            if any(t.start() <= m.start() < t.end() for t, *_ in out) or not _plausible([*given, *family]):
                continue
            first = given[0].rstrip(".")
            initialled = len(first) == 1 or (len(given) > 1 and len(given[-1].rstrip(".")) == 1)  # "Yu T."
            if initialled and not given_name(first) and any(common_word(w) for w in family):
                continue  # "Large, X.": a word and a letter
            if (initialled or given_name(first)) and first.lower() not in NOT_GIVEN | ROLES:
                out.append((m, " ".join([*given, *family]), ()))
    for m in _FAMILY_FIRST.finditer(text):
        family, given = m.group("family"), m.group("given")
        if family in CREDENTIALS or family in US_STATES or any(t.start() <= m.start() < t.end() for t, *_ in out):
            continue
        if family.lower() in ROLES | NOT_FAMILY or groups_of(family):
            continue  # "ENT", "OB-GYN", "ICU": a field's or a ward's letters
        if m.group("creds") or m.group("native") or given_name(given.split()[0]):
            out.append((m, f"{given} {family.title()}", _credentials(m.group("creds") or "")))
    return out


def _particles(m: re.Match[str]) -> str:
    """The particles written after a turned name's given name (" van der"), "" for none."""
    return " " + " ".join(m.group("particles").split()) if m.group("particles") else ""


# A column, a letter or a newsletter piece signed with the writer's initials and credential ("P.H.V., DO",
# "D.R.S., M.D."): the initials are the writer, there and wherever the text names them again ("P.H.V. is a sleep
# physician in Salt Lake City"). Three or four dotted capitals, in any alphabet ("R.Ž.K., M.D."), that are no
# credential themselves ("M.D.").
_INITIALS = rf"(?<![\w.])(?P<initials>(?:[{UPPER}]\.[ \t]?){{2,3}}[{UPPER}]\.)"
_INITIALS_SIGNED = re.compile(rf"{_INITIALS}(?P<creds>(?:,?[ \t]+(?:{_CREDS})\b\.?)+)")


def initials_signed(text: str) -> dict[str, tuple[str, ...]]:
    """The initials that sign ``text`` with a credential ("P.H.V., DO"), each with its credentials."""
    out: dict[str, tuple[str, ...]] = {}
    for m in _INITIALS_SIGNED.finditer(text):
        initials = m.group("initials").replace(" ", "").replace("\t", "")
        if initials.replace(".", "") in CREDENTIALS or initials.replace(".", "") in US_STATES:
            continue  # "M.D., Ph.D.": a credential's letters; "D.C.": a place's
        out[initials] = tuple(dict.fromkeys((*out.get(initials, ()), *_credentials(m.group("creds")))))
    return out


def initials_in(text: str, signed: dict[str, tuple[str, ...]]) -> list[NameSpan]:
    """Each place ``text`` writes initials that sign it (``initials_signed``), as that writer's name."""
    out = []
    for m in re.finditer(_INITIALS, text):
        initials = m.group("initials").replace(" ", "").replace("\t", "")
        if initials in signed:
            out.append(NameSpan(initials, False, signed[initials], m.start(), m.end()))
    return out


# Georgian has one case, so no capital marks a name: its family names do, by the endings most of them carry,
# "-შვილი" (-shvili, "child of") and "-ძე" (-dze, "son of"). The name is that word with the word beside it, after it
# as lists and registers write a person family name first ("გელაშვილი ნინო"), before it as running text does.
GEORGIAN_WORD = re.compile(r"[\u10d0-\u10fa]+")
_GEORGIAN_FAMILY = re.compile(r"[\u10d0-\u10fa]{2,}(?:შვილი|ძე)")


def georgian_names(text: str) -> list[NameSpan]:
    """The names a Georgian text writes, each family name with the word after it and the word before it."""
    words = list(GEORGIAN_WORD.finditer(text))
    out: list[NameSpan] = []
    for i, w in enumerate(words):
        if not _GEORGIAN_FAMILY.fullmatch(w.group()):
            continue
        for a, b in ((w, words[i + 1] if i + 1 < len(words) else None), (words[i - 1] if i else None, w)):
            if a is None or b is None or text[a.end() : b.start()] not in (" ", "\t"):
                continue  # a comma, a line or a Latin word between: not one name
            if a is not w and _GEORGIAN_FAMILY.fullmatch(a.group()):
                continue  # two family names side by side: the pair after the first already holds them
            out.append(NameSpan(f"{a.group()} {b.group()}", False, (), a.start(), b.end()))
    return out
