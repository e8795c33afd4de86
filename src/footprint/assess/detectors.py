"""Detectors: one small function per kind of exposure, each given the confirmed pages.

Every detector takes a :class:`Context` and one matched page and yields
findings. Context holds what tells personal from professional: the
practice's addresses and phones from the NPI record and confirmed listings.
Word lists are data in ``words.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from footprint.assess.taxonomy import finding
from footprint.extract.entities import display_phone, normalise_phone
from footprint.identity import fold
from footprint.models import Address, Extracted, Finding, Identity, Match, PersonRecord, Severity
from footprint.sites import SiteDefinition


@dataclass(frozen=True)
class Context:
    identity: Identity
    sites: dict[str, SiteDefinition]
    handles: frozenset[str]
    practice_phones: frozenset[str]
    practice_streets: frozenset[str]


Detector = Callable[[Context, Match], Iterator[Finding]]


@cache
def words() -> dict[str, re.Pattern[str]]:
    text = resources.files("footprint.assess").joinpath("words.yaml").read_text(encoding="utf-8")
    raw: dict[str, list[str]] = yaml.safe_load(text)
    return {k: re.compile(r"(?<!\w)(" + "|".join(v) + r")(?!\w)", re.I) for k, v in raw.items()}


def street_key(address: Address) -> str:
    """House number and first street word: "2250 NW Flanders St" -> "2250 nw"."""
    tokens = fold(address.street).split()
    return " ".join(tokens[:2]) if tokens else ""


def best_person(ctx: Context, page: Extracted) -> PersonRecord | None:
    from footprint.match import match_person

    scored = [(match_person(ctx.identity, p).score, p) for p in page.people if p.name]
    return max(scored, key=lambda sp: sp[0])[1] if scored else None


def people_search(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    if page.kind != "people_search":
        return
    person = best_person(ctx, page)
    if person is None:
        return
    site = ctx.sites.get(page.site_id)
    conf = m.result.score
    for address in person.addresses:
        if street_key(address) and street_key(address) not in ctx.practice_streets:
            line = address.one_line()
            yield finding(
                "home_address",
                site,
                page.site_id,
                page.url,
                line,
                f"Home address listed on {site.name if site else page.site_id}",
                f"{person.name}: {line}",
                conf,
            )
    for phone in person.phones:
        if phone not in ctx.practice_phones:
            shown = display_phone(phone)
            yield finding(
                "personal_phone",
                site,
                page.site_id,
                page.url,
                shown,
                f"Personal phone number listed on {site.name if site else page.site_id}",
                f"{person.name}: phone {shown}",
                conf,
            )
    if person.relatives:
        names = ", ".join(person.relatives)
        yield finding(
            "family_information",
            site,
            page.site_id,
            page.url,
            names,
            f"Relatives named on {site.name if site else page.site_id}",
            f"{person.name}, relatives: {names}",
            conf,
        )
    if person.age or person.birth_date:
        shown = person.birth_date or f"Age {person.age}"
        yield finding(
            "birth_date",
            site,
            page.site_id,
            page.url,
            shown,
            f"Age or birth date listed on {site.name if site else page.site_id}",
            f"{person.name}: {shown}",
            conf,
        )


def photos(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    site = ctx.sites.get(page.site_id)
    for photo in page.photos:
        tagged_me = ctx.handles & set(photo.tagged)
        if not tagged_me or photo.posted_by in ctx.handles:
            continue
        text = f"{photo.caption} [photo: {photo.alt}]" if photo.alt else photo.caption
        hit = words()["substance"].search(text)
        leisure = words()["leisure"].search(text)
        marker = hit or leisure
        exposed = marker.group() if marker else photo.caption[:60]
        title = f"Photo of you posted by @{photo.posted_by}" + (" (vacation or party)" if leisure else "")
        yield finding("tagged_photo", site, page.site_id, page.url, photo.url or exposed, title, text, m.result.score)
        if hit:
            yield finding(
                "substance_imagery",
                site,
                page.site_id,
                page.url,
                photo.url or exposed,
                f"Photo showing drinking, posted by @{photo.posted_by}",
                text,
                m.result.score,
            )


def comments(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    site = ctx.sites.get(page.site_id)
    for post in page.posts:
        if post.author not in ctx.handles:
            continue
        offensive = words()["offensive"].search(post.text)
        if post.on_post_by and post.on_post_by not in ctx.handles:
            yield finding(
                "personal_comment",
                site,
                page.site_id,
                post.url or page.url,
                post.text[:120],
                f"Public comment you left on @{post.on_post_by}'s post",
                post.text,
                m.result.score,
            )
        if offensive:
            yield finding(
                "offensive_content",
                site,
                page.site_id,
                post.url or page.url,
                offensive.group(),
                "Post or comment with offensive language",
                post.text,
                m.result.score,
            )


def reviews(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    site = ctx.sites.get(page.site_id)
    name = site.name if site else page.site_id
    negative = [r for r in page.reviews if r.rating is not None and r.rating / (r.scale or 5) * 5 <= 2.0]
    if negative:
        latest = max(negative, key=lambda r: r.date)
        yield finding(
            "negative_review",
            site,
            page.site_id,
            page.url,
            f"{len(negative)} negative",
            f"{len(negative)} negative review{'s' if len(negative) > 1 else ''} on {name}",
            f"Most recent ({latest.date or 'undated'}, {latest.rating:g}/{latest.scale:g}): {latest.text}",
            m.result.score,
        )
    for review in page.reviews:
        hit = words()["patient_confirming"].search(review.reply)
        if review.reply and hit:
            yield finding(
                "review_reply_risk",
                site,
                page.site_id,
                page.url,
                hit.group(),
                f"Your reply to a review on {name} confirms the reviewer was a patient",
                f"Reply: {review.reply}",
                m.result.score,
            )


def listings(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    """Phones and addresses on confirmed listings that differ from the NPI record."""
    record = ctx.identity.npi_record
    if record is None:
        return
    official_phones = {p for p in (normalise_phone(x) for x in record.phones) if p}
    official_streets = {street_key(a) for a in record.addresses if a.purpose != "MAILING"}
    for m in matches:
        page = m.page
        if page.kind not in ("ratings_profile", "directory_listing") or not page.person:
            continue
        site = ctx.sites.get(page.site_id)
        name = site.name if site else page.site_id
        person = page.person
        for phone in person.phones:
            if official_phones and phone not in official_phones:
                shown, wanted = display_phone(phone), ", ".join(display_phone(p) for p in sorted(official_phones))
                yield finding(
                    "listing_inconsistency",
                    site,
                    page.site_id,
                    page.url,
                    shown,
                    f"{name} lists phone {shown}; the NPI record has {wanted}",
                    f"{name}: phone {shown} | NPI record: {wanted}",
                    m.result.score,
                )
        for address in person.addresses:
            key = street_key(address)
            if key and official_streets and key not in official_streets:
                line = address.one_line()
                yield finding(
                    "listing_inconsistency",
                    site,
                    page.site_id,
                    page.url,
                    line,
                    f"{name} lists the address {line}, which the NPI record does not have",
                    f"{name}: {line}",
                    m.result.score,
                    Severity.MEDIUM,
                )


PAGE_DETECTORS: tuple[Detector, ...] = (people_search, photos, comments, reviews)
