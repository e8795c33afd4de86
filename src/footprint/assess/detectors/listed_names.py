"""How a listing writes the subject's name and profile: the family name whole, run together or as an initial, a
practice's name instead of a person's (and the practice a business directory's page is about), one key per profile
whatever its tab."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.assess.detectors.base import Context
from footprint.identity import fold
from footprint.models import LISTING_KINDS, Extracted, PageKind, PersonRecord

# Trailing path parts that are tabs of one profile, not another profile.
PROFILE_TABS = frozenset({"reviews", "ratings", "about", "overview", "locations", "insurance", "appointments"})


def same_family_name(family: str, listed: str) -> bool:
    """True when ``listed`` carries the family name ``family``. A double surname folds to several words
    ("okonkwo reyes"): each must be in the listed name. A surname with particles may be written run
    together ("De La Cruz" as "Delacruz", "Van der Berg" as "Vanderberg"), and the registry may keep one without
    its apostrophe ("OSULLIVAN" for O'Sullivan, which folds to "o sullivan"): the same name."""
    words, said = fold(family).split(), fold(listed).split()
    if not words or set(words) <= set(said):
        return True
    joined = "".join(words)
    return any(joined == "".join(said[i:j]) for i in range(len(said)) for j in range(i + 1, len(said) + 1))


def family_as_initial(family: str, listed: str) -> bool:
    """True when ``listed`` gives the family name only as its initial ("Ngozi A.", "Jane R"): a display name a
    social or review site shortens for privacy, the same person's name, not a listing under another name."""
    words, fam = fold(listed).split(), fold(family).split()
    return len(words) >= 2 and bool(fam) and len(words[-1]) == 1 and words[-1] == fam[0][0]


_BUSINESS = re.compile(
    r"\b(?:associates|clinic|center|centre|group|medical|health|healthcare|hospital|practice|partners|pllc|llc|pc"
    r"|inc|institute|specialists|physicians|care|family medicine|pediatrics|dermatology|eye|vision|women'?s)\b",
    re.I,
)


def is_business_name(name: str) -> bool:
    """The name a page lists is its practice's ("Front Range Eye Associates"), not a person's: not the
    physician's name written another way."""
    return bool(_BUSINESS.search(name))


def profile_key(url: str) -> str:
    """One key per profile: no query, fragment, trailing tab ("/reviews") or extension."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    while segments and segments[-1] in PROFILE_TABS:
        segments.pop()
    path = re.sub(r"\.(html?|php|aspx?)$", "", "/".join(segments))
    return f"{(parts.hostname or '').lower()}/{path}"


def current_family(ctx: Context) -> str:
    return fold(ctx.identity.subject.family_name or ctx.identity.subject.name.split()[-1])


def bare(name: str) -> str:
    return name.removeprefix("dr ").strip()


def practice_listed(page: Extracted) -> PersonRecord | None:
    """The practice a business directory's page is about (its schema.org business, the page's title
    starting with its name: "Front Range Eye - Centennial, CO | Directory"), with its phone and address."""
    business = page.business
    if business is None or page.kind not in (*LISTING_KINDS, PageKind.OTHER) or not business.practice:
        return None
    if not fold(page.title).startswith(fold(business.practice)):
        return None  # a site-wide organisation (a hospital's main line) on a page about someone else
    return PersonRecord(name="", addresses=business.addresses, phones=business.phones)
