"""Profiles under another name than the subject's: a misspelling of it (a site's profile built from a bad record)
or a former name (an old listing nobody updates)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.assess.detectors.base import Context, emit, names_family, site_name
from footprint.assess.detectors.listed_names import (
    bare,
    current_family,
    is_business_name,
    profile_key,
    same_family_name,
)
from footprint.identity import fold
from footprint.models import LISTING_KINDS, Finding, Match, PageKind
from footprint.spellings import near_spelling


def misspelt_family(ctx: Context, m: Match) -> str:
    """The family name a listing gives the subject when it is a misspelling of theirs ("Ghassemi" for Ghasemi,
    "Kowalcyzk" for Kowalczyk), or "". A site that builds profiles from a claims file or a scraped roster
    spells the name as that source did; a doctor who claimed the profile would have corrected it."""
    person = m.person
    record = ctx.identity.npi_record
    if person is None or record is None or m.page.claimed is True:
        return ""
    shown = re.sub(r"^(dr\.?|doctor)\s+", "", person.name.split(",")[0].strip(), flags=re.I)
    words = fold(shown).split()
    if len(words) < 2 or is_business_name(shown) or same_family_name(record.last_name, shown):
        return ""
    known = {w for n in ctx.identity.subject.also_known_as for w in fold(n).split()}
    family = fold(record.last_name).replace(" ", "")
    last = words[-1]
    return last if last not in known and near_spelling(last, family) else ""


def misspelt_item(m: Match) -> str:
    return f"misspelt name {profile_key(m.page.url)}"


def misspelt_profiles(ctx: Context, listings: list[Match]) -> Iterator[Finding]:
    """A ratings or directory profile under a misspelling of the subject's name: made by the site from a bad
    record, unclaimed, and a second profile beside any correct one (patients searching the right spelling do
    not find its reviews; the subject searching for themself does not find it)."""
    for m in listings:
        misspelt = misspelt_family(ctx, m) if m.person is not None else ""
        if misspelt:
            where = site_name(ctx, m.page.site_id)
            title = f"A profile under a misspelling of your name on {where}"
            excerpt = f"{m.page.title or m.page.url}: {m.person.name if m.person else misspelt}"
            item = misspelt_item(m)
            yield emit(ctx, m, "duplicate_or_unclaimed_profile", misspelt, title, excerpt, key=item, item=item)


def _former_families(ctx: Context) -> set[str]:
    """The family names the subject went by before (``--also-known-as``, the registry's former names)."""
    record = ctx.identity.npi_record
    names = [*ctx.identity.subject.also_known_as, *(record.former_names if record else ())]
    current = set(fold(ctx.identity.subject.family_name or ctx.identity.subject.name).split())
    return {w for n in names for w in fold(n).split()[-1:] if w not in current and len(w) > 2}


def former_name_profiles(ctx: Context, matches: list[Match]) -> Iterator[Finding]:
    """A doctor's profile (a listing, or a page no catalog knows, whose title opens with the name, credited as a
    physician) under the name the subject went by before: an old listing nobody updates, a duplicate of the
    current one."""
    former = _former_families(ctx)
    for m in matches if former else ():
        person = m.person
        if person is None or not (person.credentials or person.specialties):
            continue
        name = bare(fold(person.name))
        if not set(name.split()) & former:
            continue
        # Both names together ("Jane Roe Poe", "Jane Poe-Roe") are the name in use now, found under either.
        if names_family(current_family(ctx), name):
            continue
        # A catalog listing under the old name is one too (its name also disagrees with the registry's: that is
        # listing_inconsistency besides): a profile from before the name changed, which nobody keeps.
        if m.page.kind not in (PageKind.OTHER, *LISTING_KINDS) or not _titled(m, name):
            continue
        where = site_name(ctx, m.page.site_id)
        title = f"A profile under your former name on {where}"
        excerpt = f"{m.page.title or m.page.url}: {person.name}"
        yield emit(
            ctx, m, "duplicate_or_unclaimed_profile", person.name, title, excerpt, key=f"former name {m.page.url}"
        )


def _titled(m: Match, name: str) -> bool:
    """The page's title is about ``name`` (folded, without "Dr"): a page no catalog knows opens with it; a catalog
    profile's tab may put the tab's name first ("Patient Comments for Dr. Jane Roe, MD | Ratings")."""
    title = bare(fold(m.page.title))
    return title.startswith(name) or (m.page.kind in LISTING_KINDS and names_family(name, title))
