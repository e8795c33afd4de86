"""Who a caption names by a short name on a page matched to the subject: "Dr. Tom W. at the brewery", "Aunty Sade and
Uncle Tunde", a bare "Xeng" under "My brother Xeng (Dr. Sam to his patients)", "Tess and me on the dock" on the blog
of "my little sister Tess", "Dr. P and me". Read by ``photos.tags_subject`` when no tag names the subject."""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context
from footprint.extract.media import AUTHOR_MARK
from footprint.identity import fold, given_name_forms
from footprint.models import LISTING_KINDS, Match, PageKind, Photo
from footprint.spellings import short_form

# A title or a kin word before a given name in a caption: "Dr. Tom W.", "Aunty Sade", "Doc Sam".
_TITLED_GIVEN = re.compile(
    r"\b(?:Dr|Doc|Doctor|Dra|Aunty|Auntie|Aunt|Uncle|Tita|Tito|Tia|Tía|Nonna|Cousin)\.?\s+([A-Z][a-z]{2,})\b"
)


def captioned_by_short_name(ctx: Context, m: Match, photo: Photo) -> bool:
    """A photo on a page matched to the subject whose caption or alt text calls them by a title or a kin word and a
    short form of the given name ("Dr. Tom W. at the brewery", "Aunty Sade and Uncle Tunde", "Dr. Sam with the biggest
    walleye"), as a friend's or a cousin's blog captions a picture after naming them in full: the form is the given
    name's everyday or short form, or the given name the page's chosen person goes by ("Sam Yang"); and no other
    person the page names has that given name."""
    person = m.person
    if person is None or not m.result.decision.is_match or not person.name.strip():
        return False
    given = fold(ctx.identity.subject.given_name or "")
    chosen = fold(person.name.split(",")[0]).split()
    forms = set(given_name_forms(given)) | ({chosen[0]} if len(chosen) > 1 and len(chosen[0]) > 2 else set())
    others = {fold(p.name).split()[0] for p in m.page.people if p is not person and fold(p.name).split()}
    said = f"{photo.caption} {photo.alt}"
    for found in _TITLED_GIVEN.finditer(said):
        word = fold(found.group(1))
        if word in others:
            continue
        if word in forms or short_form(word, given):
            return True
    # "Xeng, Mai, Nkauj Hli and Tou Pheng at the RiverCentre" under "My brother Xeng (Dr. Sam to his patients)": the
    # subject's own given name, bare, where the page's words about the chosen person call them by it; not on a page
    # the subject wrote ("Signe on the dock" on her own knitting blog is her own picture).
    own = fold(person.context.split(" [page: ")[0])
    bare = {fold(w) for w in _BARE_GIVEN.findall(said)}
    writer = bool({"name:author", AUTHOR_MARK} & set(person.read_from))
    listing = m.page.kind in (*LISTING_KINDS, PageKind.OFFICIAL_RECORD)  # a profile's own pictures are headshots
    named = (
        len(given) > 2 and given in bare and given not in others and bool(re.search(rf"\b{re.escape(given)}\b", own))
    )
    # Or the everyday form the page's chosen person is written with ("Meg and Paul toasting with sangria" where the page
    # names "Meg Kittredge"), bare: the page itself calls them so.
    goes_by = chosen[0] if len(chosen) > 1 and chosen[0] in forms and chosen[0] != given else ""
    named = named or (len(goes_by) > 2 and goes_by in bare and goes_by not in others)
    if named and not writer and not listing:
        return True
    # "Tess and me on the dock ... round two of margaritas" on the blog that says "My little sister Tess": the given
    # name's everyday form, bare, where the page calls the subject by it with a kin word.
    kin = [w for w in bare if w in forms and w not in others and _KIN_GIVEN.search(_kin_text(m.page.text, w))]
    if kin and not writer and not listing:
        return True
    # "a nip of brandy for Dr. P and me": the title and the family name's initial, no other person of that initial.
    family = fold(ctx.identity.subject.family_name or "")[:1]
    written = [fold(p.name).split() for p in m.page.people if p is not person]
    initials = {w[-1][:1] for w in written if w and len(w[-1]) > 1}  # not the caption's own "Dr. P", read as a name
    titled = {fold(i.group(1)) for i in _TITLED_INITIAL.finditer(said)}
    return bool(family) and family not in initials and family in titled


_BARE_GIVEN = re.compile(r"\b[A-Z][a-z]{2,}\b")
_KIN_GIVEN = re.compile(
    r"\b(?:sister|brother|sis|bro|mom|mother|dad|father|daughter|son|wife|husband|aunt|aunty|auntie|uncle|cousin"
    r"|niece|nephew|grandma|grandpa|grandmother|grandfather|sister-in-law|brother-in-law)\s+(?P<given>\w+)\b",
    re.I,
)


def _kin_text(text: str, given: str) -> str:
    """The page's phrases that put a kin word right before the folded ``given`` name ("my little sister Tess")."""
    return " ".join(m.group(0) for m in _KIN_GIVEN.finditer(text) if fold(m.group("given")) == given)


# "Dr. P and me", not "Dr. P. Roe" (another person's initial and name).
_TITLED_INITIAL = re.compile(r"\b(?:Dr|Doc)\.?\s+([A-Z])\b(?!\.?\s+[A-Z][a-z])")
