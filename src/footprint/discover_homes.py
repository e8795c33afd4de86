"""The subject's home as web search finds it, for the second discovery pass.

A people-search record of the subject lists the home it believes current first ("714 Westover Crest Rd,
Wilmington, DE 19807"). The pages about that house seldom write the physician's name where search shows it: a
real-estate site titles its page with the address and names the owners of record in the page ("714 Westover
Crest Rd, Wilmington, DE 19807 | Redfin"), and a homeowners' association or a neighbour names the household with
its street ("the Ashworths on Palmetto Crest Way"). No name query returns them. Anti-doxxing guides say those
who expose a person's home gather it from "public records, social media and real estate websites" and tell the
person to search the web about themselves and their family often (N.C. Department of Information Technology,
"Protecting Yourself Against Doxing", it.nc.gov; ProPublica, "So What the Hell Is Doxxing?": "property records ...
real estate websites"). A careful auditor therefore searches the home as a real-estate page titles it: the
street line quoted with the town. This module asks that query for the home a **confirmed** people-search record
gives, and opens the results (of any query) that carry that house number and street, or the family name with that
street. Matching judges what is opened like any other page (the owner's name on it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from footprint.identity import fold, house_key, without_unit
from footprint.models import Address, Decision, Identity, Match, PageKind, SearchResult

HOMES = 2  # current homes searched a scan: people-search records mostly agree on one


def _street(address: Address) -> str:
    """The street line without its unit ("714 Westover Crest Rd"); "" without a house number to find it by."""
    street = without_unit(address.street)
    words = street.split()
    numbered = len(words) >= 2 and any(c.isdigit() for c in words[0]) and any(c.isalpha() for c in words[1])
    return street if numbered else ""


def learn(identity: Identity, matches: Iterable[Match]) -> tuple[Address, ...]:
    """The current home of each confirmed people-search record (its first address with a house number that is not
    listed as a previous one), at most ``HOMES``; never a street the registry or a confirmed page of another kind
    gives as the office (a broker sometimes takes the practice for the home)."""
    matches = tuple(matches)
    record = identity.npi_record
    offices = {house_key(a.street) for a in (record.addresses if record is not None else ())}
    for m in matches:
        if m.result.decision == Decision.CONFIRMED and m.person is not None and m.page.kind != PageKind.PEOPLE_SEARCH:
            offices |= {house_key(a.street) for a in m.person.addresses}
    homes: dict[str, Address] = {}
    for m in matches:
        if m.result.decision != Decision.CONFIRMED or m.page.kind != PageKind.PEOPLE_SEARCH or m.person is None:
            continue
        current = next((a for a in m.person.addresses if _street(a) and a.purpose.lower() != "previous"), None)
        if current is None or house_key(current.street) in offices:
            continue
        homes.setdefault(house_key(current.street), Address(_street(current), current.city, current.state))
    return tuple(homes.values())[:HOMES]


def queries(homes: Iterable[Address]) -> list[str]:
    """For each home, the street line quoted with the town ('"714 Westover Crest Rd" Wilmington'), as a real-estate
    page is titled. The family name with the street ('Ashworth "Palmetto Crest Way"', as a neighbour writes the
    household) was tried and dropped: on the tuning physicians it opened one homeowners' page, which matching
    rejects (it names the spouse), and nothing on the half never read page by page, at one request a scan."""
    return [f'"{home.street}" {home.city}'.strip() for home in homes]


def at_home(identity: Identity, result: SearchResult, homes: Iterable[Address]) -> bool:
    """The result carries a home's house number and first street word ("714 Westover" in a title or an address
    like ``/714-Westover-Crest-Rd-19807/``), or the subject's family name with the home's whole street name."""
    path = re.sub(r"[-_/+.]+", " ", result.url.split("://", 1)[-1])
    text = f" {fold(f'{result.title} {result.snippet} {path}')} "
    family = fold(identity.subject.family_name or "")
    for home in homes:
        if f" {house_key(home.street)} " in text:
            return True
        name = fold(" ".join(home.street.split()[1:]))
        if family and len(name.split()) >= 2 and f" {name} " in text and f" {family} " in text:
            return True
    return False
