"""Comments under a blog post or an article, read by their structure when nothing marks them up.

Blogs and news sites show each comment as a block: the commenter's name (in an element called
"author", "fn", "user" or "name", or bold), a date and the text ("comment-content", or its longest
paragraph). Each becomes a ``Post`` answering the page's author, and each commenter a person of the
page: a physician's comment under a friend's travel post is theirs, in public.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html

from footprint.extract.comment_cards import MONTHS, card, text_of
from footprint.extract.html import has_class
from footprint.extract.media import ASKER
from footprint.extract.names import name_at_start
from footprint.extract.page_people import said_of
from footprint.models import PersonRecord, Post

# A Q&A page's answers are blocks of the same shape ("answer-card": the answering doctor, their field and town,
# the answer): HealthTap's, a doctors' answer site's, a forum's "answer" list.
_BLOCK = re.compile(r"(?:^|[\s_-])(?:comment|reply|answer)(?:$|[\s_-])|comment-body|comment-item", re.I)
_ANSWER = re.compile(r"(?:^|[\s_-])answer(?:$|[\s_-])", re.I)
_AUTHOR = re.compile(r"author|(?:^|\s)fn(?:$|\s)|user(?:name)?|commenter|name", re.I)
_TEXT = re.compile(r"content|text|body|message", re.I)
_MIN_TEXT = 10


def _marks(el: lxml.html.HtmlElement) -> str:
    return " ".join(str(el.get(a, "")) for a in ("class", "id", "itemprop"))


def _author(block: lxml.html.HtmlElement) -> tuple[str, lxml.html.HtmlElement | None]:
    for el in block.iter():
        if isinstance(el.tag, str) and el is not block and _AUTHOR.search(_marks(el)) and not _TEXT.search(_marks(el)):
            said = re.sub(r"\s+(?:says|said|wrote|replied)\s*:?\s*$", "", text_of(el), flags=re.I).strip()
            if 0 < len(_tagline(said)[0]) <= 60:
                return said, el
    return "", None


def _body(block: lxml.html.HtmlElement) -> tuple[str, lxml.html.HtmlElement | None]:
    marked = [el for el in block.iter() if isinstance(el.tag, str) and el is not block and _TEXT.search(_marks(el))]
    marked = [el for el in marked if not _AUTHOR.search(_marks(el))]
    if marked:
        return text_of(marked[0]), marked[0]
    paragraphs = list(block.iter("p"))
    if not paragraphs:
        return "", None
    longest = max(paragraphs, key=lambda p: len(text_of(p)))
    return text_of(longest), longest


def read(doc: lxml.html.HtmlElement, page_author: str = "") -> tuple[tuple[Post, ...], tuple[PersonRecord, ...]]:
    """The comments on the page (innermost comment blocks) and their authors as people of the page."""
    blocks = [el for el in doc.iter() if isinstance(el.tag, str) and _BLOCK.search(_marks(el))]
    # A comment list or a thread holds several: the block is the smallest with an author and a text.
    found = []
    for block in blocks:
        (author, name_el), (text, body_el) = _author(block), _body(block)
        if author and len(text) >= _MIN_TEXT:
            found.append((block, author, text, card(block, name_el, body_el)))
    keep = [f for f in found if not any(g[0] is not f[0] and f[0] in g[0].iterancestors() for g in found)]
    posts: list[Post] = []
    people: dict[str, PersonRecord] = {}
    for block, line, text, shown_card in keep:
        when = block.xpath(".//time/@datetime") or block.xpath(".//time/text()")
        author, tagline = _tagline(line)
        span = name_at_start(author)
        named = span is not None and span.end >= len(author) - 1
        who = span.name if named and span is not None else line
        # An answer on a Q&A page answers whoever asked, though no byline names them.
        asked = page_author or (ASKER if _ANSWER.search(_marks(block)) else "")
        posts.append(Post(author=who, text=text, on_post_by=asked, date=str(when[0])[:10] if when else ""))
        if named:
            # The card's lines (a field, a neighbourhood, a town) are what the site says of them, not their job.
            shown = " · ".join(t for t in (tagline, shown_card) if t)
            said = f"{who} · {shown}. {text}" if shown else text
            record = PersonRecord(name=who, context=said[:300], occupation=tagline, read_from=("name:comment",))
            people.setdefault(who, record)
    return tuple(dict.fromkeys(posts)), tuple(people.values())


# A commenter's name with the line a comments plugin or a network shows after it: "Ann Roe · Vascular Surgeon at
# Tidewater Vein", "Ann Roe | Works at Acme", "Ann Roe — Retired teacher".
_JOB_AFTER = re.compile(r"^(?P<name>[^|·•–—]{3,60}?)\s+[|·•–—]\s+(?P<tagline>\S.{2,100})$")
# What a tagline may say that is no job: a date, a time, a count of likes or replies, "Top fan", "Author".
_NO_JOB = re.compile(r"\d|\b(?:ago|like[sd]?|repl(?:y|ies)|top fan|author|edited|follow(?:er)?s?|admin)\b", re.I)


def _tagline(line: str) -> tuple[str, str]:
    """A comment's author line split into the name and the job or affiliation written after it, if any."""
    found = _JOB_AFTER.match(line)
    if found is None:
        return line, ""
    tagline = found.group("tagline").strip()
    return found.group("name").strip(), "" if _NO_JOB.search(tagline) else tagline


