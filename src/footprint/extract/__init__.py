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
Beside this module: the page's people made ready (``page_people``), its photos and posts
(``page_media``), the site's selector rating (``selector_ratings``), JSON answers (``json_pages``).
A page that cannot be read raises ParseError, which the pipeline turns into
a ``parse_error`` coverage row.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.errors import ParseError
from footprint.extract import (
    about_lines,
    affiliate_links,
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
    json_pages,
    mail_archive,
    media,
    mentions,
    merge,
    page_media,
    page_people,
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
from footprint.extract.entities import entities_in, page_age_in
from footprint.extract.selector_ratings import selector_rating, with_count
from footprint.models import Extracted, Page, PageKind, Parser, PersonRecord, ProbePurpose
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
# Pages whose comments are read by their structure: blog posts, articles, forum threads.
_COMMENTED_KINDS = frozenset({PageKind.NEWS, PageKind.OTHER, PageKind.PERSONAL_SITE})
_THREAD_KINDS = _COMMENTED_KINDS | {PageKind.SOCIAL_POST}


def extract(page: Page, site: SiteDefinition | None) -> Extracted:
    kind = page.probe.page_kind
    site_id = page.probe.site_id
    url = page.probe.page_url
    parser = page.probe.parser
    if parser == Parser.REVIEWS_JSON:
        return json_pages.more_reviews(page, site)
    if parser != Parser.HTML:
        # An API answer keeps why it was fetched too: a derived handle's account is judged as one.
        answer = json_pages.extract_json(page, parser, site_id, kind, url)
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
    affiliate_links.mark(doc)  # "RadiaCalm Barrier Balm [a link that pays its writer a commission: tag rozpicks-20]"
    cleaned = lxml.html.tostring(doc, encoding="unicode")
    data = structured.read(cleaned, page.final_url) if rules.get("structured", True) else None
    found = embedded.read(doc, rules["embedded_json"]) if rules.get("embedded_json") else embedded.EmbeddedData()
    marked = [page_people.marked_from(p, "schema.org") for p in (data.people if data else ())]
    marked += [page_people.marked_from(p, "embedded JSON") for p in found.people]
    if not marked:
        marked = appstate.people(doc)  # a single-page app's state: the markup names nobody
    cards = [page_people.marked_from(p, "site selectors") for p in html.records(doc, rules, page.final_url)]
    rating = with_count((data.rating if data else None) or found.rating, doc, rules) or selector_rating(doc, rules)
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
    video = video_credits.is_video(doc)  # og:type video.*: a watch page
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
    posts = page_media.posts(data, og, kind, page.final_url, title, reading.published)
    if not posts and kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST):
        posts = found.posts  # a short-video profile's captions live in its script, not its markup
    # An answer's or post's markup may give only its opening: its whole text is on the page.
    if len(posts) <= page_people.FULL_POSTS:
        posts = tuple(replace(p, text=media.in_full(doc, p.text)) for p in posts)
    if len(posts) == 1 and not posts[0].date and not (data and data.posts):
        posts = (replace(posts[0], date=scriptstate.posted_on(doc, posts[0].text)),)
    commenters: tuple[PersonRecord, ...] = ()
    if kind in _THREAD_KINDS:  # a forum thread: each post with its writer and signature
        thread, commenters = threads.read(doc)
        if posts:  # marked up too: the markup's posts, each writer as the thread's markup names them
            marked = page_people.writers_read(marked, commenters)
            commenters = ()
        posts = posts or thread
        if not posts:  # a mailing list's archive: its messages under "From:" headers, read from the text
            posts, commenters = mail_archive.read(re.sub(r"\s+", " ", shown))
    if not posts:  # a video's description: its uploader's post
        said = og.get("og:description", "") if video else ""
        marked, upload = video_credits.uploaded(marked, said, url, reading.published)
        posts = (upload,) if upload is not None else ()
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
    header = comments.site_header(doc) if kind in _COMMENTED_KINDS else ("", "")
    text = html.visible_text(doc)  # drops scripts from ``doc``: read last
    # What an account says about itself in its data (X's JSON-LD description, a bio in a script) is
    # part of what the page says, though a logged-out visitor's HTML may not show it.
    taglines = tuple(social.tagline(p.name) for p in found.people)  # "Dr. Kit | kids' brains": the account's words
    # A video's description is what its page says, though a watch page shows it only in its meta tags and script.
    video_said = full_description or (described if video else "")
    props = component_props.accounts(doc)  # an activity page's athlete in its component's data, with their bio
    told = (*(data.bios if data else ()), *found.bios, *taglines, *(bio for _, bio, _ in props), video_said)
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
    people = component_props.with_bios(page_people.writers_named(merge.merge_people(read, cards), posts), props)
    if kind in _COMMENTED_KINDS:  # a post's author box: what its author says of themself, under the post
        people = [comments.with_site_header(header, comments.with_author_box(doc_boxes, p)) for p in people]
    business = data.business if data else None
    if not people and kind in page_media.ONE_PERSON_KINDS and not reading.nothing_found and business is None:
        # A profile with no markup: keep what the text says so matching has something.
        people.append(PersonRecord(name="", read_from=("name:none",)))
    if len(people) == 1 and not page_people.only_mentioned(people[0]):
        if kind != PageKind.PEOPLE_SEARCH:  # a broker's record is all about its person; a post or story is not
            seen = replace(seen, age=page_age_in(text, people[0].name))
        people = [page_people.with_text_entities(people[0], seen)]
    people = [page_people.normalise_phones(p) for p in people]
    if kind == PageKind.PEOPLE_SEARCH:
        people = [page_people.lives_at(p) for p in people]
        # An address-first page ("2118 Pauger Crest St, New Orleans, LA 70116 - Residents"): who lives there.
        people = residents.at_address(people, [html.title(doc), *[h.text_content() for h in doc.xpath("//h1")[:1]]])
    social_post = kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST) and not (data and data.posts)
    if social_post and len(people) == 1 and len(posts) == 1 and not people[0].handle:
        # A post page's headline names whoever posted it ("Dr. Faith Summers, DO on TikTok" over
        # /@drfaithsummers/video/...): the account it names is the post's author's.
        people = [replace(people[0], handle=posts[0].author)]
    if business is None and kind == PageKind.RATINGS_PROFILE:
        business, people = headline_business.split_business(people, title, seen.phones, seen.addresses)
    photos = (*page_media.photos(data, doc, kind, page.final_url), *page_media.footage(posts, og, url))
    if not photos and kind not in page_media.ONE_PERSON_KINDS and len(posts) <= 1:
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
