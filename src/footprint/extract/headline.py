"""The person a page's headlines name: ``og:title``, ``<title>``, ``<h1>`` and the meta description.

Real profile pages name their doctor there even when nothing else is marked up:
"Dr. Jane Q. Doe, MD - Dermatology in Portland, OR | Site". A headline is cut at its
separators (" | ", " - ", " – ", " · "); the segment that opens with a name gives the name and
credentials; the other segments give the specialty ("Dermatology") and the place
("Portland, OR"). Each record remembers which headline it came from.
"""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.letters import LOWER, UPPER
from footprint.extract.names import PROFESSIONS, name_at_start, names_in
from footprint.extract.places import places_in
from footprint.models import PersonRecord
from footprint.specialties import groups_of
from footprint.specialty_words import GROUPS

_SEPARATORS = re.compile(r"\s+[|–—·:]\s+|\s+-\s+|\s*\|\s*")
_SPECIALTY_IN = re.compile(r"^(?P<what>.+?)\s+(?:in|near)\s+", re.I)


def headlines(doc: lxml.html.HtmlElement, og: dict[str, str]) -> list[tuple[str, str]]:
    """(where, text) for each headline the page has, most deliberate first."""
    out: list[tuple[str, str]] = []
    for key in ("og:title", "twitter:title"):
        if og.get(key):
            out.append((key, og[key]))
    for node in doc.xpath("//meta[@property='og:title' or @name='twitter:title']/@content"):
        out.append(("og:title", str(node)))
    title = doc.findtext(".//title") or ""
    if title.strip():
        out.append(("title", title))
    heads = doc.xpath("//h1")[:2] or doc.xpath("//h2")[:1]  # an old page may head itself with <h2>
    for head in heads:
        out.append((str(head.tag), " | ".join([head.text_content(), *_under(head)])))
    # The byline in the head: a post's author ("<meta name='author'>", "| by Ann Lee | Medium" in the title).
    for node in doc.xpath("//meta[@name='author' or @property='article:author']/@content")[:1]:
        out.append(("author", str(node)))
    # A review's or a book's headline names whose work it is after a comma too: "Review: Old Age, by Ann Lee".
    for head in dict.fromkeys([title.strip(), *(t for w, t in out if w == "og:title")]):
        by = re.search(r"(?:^|\s[|–—·-]\s|,\s)by\s+([^|–—·,]+?)(?:\s+[|–—·-]\s|$)", head)
        if by:
            out.append(("author", by.group(1)))
    for node in doc.xpath("//meta[@name='description' or @property='og:description']/@content")[:2]:
        out.append(("meta description", str(node)))
    cleaned = [(where, re.sub(r"\s+", " ", text).strip()) for where, text in out]
    return list(dict.fromkeys((w, t) for w, t in cleaned if t))


_HEADING = re.compile(r"^h[1-6]$")


def _under(head: lxml.html.HtmlElement) -> list[str]:
    """The short lines right under a profile's heading ("Dermatology", "Portland, OR"), up to the next
    heading: a profile header says the field and the place there without any markup."""
    out: list[str] = []
    for sibling in head.itersiblings():
        if not isinstance(sibling.tag, str) or _HEADING.match(sibling.tag) or len(out) >= _UNDER_LINES:
            break
        text = re.sub(r"\s+", " ", sibling.text_content()).strip()
        if not text or len(text) > _UNDER_CHARS:
            break
        out.append(text)
    return out


_UNDER_LINES = 3
_UNDER_CHARS = 80


def _specialty(segments: list[str]) -> tuple[str, ...]:
    """The specialty a headline segment names: "Dermatology", "Dermatology in Portland, OR"; in a longer
    segment (a description), only the specialty words themselves."""
    found: list[str] = []
    for segment in segments:
        if not groups_of(segment):
            continue
        m = _SPECIALTY_IN.match(segment)
        what = (m.group("what") if m else segment).strip(" ,.")
        if len(what.split()) > _SHORT_SEGMENT or not groups_of(what):
            found.extend(w.group(0) for w in _SPECIALTY_WORD.finditer(segment))
        else:
            found.append(what)
    return tuple(dict.fromkeys(found))


_SHORT_SEGMENT = 5
_SPECIALTY_WORD = re.compile(
    r"(?<![a-z])(" + "|".join(re.escape(w) for w in sorted({w for ws in GROUPS.values() for w in ws}, key=len,
                                                            reverse=True)) + r")(?![a-z])",
    re.I,
)  # fmt: skip


# A profession written before a name as its title, as descriptions and captions do ("Tulsa ENT doctor Mingyu
# Zhou reveals ...", "pediatrician Ann Lee"): the name is a physician's, like "Dr. Ann Lee".
_ROLE_BEFORE = re.compile(rf"\b(?:{PROFESSIONS})\s+$")


