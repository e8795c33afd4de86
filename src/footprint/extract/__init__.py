"""The extract stage: one fetched page in, one typed Extracted record out.

HTML pages go through structured data, the site's selectors and entity
extraction; JSON API answers go to the parser the site definition names.
A page that cannot be read raises ParseError, which the pipeline turns into
a ``parse_error`` coverage row.
"""

from __future__ import annotations

import json
from dataclasses import replace

import lxml.html

from footprint.extract import html, social, structured
from footprint.extract.entities import emails_in, normalise_phone, phones_in
from footprint.models import Extracted, Page, PersonRecord, Rating
from footprint.sites import SiteDefinition

# Blocks that are about someone else on almost every directory site.
GENERIC_IGNORE = ["[data-sponsored]", ".sponsored", "[data-qa='featured-results']", ".similar-doctors"]


class ParseError(Exception):
    """The page could not be read as what its site definition says it is."""


def extract(page: Page, site: SiteDefinition | None) -> Extracted:
    kind = page.probe.page_kind
    site_id = page.probe.site_id
    url = page.probe.page_url
    parser = page.probe.parser
    if parser != "html":
        return _extract_json(page, parser, site_id, kind, url)
    doc = html.parse(page.body)
    if doc is None:
        raise ParseError("empty or unreadable HTML")
    rules = site.extract if site else {}
    html.drop(doc, [*GENERIC_IGNORE, *rules.get("ignore", [])])
    cleaned = lxml.html.tostring(doc, encoding="unicode")
    data = structured.read(cleaned, page.final_url) if rules.get("structured", True) else None
    people = list(data.people) if data else []
    people.extend(html.records(doc, rules))
    rating = data.rating if data else None
    if rating is None:
        rating = _selector_rating(doc, rules)
    links = [
        link
        for link in html.links(doc, page.final_url)
        if site is not None and site.is_profile_url(link) and link != url
    ]
    text = html.visible_text(doc)
    if not people and kind in ("ratings_profile", "directory_listing", "official_record"):
        # A profile with no markup: keep what the text says so matching has something.
        people.append(PersonRecord(name="", phones=phones_in(text), emails=emails_in(text)))
    people = [_normalise_phones(p) for p in people]
    title = (data.og.get("og:title") if data else None) or html.title(doc)
    return Extracted(
        url=url,
        site_id=site_id,
        kind=kind,
        title=title,
        people=tuple(people),
        rating=rating,
        reviews=data.reviews if data else (),
        links=tuple(links),
        text=text[:20_000],
        search_rank=page.probe.rank,
    )


def _normalise_phones(person: PersonRecord) -> PersonRecord:
    phones = tuple(dict.fromkeys(p for p in (normalise_phone(x) for x in person.phones) if p))
    return replace(person, phones=phones)


def _selector_rating(doc: lxml.html.HtmlElement, rules: dict[str, object]) -> Rating | None:
    fields = rules.get("fields")
    if not isinstance(fields, dict) or "rating" not in fields:
        return None
    nodes = doc.cssselect(fields["rating"])
    value = structured.number(nodes[0].text_content()) if nodes else None
    if value is None:
        return None
    count_nodes = doc.cssselect(fields["rating_count"]) if "rating_count" in fields else []
    count = structured.number(count_nodes[0].text_content()) if count_nodes else None
    return Rating(value=value, scale=5.0, count=int(count) if count is not None else None)


def _extract_json(page: Page, parser: str, site_id: str, kind: str, url: str) -> Extracted:
    try:
        data = json.loads(page.body)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg}") from None
    from footprint.extract.apis import PARSERS

    if parser in PARSERS:
        return PARSERS[parser](data, page)
    if parser == "mastodon_account":
        people, links = social.account(data, page.final_url)
        if not people:
            raise ParseError("not a Mastodon account")
        return Extracted(
            url=url, site_id=site_id, kind=kind, title=people[0].name, people=tuple(people), links=tuple(links)
        )
    if parser in ("mastodon_statuses", "mastodon_status"):
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
