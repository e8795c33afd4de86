"""The extract stage: one fetched page in, one typed Extracted record out.

HTML pages go through structured data (``structured``, ``media``), the
site's selectors (``html``) and embedded-JSON paths (``embedded``), and
entity extraction over the visible text (``entities``); JSON API answers go
to the parser the site definition names. Blocks about others (sponsored,
"similar doctors", city-wide averages) are dropped first: generic
selectors, the site's own ``extract.ignore``, then blocks headed as being
about others.
A page that cannot be read raises ParseError, which the pipeline turns into
a ``parse_error`` coverage row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

import lxml.html

from footprint.errors import ParseError
from footprint.extract import claims, embedded, html, media, social, structured
from footprint.extract.entities import TextEntities, entities_in, normalise_phone
from footprint.extract.ratings import parse_count, parse_rating
from footprint.identity import fold
from footprint.models import Extracted, Page, PageKind, Parser, PersonRecord, Photo, Rating
from footprint.sites import SiteDefinition

# Blocks that are about someone else on almost every directory site.
GENERIC_IGNORE = [
    "[data-sponsored]",
    ".sponsored",
    "[class*='sponsored']",
    "[id*='sponsored']",
    "[data-ad]",
    "[data-qa='featured-results']",
    "[data-qa*='sponsored']",
    "[class*='featured-providers']",
    "[class*='featured-doctors']",
    ".similar-doctors",
    "[class*='similar-doctors']",
    "[class*='similar-providers']",
    "[class*='related-providers']",
    "[class*='city-average']",
    "[class*='area-average']",
]
# Pages about one person: with no markup at all, the page still stands for someone to match.
_ONE_PERSON_KINDS = frozenset(
    {PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD, PageKind.PEOPLE_SEARCH}
)
_SOCIAL_MEDIA_KINDS = frozenset({PageKind.SOCIAL_POST, PageKind.SOCIAL_PROFILE})


def extract(page: Page, site: SiteDefinition | None) -> Extracted:
    kind = page.probe.page_kind
    site_id = page.probe.site_id
    url = page.probe.page_url
    parser = page.probe.parser
    if parser == Parser.REVIEWS_JSON:
        return _more_reviews(page, site)
    if parser != Parser.HTML:
        return replace(_extract_json(page, parser, site_id, kind, url), from_api=True)
    doc = html.parse(page.body)
    if doc is None:
        raise ParseError("empty or unreadable HTML")
    rules = site.extract if site else {}
    html.drop(doc, GENERIC_IGNORE)
    # The site's own rules before the generic headings: Doximity's sidebar holds the profile's phone
    # above its "Similar Physicians" list, and only the list is someone else's.
    html.drop(doc, list(rules.get("ignore", [])))
    html.drop_unrelated(doc)
    cleaned = lxml.html.tostring(doc, encoding="unicode")
    data = structured.read(cleaned, page.final_url) if rules.get("structured", True) else None
    found = embedded.read(doc, rules["embedded_json"]) if rules.get("embedded_json") else embedded.EmbeddedData()
    people = list(data.people) if data else []
    people.extend(found.people)
    cards = html.records(doc, rules, page.final_url)
    rating = _with_count((data.rating if data else None) or found.rating, doc, rules) or _selector_rating(doc, rules)
    links = [
        link
        for link in html.links(doc, page.final_url, str(rules.get("links", "")))
        if site is not None and site.is_profile_url(link) and link != url
    ]
    text = html.visible_text(doc)
    # What an account says about itself in its data (X's JSON-LD description, a bio in a script) is
    # part of what the page says, though a logged-out visitor's HTML may not show it.
    bios = [b for b in (*(data.bios if data else ()), *found.bios) if b not in text]
    text = " ".join([text, *dict.fromkeys(bios)]).strip()
    seen = entities_in(text)
    people = _merge_people(people, cards)
    if not people and kind in _ONE_PERSON_KINDS:
        # A profile with no markup: keep what the text says so matching has something.
        people.append(PersonRecord(name=""))
    if len(people) == 1:
        people = [_with_text_entities(people[0], seen)]
    people = [_normalise_phones(p) for p in people]
    title = (data.og.get("og:title") if data else None) or html.title(doc)
    return Extracted(
        url=url,
        site_id=site_id,
        kind=kind,
        title=title,
        people=tuple(people),
        rating=rating,
        reviews=tuple(dict.fromkeys([*(data.reviews if data else ()), *found.reviews, *html.reviews(doc, rules)])),
        photos=_photos(data, doc, kind),
        posts=data.posts if data else (),
        links=tuple(links),
        text=text[:20_000],
        search_rank=page.probe.rank,
        claimed=claims.claimed(doc, rules, kind),
    )


def _photos(data: structured.StructuredData | None, doc: lxml.html.HtmlElement, kind: PageKind) -> tuple[Photo, ...]:
    marked = data.photos if data else ()
    if marked or kind not in _SOCIAL_MEDIA_KINDS:
        return marked
    return media.figures(doc)


def _merge_people(people: list[PersonRecord], cards: Sequence[PersonRecord] = ()) -> list[PersonRecord]:
    """One record per person: the same name from markup and embedded JSON is merged, not listed twice.

    ``cards`` are the records a site's selectors read. Two cards are two
    people even under one name (namesakes on a people-search list); a card
    only joins a structured record of its name. A record that names nobody
    (a field read from an attribute: an NPI, a phone) belongs to the page's
    one named person when there is exactly one.
    """
    merged: dict[str, PersonRecord] = {}
    for person in people:
        key = _merge_key(person.name) or f"#{len(merged)}"
        known = merged.get(key)
        merged[key] = person if known is None else _fill(known, person)
    joined: set[str] = set()
    for card in cards:
        key = _merge_key(card.name)
        if key and key in merged and key not in joined:
            merged[key] = _fill(merged[key], card)
            joined.add(key)
        else:
            merged[f"{key}#{len(merged)}" if key else f"#{len(merged)}"] = card
    named = [k for k in merged if not k.startswith("#")]
    if len(named) == 1:
        for key in [k for k in merged if k.startswith("#")]:
            merged[named[0]] = _fill(merged[named[0]], merged.pop(key))
    return list(merged.values())


_TITLES = {"dr", "doctor"}


def _merge_key(name: str) -> str:
    """A name without its title and trailing credentials: "Dr. Ann Roe, MD" and "Ann Roe" are one person."""
    from footprint.identity import CREDENTIALS

    words = fold(name).split()
    credentials = {c.lower().replace("-", " ") for c in CREDENTIALS} | {"pa c"}
    while words and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 2 and words[-1] in credentials:
        words.pop()
    return " ".join(words)


def _fill(base: PersonRecord, more: PersonRecord) -> PersonRecord:
    return replace(
        base,
        credentials=tuple(dict.fromkeys((*base.credentials, *more.credentials))),
        specialties=tuple(dict.fromkeys((*base.specialties, *more.specialties))),
        addresses=tuple(dict.fromkeys((*base.addresses, *more.addresses))),
        phones=tuple(dict.fromkeys((*base.phones, *more.phones))),
        emails=tuple(dict.fromkeys((*base.emails, *more.emails))),
        npi=base.npi or more.npi,
        age=base.age if base.age is not None else more.age,
        birth_date=base.birth_date or more.birth_date,
        relatives=tuple(dict.fromkeys((*base.relatives, *more.relatives))),
        practice=base.practice or more.practice,
        handle=base.handle or more.handle,
    )


def _with_text_entities(person: PersonRecord, seen: TextEntities) -> PersonRecord:
    """Fill what the markup left empty from the page's text (one-person pages only)."""
    return replace(
        person,
        phones=person.phones or seen.phones,
        emails=person.emails or seen.emails,
        addresses=person.addresses or seen.addresses,
        age=person.age if person.age is not None else seen.age,
        birth_date=person.birth_date or seen.birth_date,
        relatives=person.relatives or seen.relatives,
        practice=person.practice or (seen.employers[0] if seen.employers else ""),
    )


