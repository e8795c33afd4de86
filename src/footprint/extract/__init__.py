"""The extract stage: one fetched page in, one typed Extracted record out.

HTML pages go through structured data (``structured``, ``media``), the
site's selectors (``html``) and embedded-JSON paths (``embedded``), then the
generic reading layer (``generic``: labelled text blocks, headlines, mentions
in the running text), so a page is read whatever its site and a selector that
finds nothing never leaves it nameless; entity extraction over the visible
text (``entities``) fills a lone person's gaps, and ``merge`` makes one
record of each person every layer read. JSON API answers go
to the parser the site definition names. Blocks about others (sponsored,
"similar doctors", city-wide averages) are dropped first: generic
selectors, the site's own ``extract.ignore``, then blocks headed as being
about others.
A page that cannot be read raises ParseError, which the pipeline turns into
a ``parse_error`` coverage row.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from urllib.parse import urlsplit

import lxml.html

from footprint.errors import ParseError
from footprint.extract import (
    about_lines,
    alt_named,
    appstate,
    authors,
    captions,
    claims,
    columns,
    comments,
    component_props,
    embedded,
    family_sites,
    footers,
    generic,
    html,
    media,
    mentions,
    merge,
    residents,
    reviews,
    scriptstate,
    site_names,
    social,
    structured,
    threads,
    video_credits,
)
from footprint.extract import business as headline_business
from footprint.extract.entities import TextEntities, entities_in, normalise_phone, page_age_in
from footprint.extract.ratings import parse_count, parse_rating
from footprint.models import Extracted, Page, PageKind, Parser, PersonRecord, Photo, Post, ProbePurpose, Rating
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
# Posts whose whole text is looked for on the page (a feed of hundreds is not searched once per post).
_FULL_POSTS = 20
# Pages whose comments are read by their structure: blog posts, articles, forum threads.
_COMMENTED_KINDS = frozenset({PageKind.NEWS, PageKind.OTHER, PageKind.PERSONAL_SITE})
_THREAD_KINDS = _COMMENTED_KINDS | {PageKind.SOCIAL_POST}
# Pages about one person: with no markup at all, the page still stands for someone to match.
_ONE_PERSON_KINDS = frozenset(
    {PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD, PageKind.PEOPLE_SEARCH}
)


def extract(page: Page, site: SiteDefinition | None) -> Extracted:
    kind = page.probe.page_kind
    site_id = page.probe.site_id
    url = page.probe.page_url
    parser = page.probe.parser
    if parser == Parser.REVIEWS_JSON:
        return _more_reviews(page, site)
    if parser != Parser.HTML:
        # An API answer keeps why it was fetched too: a derived handle's account is judged as one.
        answer = _extract_json(page, parser, site_id, kind, url)
        return replace(answer, source=page.probe.source, handle=answer.handle or page.probe.handle, from_api=True)
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
    marked = [_from(p, "schema.org") for p in (data.people if data else ())]
    marked += [_from(p, "embedded JSON") for p in found.people]
    if not marked:
        marked = appstate.people(doc)  # a single-page app's state: the markup names nobody
    cards = [_from(p, "site selectors") for p in html.records(doc, rules, page.final_url)]
    rating = _with_count((data.rating if data else None) or found.rating, doc, rules) or _selector_rating(doc, rules)
    marked_reviews = [*(data.reviews if data else ()), *found.reviews, *html.reviews(doc, rules)]
    read_reviews = reviews.with_replies(marked_reviews, reviews.read(doc))
    if not read_reviews or rating is None:  # the markup shows none: the script's state may hold them
        state_reviews, state_rating = scriptstate.read(doc)
        read_reviews, rating = read_reviews or state_reviews, rating or state_rating
    shown = " ".join(str(t) for t in doc.xpath("//text()[not(ancestor::script) and not(ancestor::style)]"))
    rating = rating or reviews.average(re.sub(r"\s+", " ", shown))
    og = data.og if data else {}
    # A video's or post's description is cut short in its meta tags; the script state holds all of it.
    described = og.get("og:description") or ""
    full_description = scriptstate.fuller(doc, described) if described else ""
    if full_description == described:
        full_description = ""
    else:
        og = {**og, "og:description": full_description}
    listing = page.probe.purpose == ProbePurpose.LISTING
    title = og.get("og:title") or html.title(doc)
    rated = rating is not None or bool(read_reviews)
    reading = generic.read(doc, cleaned, og, kind, [*marked, *cards], rated=rated, listing=listing, title=title)
    if kind == PageKind.OTHER and reading.kind == PageKind.SOCIAL_PROFILE:
        rating, read_reviews = None, ()  # a member's page: the ratings and reviews they gave, of books or films
    kind = reading.kind
    posts = _posts(data, og, kind, page.final_url, title, reading.published)
    if not posts and kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST):
        posts = found.posts  # a short-video profile's captions live in its script, not its markup
    # An answer's or post's markup may give only its opening: its whole text is on the page.
    if len(posts) <= _FULL_POSTS:
        posts = tuple(replace(p, text=media.in_full(doc, p.text)) for p in posts)
    if len(posts) == 1 and not posts[0].date and not (data and data.posts):
        posts = (replace(posts[0], date=scriptstate.posted_on(doc, posts[0].text)),)
    commenters: tuple[PersonRecord, ...] = ()
    if kind in _THREAD_KINDS:  # a forum thread: each post with its writer and signature
        thread, commenters = threads.read(doc)
        if posts:  # marked up too: the markup's posts, each writer as the thread's markup names them
            marked = _writers_read(marked, commenters)
            commenters = ()
        posts = posts or thread
    replied: list[PersonRecord] = []
    if not posts and kind in _COMMENTED_KINDS:
        posts, commenters = comments.read(doc, comments.byline(doc))
        # The people the replies name ("Our oncologist there, Dr. Ann Roe, gave us his cell"): a reader of the
        # page's main text may leave a discussion's replies out.
        replied = mentions.people("\n".join(p.text for p in posts), title)
    links = [
        link
        for link in html.links(doc, page.final_url, str(rules.get("links", "")))
        if site is not None and site.is_profile_url(link) and link != url
    ]
    claimed = claims.claimed(doc, rules, kind)  # a <noscript> "Claim your free profile" prompt counts
    listed_authors = authors.listed(doc, title) if kind in _COMMENTED_KINDS else []
    doc_boxes = comments.author_boxes(doc) if kind in _COMMENTED_KINDS else []
    text = html.visible_text(doc)  # drops scripts from ``doc``: read last
    # What an account says about itself in its data (X's JSON-LD description, a bio in a script) is
    # part of what the page says, though a logged-out visitor's HTML may not show it.
    taglines = tuple(social.tagline(p.name) for p in found.people)  # "Dr. Kit | kids' brains": the account's words
    told = (*(data.bios if data else ()), *found.bios, *taglines, *component_props.bios(doc), full_description)
    bios = [b for b in told if b and b not in text]
    text = " ".join([text, *dict.fromkeys(bios)]).strip()
    seen = entities_in(text)
    kin_rows = columns.relatives(doc)  # a "Relatives" grid's rows: names the text runs together
    if kin_rows:
        seen = replace(seen, relatives=kin_rows)
    read = [*marked, *reading.labelled, *reading.headline, *reading.mentioned, *commenters, *listed_authors]
    read += video_credits.credited(doc, full_description, title)  # a video's guests and credits
    # An article's or blog post's byline names its writer, whose words the page then are: the page's
    # person when it names nobody else (the post's words then theirs), else marked on the record of that name. A
    # journalist whose story names someone else is not added (a second person would be judged on the page
    # instead of the first).
    writer = comments.author(doc, title) if kind in _COMMENTED_KINDS else None
    # The site's own name ("Hebgen Hatch", "Quill Clan") is no person beside the writer; a family's site names its own.
    own_names = site_names.site_names(doc, og)
    read = site_names.without_groups(site_names.without_site(read, own_names, writer), own_names)
    read = family_sites.with_family(read, family_sites.family_name(site_names.site_titles(doc, og)))
    owner = None
    if writer is not None:
        writer, read = authors.signing(writer, read, mentions.main_text(cleaned))
    named = {merge.merge_key(p.name) for p in read if not authors.a_commenter(p)}  # the post's own, not its readers'
    if writer is not None and named <= {merge.merge_key(writer.name)}:
        # The post names nobody else: it is its writer's own words ("back to the EEG lab on Tuesday", "Nora came
        # along"), what they say of themself.
        read.insert(0, authors.own_words(writer, mentions.main_text(cleaned)))  # first: its context is kept
    elif writer is not None and merge.merge_key(writer.name) in named:
        read.append(writer)
    elif writer is None and kind in _COMMENTED_KINDS:
        # A post signed by its login ("signe") on a blog whose tagline introduces its owner ("About me · Signe
        # Ebbesen knits in Burlington"): the owner wrote it, whoever else the post names.
        owner = (
            comments.tagline_owner(doc, title)
            or comments.card_owner(doc, title)
            or about_lines.signed_owner(doc, cleaned, title)
            or comments.copyright_owner(doc, title)
            or footers.owner(doc, comments.byline(doc) or footers.meta_author(doc), title, own_names)
        )
        if owner is not None:
            read = [*site_names.without_site(read, own_names, owner), owner]
    if kind in _COMMENTED_KINDS and owner is None and (writer is None or writer not in read):
        # The post's author answering a reader under their whole name ("Nha Lucy" writes, "Lucy Tavares" replies):
        # the post is theirs, with the blog's tagline.
        replying = comments.replying_owner(doc, commenters, title)
        if replying:  # their replies answer their own post
            read = [comments.as_owner(doc, p, title) if p.name == replying else p for p in read]
            posts = tuple(replace(p, on_post_by=replying) if p.on_post_by else p for p in posts)
    if kind in _COMMENTED_KINDS:  # a post's pictures: whom their alt text names ("Laura Roe at Grey Glacier")
        known = {merge.merge_key(n) for p in read for n in (p.name, *p.aliases)}
        families = {merge.merge_key(p.name).rpartition(" ")[2] for p in read if p.name.strip()}
        for person in (*alt_named.people(doc, title, families), *replied):
            if merge.merge_key(person.name) not in known:
                read.append(person)
                known.add(merge.merge_key(person.name))
    read = site_names.without_groups(read, own_names)  # "Fostering Colorado", a forum's banner: no one
    people = _writers_named(merge.merge_people(read, cards), posts)
    if kind in _COMMENTED_KINDS:  # a post's author box: what its author says of themself, under the post
        people = [comments.with_author_box(doc_boxes, p) for p in people]
    business = data.business if data else None
    if not people and kind in _ONE_PERSON_KINDS and not reading.nothing_found and business is None:
        # A profile with no markup: keep what the text says so matching has something.
        people.append(PersonRecord(name="", read_from=("name:none",)))
    if len(people) == 1 and not _only_mentioned(people[0]):
        if kind != PageKind.PEOPLE_SEARCH:  # a broker's record is all about its person; a post or story is not
            seen = replace(seen, age=page_age_in(text, people[0].name))
        people = [_with_text_entities(people[0], seen)]
    people = [_normalise_phones(p) for p in people]
    if kind == PageKind.PEOPLE_SEARCH:
        people = [_lives_at(p) for p in people]
        # An address-first page ("2118 Pauger Crest St, New Orleans, LA 70116 - Residents"): who lives there.
        people = residents.at_address(people, [html.title(doc), *[h.text_content() for h in doc.xpath("//h1")[:1]]])
    social_post = kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST) and not (data and data.posts)
    if social_post and len(people) == 1 and len(posts) == 1 and not people[0].handle:
        # A post page's headline names whoever posted it ("Dr. Faith Summers, DO on TikTok" over
        # /@drfaithsummers/video/...): the account it names is the post's author's.
        people = [replace(people[0], handle=posts[0].author)]
    if business is None and kind == PageKind.RATINGS_PROFILE:
        business, people = headline_business.split_business(people, title, seen.phones, seen.addresses)
    photos = (*_photos(data, doc, kind, page.final_url), *_footage(posts, og, url))
    if not photos and kind not in _ONE_PERSON_KINDS and len(posts) <= 1:
        on_network = kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST)
        photos = media.pictured(doc, page.final_url, og, posts[0] if on_network and posts else None)
    return Extracted(
        url=url,
        site_id=site_id,
        kind=kind,
        title=title,
        people=tuple(captions.told(people, photos)),
        rating=rating,
        reviews=read_reviews,
        photos=photos,
        posts=posts,
        links=tuple(links),
        text=text[:20_000],
        search_rank=page.probe.rank,
        claimed=claimed,
        source=page.probe.source,
        handle=page.probe.handle,
        published=reading.published,
        business=business,
    )


def _writers_read(marked: list[PersonRecord], writers: tuple[PersonRecord, ...]) -> list[PersonRecord]:
    """A thread's schema.org post authors, each replaced by the writer its markup reads under the same screen
    name, who has more: the name their sign-off or the forum shows, and their post as their context."""
    by_handle = {w.handle: w for w in writers if w.handle}
    out = []
    for person in marked:
        screen = person.handle or person.name
        writer = by_handle.get(screen) if media.AUTHOR_MARK in person.read_from else None
        out.append(replace(writer, read_from=person.read_from) if writer is not None else person)
    return out


def _writers_named(people: list[PersonRecord], posts: tuple[Post, ...]) -> list[PersonRecord]:
    """A post whose writer introduces themself by name ("Chloé Bissonnette here", "This is Dr. Jane Roe")
    under a screen name ("DrChloeB") is that person's: their record is marked as a post's writer, with
    the screen name as their handle on the page."""
    out = list(people)
    for post in posts[:_FULL_POSTS]:
        named = media.self_named(post.text)
        at = next((i for i, p in enumerate(out) if named and merge.merge_key(p.name) == merge.merge_key(named)), None)
        if at is None or not post.author:
            continue
        person = out[at]
        handle = person.handle or (post.author if " " not in post.author.strip() else "")
        out[at] = replace(person, handle=handle, read_from=tuple(dict.fromkeys((*person.read_from, media.AUTHOR_MARK))))
    return out


def _lives_at(person: PersonRecord) -> PersonRecord:
    """A broker's schema.org Person has an ``address``, which schema.org calls a practice's on a physician's
    profile: on a people-search page it is where the person lives."""
    if "record:schema.org" not in person.read_from:
        return person
    homes = tuple(replace(a, purpose="home") if a.purpose == "practice" else a for a in person.addresses)
    return replace(person, addresses=homes)


def _from(person: PersonRecord, layer: str) -> PersonRecord:
    # A name field that adds a tagline after a separator ("Dr. Bea | high-risk OB") holds the name before it.
    person = replace(person, name=social.display_name(person.name)) if person.name else person
    return person if person.read_from else replace(person, read_from=(f"record:{layer}",))


def _photos(
    data: structured.StructuredData | None, doc: lxml.html.HtmlElement, kind: PageKind, url: str
) -> tuple[Photo, ...]:
    """Marked-up photos, else the page's figures and described images (a blog post's, a news story's);
    a profile's or a people-search page's pictures are headshots, not scenes."""
    marked = data.photos if data else ()
    if marked or kind in _ONE_PERSON_KINDS:
        return marked
    return media.figures(doc, url)


def _footage(posts: tuple[Post, ...], og: dict[str, str], url: str) -> tuple[Photo, ...]:
    """A short video's page: its description is the caption of footage its poster put up, judged as a
    photo's would be (a drink in hand, a tagged friend). Its picture is the OpenGraph image, if any."""
    if len(posts) != 1 or not social.VIDEO_PATH.search(urlsplit(url).path):
        return ()
    post = posts[0]
    image = og.get("og:image", "")
    return (
        Photo(
            url=image if image.lower().startswith(("http://", "https://")) else "",
            caption=post.text,
            posted_by=post.author,
            date=post.date,
        ),
    )


