"""Facts only the subject has, written on a page: the NPI record's practice street or phone, the subject's own
phone, their known relatives, their licence number. Each function returns its score changes and reasons."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.models import NpiRecord, PersonRecord


def practice_on_page(record: NpiRecord | None, page_text: str) -> list[tuple[float, str]]:
    """The NPI record's practice street or phone written on the page (a practice's team page, a
    hospital's directory, its footer): the page is the subject's workplace's."""
    if record is None or not page_text:
        return []
    text = fold(page_text[:20_000])
    for address in record.addresses:
        words = fold(address.street).split()
        if len(words) >= 2 and words[0].isdigit() and f" {words[0]} {words[1]} " in f" {text} ":
            return [(0.15, f"the page shows the practice address of the NPI record: {address.street.title()}")]
    from footprint.extract.entities import normalise_phone, phones_in

    official = {normalise_phone(p) for p in record.phones} - {None}
    if official & set(phones_in(page_text[:20_000])):
        return [(0.1, "the page shows the practice phone of the NPI record")]
    return []


KIN = "the subject's relative"  # the words of a kin reason: relatives the subject is known by

PHONE = "same phone as the subject's record on another page"  # a phone is one person's


def phone_on_page(phones: tuple[str, ...], text: str) -> list[tuple[float, str]]:
    """The subject's own phone (as a confirmed broker's record lists it) written on a page that mentions them
    in running text ("call or text Oksana on her cell, 412-555-0181"): a phone is one person's."""
    if not phones or not text:
        return []
    from footprint.extract.entities import normalise_phone, phones_in

    mine = {n for p in phones if (n := normalise_phone(p))}
    shared = sorted(mine & set(phones_in(text[:20_000])))
    return [(0.15, f"{PHONE}: {shared[0]}, written on the page")] if shared else []


def _everyday(ends: tuple[str, str]) -> tuple[str, ...]:
    """A relative's name with each other form of the given name (nicknames, `given_names.yaml`): Dan Greene,
    Danny Greene for Daniel Greene. Forms of two letters or fewer are initials, not names."""
    from footprint.identity import given_name_forms

    first, last = ends
    return tuple(f"{g} {last}" for g in sorted(given_name_forms(first)) if g != first and len(g) > 2)


def _own(name: str) -> tuple[str, str] | None:
    """A person's given and last family name as ``_ends`` gives a relative's, titles and degrees left out."""
    from footprint.nameparse import parse_name

    parts = parse_name(name) if name.strip() else None
    return (parts.given, parts.family[-1]) if parts is not None and parts.given and parts.family else None


def _ends(name: str) -> tuple[str, str] | None:
    words = fold(name).split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def kin(
    relatives: tuple[str, ...], person: PersonRecord, page_text: str = "", *, broker: bool = False
) -> list[tuple[float, str]]:
    """The subject's known relatives named with this person: by full name on the page, or by given name
    among the person's own relatives or words ("mom of Lars"). ``broker``: a people-search page, whose text
    holds every record's relatives."""
    if not relatives:
        return []
    page = f" {fold(page_text[:20_000])} "
    own = f" {fold(' '.join((person.context, person.practice, *person.relatives)))} "
    listed = {_ends(r) for r in person.relatives} - {None}  # "Danielle M Kowalczyk" is "Danielle Kowalczyk"
    # A relative of the subject's who bears this person's own name is this person ("Dr. Reid Roe", the son a
    # broker lists beside his father): naming them says the page is about the relative, not beside the subject.
    own_name = _own(person.name)
    relatives = tuple(r for r in relatives if own_name is None or _ends(r) != own_name)
    for relative in relatives:
        full = fold(relative)
        # "Javier A Ortega" on the broker's record is "Javier Ortega" in a newsletter: the middle is often dropped.
        # On a broker's page of several records the page's text is every record's: there the short form
        # counts only in the record's own list; elsewhere (a newsletter thanking the husband) on the page.
        short = f" {' '.join(ends)} " if (ends := _ends(relative)) else f" {full} "
        # "Keo Sophea" for Sophea Keo: Khmer, Vietnamese, Chinese, Korean and Hungarian pages write the family name
        # first, as a temple's or an association's list does.
        swapped = f" {ends[1]} {ends[0]} " if ends else short
        on_page = f" {full} " in page or (not broker and (short in page or swapped in page))
        if len(full.split()) >= 2 and (
            f" {full} " in own or short in own or swapped in own or on_page or ends in listed
        ):
            return [
                (0.15, f"names {relative}, listed as {KIN} on another page"),
                *_second(relatives, relative, own, page, broker=broker),
            ]
        # "Daniel J Greene" on the broker's record is "Dan Greene" on a school's list: a relative's everyday name.
        everyday = _everyday(ends) if ends else ()
        said = next((e for e in everyday if f" {e} " in own or (not broker and f" {e} " in page)), "")
        if said:
            why = f"names {said.title()}, as {KIN} {relative} is named on another page"
            return [(0.15, why), *_second(relatives, relative, own, page, broker=broker)]
    for relative in relatives:
        given = fold(relative).split()[0] if relative.strip() else ""
        if len(given) >= 4 and f" {given} " in own:
            return [(0.1, f"names {given.title()}, as {KIN} {relative} is named on another page")]
    return []


