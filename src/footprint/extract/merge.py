"""One record per person on a page: what every reading layer found about one name, merged.

The same person is often read several times on one page (schema.org, the
headline, a labelled block, the site's selectors). :func:`merge_people`
joins those into one :class:`~footprint.models.PersonRecord` while keeping
namesakes apart (two labelled cards, two ages), and
:func:`more_addresses` adds one record's addresses to another's without
repeating a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from footprint.identity import CREDENTIALS, fold
from footprint.models import Address, PersonRecord
from footprint.nameparse import TITLES


def merge_people(people: list[PersonRecord], cards: Sequence[PersonRecord] = ()) -> list[PersonRecord]:
    """One record per person: the same name from markup and embedded JSON is merged, not listed twice.

    ``cards`` are the records a site's selectors read. Two cards are two
    people even under one name (namesakes on a people-search list); a card
    only joins a structured record of its name. A record that names nobody
    (a field read from an attribute: an NPI, a phone) belongs to the page's
    one named person when there is exactly one.
    """
    merged: dict[str, PersonRecord] = {}
    for person in people:
        key = merge_key(person.name) or f"#{len(merged)}"
        known = merged.get(key)
        if known is not None and _two_people(known, person):
            key = f"{key}#{len(merged)}"  # namesakes on one page: "Ann Lee, 41" and "Ann Lee, 44"
            known = None
        merged[key] = person if known is None else _fill(known, person)
    joined: set[str] = set()
    for card in cards:
        key = merge_key(card.name)
        # A card joins one record of its name the reading layer found (the same card read twice), once.
        into = next((k for k in merged if key and k.split("#")[0] == key and k not in joined
                     and not _other_age(card, merged[k])), None)  # fmt: skip
        if into is not None:
            known = merged[into]
            marked = known.read_from[:1] in (("record:schema.org",), ("record:embedded JSON",))
            # A selector overrides what the generic layer read; markup stays first.
            merged[into] = _fill(known, card) if marked else _fill(card, known)
            joined.add(into)
        else:
            merged[f"{key}#{len(merged)}" if key else f"#{len(merged)}"] = card
    _headline_into_records(merged)
    named = [k for k in merged if not k.startswith("#")]
    if len(named) == 1:
        for key in [k for k in merged if k.startswith("#")]:
            merged[named[0]] = _fill(merged[named[0]], merged.pop(key))
    return list(merged.values())


_HEADLINE = frozenset({"name:title", "name:h1", "name:og:title"})


def _headline_into_records(merged: dict[str, PersonRecord]) -> None:
    """A name read only from the page's headline ("Colette Abernathy in South Carolina") that a labelled
    record below gives with a middle initial ("Colette R Abernathy, 29") is that record, or the results
    page's query when several records share it: never a person of its own, whom the page's places and
    relatives would all describe. One record takes the headline's fields; several drop it."""
    records = {k: p for k, p in merged.items() if "record:labelled text" in p.read_from[:1]}
    for key, person in list(merged.items()):
        if not person.read_from or not set(person.read_from) <= _HEADLINE or key not in merged:
            continue
        ends = _ends(key.split("#")[0])
        fits = [k for k in records if k != key and ends and _ends(k.split("#")[0]) == ends]
        if not fits:
            continue
        del merged[key]
        if len(fits) == 1:
            merged[fits[0]] = _fill(merged[fits[0]], person)


def _ends(key: str) -> tuple[str, str] | None:
    """The first and last words of a merge key ("colette r abernathy" → colette, abernathy)."""
    words = key.split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def _other_age(a: PersonRecord, b: PersonRecord) -> bool:
    return a.age is not None and b.age is not None and a.age != b.age


def _two_people(a: PersonRecord, b: PersonRecord) -> bool:
    """Two records of one name that cannot be one person: both labelled records, or different ages."""
    both_cards = "record:labelled text" in a.read_from[:1] and "record:labelled text" in b.read_from[:1]
    return both_cards or (a.age is not None and b.age is not None and a.age != b.age)


def merge_key(name: str) -> str:
    """A name without its title and trailing credentials: "Dr. Ann Roe, MD" and "Ann Roe" are one person."""
    words = fold(name).split()
    credentials = {c.lower().replace("-", " ") for c in CREDENTIALS} | {"pa c"}
    while words and words[0] in TITLES:
        words.pop(0)
    while len(words) > 2 and words[-1] in credentials:
        words.pop()
    return " ".join(words)


def _fill(base: PersonRecord, more: PersonRecord) -> PersonRecord:
    return replace(
        base,
        credentials=tuple(dict.fromkeys((*base.credentials, *more.credentials))),
        specialties=tuple(dict.fromkeys((*base.specialties, *more.specialties))),
        addresses=more_addresses(base.addresses, more.addresses),
        phones=tuple(dict.fromkeys((*base.phones, *more.phones))),
        emails=tuple(dict.fromkeys((*base.emails, *more.emails))),
        npi=base.npi or more.npi,
        age=base.age if base.age is not None else more.age,
        birth_date=base.birth_date or more.birth_date,
        relatives=tuple(dict.fromkeys((*base.relatives, *more.relatives))),
        practice=base.practice or more.practice,
        handle=base.handle or more.handle,
        aliases=tuple(dict.fromkeys((*base.aliases, *more.aliases))),
        occupation=base.occupation or more.occupation,
        context=_contexts(base.context, more.context),
        read_from=tuple(dict.fromkeys((*base.read_from, *(f"{_field(r)}:{_layer(r)}" for r in more.read_from)))),
    )


def _contexts(base: str, more: str) -> str:
    """Both records' words about the person: a headline's and the sentence that mentions them ("a
    pediatrician in Fargo") are one person's, so the match reads both."""
    if not base or not more or more.split(" [page: ")[0] in base:
        return base or more
    return f"{base.split(' [page: ')[0]} · {more}"[:3000]


def more_addresses(base: tuple[Address, ...], more: tuple[Address, ...]) -> tuple[Address, ...]:
    """``base`` plus what ``more`` adds: a bare "City, ST" already in ``base`` adds nothing."""
    places = {(fold(a.city), a.state) for a in base}

    def key(a: Address) -> tuple[str, str, str]:
        return (fold(a.street), fold(a.city), a.state)

    # The same street read twice (a selector's card and the labelled block) is one address, with the
    # purpose ("home", "previous") of whichever says it.
    said = {key(a): a.purpose for a in more if a.street and a.purpose}
    kept = [replace(a, purpose=said.get(key(a), "")) if a.street and not a.purpose else a for a in base]
    streets = {key(a) for a in kept if a.street}
    extra = [
        a
        for a in more
        if (a.street and key(a) not in streets) or (not a.street and (fold(a.city), a.state) not in places)
    ]
    return tuple(dict.fromkeys((*kept, *extra)))


def _field(read_from: str) -> str:
    return "more" if read_from.startswith("record:") else read_from.split(":", 1)[0]


def _layer(read_from: str) -> str:
    return read_from.split(":", 1)[1] if ":" in read_from else read_from
