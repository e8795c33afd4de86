"""Detectors for items from the physician's own data exports (pages of kind ``export_item``).

The shared detectors already handle comments and tagged photos in export
items. These add what only an export tells: the profile's birthday and
family, and the places the physician's own posts and photos give away.
An export does not say who can see a profile field, so those findings ask
the physician to check its audience.
"""

from __future__ import annotations

from collections.abc import Iterator

from footprint.assess.detectors import Context
from footprint.assess.taxonomy import finding
from footprint.models import Finding, Match, PageKind, Severity


def profile_details(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    if page.kind != PageKind.EXPORT_ITEM or not page.person or page.person.handle not in ctx.handles:
        return
    site = ctx.sites.get(page.site_id)
    person = page.person
    where = page.title or page.site_id
    check = "The export does not record who can see it: check the field's audience."
    if person.birth_date:
        yield finding(
            "birth_date",
            site,
            page.site_id,
            page.url,
            person.birth_date,
            f"Birthday on your {where}",
            f"Birthday: {person.birth_date}. {check}",
            m.result.score,
            variant="social",
        )
    if person.relatives:
        names = ", ".join(person.relatives)
        yield finding(
            "family_information",
            site,
            page.site_id,
            page.url,
            names,
            f"Family members named on your {where}",
            f"Family: {names}. {check}",
            m.result.score,
            variant="social",
        )


def places(ctx: Context, m: Match) -> Iterator[Finding]:
    page = m.page
    if page.kind != PageKind.EXPORT_ITEM:
        return
    site = ctx.sites.get(page.site_id)
    seen: set[str] = set()
    for post in page.posts:
        if post.location and post.author in ctx.handles and post.audience.lower() not in ("only me", "private"):
            seen.add(post.location)
            shown = f" ({post.audience})" if post.audience else ""
            yield finding(
                "location_exposure",
                site,
                page.site_id,
                post.url or page.url,
                post.location,
                f"Place on your {page.title or page.site_id}{shown}: {post.location}",
                f"{post.date} {post.text} [at {post.location}]".strip(),
                m.result.score,
            )
    for photo in page.photos:
        mine = photo.posted_by in ctx.handles or bool(ctx.handles & set(photo.tagged))
        if not mine or not photo.gps:
            continue
        where = photo.location or f"{photo.gps[0]:.4f}, {photo.gps[1]:.4f}"
        if any(where in s for s in seen):
            continue
        yield finding(
            "location_exposure",
            site,
            page.site_id,
            page.url,
            where,
            f"Photo with GPS coordinates in your {page.site_id} export: {where}",
            f"{photo.caption} [GPS {photo.gps[0]:.5f}, {photo.gps[1]:.5f}]",
            m.result.score,
            Severity.MEDIUM,
        )


# Places (check-ins, geotags, photo GPS) are found by the generic location_exposure
# detector for export items and crawled pages alike, so there is one finding per place.
EXPORT_DETECTORS = (profile_details,)
