"""A ratings page headed by a business, not a person: "Willamette Bridge Psychiatry - Portland, OR - Yelp".

Patients review a small practice under its own name, and the page's title, ``og:title`` and ``<h1>``
give that name where a doctor's profile gives theirs. Read as a person, "Lakeshore Heart & Vascular"
became "Lakeshore Heart", a namesake whose family name is Heart. A headline name that ends in a
field or an organisation's word ("Psychiatry", "Heart", "Clinic", "Associates") or runs on with
"& Vascular" is the page's business: its name, street and phone, compared as the practice's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.non_name_words import NOT_FAMILY
from footprint.identity import CREDENTIALS, fold
from footprint.models import Address, PersonRecord
from footprint.specialties import groups_of

_HEADLINE = frozenset({"name:h1", "name:title", "name:og:title", "name:h2"})
# A site definition's name selector reads the page's own entity: on a business page, the business.
_ENTITY = _HEADLINE | {"record:site selectors"}


def business_name(person: PersonRecord, title: str) -> str:
    """The business's full name when ``person`` is a business read from the headline, else ""."""
    if not person.name.strip() or person.credentials or not set(person.read_from) <= _ENTITY:
        return ""
    words = person.name.split()
    last = fold(words[-1])
    runs_on = re.match(rf"{re.escape(person.name)}(?:\s*(?:&|\band\b)\s+[A-Z][\w'-]*)+", title.strip())
    if not (runs_on or last in NOT_FAMILY or groups_of(words[-1])):
        return ""
    return runs_on.group(0) if runs_on else person.name


def titled_business(title: str) -> str:
    """The title's first part when it names a business ("Red River Pediatrics - Fargo, ND - Reviews"), else ""."""
    head = re.split(r"\s+[-|–—]\s+", title.strip())[0].strip()
    words = head.split()
    if len(words) < 2 or "," in head or not all(w[:1].isupper() or w in ("&", "and", "of") for w in words):
        return ""
    if fold(words[0]) in ("dr", "doctor", "dra") or words[-1].rstrip(".").upper() in CREDENTIALS:
        return ""
    last = fold(words[-1])
    return head if "&" in words or last in NOT_FAMILY or groups_of(words[-1]) else ""


def split_business(
    people: list[PersonRecord], title: str, phones: tuple[str, ...], addresses: tuple[Address, ...]
) -> tuple[PersonRecord | None, list[PersonRecord]]:
    """The page's business (its name as ``practice``, its phone and street from the text where the headline
    gave none) and the people left, when its headline is a business's."""
    for i, person in enumerate(people):
        name = business_name(person, title)
        if name:
            business = replace(
                person, name="", practice=name, read_from=("record:headline business",),
                phones=person.phones or phones, addresses=(*person.addresses, *(a for a in addresses if a.street)),
            )  # fmt: skip
            same = fold(name)
            return business, [p for j, p in enumerate(people) if j != i and not same.startswith(fold(p.name) or "-")]
    headline = any(set(p.read_from) & _HEADLINE for p in people)
    name = "" if headline else titled_business(title)
    if name:
        business = PersonRecord(name="", practice=name, phones=phones, addresses=addresses, read_from=("record:title",))
        return business, people
    return None, people
