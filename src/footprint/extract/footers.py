"""Whose site a page is, as its footer says: a personal site's footer opens with its owner's name, alone or with a
copyright sign, and what they are ("Jane Roe · Madison, Wisconsin · pots made between clinic days", "© 2026 Jane
Roe"). A blog theme that hides the post's author leaves the footer as the only place the page names its owner,
who wrote the post.

Only when no byline names a writer, or the byline is the owner's given name or login ("jane", "jroe"), as a
theme's hidden author writes it: a post signed by someone else is theirs, whoever owns the site.
"""

from __future__ import annotations

import re

import lxml.html

from footprint.extract.comments import COPYRIGHT_YEARS, login_of
from footprint.extract.html import has_class
from footprint.models import PersonRecord

# The site's footer as themes and builders mark it: <footer>, the landmark role, a "Footer" or "site-footer" class.
_FOOTER = f"//footer | //*[@role='contentinfo'] | //*[{has_class('Footer')} or {has_class('footer')}]"
_LINE_MAX = 200
# A copyright sign and its years opening the line: "© 2026", "Copyright © 2019–2026,".
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)" + COPYRIGHT_YEARS, re.I)
# What follows the owner's name on the line: nothing, or a separator before the rest ("· Madison", "| Pots").
_AFTER_NAME = re.compile(r"\s*(?:$|[·|•–—]\s|,\s)")
# The site told as a thing its owner keeps, after the site's name: "Lakes and Lines · an ice-fishing notebook by
# Ann Roe · Duluth", "a kitchen diary by Ann Roe". An article opens it, and no word of a site's making is in it
# ("a theme by", "a site designed by": the builder's credit, not the owner's).
_KEPT_BY = re.compile(r"(?:^|[·|•–—]\s)(?i:an?|the|my)\s+(?P<thing>[\w'’ -]{1,60}?)\s+by\s+(?=[A-Z])")
_MAKING = re.compile(r"(?i)\b(?:theme|template|design|designed|website|site|powered|hosted|built|developed|photos?)\b")


def _lines(doc: lxml.html.HtmlElement) -> list[str]:
    out = []
    for footer in doc.xpath(_FOOTER)[:3]:
        blocks = footer.xpath(".//p | .//small | .//div[not(*)] | .//span[not(*)]") or [footer]
        out += [" ".join(b.text_content().split()) for b in blocks]
    return [line for line in dict.fromkeys(out) if 0 < len(line) <= _LINE_MAX]


def _a_business(name: str) -> bool:
    """A practice's or a shop's name ("Fern Wabash Orthopaedics", "Lake Bees Honey Co"): a field's word or the
    words of a thing, as a practice's footer opens with its own name."""
    from footprint.extract.personhood import not_a_person
    from footprint.identity import fold
    from footprint.specialties import field_words

    return not_a_person(name) or any(fold(w.strip(".,")) in field_words() for w in name.split())


def _signed_by(name: str, byline: str) -> bool:
    """The byline is none, the owner's given name or login ("Elif", "elifk", "ekarakaya"), or the given name's
    opening as the owner is called ("Lu" for Lucia, "Jo" for Joanna)."""
    login = re.sub(r"[^a-z]", "", byline.casefold())
    if not login:
        return not byline.strip()
    given = re.sub(r"[^a-z]", "", name.split()[0].casefold())
    return (len(login) >= 3 and login_of(name, login)) or (len(login) == 2 and given.startswith(login))


# The separator between a footer line's parts: "Clay Mornings · notes from a cold studio · Annika Roe · Duluth".
_PART = re.compile(r"\s[·|•–—]\s+")


def _after_site(line: str, site: frozenset[str]) -> str:
    """The line from its first part that opens with a whole name, when it opens with the site's own name and goes
    on with what the site is (parts that open with no name): the owner's name after the site's. Else the line."""
    from footprint.extract.merge import merge_key
    from footprint.extract.names import name_at_start

    parts = _PART.split(line)
    if len(parts) < 3 or merge_key(parts[0]) not in site:
        return line
    for at, part in enumerate(parts[1:], 1):
        if name_at_start(part) is not None:
            return " · ".join(parts[at:])
    return line


def meta_author(doc: lxml.html.HtmlElement) -> str:
    """The author a page's metadata names (``<meta name="author">``, microdata's ``itemprop="author"``), as a
    theme that hides the byline still writes it."""
    said = doc.xpath("//meta[@name='author' or @itemprop='author']/@content")
    return " ".join(str(said[0]).split()) if said else ""


def owner(
    doc: lxml.html.HtmlElement, byline: str, title: str = "", site: frozenset[str] = frozenset()
) -> PersonRecord | None:
    """The site's owner as its footer names them at the start of a line, or after the site's own name (``site``,
    in ``merge_key`` form) and what the site is ("Clay Mornings · notes from a cold studio · Annika Roe · Duluth"),
    the line being what they say of themselves; None when no footer line opens with a whole name, or the byline
    is someone else's."""
    from footprint.extract.names import name_at_start
    from footprint.extract.places import places_in

    for line in _lines(doc):
        rest = line[m.end() :] if (m := _COPYRIGHT.match(line)) else line
        kept = _KEPT_BY.search(rest)
        if kept and not _MAKING.search(kept.group("thing")):
            rest = rest[kept.end() :]
        rest = _after_site(rest, site)
        span = name_at_start(rest)
        if span is None or not 2 <= len(span.name.split()) <= 4 or not _AFTER_NAME.match(rest[span.end :]):
            continue
        if _a_business(span.name):
            continue
        if not _signed_by(span.name, byline):
            return None
        context = f"{line} [page: {title}]" if title else line
        # The town the line gives ("· Eden Prairie, Minnesota ·") is where the owner says they are.
        return PersonRecord(
            name=span.name,
            credentials=span.credentials,
            addresses=places_in(rest[span.end :]),
            context=context,
            read_from=("name:author",),
        )
    return None
