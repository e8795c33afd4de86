"""The extract stage: one fetched page in, one typed Extracted record out.

HTML pages go through structured data (``structured``, ``media``), the
site's selectors (``html``) and embedded-JSON paths (``embedded``), and
entity extraction over the visible text (``entities``); JSON API answers go
to the parser the site definition names. Blocks about others (sponsored,
"similar doctors", city-wide averages) are dropped first: generic rules,
then the site's own ``extract.ignore``.
A page that cannot be read raises ParseError, which the pipeline turns into
a ``parse_error`` coverage row.
"""

from __future__ import annotations

import json
from dataclasses import replace

import lxml.html

from footprint.errors import ParseError
from footprint.extract import claims, embedded, html, media, social, structured
from footprint.extract.entities import TextEntities, entities_in, normalise_phone
from footprint.extract.ratings import parse_rating
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
    if parser != Parser.HTML:
        return replace(_extract_json(page, parser, site_id, kind, url), from_api=True)
    doc = html.parse(page.body)
    if doc is None:
        raise ParseError("empty or unreadable HTML")
    rules = site.extract if site else {}
    html.drop(doc, GENERIC_IGNORE)
    html.drop_unrelated(doc)
    html.drop(doc, list(rules.get("ignore", [])))
    cleaned = lxml.html.tostring(doc, encoding="unicode")
    data = structured.read(cleaned, page.final_url) if rules.get("structured", True) else None
    found = embedded.read(doc, rules["embedded_json"]) if rules.get("embedded_json") else embedded.EmbeddedData()
    people = list(data.people) if data else []
    people.extend(found.people)
    people.extend(html.records(doc, rules))
    rating = (data.rating if data else None) or found.rating or _selector_rating(doc, rules)
    links = [
        link
        for link in html.links(doc, page.final_url)
        if site is not None and site.is_profile_url(link) and link != url
    ]
    text = html.visible_text(doc)
    seen = entities_in(text)
    people = _merge_people(people)
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


def _merge_people(people: list[PersonRecord]) -> list[PersonRecord]:
    """One record per person: the same name from markup and embedded JSON is merged, not listed twice."""
    merged: dict[str, PersonRecord] = {}
    for person in people:
        key = fold(person.name) or f"#{len(merged)}"
        known = merged.get(key)
        merged[key] = person if known is None else _fill(known, person)
    return list(merged.values())


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


def _selector_rating(doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    fields = rules.get("fields")
    if not isinstance(fields, dict) or "rating" not in fields:
        return None
    nodes = doc.cssselect(fields["rating"])
    if not nodes:
        return None
    count_nodes = doc.cssselect(fields["rating_count"]) if "rating_count" in fields else []
    count = count_nodes[0].text_content() if count_nodes else None
    return parse_rating(nodes[0].text_content(), count=count)


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
