"""The generic reading layer: the people any page is about, with no site definition.

In order of trust, after schema.org (``structured``) and a site definition's selectors:
labelled text blocks (``labelled``: people-search cards and detail pages, whatever their
class names), the headlines (``headline``: og:title, <title>, <h1>, meta description) and
mentions in the running text (``mentions``: articles, posts, directories). A page fetched
from outside the catalog gets its kind from what it holds: a labelled record with an age or
relatives is a people-search page, an article is news, a rated page is a ratings profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from footprint.extract import block_breaks as breaks
from footprint.extract import (
    block_lines,
    columns,
    echo,
    headline,
    households,
    labelled,
    media,
    mentions,
    owners,
    professional_cards,
    tables,
)
from footprint.identity import fold
from footprint.models import PageKind, PersonRecord

# Catalog kinds whose page is about one named person: running-text mentions only when nobody is named.
_PROFILE_KINDS = frozenset(
    {
        PageKind.RATINGS_PROFILE,
        PageKind.DIRECTORY_LISTING,
        PageKind.OFFICIAL_RECORD,
        PageKind.PEOPLE_SEARCH,
        PageKind.SOCIAL_PROFILE,
        PageKind.SOCIAL_POST,
    }
)


@dataclass(frozen=True)
class Reading:
    """What the generic layer read: the people by layer, the page's kind and its date."""

    labelled: tuple[PersonRecord, ...]
    headline: tuple[PersonRecord, ...]
    mentioned: tuple[PersonRecord, ...]
    kind: PageKind
    published: str = ""
    nothing_found: bool = False  # a search page that says it found nobody: its echoed query is no person


