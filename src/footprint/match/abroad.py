"""A page on another country's website that names no place in the United States: a namesake practising abroad.

The NPI registry lists clinicians in the United States; a practice page on a ``.com.au`` or ``.co.uk`` site
("Consultant neurologist, MBBS (Monash), FRACP, consulting at Box Hill, Victoria") is a namesake's however well
the name and field agree, unless the page says where in the US the person is (a British paper quoting "Dr. X of
Charlotte, North Carolina", a conference abroad listing "Charlotte, NC, USA"). Hosts under a country's code top-level
domain (IANA root zone database; the registries' second levels such as ``.com.au`` and ``.co.uk``) are read as
that country's; codes sold worldwide as generic names (``.io``, ``.co``, ``.me``, ``.tv``, ``.ai``) are not.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.extract.states import AP_WORDS, STATE_CODES, STATE_WORDS
from footprint.identity import fold
from footprint.models import Address

COUNTRIES = {
    "au": "Australia", "uk": "the United Kingdom", "nz": "New Zealand", "ca": "Canada", "ie": "Ireland",
    "za": "South Africa", "in": "India", "sg": "Singapore", "de": "Germany", "fr": "France", "nl": "the Netherlands",
    "be": "Belgium", "ch": "Switzerland", "at": "Austria", "se": "Sweden", "no": "Norway", "dk": "Denmark",
    "fi": "Finland", "es": "Spain", "it": "Italy", "pt": "Portugal", "pl": "Poland", "br": "Brazil", "mx": "Mexico",
    "ar": "Argentina", "cl": "Chile", "jp": "Japan", "kr": "South Korea", "cn": "China", "hk": "Hong Kong",
    "tw": "Taiwan", "ph": "the Philippines", "my": "Malaysia", "ng": "Nigeria", "ke": "Kenya", "il": "Israel",
    "ae": "the United Arab Emirates", "sa": "Saudi Arabia", "pk": "Pakistan", "eg": "Egypt", "gr": "Greece",
    "tr": "Turkey", "ru": "Russia", "ua": "Ukraine", "cz": "Czechia", "hu": "Hungary", "ro": "Romania",
}  # fmt: skip
# "USA", "U.S.", a state's name or AP abbreviation, or ", NC" not followed by a four-digit postcode (", WA 6000"
# and ", NT 0800" are Western Australia and the Northern Territory).
_IN_US = re.compile(
    rf"\b(?:USA|U\.S\.A?\.|United States|{STATE_WORDS})\b|(?<!\w)(?:{AP_WORDS})|,\s*(?:{STATE_CODES})\b(?!\s*\d{{4}}\b)"
)


def country_of(url: str) -> str:
    """The country whose code top-level domain the page's host is under, or ""."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return COUNTRIES.get(host.rsplit(".", 1)[-1], "") if "." in host else ""


def elsewhere(url: str, text: str, mine: list[Address]) -> str:
    """Why the page's person is abroad, or "": the page is on another country's site and names no US state, no
    "USA" and none of the subject's towns, while the subject is placed in the US (a state typed or the record's)."""
    country = country_of(url)
    if not country or not any(a.state for a in mine):
        return ""
    if _IN_US.search(text):
        return ""
    folded = f" {fold(text)} "
    if any(a.city and f" {fold(a.city)} " in folded for a in mine):
        return ""
    suffix = (urlsplit(url).hostname or "").rsplit(".", 2)[-2:]
    return f"a site of {country} (.{'.'.join(suffix)}) naming no place in the US"