# "Posted on August 4, 2025 by Jane Roe, MD", "Published 3/2/2025 by Jane Roe": a blog's byline in its text.
_POSTED_BY = re.compile(
    r"^\s*(?:posted|published|written)\b.{0,60}?\bby\s+(?P<who>[^|·•\n]{3,60}?)\s*(?:[|·•]|$)", re.I
)


# What a byline line writes after its name: the date and the writer's role, set off by a separator ("By Jane
# Roe, MD · September 9, 2026", "by Jane Roe | Staff Writer") or by a comma before a date ("By Jane Roe, May 2,
# 2026"), or a whole date right after the name, as Ghost's and many themes' bylines run the author's name into
# the date and the reading time ("Jane Roe Oct 4, 2026 • 4 min read"): the name is the part before it.
_AFTER_NAME = re.compile(
    rf"\s+[|·•–—]\s.*$|,\s*(?:(?:updated|published|posted)\s+)?(?:on\s+)?(?:{MONTHS}\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}).*$"
    rf"|\s+(?:{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b.*$",
    re.I,
)


def _without_date(said: str) -> str:
    """The byline's name part, without the date or role written after it."""
    return _AFTER_NAME.sub("", said).strip(" ,")


def byline(doc: lxml.html.HtmlElement) -> str:
    """The page's author as its byline names them ("by Jen Halvorsen"), in the markup or, on a blog whose
    markup does not say, in a "Posted on ... by ..." line of its text."""
    # schema.org's ``author`` property in microdata (``itemprop="author"``) marks the byline's name as the
    # class names do (https://schema.org/author; a journal's "by <span itemprop=author>A. T. Roe, MD</span>").
    marked = "contains(@class, 'byline') or @rel='author' or contains(@class, 'author vcard') or @itemprop='author'"
    for el in doc.xpath(f"//*[{marked}]")[:3]:
        said = _without_date(re.sub(r"^\s*by\s+", "", text_of(el), flags=re.I).strip())
        if 0 < len(said) <= 60:
            return said
    body = doc.find("body")
    for el in (body if body is not None else doc).iter("p", "div", "span", "header", "time", "li"):
        if len(el) > 4:
            continue  # a container of the page's parts, not the byline's line
        found = _POSTED_BY.match(text_of(el))
        if found is not None:
            return found.group("who").strip(" ,.")
    return ""


def author(doc: lxml.html.HtmlElement, title: str = "") -> PersonRecord | None:
    """The person an article's or a blog post's byline names, as its author ("name:author")."""
    said = byline(doc)
    span = name_at_start(said) if said else None
    if span is None or span.end < len(said.rstrip(" .")) - 1:
        return None  # "Staff Writer", "The Sandia team and friends"
    context = f"by {said} [page: {title}]" if title else f"by {said}"
    return PersonRecord(name=span.name, credentials=span.credentials, context=context, read_from=("name:author",))


