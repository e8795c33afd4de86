"""Handles the subject's confirmed pages give as theirs, and the username checks made of them.

A user types a name; the doctor's confirmed Bluesky profile is at ``@seunmovesdoc``, her Linktree lists
``instagram.com/trishsleepsdoc``, her practice bio says "IG: @memoscalpel". Those are the subject's own
handles, by the word of a page already judged theirs: discovery searches them and checks them on the
username sites the run checks (``ProbeSource.LEARNED_HANDLE``), and matching takes an account or a post at
one of them as the subject's when nothing on it says otherwise (``match.provenance.by_learned``).

Only what a page gives as **its subject's own** is learned: the account the page itself is (a profile's
address), the handle its person record carries, and, when they write one of the subject's names, the
profile links it gives (``sameAs``, a link-in-bio's entries) and the "@handle" or "IG: handle" its text
writes. A tagged friend, a reply-to or a shop's account names nobody of the subject's and is left. A
handle too short or too common to say whose it is ("doc", "mike", "sleep") is never learned. Every handle
remembers the page that taught it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from urllib.parse import urlsplit

from footprint.extract.personhood import common_word, given_name
from footprint.extract.social import PROFILE_DIRS, normalise_handle
from footprint.identity import fold
from footprint.models import Decision, Identity, Match, PageKind, Probe, ProbeSource
from footprint.nameforms import NameForms
from footprint.sites import SiteDefinition

MAX_HANDLES = 3  # learned handles checked on the username sites, per scan
MIN_LETTERS = 5  # "doc", "mike", "trish": too short to say whose account it is alone
TEXT_CHARS = 4000  # of a page's text read for "@handle" (a bio is at the top)
# "@seunmovesdoc", "IG: memoscalpel", "Instagram - @trish.sleeps": a handle as a page writes its person's.
_AT = re.compile(r"(?<![\w.@/])@([A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])")
_LABELLED = re.compile(
    r"\b(?:IG|Insta(?:gram)?|Twitter|X|TikTok|Threads|Bluesky|Mastodon|YouTube|Strava|Venmo)\s*[:\-–]\s*@?"
    r"([A-Za-z0-9_][A-Za-z0-9_.]{2,29})\b"
)
# A first path segment that is a network's own page, not an account ("/watch", "/p/ABC", "/search").
_NOT_ACCOUNTS = frozenset({
    "watch", "p", "reel", "reels", "search", "explore", "hashtag", "tag", "tags", "login", "signup", "share",
    "sharer", "intent", "home", "about", "help", "settings", "photos", "groups", "events", "pages", "status",
})  # fmt: skip


def weak(handle: str) -> bool:
    """True when ``handle`` alone cannot say whose account it is: short, a common word or a bare given name."""
    bare = re.sub(r"[^a-z0-9]", "", fold(handle))
    if len(bare) < MIN_LETTERS:
        return True
    word = handle.strip("@").replace("_", " ").replace(".", " ").strip()
    return " " not in word and (common_word(word.lower()) or given_name(word.capitalize()))


def bare_handle(handle: str) -> str:
    """The handle itself: "@Yousef@mastodon.social" and "seunmovesdoc.bsky.social" as "yousef", "seunmovesdoc"."""
    h = normalise_handle(handle).split("@", 1)[0].strip(".")
    labels = h.split(".")
    if len(labels) >= 3 or (len(labels) == 2 and labels[-1] in _DOMAIN_ENDS):
        return labels[0]  # a handle that is a domain (Bluesky's): its first label
    return h


_DOMAIN_ENDS = frozenset({"social", "com", "net", "org", "app", "io", "me", "xyz", "dev", "page"})


def account_in_url(url: str) -> str:
    """The account a network URL is at or under ("/@name", "/name", "/u/name", "/@name/video/1"); "" if none."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    if not parts:
        return ""
    at = next((p for p in parts if p.startswith("@") and len(p) > 1), "")
    if at:
        return normalise_handle(at)
    if len(parts) >= 2 and parts[-2].lower() in PROFILE_DIRS:
        return normalise_handle(parts[-1].removesuffix(".html"))
    if len(parts) == 1 and parts[0].lower() not in _NOT_ACCOUNTS and "." not in parts[0]:
        return normalise_handle(parts[0])
    return ""


