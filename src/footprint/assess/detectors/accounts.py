"""Accounts: impersonation and personal_profile_public.

Impersonation is judged only when the subject listed their accounts: a
social profile that presents itself as the doctor (their name, with a title,
credential or medical bio) but is none of those accounts. A personal profile
is one of the subject's accounts whose bio and public posts are about their
private life, with nothing professional in the bio.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.activity_start import public_activity
from footprint.assess.detectors.base import Context, emit, hit, is_public, own_handles, site_name
from footprint.assess.detectors.kinship import kin_sentence
from footprint.assess.detectors.subject_text import owns_page
from footprint.extract.social import VIDEO_PATH
from footprint.identity import fold
from footprint.models import Finding, Match, PageKind, PersonRecord
from footprint.specialties import groups_of


def _known(ctx: Context, m: Match) -> bool:
    page = m.page
    handle = _handle(m)
    bare = {h.split("@")[0] for h in ctx.handles if "@" not in h}
    urls = {u.rstrip("/").lower() for u in ctx.known_urls}
    return handle in ctx.handles or handle.split("@")[0] in bare or page.url.rstrip("/").lower() in urls


def presents_as_doctor(bio: str, name: str) -> str:
    """The words by which a profile presents itself as a physician (a title, a medical bio), or ""."""
    said = hit("title_or_credential", name) or hit("professional", bio)
    return said or ", ".join(sorted(groups_of(bio)))


def _handle(m: Match) -> str:
    """The account's handle: its record's, else the one in its address (".../@dr.whitfield.skincare")."""
    person = m.person
    if person is not None and person.handle:
        return person.handle
    from urllib.parse import urlsplit

    parts = [p for p in urlsplit(m.page.url).path.split("/") if p]
    if parts and not parts[-1].startswith("@") and parts[-1].lower() in _ITEM_ROUTES:
        return ""  # "/watch?v=...", "/shorts/...": one video or post, whose address names no account
    if len(parts) == 2 and parts[0].lower() in _ACCOUNT_ROUTES:
        return parts[1].lower()  # "/user/NeilHav_OKC", "/u/neilh": a network's route to its members' profiles
    return parts[-1].lstrip("@").lower() if parts and (parts[-1].startswith("@") or len(parts) == 1) else ""


# The routes networks serve a member's profile under: Untappd's "/user/<name>", Reddit's "/u/<name>".
_ACCOUNT_ROUTES = frozenset({"user", "users", "u", "member", "members"})


# The routes a network serves one item under, never an account's name.
_ITEM_ROUTES = frozenset(
    {"watch", "video", "videos", "shorts", "reel", "reels", "status", "post", "posts", "p", "embed"}
)
# A workplace in the part of a title after the item's own ("When to bring your child to the ER | Capitol
# Children's Hospital"): the hospital or clinic that posted it.
_POSTED_BY_WORKPLACE = re.compile(
    r"\s[|·–—-]\s.*\b(?:clinic|hospital|medical (?:center|centre|group)|health(?: system)?|health ?care|practice)\b",
    re.I,
)


def _posted_by_another(ctx: Context, m: Match) -> bool:
    """One item (a video, a post) whose markup names who posted it, and that poster is neither the subject by
    name nor an account presenting itself as a doctor ("Kapiolani Medical Center" uploading a talk by its
    hospitalist): the one presenting is that account, not an impostor. "Dr Zhou ENT Official" posting his
    clip still presents as him."""
    from footprint.match.person import name_score

    posters = [p for p in m.page.people if p is not m.person and "record:schema.org" in p.read_from and p.name]
    return any(
        name_score(ctx.identity, p.name)[0] < 0.5 and not presents_as_doctor(p.practice, p.name) for p in posters
    )


def impersonation(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    person = m.person
    if page.kind not in (PageKind.SOCIAL_PROFILE, PageKind.OTHER) or person is None or _known(ctx, m):
        return
    if not _handle(m) and (_POSTED_BY_WORKPLACE.search(page.title) or _posted_by_another(ctx, m)):
        return  # one video the doctor's hospital posted about them: the account is the hospital's, not an impostor
    from footprint.match.person import name_score

    score, _ = name_score(ctx.identity, person.name)
    # What the account shows about itself: its bio, its headline ("Dr Eleanor Whitfield MD on TikTok").
    shown = " ".join((person.practice, person.context.split(" [page: ")[0], *person.specialties))
    claim = presents_as_doctor(shown, person.name) or ", ".join(person.credentials)
    # With no accounts listed, an account is an impostor only by what it sells: consults or procedures under
    # the doctor's name paid by wire app, crypto or cash only, or booked over WhatsApp, as scams ask for it.
    sold = " ".join((page.text, *(p.text for p in page.posts)))
    scam = hit("scam_payment", sold) or hit("scam_sales", sold)
    if ctx.handles and page.kind == PageKind.SOCIAL_PROFILE:
        claim = claim or (scam and page.title) or ""
    elif scam:
        claim = claim or page.title if hit("title_or_credential", f"{page.title} {shown}") else ""
    else:
        return
    if score >= 0.8 and claim and not hit("fan_or_parody", f"{person.name} {shown}"):
        handle = _handle(m)
        who = f"@{handle}" if handle else page.url
        title = f"{who} on {site_name(ctx, page.site_id)} presents itself as you; it is not an account you listed"
        excerpt = f"{person.name} ({who}): {person.practice or person.context[:200]}"
        yield emit(ctx, m, "impersonation", person.name, title, excerpt, key=handle or page.url)


def _named_as(ctx: Context, person: PersonRecord) -> bool:
    """True when the account's name is the subject's (a friend's account that tags them is not)."""
    from footprint.match.person import name_score

    return name_score(ctx.identity, person.name)[0] >= 0.5


def _about_private_life(bio: str, person: PersonRecord) -> bool:
    """A bio about the person's private life: nothing professional in it, or the job named beside their
    children or partner by name ("Madison mom of Lars & Ingrid. Pediatrician by day, trail runner by
    dawn"), or beside a word that the account speaks for them, not their employer ("Grandma to five. Views
    mine"). "Internist. Dad. Runner." is a professional's bio."""
    professional = hit("professional", bio) or groups_of(bio)
    if not professional:
        return True
    # "Views mine" declares the account the person's own, not the practice's: with their life in it, personal.
    return bool(hit("personal_life", bio)) and (bool(person.relatives) or bool(hit("personal_account", bio)))


def _profile_handle(m: Match, person: PersonRecord) -> str:
    """The account a profile page is of: its record's handle; on a network the catalog does not know
    (read as a plain web page), the one its address is at (``host/<handle>/``, ``host/@<handle>``), when the
    page names nobody with a credential (a practice's page is no personal profile)."""
    if m.page.kind == PageKind.SOCIAL_PROFILE:
        return person.handle
    if m.page.kind != PageKind.OTHER or person.credentials or not m.result.decision.is_match:
        return ""
    handle = person.handle or _handle(m)
    return handle if handle.startswith("@") or "@" in m.page.url or _names_in(handle, person.name) else ""


def _names_in(handle: str, name: str) -> bool:
    """The address part is the person's handle, not a page's slug ("/picnic"): it holds a part of their name."""
    said = re.sub(r"[^a-z]", "", fold(handle))
    return any(len(w) > 2 and w in said for w in fold(name).split())


# A fundraiser is a campaign that must be public to work, not an account to make private: the family it names
# is family_information, and its page is no personal profile.
_FUNDRAISER = re.compile(r"\b(?:fundrais\w*|donat(?:e|ions?)|crowdfund\w*|pledge page)\b", re.I)


def _own_personal_page(ctx: Context, m: Match) -> Iterator[Finding]:
    """A page the subject runs that no network lists as an account (a wedding site, a payments feed) and that
    names their family: their private life, in public. A fundraiser is none (its family is family_information)."""
    person = m.person
    if person is None or person.credentials or m.page.kind not in (PageKind.OTHER, PageKind.PERSONAL_SITE):
        return
    if not m.result.decision.is_match or not owns_page(ctx, m) or _FUNDRAISER.search(m.page.title):
        return
    relation, sentence = kin_sentence(ctx, m)
    if relation:
        title = f"Your personal page on {site_name(ctx, m.page.site_id)} is public and names your family"
        yield emit(ctx, m, "personal_profile_public", relation, title, sentence, key=m.page.url)


def personal_profile_public(ctx: Context, m: Match) -> Iterator[Finding]:
    found = list(_personal_account(ctx, m)) or list(_own_personal_page(ctx, m))
    yield from found or public_activity(ctx, m)


def _personal_account(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    person = page.person
    handle = _profile_handle(m, person) if person is not None else ""
    if person is None or not handle or VIDEO_PATH.search(urlsplit(page.url).path):
        return  # a video's own page is one post of the account: its profile page says whether the account is personal
    # A second account the scan matched as the subject's, under their name, is theirs too when its bio is
    # personal ("Fargo mom of two, runner"): an impostor presents as the doctor, not as a parent.
    bio = person.practice or person.context.split(" [page: ")[0]  # a headline-read profile keeps its bio there
    personal = hit("personal_life", bio)
    chosen = m.person is not None and m.person.handle == person.handle and _named_as(ctx, person)
    if handle not in own_handles(ctx, m) and not (personal and chosen and m.result.decision.is_match):
        return
    if not _about_private_life(bio, person):
        return
    public_posts = [p.text for p in page.posts if p.author == person.handle and is_public(p.audience)]
    signals = [hit("personal_life", t) or hit("leisure", t) for t in [bio, *public_posts]]
    shown = next((s for s in signals if s), "")
    if shown:
        title = f"Your personal profile @{handle} on {site_name(ctx, page.site_id)} is public"
        excerpt = f"{person.name} (@{handle}): {bio} {' / '.join(public_posts[:2])}".strip()
        yield emit(ctx, m, "personal_profile_public", shown, title, excerpt, key=handle)