# The box about a post's author under or beside it, as blog themes and platforms mark it: WordPress themes'
# "author-bio", "author-box", "author-info", "about-author"; Ghost's "author-card"; Blogger's "About Me" profile
# ("profile-datablock": the profile's name, place and bio); Medium's and Substack's "Written by" heading.
_BOX = " or ".join(
    has_class(c)
    for c in ("author-bio", "author-box", "author-info", "about-author", "author-description", "author-card",
              "profile-datablock")
)  # fmt: skip
_BOX_MAX = 400


def author_boxes(doc: lxml.html.HtmlElement) -> list[str]:
    """The text of the page's author boxes ("Written by Ann Roe Psychiatrist in Portland, Oregon."), at most two."""
    boxes = doc.xpath(f"//*[{_BOX}]") or [
        h.getparent() for h in doc.xpath("//h2 | //h3 | //h4") if re.match(r"\s*written by\b", text_of(h), re.I)
    ]
    said = [text_of(b) for b in boxes[:2] if isinstance(b, lxml.html.HtmlElement)]
    return [s for s in said if 0 < len(s) <= _BOX_MAX]


def with_author_box(boxes: list[str], person: PersonRecord) -> PersonRecord:
    """A post's author (their byline) with what the author box that names them says of them: a field and a town in
    their own words. A box about someone else (a guest post's host) adds nothing to them."""
    if "name:author" not in person.read_from or not boxes:
        return person
    for box in boxes:
        if person.name and person.name in box:
            bio = re.sub(r"^\s*(?:written by|about the author:?)\s*", "", box, flags=re.I)
            own = person.context.partition(" [page: ")[0]
            if re.sub(r"\W", "", bio) == re.sub(r"\W", "", own.removeprefix("by ")):
                return person  # read from this box already (``card_owner``)
            return said_of(person, bio)
    return person


# The author's name in their card: its heading, or the element whose class names it ("author-card-name").
_CARD_NAME = "self::h2 or self::h3 or self::h4 or self::h5 or contains(@class, 'name')"


def card_owner(doc: lxml.html.HtmlElement, title: str = "") -> PersonRecord | None:
    """The post's author as the author card beside it introduces them, when no byline names them: the card's name
    ("Pip L.", the short form a blog's login writes) with the bio under it, which opens with the whole name of that
    given name's start and that initial ("Pippa Lockridge floats Ozark rivers whenever she isn't in the EMG lab in
    Springfield"); or the card's name as written, whole or short ("Written by Sigga H. · Hospitalist in Sioux
    Falls", as Medium writes it); a login of initials ("AJK") whose bio names the whole name they stand for ("Ansel
    Korhonen fishes ... in Billings"). The bio is then what the author says of themself. A whole name of another
    initial in the bio (a guest's host) is not the author's."""
    from footprint.extract.names import names_in

    for box in doc.xpath(f"//*[{_BOX}]")[:2]:
        heads = box.xpath(f".//*[{_CARD_NAME}]")
        head = text_of(heads[0]) if heads else ""
        text = text_of(box)
        if not head or len(text) > _BOX_MAX or head not in text:
            continue
        bio = text.replace(head, "", 1).strip(" ·|-")
        head = re.sub(r"^\s*(?:written by|about)\s+", "", head, flags=re.I)  # Medium's "Written by Sigga H."
        context = f"by {head} · {bio}" + (f" [page: {title}]" if title else "")
        whole = name_at_start(head)
        if whole is not None and whole.end >= len(head.rstrip(" .")) - 1 and len(whole.name.split()) >= 2:
            return PersonRecord(
                name=whole.name, credentials=whole.credentials, context=context, read_from=("name:author",)
            )
        words = re.sub(r"[^\w\s.'-]", " ", head).split()
        named = names_in(bio)
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", words[0]):
            # A login of initials ("AJK"), the profile's bio naming the whole name they stand for ("Ansel Korhonen").
            first, last = words[0][0].casefold(), words[0][-1].casefold()
            for span in named:
                parts = span.name.split()
                if len(parts) >= 2 and parts[0][:1].casefold() == first and parts[-1][:1].casefold() == last:
                    return PersonRecord(name=span.name, context=context, read_from=("name:author",))
            continue
        if len(words) != 2 or len(words[1].strip(".")) != 1 or len(words[0]) < 2:
            continue
        given, initial = words[0].strip(".").casefold(), words[1].strip(".").casefold()
        for span in named:
            parts = span.name.split()
            if len(parts) >= 2 and parts[0].casefold().startswith(given) and parts[-1][:1].casefold() == initial:
                return PersonRecord(name=span.name, context=context, read_from=("name:author",))
        if bio and words[0][:1].isupper():
            # "Written by Sigga H. · Hospitalist and EHR translator in Sioux Falls": the name as the platform shows
            # it, which matching weighs as a given name and an initial.
            return PersonRecord(name=f"{words[0]} {words[1].strip('.')}.", context=context, read_from=("name:author",))
    return None


