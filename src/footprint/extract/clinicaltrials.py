"""ClinicalTrials.gov's public API v2 (docs/evidence/clinicaltrials.md): the studies that name a physician.

The study pages (``/study/NCT01234567``) are script shells; their data is the API's. Two answers:

- a search, ``/api/v2/studies?query.term=...``: ``{"studies": [...], "nextPageToken"?}``. It names nobody itself:
  it lists the studies, each then read as its own page (the study URL is what the report links), and the first
  page links the next one (``pageToken``).
- one study, ``/api/v2/studies/{nctId}``: ``protocolSection`` with ``identificationModule`` (``nctId``,
  ``briefTitle``), ``statusModule.overallStatus`` and ``contactsLocationsModule``: ``overallOfficials[]``
  (``name``, ``affiliation``, ``role``), ``centralContacts[]`` and each of ``locations[]`` (``facility``,
  ``city``, ``state``, ``zip``, ``country``) with its ``contacts[]`` (``name``, ``role``, ``phone``, ``email``).

Every named person is one record with only their own phone and e-mail: a site's coordinator's phone is never the
investigator's. An official's places are the sites at their affiliation; a site contact's, their site.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from footprint.extract.entities import normalise_phone
from footprint.identity import normalise_state, parse_name, split_credentials
from footprint.models import Address, Extracted, Page, PersonRecord

READ_FROM = ("name:API JSON", "record:API JSON")
STUDY_URL = "https://clinicaltrials.gov/study/{}"
NCT_ID = re.compile(r"NCT\d{8}\Z")
# A contact that is no person: a sponsor's desk ("Clinical Trials"), a study number, a web address.
NOT_A_PERSON = re.compile(r"\d|https?:|www\.|@|\b(?:clinical trials?|trial|study|contact|call center|desk)\b", re.I)
ROLES = {
    "PRINCIPAL_INVESTIGATOR": "principal investigator",
    "SUB_INVESTIGATOR": "sub-investigator",
    "STUDY_CHAIR": "study chair",
    "STUDY_DIRECTOR": "study director",
    "CONTACT": "contact",
}


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _items(parent: Any, key: str) -> list[dict[str, Any]]:
    found = parent.get(key) if isinstance(parent, dict) else None
    return [x for x in found if isinstance(x, dict)] if isinstance(found, list) else []


def _module(study: Any, name: str) -> dict[str, Any]:
    section = study.get("protocolSection") if isinstance(study, dict) else None
    found = section.get(name) if isinstance(section, dict) else None
    return found if isinstance(found, dict) else {}


def study_id(study: Any) -> str:
    """A study's NCT number, or "" when it has none that could go into a URL."""
    nct = _text(_module(study, "identificationModule").get("nctId")).upper()
    return nct if NCT_ID.match(nct) else ""


def search(data: Any, page: Page) -> Extracted:
    """A search answer: the URL of each study it lists; the first page links the next (``nextPageToken``)."""
    probe = page.probe
    ids = [i for i in (study_id(s) for s in _items(data, "studies")) if i]
    links = [STUDY_URL.format(i) for i in dict.fromkeys(ids)]
    token = _text(data.get("nextPageToken")) if isinstance(data, dict) else ""
    if token and "pageToken=" not in probe.url:  # two pages at most: a namesake's common name lists hundreds
        links.append(f"{probe.url}&pageToken={quote(token, safe='')}")
    return Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, search_rank=probe.rank,
                     links=tuple(links))  # fmt: skip


def _place(location: dict[str, Any]) -> Address | None:
    city = _text(location.get("city"))
    if not city:
        return None
    country = _text(location.get("country"))
    written = _text(location.get("state"))
    # "Oregon" is OR; abroad, the country is what tells a namesake ("Tromso, Norway").
    state = (normalise_state(written) or written) if country in ("United States", "") else country
    return Address("", city, state, _text(location.get("zip")), "practice")