def person_in(where: str, text: str) -> PersonRecord | None:
    """The person one headline names, with what the rest of it says about them."""
    segments = [s for s in _SEPARATORS.split(text) if s.strip()]
    if not segments:
        return None
    span = name_at_start(segments[0])
    rest = segments[1:]
    if span is None and where == "meta description":
        titled = [n for n in names_in(text) if n.titled or n.credentials or _ROLE_BEFORE.search(text[: n.start])]
        span = titled[0] if titled else None
        rest = [text]
    elif span is None:
        # "License Verification – Ann Q Roe, MD": a later segment's name with a title or credentials.
        titled = [n for n in names_in(text) if n.titled or n.credentials]
        span = titled[0] if titled else None
        rest = segments
    if span is None:
        return _display_name(where, segments)
    after = segments[0][span.end :] if where != "meta description" else ""
    described = [after, *rest] if after.strip(" ,") else rest
    from footprint.extract.social import handle_in

    return PersonRecord(
        name=span.name,
        handle=handle_in(segments[0]) if where != "meta description" else "",
        credentials=span.credentials,
        specialties=_specialty(described),
        addresses=places_in(" | ".join(described)) if where != "meta description" else places_in(text),
        context=text[:300],
        read_from=(f"name:{where}",),
    )


def people(doc: lxml.html.HtmlElement, og: dict[str, str]) -> list[PersonRecord]:
    """Everyone the page's headlines name (usually one person, seen in several headlines).

    A description that names nobody is the named person's own words (a profile's bio: "Board
    certified emergency physician in Fargo"): it joins their context.
    """
    from dataclasses import replace

    out = []
    described = ""
    for where, text in headlines(doc, og):
        person = person_in(where, text)
        if person is not None:
            out.append(person)
            if where == "meta description":
                out += _also_described(text, person.name)
        elif where == "meta description" and not described:
            described = text[:300]
    if described and out:
        out = [replace(p, context=f"{p.context} · {described}") for p in out]
    return out


def _also_described(text: str, first: str) -> list[PersonRecord]:
    """The other people a description presents as its first one is ("Featuring cardiac surgeon Ann Roe, MD,
    cardiac anesthesiologist Jane Poe, MD, and perfusionist Sam Lee, CCP": a video's or an event's cast), each
    titled, credentialed or written after their profession, with the words between them and the next name."""
    spans = [n for n in names_in(text) if n.titled or n.credentials or _ROLE_BEFORE.search(text[: n.start])][:_CAST]
    out = []
    for i, span in enumerate(spans):
        if span.name == first:
            continue
        start = spans[i - 1].end if i else 0
        own = text[start : spans[i + 1].start if i + 1 < len(spans) else len(text)]
        out.append(
            PersonRecord(
                name=span.name,
                credentials=span.credentials,
                specialties=tuple(dict.fromkeys(w.group(0) for w in _SPECIALTY_WORD.finditer(own))),
                addresses=places_in(own),
                context=text[:300],
                read_from=("name:meta description",),
            )
        )
    return out


_CAST = 6


# A profile's display name, the given name and the family initial ("Lucy T.", "Iñaki G. (inakig_boise) - Profile",
# "Lucy T. (Providence, RI)'s Profile"), as Goodreads, Pinterest, Strava and the networks show a member who keeps the
# family name back: a person, whose handle or town the brackets give.
_DISPLAY = re.compile(
    rf"^(?P<given>[{UPPER}][{LOWER}'’-]+)[ \t]+(?P<initial>[{UPPER}])\.(?:[ \t]*\((?P<aside>[^()]{{1,60}})\))?"
    r"(?:['’]s\b.*)?$"
)
_DOES = re.compile(rf"^(?P<given>[{UPPER}][{LOWER}'’-]+)[ \t]+(?P<initial>[{UPPER}])\.[ \t]+[a-z]+\b")  # "Bron C. ran"
_PROFILE_HEADLINES = frozenset({"og:title", "twitter:title", "title", "h1"})


def _display_name(where: str, segments: list[str]) -> PersonRecord | None:
    """The member a profile's headline names by a display name, or None."""
    from footprint.extract.non_name_words import NOT_GIVEN
    from footprint.extract.personhood import common_word, given_name
    from footprint.extract.social import handle_in

    if where == "meta description":
        # "Bron C. ran 8.1 km on Strava.": an activity's or a post's description opens with its member's name
        m = _DOES.match(segments[0].strip())
    else:
        m = _DISPLAY.match(segments[0].strip()) if where in _PROFILE_HEADLINES else None
    if m is None:
        return None
    given = m.group("given")
    if given.lower() in NOT_GIVEN or (common_word(given) and not given_name(given)):
        return None  # "Welcome B.", "Chapter 3.": no given name
    aside = (m.groupdict().get("aside") or "").strip()
    return PersonRecord(
        name=f"{given} {m.group('initial')}.",
        handle=handle_in(f"({aside})") if aside and " " not in aside else "",
        addresses=places_in(aside) if " " in aside else (),
        context=" | ".join(segments)[:300],
        read_from=(f"name:{where}",),
    )