# The line under a blog's name that says what the blog is and whose (WordPress's "site-description", Blogger's
# "description" in its header, Ghost's "site-description"): "Backyard barbecue from a kids' cancer doc. About me ·
# Toby Kwiatek cooks in Omaha."
_TAGLINE = " or ".join(has_class(c) for c in ("site-description", "blog-description", "site-tagline", "tagline"))
_TAGLINE_MAX = 300


def site_header(doc: lxml.html.HtmlElement) -> tuple[str, str]:
    """The blog's title and tagline ("Daisy Fontenot, MD", "Notes from a rehab doctor in Acadiana"); ("", "") without
    both."""
    titles = [text_of(el) for el in doc.xpath(f"//*[{has_class('site-title')}]")[:1]]
    lines = [text_of(el) for el in doc.xpath(f"//*[{_TAGLINE}]")[:1]]
    if not titles or not lines or not titles[0] or not lines[0] or len(lines[0]) > _TAGLINE_MAX:
        return "", ""
    return titles[0], lines[0]


def with_site_header(header: tuple[str, str], person: PersonRecord) -> PersonRecord:
    """A post's author with the tagline of a blog named after them ("Daisy Fontenot, MD", "Kidney Talk with Dr.
    Sade"): what they say of themself. A guest author the blog's title does not name gets nothing."""
    title, tagline = header
    words = [w for w in person.name.split(",")[0].split() if w.strip(".").casefold() not in ("dr", "dra", "doc")]
    if "name:author" not in person.read_from or not tagline or not words:
        return person
    named = person.name.split(",")[0] in title or re.search(rf"\b(?:Dr|Doc)\.?\s+{re.escape(words[0])}\b", title)
    if not named or tagline in person.context:
        return person
    return said_of(person, tagline)


def tagline_owner(doc: lxml.html.HtmlElement, title: str = "") -> PersonRecord | None:
    """The blog's owner, as its tagline introduces them, when the post's byline is the short form a blog's login
    writes ("signe", "Toby K."): the same given name, and the family name's initial when the byline gives one.
    Their tagline is then what they say of themselves. A byline of another given name (a guest post) is not."""
    from footprint.extract.names import names_in

    said = byline(doc)
    words = re.sub(r"[^\w\s.'-]", " ", said).split()
    if not words or len(words) > 2:
        return None
    given = words[0].strip(".").casefold()
    initial = words[1].strip(".").casefold() if len(words) == 2 else ""
    if len(given) < 2 or (initial and len(initial) != 1):
        return None  # "Jane Roe" is a full byline (``author``); "the editors" is none
    lines = [text_of(el) for el in doc.xpath(f"//header//*[{_TAGLINE}] | //*[{_TAGLINE}]")[:2]]
    for line in lines:
        if not line or len(line) > _TAGLINE_MAX:
            continue
        for span in names_in(line):
            parts = span.name.split()
            if parts[0].casefold() == given and (not initial or parts[-1][:1].casefold() == initial):
                context = f"by {said} · {line}" + (f" [page: {title}]" if title else "")
                return PersonRecord(name=span.name, context=context, read_from=("name:author",))
    return None


