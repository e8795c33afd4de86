"""A page on another country's website: the physician it presents practises in that country.

The subject is a US physician (an NPI record, a US practice). A hospital in Madrid, an NHS trust in
Leeds, a practice in Melbourne publish on their country's own domain (``.es``, ``.nhs.uk``,
``.com.au``), and a doctor of the subject's name and field there is a namesake: the same name and
specialty are shared across borders as they are across states. A page on such a site is about a
person in that country unless it places them in the US: the subject's city, any US state ("from
Albuquerque, New Mexico", a visiting speaker), the country itself in the languages of immigrant
communities' papers ("nos Estados Unidos"), or a US address of the person's own (then the place rules
decide). Country codes the web uses as brand names (linktr.ee, groups.io, beacons.ai, about.me) say
nothing of a country: they count only under a national second level (``.com.co``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from footprint.identity import US_STATES, fold
from footprint.match.text_evidence import said
from footprint.models import Address, PersonRecord

# Country-code domains whose sites are that country's own: hospitals, practices, universities, newspapers.
COUNTRIES = {
    "uk": "the United Kingdom", "ie": "Ireland", "es": "Spain", "pt": "Portugal", "fr": "France", "de": "Germany",
    "it": "Italy", "nl": "the Netherlands", "be": "Belgium", "ch": "Switzerland", "at": "Austria", "se": "Sweden",
    "no": "Norway", "dk": "Denmark", "fi": "Finland", "pl": "Poland", "cz": "the Czech Republic", "sk": "Slovakia",
    "hu": "Hungary", "ro": "Romania", "bg": "Bulgaria", "gr": "Greece", "hr": "Croatia", "si": "Slovenia",
    "rs": "Serbia", "lt": "Lithuania", "lv": "Latvia", "ua": "Ukraine", "ru": "Russia", "tr": "Turkey",
    "il": "Israel", "lb": "Lebanon", "jo": "Jordan", "eg": "Egypt", "sa": "Saudi Arabia", "ae": "the Emirates",
    "qa": "Qatar", "kw": "Kuwait", "ir": "Iran", "pk": "Pakistan", "in": "India", "bd": "Bangladesh",
    "lk": "Sri Lanka", "np": "Nepal", "cn": "China", "hk": "Hong Kong", "tw": "Taiwan", "jp": "Japan",
    "kr": "South Korea", "sg": "Singapore", "my": "Malaysia", "th": "Thailand", "vn": "Vietnam",
    "ph": "the Philippines", "id": "Indonesia", "au": "Australia", "nz": "New Zealand", "za": "South Africa",
    "ng": "Nigeria", "gh": "Ghana",
    "ke": "Kenya", "et": "Ethiopia", "ma": "Morocco", "tn": "Tunisia", "dz": "Algeria", "ca": "Canada",
    "mx": "Mexico", "br": "Brazil", "ar": "Argentina", "cl": "Chile", "pe": "Peru", "uy": "Uruguay",
    "py": "Paraguay", "bo": "Bolivia", "ec": "Ecuador", "ve": "Venezuela", "cr": "Costa Rica", "gt": "Guatemala",
    "do": "the Dominican Republic", "jm": "Jamaica", "cu": "Cuba",
}  # fmt: skip
# Country codes sold worldwide as brand names: a country only under a national second level ("com.co", "ac.im").
BRANDED = {
    "co": "Colombia", "io": "", "ai": "", "me": "Montenegro", "tv": "", "fm": "", "ly": "", "ee": "Estonia",
    "gg": "", "to": "", "sh": "", "so": "", "cc": "", "ws": "", "la": "", "im": "", "is": "Iceland", "nu": "",
    "ac": "", "vc": "", "ms": "", "gl": "", "ag": "", "bz": "", "sc": "", "mu": "", "md": "", "cx": "",
}  # fmt: skip
_NATIONAL_SECOND = frozenset({"com", "co", "org", "net", "gov", "gob", "edu", "ac", "nhs", "med", "health"})


def country(url: str) -> str:
    """The country whose own domain ``url`` is on ("Spain" for ``hospital.example.es``), or ""."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) < 2:
        return ""
    code = labels[-1]
    if code in COUNTRIES:
        return COUNTRIES[code]
    if BRANDED.get(code) and len(labels) >= 3 and labels[-2] in _NATIONAL_SECOND:
        return BRANDED[code]
    return ""


def abroad(url: str, mine: list[Address], person: PersonRecord, text: str) -> str:
    """The country where the page's ``person`` practises, when the page is on that country's own site and
    neither the person's address nor the page (``text``: its text, or the person's own words) places them in
    the US (the subject's city, a US state, the country's name); "" otherwise."""
    where = country(url)
    if not where or any(a.state.upper() in US_STATES for a in person.addresses if a.state):
        return ""
    page = fold(f"{person.context} {text[:20_000]}")
    names = {fold(a.city) for a in mine if a.city} | {fold(s) for s in US_STATES.values()} | _US_WORDS
    if any(said(n, page) for n in names if len(n) > 2):
        return ""
    return where


# The United States as the languages of the immigrant communities' papers write it ("nos Estados Unidos", "aux
# États-Unis", "in den USA"): a page saying the person is there is about someone in the US.
_US_WORDS = frozenset(
    {"united states", "usa", "u s a", "estados unidos", "ee uu", "eua", "etats unis", "vereinigte staaten"}
)
