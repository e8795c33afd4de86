"""Owners on a property, deed or tax record: "Owner: CHURCH PAUL R & CHURCH MIRIAM E".

County assessors, recorders and tax collectors write an owner the way deeds index them: in
capitals, family name first with no comma, a middle initial, co-owners joined by "&" (the
second often without the family name: "SMITH JOHN A & MARY B"), trust and estate words after
("TRUSTEE", "ETAL", "LIV TR"). Each owner becomes a record in reading order ("Mary B Smith"),
with the property's and the mailing address the record gives, and the other owners as kin.
A business owner ("RIVERBEND HOLDINGS LLC") is nobody.
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.entities import parse_address
from footprint.extract.non_name_words import NOT_FAMILY
from footprint.identity import CREDENTIALS
from footprint.models import Address, PersonRecord

LAYER = "record:property owner"
_OWNER_LABEL = re.compile(
    r"^(?:current\s+|primary\s+|deeded\s+|record\s+)?(?:owner(?:\(s\)|s)?|owner\s*(?:name|\d)|owners?\s+of\s+record"
    r"|taxpayer|grantee|property\s+owner)\s*(?:name)?\s*[:\-–]?\s*(?P<value>.*)$",
    re.I,
)
_ADDRESS_LABEL = re.compile(
    r"^(?:property|site|situs|parcel|mailing|owner)\s+(?:address|location)\s*[:\-–]?\s*(?P<value>.*)$", re.I
)
# Words of a deed's index that are no part of a person's name.
_DEED_WORDS = {
    "etal", "et", "al", "etux", "ux", "etvir", "vir", "tr", "trs", "ttee", "ttees", "trustee", "trustees", "trust",
    "liv", "living", "rev", "revocable", "estate", "est", "of", "the", "jtrs", "jt", "jtwros", "tenants", "life",
    "h/w", "hw",
}  # fmt: skip
BUSINESS = {
    "llc", "inc", "corp", "co", "company", "lp", "llp", "ltd", "holdings", "properties", "partners", "bank",
    "ministries", "baptist", "parish", "association", "assn", "hoa", "county", "city", "state", "family",
}  # fmt: skip
_GENERATIONS = {"JR": "Jr.", "SR": "Sr.", "II": "II", "III": "III", "IV": "IV"}
_MAX_LINES = 3


def people(lines: list[str], title: str = "") -> list[PersonRecord]:
    """The owners an owner line names, each with the record's addresses and the other owners as kin."""
    for i, line in enumerate(lines):
        found = _OWNER_LABEL.match(line.strip())
        if found is None:
            continue
        value = found.group("value").strip()
        after = lines[i + 1 : i + 1 + _MAX_LINES]
        taken = 0
        if not value or value.endswith("&"):
            for more in after:
                if not _capitals(more):
                    break
                value = f"{value} {more.strip()}".strip()
                taken += 1
                if not more.rstrip().endswith("&"):
                    break
        family = _particles_joined(value.split())[:1]
        for more in lines[i + 1 + taken : i + 1 + _MAX_LINES]:
            # "LEE ANN M" over "LEE JOHN R": an assessor's co-owners one a line, each family first.
            if not family or not _capitals(more) or more.strip() == value:
                break
            turned = _particles_joined(more.split())
            if (
                turned[:1] != family
                and not _family_first(turned)
                and not (_COMMA_FORM.match(value) and _COMMA_FORM.match(more.strip()))
            ):
                break
            value = f"{value} & {more.strip()}"
            taken += 1
        names = owners(value)
        if not names:
            continue
        rest = lines[i + 1 + taken : i + 1 + taken + 12]
        addresses = _addresses(rest)
        context = " · ".join([line.strip(), *lines[i + 1 : i + 1 + taken], *rest[:6]])
        return [
            PersonRecord(
                name=name,
                addresses=addresses,
                relatives=tuple(n for n in names if n != name),
                context=f"{context} [page: {title}]" if title else context,
                read_from=(LAYER,),
            )
            for name in names
        ]
    return []


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not re.search(r"\d", line)


def owners(value: str) -> list[str]:
    """ "CHURCH PAUL R & CHURCH MIRIAM E" → ["Paul R Church", "Miriam E Church"]; "SMITH JOHN A & MARY B" →
    ["John A Smith", "Mary B Smith"]. Only a value written in capitals, as deeds index names, is read."""
    if not _capitals(value):
        return []
    parts = [p for p in re.split(r"\s*(?:&|\bAND\b|;|/)\s*", value) if p.strip()]
    if _COMMA_FORM.match(value):
        # "GREENE,DANIEL J NISHIMOTO,HARUKA A": each owner family name, comma, given names; a word before a comma
        # opens the next owner.
        parts = [q for p in parts for q in re.split(r"\s+(?=[A-Z][A-Z'-]*\s*,)", p) if q.strip()]
    out: list[str] = []
    family = ""
    for part in parts:
        if "," in part:
            family = ""  # the comma says where the family name ends: this owner's own
            part = part.replace(",", " ", 1)
        words = [w for w in re.findall(r"[A-Z][A-Z'-]*", part) if w.lower() not in _DEED_WORDS]
        if any(w.lower() in BUSINESS | NOT_FAMILY for w in words):
            return out
        generation = next((_GENERATIONS[w] for w in words if w in _GENERATIONS), "")
        words = _particles_joined([w for w in words if w not in _GENERATIONS and w.replace("-", "") not in CREDENTIALS])
        own_family = len(words) >= 2 and (words[0] == family or _family_first(words))
        if _double_family(words):  # "FERREIRA LIMA ANA PAULA": two family names before the given names
            words = [f"{words[0]} {words[1]}", *words[2:]]
        if not family or own_family:
            if len(words) < 2:
                return out
            family, words = words[0], words[1:]
        if not words or len(words) > 3 or all(len(w) < 2 for w in words):
            continue
        name = " ".join(w.title() if len(w) > 1 else w for w in [*words, family.title()])
        out.append(f"{name} {generation}".strip())
    return out