# The years after a copyright sign, before the holder's name: "© 2026", "Copyright © 2019-2026,".
COPYRIGHT_YEARS = r"\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
# A site's copyright line ("© 2026 Jane Roe · Duluth, Minnesota", "Copyright © 2019-2026 Jane Roe"): its holder.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)" + COPYRIGHT_YEARS, re.I)
_COPYRIGHT_MAX = 160


def login_of(name: str, login: str) -> bool:
    """``login`` (folded letters: "jroe", "elifk", "mzbees") is the login of the person ``name`` names: it holds their
    given or family name, or opens with their initials."""
    parts = [re.sub(r"[^a-z]", "", p) for p in name.casefold().split()]
    given, family = parts[0], parts[-1]
    return given in login or family in login or login.startswith(given[:1] + family[:1])


def copyright_owner(doc: lxml.html.HtmlElement, title: str = "") -> PersonRecord | None:
    """The blog's owner, as its copyright line names them, when the post's byline is the login they post under
    ("mzbees", "jroe") and the login is theirs: it holds their given or family name, or opens with their initials.
    A personal blog's copyright is its owner's, and the owner writes its posts; the line's town is theirs too. A
    login of someone else (a guest's) or a line naming a company is no one's."""
    from footprint.extract.names import names_in

    said = byline(doc)
    login = re.sub(r"[^a-z]", "", said.casefold())
    if not said or " " in said.strip() or len(login) < 3:
        return None  # no byline, or a byline of words ("Jane Roe", "The editors"): ``author`` reads it
    for el in doc.xpath("//footer | //small | //p | //div[not(*)] | //span[not(*)]"):
        line = text_of(el)
        found = _COPYRIGHT.search(line) if len(line) <= _COPYRIGHT_MAX else None
        if found is None:
            continue
        for span in names_in(line[found.end() :]):
            parts = span.name.casefold().split()
            if span.start > 0 or len(parts) < 2 or len(parts) > 4:
                break
            if not login_of(span.name, login):
                return None
            context = f"by {said} · {line}" + (f" [page: {title}]" if title else "")
            return PersonRecord(name=span.name, context=context, read_from=("name:author",))
    return None


def replying_owner(doc: lxml.html.HtmlElement, commenters: tuple[PersonRecord, ...], title: str = "") -> str:
    """The commenter who is the post's own author answering under it: the byline is a short form ("Nha Lucy",
    "lucy", "Lucy T.") and a comment is signed with a whole name of that given name (and that initial). Blog owners
    answer their readers under their own name ("Lucy Tavares says: Sim, Dina! ... Between surgeries I change the
    water"). Its name ("" when none); the blog's tagline is then what they say of themselves (``as_owner``)."""
    said = byline(doc)
    words = [w.strip(".").casefold() for w in re.sub(r"[^\w\s.'-]", " ", said).split()]
    if not words or len(words) > 2:
        return ""
    givens = {w for w in words if len(w) > 2}
    initials = {w for w in words if len(w) == 1}
    for person in commenters:
        parts = person.name.split()
        if len(parts) < 2 or parts[0].casefold() not in givens:
            continue
        if initials and parts[-1][:1].casefold() not in initials:
            continue
        return person.name
    return ""


def as_owner(doc: lxml.html.HtmlElement, person: PersonRecord, title: str = "") -> PersonRecord:
    """``person`` (a commenter found to be the post's author) as its author: the byline and the blog's tagline
    ("Cape Verdean cooking from an eye surgeon's kitchen on the East Side of Providence") join what they wrote."""
    lines = [text_of(el) for el in doc.xpath(f"//*[{_TAGLINE}]")[:1]]
    tagline = next((t for t in lines if 0 < len(t) <= _TAGLINE_MAX), "")
    said = " · ".join(t for t in (f"by {byline(doc)}", tagline, person.context) if t)
    context = f"{said} [page: {title}]" if title else said
    return replace(person, context=context, read_from=(*person.read_from, "name:author"))
