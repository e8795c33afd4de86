"""family_information on a relative's own page about the subject: a daughter's family blog ("Táta came to visit ...
Mom, Tom and Babička"), a grandmother's post about her visit, a cousin's festival photos, a parish bulletin thanking
the family by given names.

The matcher took the page for the subject's because it names the subject beside relatives their confirmed
people-search record lists (``match.kin_page``: a relative written whole or signed as family blogs sign, and another
relative's given name or the household's town). Such a page ties the doctor to named family members in public, as a
broker's "Relatives" list does, though no sentence of it says "his wife" or "her son" for ``kinship`` to read. Only
that reason counts: a page the subject signs ("signed Harry Q. and names Owen") is their own account, where a
relative's kudos or a comment is no family listing."""

from __future__ import annotations

import re

from footprint.identity import fold
from footprint.match.facts_on_page import KIN
from footprint.match.household import HOUSEHOLD
from footprint.match.kin_page import RELATIVES_PAGE
from footprint.models import Match


def household_named(m: Match) -> str:
    """What a relative's page names of the subject's household ("Wulan, Budi and Rizky: Budi Hartono, Rizky
    Hartono"), as the matcher found it, or "" when the page was not matched as a relative's page."""
    for reason in m.result.reasons:
        if reason.startswith(RELATIVES_PAGE):
            return reason[len(RELATIVES_PAGE) :].split(f", of {HOUSEHOLD}")[0]
    return ""


# The matcher's kin reason: "names Dan Greene, as the subject's relative Daniel Greene is named on another page".
_KIN_NAMED = re.compile(rf"^names (?P<named>.+?)(?: too)?, (?:as|listed as) {re.escape(KIN)}")


def relative_posting(m: Match) -> str:
    """The relative whose own account posted the page's post or photo about the subject ("Dan Greene", the husband a
    broker lists, posting her birthday), or whose byline signs the page's post, as the matcher found them named, or
    "". A relative's public post about the doctor ties the family to them in public, as a relatives page does."""
    named = {fold(k["named"]) for r in m.result.reasons if (k := _KIN_NAMED.match(r))}
    if not named:
        return ""
    posters = {p.author for p in m.page.posts} | {ph.posted_by for ph in m.page.photos}
    for person in m.page.people:
        if person is m.person or not person.handle or person.handle not in posters:
            continue
        if fold(person.name) in named:
            return person.name
    # A blog post the relative signed ("Posted on September 8, 2025 by Chipo Mutasa"): their words about the family.
    text = fold(" ".join(m.page.text.split())[:3000])
    return next((n.title() for n in sorted(named) if re.search(rf"\bby {re.escape(n)}\b", text)), "")
