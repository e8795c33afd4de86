"""A paid tie disclosed on one page and left out of another: the FTC's material connection, across pages.

A meeting's faculty page or a sponsored program states the subject's tie ("Disclosures: Consultant and
speakers bureau, Regenvia Therapeutics (maker of Luminavex)", "Dr. Roe is a paid speaker for Corvane
Pharmaceuticals"). A page where the subject speaks in the first person (their video, their practice's blog,
their post) that names the same company or product and says nothing of the tie is an undisclosed conflict.
News and records are others' words (unless the byline is the subject's); a page that itself discloses is
not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.base import Context, emit, hit, hits, names_family, own_posts, site_name
from footprint.assess.detectors.own_words import own_article
from footprint.identity import US_STATES, fold
from footprint.models import LISTING_KINDS, Finding, Match, PageKind

# The words after "Disclosures:" for one speaker, or a sentence saying the subject is paid by a company.
_DISCLOSED = re.compile(r"\bdisclosures?\s*:\s*(?P<body>[^.]{3,200})", re.I)
_PAID_BY = re.compile(
    r"\b(?:is|am|was|serves as)\s+(?:a\s+)?paid\s+(?:speaker|consultant|advisor|adviser|spokesperson)"
    r"(?:\s+and\s+(?:speaker|consultant|advisor|adviser))?\s+(?:for|to)\s+(?P<body>[^.]{3,120})",
    re.I,
)
# Words in a disclosure that name the kind of tie, not the company.
_ROLE_WORDS = frozenset(
    {"consultant", "consulting", "speaker", "speakers", "bureau", "advisory", "board", "honoraria", "honorarium",
     "research", "grant", "support", "none", "and", "for", "maker", "makers", "manufacturer", "of", "the", "paid",
     "stock", "equity", "employee", "royalties", "travel", "fees", "member", "receives", "received", "from",
     "cardio", "medical", "health", "healthcare", "therapeutics", "biosciences", "sciences", "devices",
     "diagnostics", "education", "systems", "solutions", "technologies", "global", "national", "american",
     "expert", "witness", "testimony", "state", "county", "city", "department", "office", "attorney", "court"}
)  # fmt: skip
# A government paying for testimony or service ("Expert witness fees, State of Colorado") is no maker: its place's
# name promotes nothing.
_PLACES = frozenset(fold(s) for s in US_STATES.values())
_NO_TIE = re.compile(
    r"^\s*(?:none|n/a|nothing to disclose|no (?:relevant )?(?:financial )?(?:relationships|conflicts))", re.I
)
# A tie denied: "she has no financial relationship with Meridane", "I have no ties to Acme", "is not paid by Acme".
# A denial is no disclosure; when the subject disclosed a tie to that company elsewhere it is the conflict itself.
_DENIAL = re.compile(
    r"\b(?:has|have|had|with|reports?|reported|declares?|declared)\s+no\s+(?:\w+\s+){0,2}"
    r"(?:relationships?|ties|tie|connections?|conflicts?(?:\s+of\s+interest)?|financial\s+interests?)\s+(?:with|to|in)\s+"
    r"|\b(?:is|am|was|are)\s+not\s+(?:paid|compensated|sponsored|funded)\s+by\s+"
    r"|\b(?:does|do|did)\s*(?:n[o']t|\s+not)\s+(?:\w+\s+){0,2}(?:consult|speak|work)\s+for\s+",
    re.I,
)
# Pages in the subject's own first-person voice: a video's or a practice blog's "I", "my patients", "we".
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|we|our)\b")
# Pages in others' words about the subject: a story, a record, a listing (shared with ``paid_role``).
OTHERS_WORDS = frozenset({PageKind.NEWS, PageKind.OFFICIAL_RECORD, PageKind.PEOPLE_SEARCH, *LISTING_KINDS})
_NEAR_NAME = 400  # characters before a disclosure in which the subject's name must be its speaker's


def _tie_words(body: str) -> list[str]:
    """The distinctive names a disclosure gives a company or product by ("Regenvia", "Luminavex"), folded. A name
    of several words is kept whole ("Crest Pelvic Devices" is "crest pelvic"): one of its words alone ("pelvic"
    on a urogynecologist's page) names nothing of the company."""
    out: list[str] = []
    for name in re.findall(r"\b[A-Z][A-Za-z0-9-]{3,}(?:\s+[A-Z][A-Za-z0-9-]{3,})*", body):
        run: list[str] = []
        for word in [*(fold(w) for w in name.split()), ""]:
            if word and word not in _ROLE_WORDS and word not in _PLACES and not hits("corporate", word):
                run.append(word)
            elif run:
                out.append(" ".join(run))
                run = []
    return list(dict.fromkeys(out))


# A speaker named with a credential ("Tom Poe, MD") or a title ("Dr. Poe"): the family name is the group.
_SPEAKER = re.compile(
    r"\b(?:Dr\.?\s+(?:[A-Z][\w'’-]+\s+)?(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+([A-Z][\w'’-]+),?\s+(?:MD|DO|M\.D\.|D\.O\.)\b)"
)


def _speaker_is_subject(ctx: Context, text: str, at: int) -> bool:
    """The disclosure at ``at`` is the subject's: the last speaker named before it bears their family name."""
    family = fold(ctx.identity.subject.family_name or "")
    named = list(_SPEAKER.finditer(text[max(0, at - _NEAR_NAME) : at]))
    return bool(family and named) and fold(named[-1].group(1) or named[-1].group(2)) == family


def disclosed_ties(ctx: Context, matches: list[Match]) -> dict[str, str]:
    """Folded company or product word -> the URL of the page that discloses the subject's tie to it."""
    ties: dict[str, str] = {}
    for m in matches:
        if not m.result.decision.is_match:
            continue
        text = " ".join(m.page.text.split())
        for said in [*_DISCLOSED.finditer(text), *_PAID_BY.finditer(text)]:
            body = said["body"]
            if _NO_TIE.match(body) or body.lower().lstrip().startswith(("research", "grant")):
                continue
            if said.re is _DISCLOSED and not _speaker_is_subject(ctx, text, said.start()):
                continue
            if said.re is _PAID_BY and not names_family(fold(ctx.identity.subject.family_name or ""), fold(text)):
                continue
            for word in _tie_words(body):
                ties.setdefault(word, m.page.url)
            # The products the disclosing page presents by brand and generic name ("Menovya (relugalix
            # combination)", "Luminavex®"): the maker's, so the same tie.
            for brand in _BRANDED.finditer(text):
                ties.setdefault(fold(brand.group(1) or brand.group(2)), m.page.url)
    return ties


# A drug as its maker's pages name it: the brand with the generic name in brackets, in lower case ("Menovya
# (relugalix combination)"), or with the registered mark ("Luminavex®").
_BRANDED = re.compile(
    r"(?-i:\b([A-Z][a-z]{3,})\s+\((?:[a-z][a-z-]{3,}(?: [a-z-]{3,}){0,3})\))|\b([A-Z][\w-]{3,})\s?[®™]"
)


# What separates a page's own subject from its site's name in a title: "Jane Roe, MD | Northside Crest Clinic".
_TITLE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")


def _site_own_name(page_url: str, title: str, practices: list[str]) -> str:
    """The names a page goes by itself, folded: its host's labels ("pvcresturogyn"), its title's site part and
    the practices its people work at. A company word inside them ("Crest" in "Northside Crest Clinic") is the
    site's or the organisation's own name, not a product the page promotes."""
    host = (urlsplit(page_url).hostname or "").lower()
    parts = _TITLE_SEPARATOR.split(title)
    return " ".join([host, *(fold(p) for p in parts[1:]), *(fold(p) for p in practices if p)])


def _denied(ctx: Context, text: str, ties: dict[str, str]) -> str:
    """The disclosed tie the subject's denial on the page names ("Roe said she has no financial relationship with
    Meridane Therapeutics", "I have no ties to Meridane"): a denial in a sentence that names the subject by their
    family name or speaks in the first person."""
    family = fold(ctx.identity.subject.family_name or "")
    for denial in _DENIAL.finditer(text):
        start = max(text.rfind(". ", 0, denial.start()), text.rfind('" ', 0, denial.start()), 0)
        sentence = text[start : denial.end()]
        if not (family and names_family(family, fold(sentence))) and not _FIRST_PERSON.search(sentence):
            continue
        after = f" {' '.join(fold(text[denial.end() : denial.end() + 80]).split())} "
        named = next((w for w in ties if after.startswith(f" {w} ") or f" {w} " in after[:40]), "")
        if named:
            return named
    return ""


def undisclosed_ties(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    """Each first-person page of the subject naming a company or product they are paid by, without a disclosure."""
    ties = disclosed_ties(ctx, matches)
    if not ties:
        return
    for m in matches:
        page = m.page
        if not m.result.decision.is_match or page.url in ties.values():
            continue
        # A profile's own posts are its words though its page text may not hold them (a short-video profile's
        # captions are in its script's data).
        mine = " ".join(p.text for p in own_posts(ctx, m) if p.text not in page.text)
        text = " ".join(f"{page.title} {page.text} {mine}".split())
        denied = _denied(ctx, text, ties)
        if page.kind in OTHERS_WORDS and own_article(ctx, m) is None and not denied:
            continue  # a story or a record; an article whose byline is the subject is their own words
        # A video's description by its channel (a practice's, a society's) is no thread: the page's words stand.
        others = [p for p in page.posts if p.author and not p.video and p not in own_posts(ctx, m)]
        if others and page.kind == PageKind.OTHER:
            # A thread of other people's posts on a site no catalog knows as social (a neighbourhood site, a
            # forum): its "I" and "my" are theirs, and the words the subject wrote there are their own posts alone.
            text = " ".join(" ".join(p.text for p in own_posts(ctx, m)).split())
            denied = _denied(ctx, text, ties)
        disclosed = hit("sponsor_disclosure", text) or bool(_DISCLOSED.search(text))
        if not denied and (disclosed or not _FIRST_PERSON.search(text)):
            continue
        words = f" {' '.join(fold(text).split())} "
        own_name = _site_own_name(page.url, page.title, [p.practice for p in page.people])
        named = denied or next((w for w in ties if f" {w} " in words and w not in own_name), "")
        if named:
            where = site_name(ctx, m.page.site_id)
            title = f"Your page on {where} promotes {named.title()}, whose maker pays you; it does not say so"
            if denied:
                title = f"A page on {where} says you have no tie to {named.title()}, a tie you disclosed elsewhere"
            excerpt = f"{page.title}: {page.text[:300]} [tie disclosed on {ties[named]}]"
            yield emit(ctx, m, "undisclosed_conflict", named.title(), title, excerpt, key=f"tie {named} {page.url}")