def _second(relatives: tuple[str, ...], named: str, own: str, page: str, *, broker: bool) -> list[tuple[float, str]]:
    """A second relative of the subject's the page names by the given name, beside one it names by full name: "Ansel
    Korhonen and Eero (#17)" on a blog posted by Marit Korhonen. One relative's name may be a namesake family's too;
    a household of two is the subject's. ``own`` and ``page`` are folded and spaced; a broker's page counts only the
    record's own words."""
    first = fold(named).split()[0] if named.strip() else ""
    for relative in relatives:
        given = fold(relative).split()[0] if relative.strip() else ""
        if len(given) < 4 or given == first or len(fold(relative).split()) < 2:
            continue
        if f" {given} " in own or (not broker and f" {given} " in page):
            return [(0.1, f"names {given.title()} too, as {KIN} {relative} is named on another page")]
    return []


# The word a licence number is labelled with, as registers write it: "Lic. No.", "License #", "Licence Number",
# "Número de Licencia" (Puerto Rico's board), "Certificate". A board's lookup lays its record out as label and value
# cells, which read as "License No. · 388120" or "Licencia: MD-20417": a separator may stand between the two.
_LICENCE_WORD = r"\b(?:lic(?:en[cs](?:e|ia|a))?|licensee|certificate|certificado)\b\.?"

_LABEL_GAP = r"(?:\s*(?:(?:no|nr|num|number|n[uú]mero)\b\.?|#))?[\s:#·|]*"


def licence(record: NpiRecord | None, person: PersonRecord, alone_on: str = "") -> list[tuple[float, str]]:
    """The NPI record's state licence number written with the person ("Lic. No. 38112" on a board's list of
    actions, a licence lookup): that licence is the subject's. A number alone (a ZIP code) is not enough:
    a licence word or sign stands before it, or the number is written whole with the letters the registry
    gives it ("MD60301772" in a lookup's table, under a "Credential Number" header a row away). ``alone_on``: the
    text of a page that names this person alone (a board's lookup of one licensee, its cells read apart from the
    name): the number anywhere on it is the person's."""
    if record is None:
        return []
    for text in (person.context, alone_on):
        for written in record.licenses if text else ():
            digits = re.sub(r"\D", "", written).lstrip("0")
            if len(digits) < 4:
                continue
            said = re.search(rf"{_LICENCE_WORD}{_LABEL_GAP}[A-Z]{{0,3}}[\s.-]*0*{digits}\b", text, re.I)
            if said or _written_whole(written, text):
                return [(0.3, f"the NPI record's licence number {written} is given with the name")]
    return []


def _written_whole(licence: str, text: str) -> bool:
    """``licence`` in ``text`` as one token with its letters ("MD60301772", "MD-60301772"): a board's number
    for its licensee, which no ZIP code, phone or date is. Numbers without letters need the licence word."""
    letters = re.match(r"[A-Za-z]{1,4}", licence.strip())
    digits = re.sub(r"\D", "", licence)
    if letters is None or len(digits) < 5:
        return False
    return re.search(rf"(?<![\w-]){letters.group()}[\s.-]?{digits}(?![\w-])", text, re.I) is not None
