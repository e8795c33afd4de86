"""schema.org structured data (JSON-LD, microdata, RDFa, OpenGraph) into typed records.

``extruct`` reads the markup (uniform form; RDFa compacted by ``rdfa``);
this module walks the items, including ``@graph`` lists, ``ProfilePage`` /
``MedicalWebPage`` ``mainEntity`` and item lists, and keeps the types that
describe a physician: Physician, Person, MedicalBusiness and friends,
AggregateRating, Review and PostalAddress. A rating or review standing
alone counts only when it names a person as ``itemReviewed`` (or the page
has a single person): a city-wide average names a place, not the doctor.
Posts, comments and photos go to ``media``.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any

from footprint.extract import media, opengraph, rdfa
from footprint.extract.ratings import parse_count, parse_rating
from footprint.extract.schemaorg import as_list as _as_list
from footprint.extract.schemaorg import text_of as _text
from footprint.extract.schemaorg import types_of as _types
from footprint.models import Address, PersonRecord, Photo, Post, Rating, Review

log = logging.getLogger(__name__)

PERSON_TYPES = {"Physician", "Person", "MedicalBusiness", "MedicalClinic", "Dentist", "Optician", "IndividualPhysician"}
# A business named for no person ("Saguaro Women's Health") is a practice, not a person record.
BUSINESS_TYPES = {"LocalBusiness", "Organization", "MedicalOrganization", "Hospital", "ProfessionalService",
                  "HealthAndBeautyBusiness", "MedicalBusiness", "MedicalClinic"}  # fmt: skip
WRAPPER_KEYS = ("mainEntity", "mainEntityOfPage", "about", "itemListElement", "item")
TYPED_RDFA = re.compile(r"\btypeof\s*=", re.I)
_IMPORTING = threading.Lock()


@dataclass(frozen=True)
class StructuredData:
    people: tuple[PersonRecord, ...]
    rating: Rating | None
    reviews: tuple[Review, ...]
    og: dict[str, str]
    photos: tuple[Photo, ...] = ()
    posts: tuple[Post, ...] = ()
    business: PersonRecord | None = None
    bios: tuple[str, ...] = ()  # what a person's markup says about them (description), often not on screen


# schema.org properties whose value is text (or an item written as its name). Microdata gives a link's
# href as its value, so a directory that links each place and field to its listing
# (<a itemprop="addressLocality" href="/directory/md/location/baltimore-md">Baltimore</a>) would give a URL
# as the city; such a link is read as the words it shows (its closing tag looked for within 2,000 characters).
TEXT_PROPERTIES = frozenset({
    "name", "givenName", "familyName", "additionalName", "alternateName", "honorificPrefix", "honorificSuffix",
    "jobTitle", "medicalSpecialty", "streetAddress", "addressLocality", "addressRegion", "addressCountry",
    "postalCode", "telephone", "hospitalAffiliation", "worksFor", "affiliation", "memberOf", "alumniOf",
    "knowsLanguage", "description",
})  # fmt: skip
_TEXT_LINK = re.compile(r"<a\b([^>]*\bitemprop\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*)>", re.I)
_CLOSE_A = re.compile(r"</a\s*>", re.I)
_CLOSE_WITHIN = 2000


def _links_as_words(html: str) -> str:
    """``html`` with each link whose itemprop names only text properties turned into a span of its words."""
    if "itemprop" not in html:
        return html
    out: list[str] = []
    done = 0
    for m in _TEXT_LINK.finditer(html):
        props = (m.group(2) or m.group(3) or m.group(4) or "").split()
        if m.start() < done or not props or not set(props) <= TEXT_PROPERTIES:
            continue
        close = _CLOSE_A.search(html, m.end(), m.end() + _CLOSE_WITHIN)
        if close is None:
            continue  # no closing tag near: left as it is
        out += [html[done : m.start()], f"<span{m.group(1)}>", html[m.end() : close.start()], "</span>"]
        done = close.end()
    return "".join([*out, html[done:]]) if out else html


# Microdata gives a <link>'s href as its value, and the page's own address when it has none; YouTube writes a
# video's uploader as <link itemprop="name" content="Kapiolani Medical Center">, whose value is that content,
# as a <meta>'s is.
_CONTENT_LINK = re.compile(r"<link\b(?![^>]*\bhref\s*=)(?=[^>]*\bitemprop\s*=)(?=[^>]*\bcontent\s*=)", re.I)


def read(html: str, base_url: str) -> StructuredData:
    # RDFa is the slowest syntax to read (an RDF graph per page) and only its typed nodes are kept
    # (rdfa.compact): a page without a typeof attribute has none to give.
    html = _CONTENT_LINK.sub("<meta", _links_as_words(html))
    typed = bool(TYPED_RDFA.search(html))
    syntaxes = ["json-ld", "microdata", "opengraph", *(["rdfa"] if typed else [])]
    try:
        tree = None if typed else opengraph.parse(html)
        if tree is not None and opengraph.only_opengraph(tree):
            data = {"opengraph": opengraph.read(tree)}  # the same as extruct's, without importing it
        else:
            data = _extruct().extract(html, base_url=base_url, syntaxes=syntaxes, uniform=True)
    except Exception as exc:  # noqa: BLE001 - extruct and lxml surface parser errors of every kind
        log.debug("structured data unreadable at %s: %s", base_url, exc)
        return StructuredData((), None, (), {})
    items = [*data.get("json-ld", []), *data.get("microdata", []), *rdfa.compact(data.get("rdfa", []))]
    og = _opengraph(data.get("opengraph", []))
    people: list[PersonRecord] = []
    rating: Rating | None = None
    reviews: list[Review] = []
    loose_ratings: list[dict[str, Any]] = []
    loose_reviews: list[dict[str, Any]] = []
    main: list[PersonRecord] = []
    business: PersonRecord | None = None
    bios: list[str] = []
    for item, via in _walk(items):
        types = _types(item)
        if types & BUSINESS_TYPES and not _named_for_a_person(item):
            if business is None:
                found = _person(item)
                business = PersonRecord(
                    name="", addresses=found.addresses, phones=found.phones, practice=found.name,
                    read_from=("record:schema.org business",),
                )  # fmt: skip
                rating = rating or _rating(item.get("aggregateRating"))
            continue
        if types & PERSON_TYPES:
            people.append(_person(item))
            bios.append(_text(item.get("description")))
            if via == "mainEntity":
                main.append(people[-1])
            if rating is None:
                rating = _rating(item.get("aggregateRating"))
            reviews.extend(r for r in (_review(x) for x in _as_list(item.get("review"))) if r)
        elif "AggregateRating" in types:
            loose_ratings.append(item)
        elif "Review" in types:
            loose_reviews.append(item)
    if main:
        # A page that names its main entity is about that person; other people in
        # its markup are related content ("similar doctors"), not its subject.
        people = main
    single = len(people) == 1
    for item in loose_ratings:
        if rating is None and _about_a_person(item, single):
            rating = _rating(item)
    reviews.extend(r for r in (_review(x) for x in loose_reviews if _about_a_person(x, single)) if r)
    photos, posts = media.read(items, og)
    people.extend(media.authors(items))
    bios_once = tuple(dict.fromkeys(b for b in bios if b))
    return StructuredData(tuple(people), rating, tuple(dict.fromkeys(reviews)), og, photos, posts, business, bios_once)


def _extruct() -> ModuleType:
    """extruct, imported by one thread at a time: the first page with JSON-LD, microdata or RDFa pays for it."""
    with _IMPORTING:
        return importlib.import_module("extruct")


def _named_for_a_person(item: dict[str, Any]) -> bool:
    """A business whose name is a person's ("Ansel Marrowby, MD", "Dr. Ann Lee"): a doctor's own listing."""
    from footprint.extract.names import name_at_start

    name = _text(item.get("name"))
    span = name_at_start(name)
    return span is not None and (span.titled or bool(span.credentials) or span.end >= len(name.strip()) - 1)


def _opengraph(blocks: list[Any]) -> dict[str, str]:
    og: dict[str, str] = {}
    for block in blocks:
        if not isinstance(block, dict):
            continue
        for key, value in block.items():
            if key.startswith(("og:", "article:", "profile:")) and isinstance(value, str):
                og.setdefault(key, value)
    return og


def _about_a_person(item: dict[str, Any], single_person_page: bool) -> bool:
    """A loose rating or review counts when it reviews a person, or the page has just one."""
    reviewed = item.get("itemReviewed")
    if isinstance(reviewed, dict):
        return bool(_types(reviewed) & PERSON_TYPES)
    return reviewed is None and single_person_page


def _walk(items: Any, via: str = "") -> Iterator[tuple[dict[str, Any], str]]:
    """Every item with the key it was reached through ("" at the top)."""
    for item in _as_list(items):
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            yield from _walk(item["@graph"], via)
            continue
        yield item, via
        for key in WRAPPER_KEYS:
            if key in item:
                yield from _walk(item[key], key)


def number(value: Any) -> float | None:
    """A rating or count from a string such as "4.6", "4,6" or "4.6 out of 5"."""
    from footprint.extract.ratings import number as first_number

    return first_number(_text(value))


def _rating(value: Any) -> Rating | None:
    if not isinstance(value, dict):
        return None
    raw = _text(value.get("ratingValue"))
    if not raw:
        return None
    best = _text(value.get("bestRating")) or None
    count = _text(value.get("ratingCount") or value.get("reviewCount")) or None
    rating = parse_rating(raw, best=best, count=count)
    if rating is not None and rating.count is None and count is not None:
        rating = Rating(rating.value, rating.scale, parse_count(count))
    return rating


def _review(value: Any) -> Review | None:
    if not isinstance(value, dict):
        return None
    raw = value.get("reviewRating")
    parsed = _rating(raw) if isinstance(raw, dict) else None
    stars = parsed.value if parsed else None
    scale = parsed.scale if parsed else 5.0
    reply = ""
    for comment in _as_list(value.get("comment")):
        if isinstance(comment, dict):
            reply = _text(comment.get("text"))
    return Review(
        rating=stars,
        scale=scale,
        text=_text(value.get("reviewBody") or value.get("description")),
        date=_text(value.get("datePublished")),
        author=_text(value.get("author")),
        reply=reply,
    )


def _address(value: Any) -> Address | None:
    if isinstance(value, str):
        if not value.strip():
            return None
        if not re.match(r"\s*\d", value):
            # "Perrysburg, OH": a place written as the address, not a street.
            from footprint.extract.places import places_in

            place = next(iter(places_in(value)), None)
            if place is not None:
                return replace(place, purpose="practice")
        return Address(street=value)
    if not isinstance(value, dict):
        return None
    city, state = _text(value.get("addressLocality")), _text(value.get("addressRegion"))
    if "," in city and not state:
        # LinkedIn writes the whole place as the locality: "Portland, Oregon, United States".
        city, state = _city_and_state(city)
    return Address(
        street=_text(value.get("streetAddress")),
        city=city,
        state=state,
        postal_code=_text(value.get("postalCode"))[:5],
        purpose="practice",
    )


def _city_and_state(place: str) -> tuple[str, str]:
    """ "Portland, Oregon, United States" as ("Portland", "OR"); unchanged when the second part is no state."""
    from footprint.errors import SubjectError
    from footprint.identity import normalise_state

    parts = [p.strip() for p in place.split(",")]
    try:
        state = normalise_state(parts[1]) if len(parts) > 1 else None
    except SubjectError:
        state = None
    return (parts[0], state) if state else (place, "")


def _person(item: dict[str, Any]) -> PersonRecord:
    addresses = [a for a in (_address(x) for x in _as_list(item.get("address"))) if a]
    for key in ("location", "workLocation"):
        for location in _as_list(item.get(key)):
            if isinstance(location, dict):
                found = [a for a in (_address(x) for x in _as_list(location.get("address"))) if a]
                # X writes a place by its name only ("Portland, OR").
                addresses.extend(found or _place(location.get("name")))
    phones = [_text(p) for p in _as_list(item.get("telephone")) if _text(p)]
    for place in _as_list(item.get("homeLocation")):
        # A social profile's "Portland, OR"; a people-search record's home PostalAddress.
        if isinstance(place, dict):
            home = _address(place.get("address")) or None
            if home is None and _text(place.get("name")):
                from footprint.extract.places import places_in

                home = next(iter(places_in(_text(place.get("name")))), None)
            if home is not None:
                addresses.append(replace(home, purpose="home"))
    npi = _npi(item)
    specialties = [_text(s) for s in _as_list(item.get("medicalSpecialty")) if _text(s)]
    credentials = [_text(c) for c in _as_list(item.get("hasCredential")) if _text(c)]
    affiliation = _text(
        item.get("hospitalAffiliation") or item.get("worksFor") or item.get("affiliation") or item.get("memberOf")
    )
    others = [_text(a) for a in _as_list(item.get("additionalName") or item.get("alternateName")) if _text(a)]
    handle = next((a.lstrip("@") for a in others if _HANDLE.match(a.strip())), "") or media.handle_at(
        _text(item.get("url"))
    )
    return PersonRecord(
        name=_text(item.get("name")),
        handle=handle,
        aliases=tuple(a for a in others if " " in a.strip()),
        credentials=tuple(credentials),
        specialties=tuple(specialties),
        addresses=tuple(addresses),
        phones=tuple(phones),
        emails=tuple(_text(e) for e in _as_list(item.get("email")) if _text(e)),
        npi=npi,
        birth_date=_text(item.get("birthDate")),
        relatives=tuple(dict.fromkeys(r for r in (_text(x) for x in _as_list(item.get("relatedTo"))) if r)),
        practice=affiliation or _text(item.get("description"))[:300],
    )


def _npi(item: dict[str, Any]) -> str | None:
    """An NPI: an identifier said to be one, or a valid 10-digit number on a physician's record.
    A social network's 10-digit user id on a Person is not an NPI."""
    from footprint.identity import npi_check_digit_ok

    physician = bool(_types(item) & {"Physician", "IndividualPhysician", "MedicalBusiness", "MedicalClinic"})
    for ident in _as_list(item.get("identifier")):
        said = ident if isinstance(ident, dict) else {}
        text = _text(said.get("value") if said else ident)
        labelled = "npi" in f"{_text(said.get('propertyID'))} {_text(said.get('name'))}".lower()
        if re.fullmatch(r"\d{10}", text) and npi_check_digit_ok(text) and (labelled or physician):
            return text
    return None


# X's additionalName is the handle; people-search sites use it for other names ("Wren A Lindqvist").
_HANDLE = re.compile(r"^@?[A-Za-z0-9_.]{1,30}$")


def _place(name: Any) -> list[Address]:
    """A place given by its name ("Portland, OR") as an address with a city and a state, when it reads as one."""
    from footprint.extract.html import parse_address

    text = _text(name)
    found = parse_address(text) if text else None
    return [replace(found, purpose="home")] if found is not None and found.city and found.state else []