# An owner written as a register writes a person, family name first before a comma: "GREENE,DANIEL J" or
# "NISHIMOTO, HARUKA A" (one word, or particles and a word, before the comma).
_COMMA_FORM = re.compile(r"^(?:(?:VAN|VON|DER|DEN|DE|DEL|DA|LA)\s+)*[A-Z][A-Z'-]+\s*,\s*[A-Z]")


# Particles that open a family name in a deed's index ("VAN DER BERG PIETER J", "DE LA CRUZ ISABEL"): the family
# name is the particles and the word after them. Not "LE", "DU", "DI" or "AL", family names of their own
# (Vietnamese Le, Chinese Du and Di) or an article a given name follows.
_DEED_PARTICLES = frozenset({"VAN", "VON", "DER", "DEN", "TER", "TEN", "DE", "DEL", "DELLA", "DA", "DOS", "DAS", "LA"})


# Short words inside a name that are no family name of their own: Vietnamese "VAN" and "THI" before a given name
# ("NGUYEN THI HANG"), Arabic "BIN", "AL".
_SHORT_PARTICLES = frozenset({"LE", "DU", "DI", "AL", "EL", "BIN", "IBN", "THI", "VAN"})


def _particles_joined(words: list[str]) -> list[str]:
    """ "VAN DER BERG PIETER J" as ["VAN DER BERG", "PIETER", "J"]: particles kept with the family name they open,
    when a given name still follows."""
    lead = 0
    while lead < len(words) and words[lead] in _DEED_PARTICLES:
        lead += 1
    if lead == 0 or len(words) < lead + 2:
        return words
    return [" ".join(words[: lead + 1]), *words[lead + 1 :]]


def _family_first(words: list[str]) -> bool:
    """A co-owner written with a family name of their own ("STERN AVRAHAM & BEN-DAVID YAEL M": a wife who kept her
    name): a hyphenated first word, or a first word no given-name list knows before a given name and an initial.
    "MARY B", "MARY ANN B" after "SMITH JOHN A &" share his family name."""
    from footprint.extract.personhood import given_name

    if len(words) < 2 or given_name(words[0]) or any(len(w) < 2 for w in words[:2]):
        return False
    return "-" in words[0].strip("-") or (len(words) == 3 and len(words[2]) == 1) or _double_family(words)


def _double_family(words: list[str]) -> bool:
    """A co-owner indexed under two family names, as Portuguese and Spanish names are ("FERREIRA LIMA ANA PAULA",
    "GARCIA LOPEZ MARIA E"): two words no given-name list knows, then a given name it knows."""
    from footprint.extract.personhood import given_name

    return (
        len(words) >= 3
        and all(len(w) > 1 and " " not in w and not given_name(w) for w in words[:2])
        and words[1] not in _DEED_PARTICLES | _SHORT_PARTICLES
        and given_name(words[2])
    )


# The record's own flag that the owner lives there: a homestead exemption granted, or owner-occupied, answered yes.
_LIVES_THERE = re.compile(r"^(?:homestead(?:\s+exemption)?|owner[\s-]occupied)\s*[:\-–?]?\s*(?P<value>.*)$", re.I)
_YES = re.compile(r"^(?:yes|y|true|granted|approved|active|✓)\b", re.I)


def _addresses(lines: list[str]) -> tuple[Address, ...]:
    """The property's and the mailing address written after the owner ("Property Address" then its line);
    both the same street is a house its owner lives in (owner-occupied), "home". So is the property's street
    alone, town or not, when the record grants it a homestead exemption or marks it owner-occupied."""
    out: list[Address] = []
    site: Address | None = None
    lives_there = False
    for i, line in enumerate(lines):
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        flag = _LIVES_THERE.match(line.strip())
        if flag is not None:
            lives_there = lives_there or bool(_YES.match(flag.group("value").strip() or after))
        found = _ADDRESS_LABEL.match(line.strip())
        if found is None:
            continue
        value = found.group("value").strip() or after
        if re.match(r"^\d+\s+\S", value):
            parsed = parse_address(re.sub(r"(?<=\d{5})-\d{4}\b", "", value))
            where = Address(parsed.street, parsed.city.title(), parsed.state, parsed.postal_code)
            if parsed.street and (parsed.city or parsed.postal_code):
                out.append(where)
            if parsed.street and site is None and not line.strip().lower().startswith(("mailing", "owner")):
                site = where
    streets = {a.street.upper() for a in out}
    if len(out) > 1 and len(streets) == 1:
        return (replace(out[0], purpose="home"),)
    if lives_there and site is not None:
        return (replace(site, purpose="home"), *(a for a in out if a.street.upper() != site.street.upper()))
    return tuple(dict.fromkeys(out))
