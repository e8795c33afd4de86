"""JSON answers: an API's answer read by the parser its site names, and a site's pages of JSON reviews."""

from __future__ import annotations

import json

from footprint.errors import ParseError
from footprint.extract import embedded, social
from footprint.models import Extracted, Page, PageKind, Parser
from footprint.sites import SiteDefinition


def more_reviews(page: Page, site: SiteDefinition | None) -> Extracted:
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


def extract_json(page: Page, parser: Parser, site_id: str, kind: PageKind, url: str) -> Extracted:
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
        # The bio is the profile's text, as Bluesky's is: the town and the field it writes are the account's own.
        return Extracted(
            url=url,
            site_id=site_id,
            kind=kind,
            title=people[0].name,
            people=tuple(people),
            links=tuple(links),
            text=people[0].practice,
        )
    if parser in (Parser.MASTODON_STATUSES, Parser.MASTODON_STATUS):
        posts, photos, authors = social.statuses(data, page.final_url)
        named = social.named_in(posts, photos, authors)
        # The account's own replies live under others' posts: each is a page worth reading on its own.
        replies = [p.url for p in posts if p.on_post_by and p.url and p.url != url]
        return Extracted(
            url=url,
            site_id=site_id,
            kind=kind,
            title=posts[0].text[:80] if posts else "",
            people=(*authors, *named),
            posts=tuple(posts),
            text=" ".join(p.text for p in posts),
            photos=social.with_named(photos),
            links=tuple(dict.fromkeys(replies)),
            search_rank=page.probe.rank,
        )
    raise ParseError(f"no parser named {parser!r}")