def _family(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""


_TITLE_WORDS = frozenset({"dr", "dra", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor"})


def _kin(name: str, named: list[PersonRecord]) -> bool:
    """True when a name of the page's own person's family is another person's: a full given name that is none
    of theirs, nor a form of one ("Dr. Anselm (Joan) Vorderbrook" in his mother Hilde Vorderbrook's obituary,
    a bride's father in a wedding notice). "Ms. Vorderbrook", "Hildy Vorderbrook" or "H. Vorderbrook" is the person
    again."""
    from footprint.identity import given_name_forms

    words = fold(name).split()
    words = words[1:] if words[:1] and words[0] in _TITLE_WORDS else words
    if len(words) < 2 or len(words[0]) < 3:
        return False
    given = words[0]
    for p in named:
        theirs = fold(p.name).split()
        theirs = theirs[1:] if theirs[:1] and theirs[0] in _TITLE_WORDS else theirs
        if not theirs or theirs[0] == given or given in theirs[:-1]:
            return False
        if given in given_name_forms(theirs[0]) or theirs[0] in given_name_forms(given):
            return False
        if any(given in given_name_forms(a) for a in (fold(x).split()[0] for x in p.aliases if x.strip())):
            return False
    return True


def read(
    doc: lxml.html.HtmlElement,
    body: str,
    og: dict[str, str],
    kind: PageKind,
    marked: list[PersonRecord],
    *,
    rated: bool = False,
    listing: bool = False,
    title: str = "",
) -> Reading:
    """Read ``doc`` (already cleaned of sponsored and unrelated blocks); ``marked`` are the people
    schema.org and the site's selectors found, which the mentions must not repeat; ``listing``
    says the page is a site's results page; ``title`` is written into each mention's context."""
    # A results grid labels its columns once (columns.py); its rows replace what the labelled reader made of
    # them, and a relative or alias listed in a row is no person of its own.
    grid = columns.people(doc)
    in_grid = {fold(n) for g in grid for n in (g.name, *g.relatives, *g.aliases)}
    body_el = doc.find("body")
    # A property or deed record's owners, family name first in capitals ("CHURCH PAUL R & CHURCH MIRIAM E").
    owned = owners.people(block_lines.lines(body_el if body_el is not None else doc), title)
    # A member directory's households, family name first ("Whitcombe, Gerald (Gerry) & Marjorie"); a heading
    # whose block holds their entries ("Parish Directory") is the directory's, nobody's record.
    house = households.people(doc)
    terms = [h.context.split(" · ")[0] for h in house]
    owned += house
    in_grid |= {fold(o.name) for o in owned}
    read = [c for c in labelled.people(doc) if fold(c.name) not in in_grid and not any(t in c.context for t in terms)]
    cards = [*grid, *owned, *read]
    if not marked and not cards and echo.nothing_found(doc):
        return Reading((), (), (), kind, nothing_found=True)
    # A results page's headline is the query ("Ann Lee near Austin, TX"), not a person.
    heads = [] if listing or len(marked) + len(cards) > 1 else headline.people(doc, og)
    named = [p for p in (*marked, *cards, *heads) if p.name.strip()]
    new_kind = classify(kind, cards, og, doc, rated)
    mentioned: list[PersonRecord] = []
    published = ""
    if new_kind not in _PROFILE_KINDS or not named:
        # Professional cards (a directory's entries) first: each carries its own block as context.
        listed = [*professional_cards.cards(doc, title), *tables.table_rows(doc, title)]
        shown = [c for c in listed if fold(c.name) not in {fold(p.name) for p in named}]
        # The whole page as shown: a byline the main text leaves out ("by P.H.V., DO") signs the text too.
        as_shown = block_lines.lines(doc.find("body") if doc.find("body") is not None else doc)
        shown_text = "\n".join(as_shown)
        text = breaks.rebroken(mentions.main_text(body), as_shown)  # no name runs from a byline into the post
        if len(text) < 200:
            text = shown_text
        # A name in the prose that shares a family name with the page's own person is that
        # person (or kin) written another way: the page's subject is the one its headline names.
        families = {_family(p.name) for p in named}
        # The headline's person mentioned in the prose is kept: their sentence ("a pediatrician in
        # Fargo") joins the headline's record (one name, one record), so the match reads it.
        # So is a post's or answer's author the markup names: the line under their name ("Pulmonologist
        # in Las Vegas") says who they are.
        authors = {fold(p.name) for p in marked if media.AUTHOR_MARK in p.read_from}
        heads_named = {fold(p.name) for p in heads} | authors
        known = {fold(p.name) for p in (*marked, *cards, *shown)} - authors
        known |= {fold(p.name) for p in named} - heads_named
        mentioned = shown + [
            p
            for p in mentions.people(text, title, known, shown_text)
            if not named or _family(p.name) not in families or fold(p.name) in heads_named or _kin(p.name, named)
        ]
        if new_kind in (PageKind.NEWS, PageKind.OTHER, PageKind.PERSONAL_SITE):
            published = mentions.published(body)
    if len(cards) + len(mentioned) >= _ROSTER and _HOMETOWNS.search(doc.text_content()):
        cards, mentioned = _without_hometowns(cards), _without_hometowns(mentioned)
    return Reading(tuple(cards), tuple(heads), tuple(mentioned), new_kind, published)


# A roster that lists its people with their hometowns ("Hometown: Elk River, MN", "Residents listed with medical
# school and hometown"): the city beside each name is where they grew up, not where they live or work.
_HOMETOWNS = re.compile(r"\bhome ?towns?\b", re.I)
_ROSTER = 3


def _without_hometowns(people: list[PersonRecord]) -> list[PersonRecord]:
    from dataclasses import replace

    return [replace(p, addresses=tuple(a for a in p.addresses if a.street)) for p in people]


# A licensing board's own page: its orders and its licence register are official records.
# A story's byline: "By Sadie Roe · June 3, 2025", "By Sadie Roe and Al Poe".
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[·|,•–—-]|and\b|$)")
_OFFICIAL = re.compile(
    r"\b(?:board of (?:medicine|medical|osteopathic|registration|licensure|healing arts)|medical (?:board|commission)"
    r"|(?:licen[cs]e|licensure|credential) (?:verification|lookup|search|details)|verify a licen[cs]e"
    r"|disciplinary (?:actions?|orders?)|consent order|board (?:order|action)s?)\b",
    re.I,
)


# A member's own account on a site where people rate things (books, films, beers): when the member joined
# and was last seen. A doctor's ratings profile is about the doctor, who is no member of the site.
_MEMBER = re.compile(
    r"\bjoined (?:in |on )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?(?:\d{1,2}, )?"
    r"(?:19|20)\d\d\b"
    r"|\bmember since\b|\blast (?:active|seen|online)\b",
    re.I,
)


_REVIEWISH = re.compile(r"review|comment|testimonial|feedback|rating", re.I)
_STARS = re.compile(r"★|☆|\bstars?\b|\b\d(?:\.\d)?\s*(?:/|out of)\s*(?:5|10)\b", re.I)
_BLOCKS = ("div", "li", "article", "section", "td", "dd", "p")


def _in_a_review(node: lxml.html.HtmlElement) -> bool:
    """The element sits in a review: an ancestor called one, or one of its two nearest blocks holds stars."""
    blocks = 0
    for el in (node, *node.iterancestors()):
        if _REVIEWISH.search(" ".join(str(el.get(k, "")) for k in ("class", "id"))):
            return True
        if el.tag in _BLOCKS and blocks < 2:
            blocks += 1
            attrs = " ".join(str(v) for d in el.iter() if isinstance(d.tag, str) for k, v in d.attrib.items()
                             if k in ("aria-label", "title", "alt") or k.startswith("data-"))  # fmt: skip
            if _STARS.search(attrs) or _STARS.search(el.text_content()):
                return True
    return False


def _member_page(doc: lxml.html.HtmlElement) -> bool:
    """The page says when its own person joined or was last active; a reviewer's "Member since 2019" inside a
    review on a doctor's ratings page is the reviewer's, not the page's."""
    for node in doc.xpath("//body//text()[normalize-space()]"):
        if _MEMBER.search(str(node)) and not _in_a_review(node.getparent()):
            return True
    return False


def _article(doc: lxml.html.HtmlElement, og: dict[str, str]) -> bool:
    """The page is written as a story: marked as an article, or signed with a byline."""
    if og.get("og:type", "").lower() == "article" or doc.xpath("//article"):
        return True
    return any(_BYLINE.match(str(t)) for t in doc.xpath("//body//text()[normalize-space()]")[:60])


def classify(
    kind: PageKind, cards: list[PersonRecord], og: dict[str, str], doc: lxml.html.HtmlElement, rated: bool
) -> PageKind:
    """The kind of a page the catalog does not know (``PageKind.OTHER``), from what it holds."""
    if kind != PageKind.OTHER:
        return kind
    if any((c.age is not None or c.relatives) and owners.LAYER not in c.read_from for c in cards):
        return PageKind.PEOPLE_SEARCH  # a property record's co-owners are kin, but the page is the county's
    heads = " ".join([doc.findtext(".//title") or "", *(h.text_content() for h in doc.xpath("//h1")[:2])])
    if _OFFICIAL.search(heads):
        # A story about a board's action ("Medical Board suspends license of ...") is news, not the board's record:
        # the people it quotes are in its prose, and an action is the subject's only where a sentence names them.
        return PageKind.NEWS if _article(doc, og) else PageKind.OFFICIAL_RECORD
    if rated and _member_page(doc):
        return PageKind.SOCIAL_PROFILE  # a member's page: the ratings are the ones they gave, not of them
    if rated:
        return PageKind.RATINGS_PROFILE
    if og.get("og:type", "").lower() == "article" or doc.xpath("//article"):
        return PageKind.NEWS
    return PageKind.OTHER