def _person(
    entry: dict[str, Any], practice: str, places: tuple[Address, ...], *, own_contacts: bool
) -> PersonRecord | None:
    raw = _text(entry.get("name"))
    if not raw or NOT_A_PERSON.search(raw):
        return None
    first, middle, last, suffix = parse_name(raw)
    if not first or not last:
        return None
    credentials = split_credentials([suffix, raw.split(",", 1)[1] if "," in raw else ""])
    phone = normalise_phone(_text(entry.get("phone"))) if own_contacts else None
    email = _text(entry.get("email")).lower() if own_contacts else ""
    return PersonRecord(
        name=" ".join(p for p in (first, middle, last) if p),
        credentials=credentials,
        addresses=places,
        phones=(phone,) if phone else (),
        emails=(email,) if "@" in email else (),
        practice=practice,
        # The role as the record says it; not an occupation ("contact" is no profession a matcher should weigh).
        context=ROLES.get(_text(entry.get("role")).upper(), ""),
        read_from=READ_FROM,
    )


def _same_place(affiliation: str, facility: str) -> bool:
    a, f = affiliation.casefold(), facility.casefold()
    return bool(a and f) and (a in f or f in a)


def _people(contacts: dict[str, Any]) -> list[tuple[PersonRecord, str]]:
    """Each named person with the part of the record that names them."""
    locations = _items(contacts, "locations")
    out: list[tuple[PersonRecord, str]] = []
    for official in _items(contacts, "overallOfficials"):
        affiliation = _text(official.get("affiliation"))
        # The sites at the official's affiliation; a single-site study's one site is its official's.
        at = [loc for loc in locations if _same_place(affiliation, _text(loc.get("facility")))]
        at = at or (locations if len(locations) == 1 else [])
        places = tuple(dict.fromkeys(p for p in (_place(loc) for loc in at) if p))
        person = _person(official, affiliation, places, own_contacts=False)
        if person is not None:
            out.append((person, f"overall official ({person.context or 'official'}), {affiliation}"))
    for contact in _items(contacts, "centralContacts"):
        person = _person(contact, "", (), own_contacts=True)
        if person is not None:
            out.append((person, "central contact"))
    for location in locations:
        facility = _text(location.get("facility"))
        place = _place(location)
        for contact in _items(location, "contacts"):
            person = _person(contact, facility, (place,) if place else (), own_contacts=True)
            if person is not None:
                where = ", ".join(p for p in (facility, place.one_line() if place else "") if p)
                out.append((person, f"site {person.context or 'contact'}, {where}"))
    return out


def _merged(people: list[tuple[PersonRecord, str]]) -> list[tuple[PersonRecord, str]]:
    """One record per name: an official who is also a site's contact keeps both places and their own contacts."""
    by_name: dict[tuple[str, str], tuple[PersonRecord, str]] = {}
    for person, said in people:
        words = person.name.casefold().split()
        key = (words[0], words[-1])  # "Wren A. Halvorsen" the official is "Wren Halvorsen" their site's contact
        if key not in by_name:
            by_name[key] = (person, said)
            continue
        kept, before = by_name[key]
        by_name[key] = (
            PersonRecord(
                name=max(kept.name, person.name, key=len),
                credentials=tuple(dict.fromkeys((*kept.credentials, *person.credentials))),
                addresses=tuple(dict.fromkeys((*kept.addresses, *person.addresses))),
                phones=tuple(dict.fromkeys((*kept.phones, *person.phones))),
                emails=tuple(dict.fromkeys((*kept.emails, *person.emails))),
                practice=kept.practice or person.practice,
                context=kept.context or person.context,
                read_from=READ_FROM,
            ),
            f"{before}; {said}",
        )
    return list(by_name.values())


def study(data: Any, page: Page) -> Extracted:
    """One study: everyone it names (officials, central and site contacts), the study URL as the page."""
    probe = page.probe
    base = Extracted(url=probe.page_url, site_id=probe.site_id, kind=probe.page_kind, search_rank=probe.rank)
    nct = study_id(data)
    if not nct:
        return base
    ident = _module(data, "identificationModule")
    title = _text(ident.get("briefTitle")) or _text(ident.get("officialTitle"))
    status = _text(_module(data, "statusModule").get("overallStatus")).replace("_", " ").lower()
    people = _merged(_people(_module(data, "contactsLocationsModule")))
    named = " ".join(f"{p.name}: {said}." for p, said in people)
    text = " ".join(s for s in (f"{title}." if title else "", f"Status: {status}." if status else "", named) if s)
    return Extracted(
        url=base.url, site_id=base.site_id, kind=base.kind, search_rank=base.search_rank,
        # The study's own title stays in the text: "Nurse-Led Care for ..." is no profession of its investigator's.
        title=f"ClinicalTrials.gov {nct}",
        people=tuple(p for p, _ in people), text=text,
    )  # fmt: skip
