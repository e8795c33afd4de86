"""What every detector shares: the context, the word lists and the finding helper.

Context holds what tells personal from professional (the practice's
addresses, phones and e-mail domains from the NPI record and confirmed
listings) and whose accounts are the subject's. Word lists are data in
``words.yaml``: each list is a set of regular-expression alternatives matched
on word boundaries; a list ``NAME_not`` holds phrases inside which a hit of
``NAME`` does not count ("flu shots" is not a drink).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

from footprint.assess.detectors.post_authors import doctor_answering, named_longer, signers
from footprint.assess.detectors.sign_offs import signed_by
from footprint.assess.taxonomy import finding
from footprint.extract.media import AUTHOR_MARK
from footprint.identity import house_key
from footprint.models import (
    LISTING_KINDS,
    Address,
    Extracted,
    Finding,
    Identity,
    Match,
    PageKind,
    Photo,
    Post,
    Severity,
)
from footprint.sites import SAFE_LOADER, SiteDefinition

# Page kinds where a person writes in their own voice (posts, comments, photos).
SOCIAL_KINDS = frozenset(
    {PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST, PageKind.EXPORT_ITEM, PageKind.PERSONAL_SITE, PageKind.OTHER}
)
# Audiences that are not the public: content shared this way is not exposed.
PRIVATE_AUDIENCES = frozenset(
    {"private", "direct", "friends", "only me", "only_me", "self", "followers", "close friends", "custom"}
)


@dataclass(frozen=True)
class Context:
    identity: Identity
    sites: dict[str, SiteDefinition]
    handles: frozenset[str]
    practice_phones: frozenset[str]
    practice_streets: frozenset[str]
    practice_domains: frozenset[str] = frozenset()
    known_urls: frozenset[str] = frozenset()
    # The registry's mailing address and phone when they are a house's: any page republishing them shows the home.
    registry_homes: tuple[Address, ...] = ()
    registry_home_phones: frozenset[str] = frozenset()
    # The phones a confirmed people-search record of the subject lists (not the practice's): their own lines,
    # wherever else a page writes them.
    broker_phones: frozenset[str] = frozenset()
    # The homes (with a house number) and the relatives a confirmed people-search record of the subject lists: a page
    # about them that tells "number 18" on that road, or those relatives by given name, tells theirs (``broker_told``).
    broker_homes: tuple[Address, ...] = ()
    broker_relatives: tuple[str, ...] = ()


PageDetector = Callable[[Context, Match], Iterator[Finding]]
SiteDetector = Callable[[Context, list[Match]], Iterator[Finding]]


@cache
def _words() -> dict[str, list[str]]:
    text = resources.files("footprint.assess").joinpath("words.yaml").read_text(encoding="utf-8")
    raw: dict[str, list[str]] = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
    return raw


@cache
def _pattern(name: str) -> re.Pattern[str] | None:
    """Word list ``name`` as one pattern, compiled the first time a detector asks for it; None if no such list."""
    words = _words().get(name)
    return None if words is None else re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I)


@cache
def _stems(name: str) -> re.Pattern[str]:
    """Word list ``name`` as stems found anywhere, inside a word too: for scripts that join a preposition or a
    possessive to the word (Amharic, Arabic) or write no spaces (Chinese, Japanese)."""
    return re.compile("|".join(_words()[name]))


def stem(name: str, text: str) -> str:
    """The first stem of word list ``name`` in ``text``, or ""."""
    found = _stems(name).search(text)
    return found.group() if found else ""


def compile_word_lists() -> int:
    """Compile every word list now (a long-lived worker, before its first subject); how many there are."""
    return sum(_pattern(name) is not None for name in _words())


def hits(name: str, text: str) -> list[re.Match[str]]:
    """Every match of word list ``name`` in ``text`` that no ``name_not`` phrase covers."""
    pattern = _pattern(name)
    if pattern is None:
        raise KeyError(name)
    found = [h for h in pattern.finditer(text) if not _in_a_proper_name(text, h)]
    guard = _pattern(f"{name}_not") if found else None
    if guard is None:
        return found
    spans = _all_spans(guard, text)
    return [h for h in found if not any(a <= h.start() and h.end() <= b for a, b in spans)]


_NAME_BEFORE = re.compile(r"[a-z,;]\s+$")
_NAME_AFTER = re.compile(r"^[ \t]+[A-Z][a-z]+")


def _in_a_proper_name(text: str, found: re.Match[str]) -> bool:
    """A listed word written capitalised in mid-sentence before another capitalised word is part of a name, a
    brand's, a shop's or a street's ("two scoops of Joint Harvest collagen", "dinner on Whiskey Row"), not the
    thing itself."""
    words = found.group().split()
    if not words or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False  # "Board suspended", "Dr.": a phrase or an abbreviation, not a name's word
    if not _NAME_BEFORE.search(text[max(0, found.start() - 3) : found.start()]):
        return False
    return bool(_NAME_AFTER.match(text[found.end() : found.end() + 40]))


def _all_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Every match of ``pattern``, overlapping ones too: a section heading's "Disciplinary Actions: No"
    must not swallow the "No" of the "No disciplinary action has been taken" that follows it."""
    spans: list[tuple[int, int]] = []
    at = 0
    while (found := pattern.search(text, at)) is not None:
        spans.append(found.span())
        at = found.start() + 1
    return spans


