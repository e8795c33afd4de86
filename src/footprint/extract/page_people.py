"""The people a page's layers read, made ready for merging and matching: the layer each came from, a thread's and a
post's writers, a broker's addresses as homes, the text's phones, e-mails and ages for a one-person page."""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract import media, merge, social
from footprint.extract.entities import TextEntities, normalise_phone
from footprint.models import PersonRecord, Post

# Posts whose whole text is looked for on the page (a feed of hundreds is not searched once per post).
FULL_POSTS = 20


def writers_read(marked: list[PersonRecord], writers: tuple[PersonRecord, ...]) -> list[PersonRecord]:
    """A thread's schema.org post authors, each replaced by the writer its markup reads under the same screen
    name, who has more: the name their sign-off or the forum shows, and their post as their context."""
    by_handle = {w.handle: w for w in writers if w.handle}
    out = []
    for person in marked:
        screen = person.handle or person.name
        writer = by_handle.get(screen) if media.AUTHOR_MARK in person.read_from else None
        out.append(replace(writer, read_from=person.read_from) if writer is not None else person)
    return out


def writers_named(people: list[PersonRecord], posts: tuple[Post, ...]) -> list[PersonRecord]:
    """A post whose writer introduces themself by name ("Chloé Bissonnette here", "This is Dr. Jane Roe")
    under a screen name ("DrChloeB") is that person's: their record is marked as a post's writer, with
    the screen name as their handle on the page."""
    out = list(people)
    for post in posts[:FULL_POSTS]:
        named = media.self_named(post.text)
        at = next((i for i, p in enumerate(out) if named and merge.merge_key(p.name) == merge.merge_key(named)), None)
        if at is None or not post.author:
            continue
        person = out[at]
        handle = person.handle or (post.author if " " not in post.author.strip() else "")
        out[at] = replace(person, handle=handle, read_from=tuple(dict.fromkeys((*person.read_from, media.AUTHOR_MARK))))
    return out


def lives_at(person: PersonRecord) -> PersonRecord:
    """A broker's schema.org Person has an ``address``, which schema.org calls a practice's on a physician's
    profile: on a people-search page it is where the person lives."""
    if "record:schema.org" not in person.read_from:
        return person
    homes = tuple(replace(a, purpose="home") if a.purpose == "practice" else a for a in person.addresses)
    return replace(person, addresses=homes)


def marked_from(person: PersonRecord, layer: str) -> PersonRecord:
    # A name field that adds a tagline after a separator ("Dr. Bea | high-risk OB") holds the name before it; the
    # tagline is the account's own words of itself, as a bio is ("Dr. Meg | work injury doc").
    if person.name:
        said = social.tagline(person.name)
        kept = person.context if said in person.context else " · ".join(t for t in (said, person.context) if t)
        person = replace(person, name=social.display_name(person.name), context=kept)
    return person if person.read_from else replace(person, read_from=(f"record:{layer}",))


def only_mentioned(person: PersonRecord) -> bool:
    """A person the page names only inside a sentence of its running text ("Thanks to Zora Quillfeather for the
    fields"): the page's phones, e-mails and addresses are its writer's or its organisation's, not theirs. A
    line that opens with the name ("Zora Quillfeather, Fargo, ND. Phone ...") or gives it after a label
    ("Property owner: Wendell Marchbanks (270) 555-0186") is a record of that person."""
    if not person.read_from or any(r != "name:text" for r in person.read_from):
        return False
    at = person.context.find(person.name)
    return at > 0 and bool(re.search(r"[a-z]{2,}[ \t]+$", person.context[:at]))


def with_text_entities(person: PersonRecord, seen: TextEntities) -> PersonRecord:
    """Fill what the markup left empty from the page's text (one-person pages only)."""
    return replace(
        person,
        phones=person.phones or seen.phones,
        emails=person.emails or seen.emails,
        addresses=merge.more_addresses(person.addresses, seen.addresses),
        age=person.age if person.age is not None else seen.age,
        birth_date=person.birth_date or seen.birth_date,
        relatives=person.relatives or seen.relatives,
        practice=person.practice or (seen.employers[0] if seen.employers else ""),
    )


def normalise_phones(person: PersonRecord) -> PersonRecord:
    phones = tuple(dict.fromkeys(p for p in (normalise_phone(x) for x in person.phones) if p))
    return replace(person, phones=phones)


def said_of(person: PersonRecord, words: str) -> PersonRecord:
    """``person`` with ``words`` (what an author box, a blog's tagline or an account's bio says of them) added to their
    own context, before the page's title."""
    own, sep, page = person.context.partition(" [page: ")
    return replace(person, context=f"{own} · {words}{sep}{page}" if own else f"{words}{sep}{page}")