def _posts(
    data: structured.StructuredData | None, og: dict[str, str], kind: PageKind, url: str, title: str, date: str
) -> tuple[Post, ...]:
    """Marked-up posts, else the one a social post page describes in its OpenGraph tags."""
    if data and data.posts:
        return data.posts
    if kind not in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST):
        return ()
    found = social.og_post(og, url, title, date)
    return (found,) if found is not None else ()


def _only_mentioned(person: PersonRecord) -> bool:
    """A person the page names only inside a sentence of its running text ("Thanks to Zora Quillfeather for the
    fields"): the page's phones, e-mails and addresses are its writer's or its organisation's, not theirs. A
    line that opens with the name ("Zora Quillfeather, Fargo, ND. Phone ...") or gives it after a label
    ("Property owner: Wendell Marchbanks (270) 555-0186") is a record of that person."""
    if not person.read_from or any(r != "name:text" for r in person.read_from):
        return False
    at = person.context.find(person.name)
    return at > 0 and bool(re.search(r"[a-z]{2,}[ \t]+$", person.context[:at]))


def _with_text_entities(person: PersonRecord, seen: TextEntities) -> PersonRecord:
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
            photos=social.with_named(photos),
            links=tuple(dict.fromkeys(replies)),
            search_rank=page.probe.rank,
        )
    raise ParseError(f"no parser named {parser!r}")