def hit(name: str, text: str) -> str:
    """The first counted match of word list ``name`` in ``text``, or ""."""
    found = hits(name, text)
    return found[0].group() if found else ""


def words_up_to(text: str, limit: int) -> str:
    """The start of ``text``, at most ``limit`` characters, ending at the end of a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    at = max(cut.rfind(" "), cut.rfind("\n"))
    return (cut[:at] if at > 0 else text[:limit]).rstrip(" ,;:-–—")


def names_family(family: str, text: str) -> bool:
    """The folded ``text`` names the folded ``family`` name as whole words: a double or particled surname
    ("restrepo haddad", "de la cruz") is its words in a row, not one word."""
    words = family.split()
    if not words:
        return False
    tokens = text.split()
    return any(tokens[i : i + len(words)] == words for i in range(len(tokens) - len(words) + 1))


def street_key(address: Address) -> str:
    """House number and first street word: "2250 NW Flanders St" -> "2250 nw"."""
    return house_key(address.street)


def dialable(phone: str) -> bool:
    """A number a North American phone could have: area code and exchange start with 2-9. A ten-digit
    NPI read as a phone ("1747938094") is none."""
    if not phone.startswith("+1"):
        return True
    digits = phone[2:]
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"


def site_name(ctx: Context, site_id: str) -> str:
    site = ctx.sites.get(site_id)
    return site.name if site else site_id


def own_handles(ctx: Context, m: Match) -> frozenset[str]:
    """The subject's accounts: the handles they gave, else a matched profile's own handle.

    When the subject gave handles, only those count, so an impostor's
    profile is never mistaken for theirs.
    """
    if ctx.handles:
        # A bare handle the user gave ("@kidneydoc") is that name on every site: on a Mastodon server the
        # account there is "kidneydoc@<server>".
        host = (urlsplit(m.page.url).hostname or "").lower().removeprefix("www.")
        at_host = {f"{h}@{host}" for h in ctx.handles if "@" not in h and host}
        # On a network whose handles are domains it is the network's default form: "kidneydoc.bsky.social".
        site = ctx.sites.get(m.page.site_id)
        template = site.username.candidate_template if site is not None and site.username is not None else ""
        default = {template.format(candidate=h).lower() for h in ctx.handles if template and "@" not in h}
        return ctx.handles | at_host | default
    # The person the match chose: on a sister's post that names the subject, the subject, not the poster.
    person = m.person
    if m.page.kind == PageKind.SOCIAL_PROFILE and person is not None and person.handle:
        return frozenset({person.handle})
    return frozenset()


def is_public(audience: str) -> bool:
    return audience.strip().lower() not in PRIVATE_AUDIENCES


def own_posts(ctx: Context, m: Match) -> list[Post]:
    """Public posts and comments the subject wrote on a social page.

    On a news page only comments count (the subject's account under the
    article): what the article quotes the doctor saying is not their post.
    """
    mine = own_handles(ctx, m)
    person = m.person
    # The subject's comment under a blog post, or their answer on a Q&A page, signed with their name.
    signed = {"name:comment", AUTHOR_MARK}
    if person is not None and signed & set(person.read_from) and m.result.decision.is_match:
        mine = mine | {person.name} | ({person.handle} if person.handle else set())
    if person is not None and m.result.decision.is_match:
        mine = mine | signers(m, person.name) | signed_by(m, person.name) | named_longer(m, person.name)
    if m.page.kind == PageKind.NEWS:
        return [p for p in m.page.posts if p.author in mine and p.on_post_by and is_public(p.audience)]
    if m.page.kind not in SOCIAL_KINDS:
        return []
    if person is not None and not mine & {p.author for p in m.page.posts if p.on_post_by}:
        subject = ctx.identity.subject
        names = frozenset(n.lower() for n in (subject.given_name or "", subject.family_name or "") if len(n) >= 4)
        mine = mine | doctor_answering(m, person.name, names)
    return [p for p in m.page.posts if p.author in mine and is_public(p.audience)]


def emit(
    ctx: Context,
    m: Match,
    category: str,
    exposed: str,
    title: str,
    excerpt: str,
    *,
    url: str = "",
    severity: Severity | None = None,
    key: str = "",
    item: str = "",
    fix: str = "",
) -> Finding:
    """A finding on page ``m``; ``key`` (default: ``exposed``) is what its id fingerprints.

    ``item`` names the exposed thing (:func:`post_item`, :func:`photo_item`,
    :func:`reply_item`): findings about the same thing become one. ``fix``
    picks the taxonomy's fix for that source (``own_post``); by default the
    fix follows the kind of site the page is on.

    ``url`` is where the exposed thing lives (a post's own address). A post read
    on a profile's page (a TikTok or Instagram grid, a timeline) is reported on
    that profile, the page the scan opened and can show; the post's address
    stays its ``item``.
    """
    page: Extracted = m.page
    site = ctx.sites.get(page.site_id)
    return replace(
        finding(
            category,
            site,
            page.site_id,
            page.url if page.kind == PageKind.SOCIAL_PROFILE else (url or page.url),
            exposed,
            title,
            excerpt,
            m.result.score,
            severity,
            key=key,
            variant=fix or source_kind(site, page),
        ),
        exposure=item,
    )


def source_kind(site: SiteDefinition | None, page: Extracted) -> str:
    """Which of the taxonomy's fixes fits the page: a broker's opt-out, a profile's settings, a listing's claim."""
    kind = site.kind if site is not None else ""
    if kind == "people_search" or page.kind == PageKind.PEOPLE_SEARCH:
        return "people_search"
    if kind == "social" or page.kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST, PageKind.EXPORT_ITEM):
        return "social"
    if page.kind in LISTING_KINDS:
        return "listing"
    return ""


def post_item(m: Match, post: Post) -> str:
    """The exposed thing a post is: its own URL, else its text on the page."""
    return f"post:{post.url or m.page.url + '#' + ' '.join(post.text.split())[:80]}"


def photo_item(m: Match, photo: Photo) -> str:
    """The exposed thing a photo is. An item of an export that holds one post is that post (its check-in and
    its photo's GPS are one exposure)."""
    if m.page.kind == PageKind.EXPORT_ITEM and len(m.page.posts) == 1:
        return post_item(m, m.page.posts[0])
    text = " ".join(f"{photo.caption} {photo.alt}".split())[:80]
    return f"photo:{photo.url or m.page.url + '#' + text}"


def reply_item(m: Match, reply: str) -> str:
    """The exposed thing a reply to a review is."""
    return f"reply:{m.page.url}#{' '.join(reply.split())[:120]}"


def poster(name: str) -> str:
    """How a report names who posted something: ``@handle`` for a handle, a display name as it is."""
    if not name:
        return "someone else"
    return name if " " in name.strip() else f"@{name.lstrip('@')}"
