"""The people a community page names as a family, each under the family name written once.

A neighbourhood newsletter names a household by its family name and lists its members' given names in brackets
("The Roe family at 12 Elm Ave (Jane, Sam, Ava and Leo) won porch of the season"); an obituary names a married
relative with the spouse's given name in brackets before the family name ("his daughter Marit (Ansel) Roe of
Billings"). A church's or a club's thanks set the members off with commas after the family and its street ("many
thanks to the Roe family of Elm Avenue, Jane and Sam, for hosting the lunch"). No name-shaped phrase there is the
member's whole name, so a reader of names finds nobody, or only the relative: here each member is read as given
name and family name, at the place their given name is written (so their sentence is their context). A bracketed
word that is a nickname of the given name before it ('Margaret (Peggy) Doyle') is the person's own everyday name,
not a spouse.
"""

from __future__ import annotations

import re

from footprint.extract.names import NameSpan
from footprint.extract.states import state_code
from footprint.identity import fold, given_name_forms

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "The Roe family (Jane, Sam and Ava)", "the Roe household at 12 Elm Ave (Jane & Sam)": the brackets within the line.
# A sponsor list or a donor roll sets the members off with a dash or a colon instead ("The Roe Family – Jane, Sam,
# Ava & Leo"), the family word capitalised as a heading writes it.
_MEMBERS = rf"{_NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+){_NAME}){{1,8}}"
_FAMILY = re.compile(
    rf"\b[Tt]he (?P<family>{_NAME}) (?:[Ff]amily|[Hh]ousehold|[Cc]lan|crew|kids)\b"
    rf"(?:[^()\n.]{{0,80}}?\((?P<members>{_MEMBERS})\)|[ \t]*[–—:-][ \t]*(?P<listed>{_MEMBERS})\b"
    rf"|(?:[ \t]+(?:of|at|on|from|in)[ \t]+[^,()\n.;]{{1,60}}?)?,[ \t]*(?P<named>{_MEMBERS})(?=[ \t]*[,.;]))"
)
_MEMBER = re.compile(_NAME)
# "his daughter Marit (Ansel) Roe", "survived by her son Erik (Ann) Lund": kin words before a married relative's name.
_MARRIED = re.compile(rf"\b(?P<given>{_NAME}) \((?P<spouse>{_NAME})\) (?P<family>{_NAME})\b")
_KIN_BEFORE = re.compile(
    r"\b(?:daughters?|sons?|sisters?|brothers?|nieces?|nephews?|granddaughters?|grandsons?|grandchildren|children"
    r"|survived by|predeceased by|step(?:daughter|son)s?)\b[^.;]{0,60}$",
    re.I,
)


def members_in(text: str) -> list[NameSpan]:
    """Each member of a family the text lists under the family name, and each spouse an obituary brackets."""
    out: list[NameSpan] = []
    for m in _FAMILY.finditer(text):
        family = m.group("family")
        group = next(g for g in ("members", "listed", "named") if m.group(g))
        if group == "named" and any(state_code(w) for w in _MEMBER.findall(m.group(group))):
            continue  # "the Roe family of Denver, Colorado and Utah.": places after the family's town, no members
        for member in _MEMBER.finditer(m.group(group)):
            at = m.start(group) + member.start()
            out.append(NameSpan(f"{member.group()} {family}", False, (), at, at + len(member.group())))
    for m in _MARRIED.finditer(text):
        given, spouse = m.group("given"), m.group("spouse")
        if fold(spouse) in given_name_forms(given) or not _KIN_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # "Margaret (Peggy) Doyle": her own everyday name; no kin word before: not a relative's spouse
        out.append(NameSpan(f"{spouse} {m.group('family')}", False, (), m.start("spouse"), m.end("spouse")))
    return out