def _normalise_phones(person: PersonRecord) -> PersonRecord:
    phones = tuple(dict.fromkeys(p for p in (normalise_phone(x) for x in person.phones) if p))
    return replace(person, phones=phones)


def _with_count(rating: Rating | None, doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    """A rating whose count its data leaves out, with the count the site's ``rating_count`` selector reads."""
    fields = rules.get("fields")
    if rating is None or rating.count is not None or not isinstance(fields, dict) or "rating_count" not in fields:
        return rating
    count = parse_count(html.first_text(doc, fields["rating_count"]))
    return replace(rating, count=count) if count is not None else rating


def _selector_rating(doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    """The rating the site's ``fields`` point at (text, an attribute such as ``content``, or a regex's match)."""
    fields = rules.get("fields")
    if not isinstance(fields, dict) or "rating" not in fields:
        return None
    value = html.first_text(doc, fields["rating"])
    if not value:
        return None
    count = html.first_text(doc, fields["rating_count"]) if "rating_count" in fields else ""
    return parse_rating(value, count=count or None)


def _more_reviews(page: Page, site: SiteDefinition | None) -> Extracted:
    """A page of a site's JSON reviews (``reviews_api``): its reviews, for their page, and the next page."""
    if site is None or site.reviews_api is None:
        raise ParseError("no reviews_api in the site's definition")
    try:
        data = json.loads(page.body)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg}") from None
    reviews, following = embedded.reviews_from(data, site.reviews_api.paths)
    probe = page.probe
    links = (following,) if following and site.owns(following) else ()
    return Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, reviews=reviews, links=links)


def _extract_json(page: Page, parser: Parser, site_id: str, kind: PageKind, url: str) -> Extracted:
    try:
        data = json.loads(page.body)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg}") from None
    from footprint.extract.apis import PARSERS

    if parser in PARSERS:
        return PARSERS[parser](data, page)
    if parser == Parser.MASTODON_ACCOUNT:
        people, links = social.account(data, page.final_url)
        if not people:
            raise ParseError("not a Mastodon account")
        return Extracted(
            url=url, site_id=site_id, kind=kind, title=people[0].name, people=tuple(people), links=tuple(links)
        )
    if parser in (Parser.MASTODON_STATUSES, Parser.MASTODON_STATUS):
        posts, photos, authors = social.statuses(data, page.final_url)
        return Extracted(
            url=url,
            site_id=site_id,
            kind=kind,
            title=posts[0].text[:80] if posts else "",
            people=tuple(authors),
            posts=tuple(posts),
            photos=tuple(photos),
            search_rank=page.probe.rank,
        )
    raise ParseError(f"no parser named {parser!r}")