def is_account_page(url: str) -> bool:
    """True for an account's own page ("/@name", "/name", "/u/name"), not a post or video under it."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    return len(parts) == 1 or (len(parts) == 2 and parts[0].lower() in PROFILE_DIRS)


def writes_subject(handle: str, identity: Identity, givens: Iterable[str] = ()) -> bool:
    """True when ``handle`` writes one of the subject's given names (typed, everyday or learned), or the
    family name beside a doctor's word ("drvukovich"): how a person's own handle reads, not a friend's."""
    bare = re.sub(r"[^a-z0-9]", "", fold(handle))
    forms = {g for g in (*NameForms.of(identity).known_givens(), *(fold(g) for g in givens)) if len(g) >= 3}
    if any(g.replace(" ", "") in bare for g in forms):
        return True
    family = re.sub(r"[^a-z]", "", fold(identity.subject.family_name or ""))
    return len(family) >= 4 and family in bare and bool(re.search(r"doc|dr|md", bare.replace(family, " ")))


def learn(
    identity: Identity, matches: Iterable[Match], linked: Mapping[str, tuple[str, ...]], givens: Iterable[str] = ()
) -> tuple[tuple[str, str], ...]:
    """(handle, page URL) for each handle the confirmed pages give as the subject's, first page first; none the
    user gave, none weak. ``linked``: the profile links each page gives (``outbound.profile_links``)."""
    given = {normalise_handle(h) for h in identity.subject.handles}
    givens = tuple(givens)
    # One of the subject's names alone ("wendell", "marchbanks") is anyone's of that name on another network.
    alone = {re.sub(r"[^a-z0-9]", "", g) for g in (*NameForms.of(identity).known_givens(), *map(fold, givens))}
    alone.add(re.sub(r"[^a-z0-9]", "", fold(identity.subject.family_name or "")))
    found: dict[str, str] = {}

    def keep(handle: str, url: str, named: bool) -> None:
        h = bare_handle(handle)
        if not h or h in given or h in found or weak(h) or re.sub(r"[^a-z0-9]", "", h) in alone:
            return
        if named or writes_subject(h, identity, givens):
            found[h] = url

    for m in matches:
        if m.result.decision != Decision.CONFIRMED or m.person is None:
            continue
        url = m.page.url
        own = account_in_url(url)
        social = m.page.kind in (PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST)
        # The account the page is, on its own page ("/@trishsleepsdoc"); a post under an account
        # ("/@junebrightwater/1134") may be a friend's that tags the subject: only when it writes a name.
        account_page = bool(own) and social and is_account_page(url)
        if own and (social or "-" not in own):  # a link-in-bio's "/trishv", not a practice page's "/trish-vukovich"
            keep(own, url, account_page)
        if m.person.handle:  # the person the match chose: the account's own on its page, else a name must say so
            keep(m.person.handle, url, account_page and bare_handle(m.person.handle) == bare_handle(own))
        for link in linked.get(url, ()):
            if account := account_in_url(link):
                keep(account, url, False)
        text = m.page.text[:TEXT_CHARS]
        for pattern in (_AT, _LABELLED):
            for written in pattern.findall(text):
                keep(written.rstrip("."), url, False)
    return tuple(found.items())


def probes(
    taught: Iterable[tuple[str, str]], sites: Iterable[SiteDefinition], seen: set[str], limit: int = MAX_HANDLES
) -> list[Probe]:
    """Username checks of the first ``limit`` learned handles on every site with a username check (the
    catalog's and ``--username-sites``), none already fetched; each remembers the page that taught its handle.
    ``seen`` grows by the probes returned."""
    from footprint import usernames

    out: list[Probe] = []
    pool = tuple(s for s in sites if s.username is not None)
    for handle, by in tuple(taught)[:limit]:
        for site in pool:
            found = usernames.probe(site, handle, ProbeSource.LEARNED_HANDLE)
            if found is None or found.url in seen or found.page_url in seen:
                continue
            seen.update({found.url, found.page_url})
            out.append(replace(found, linked_from=by))
    return out
