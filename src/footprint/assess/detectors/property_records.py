"""Homes that records give: a property listing or a parcel titled with its street and naming the subject
as owner, an assessor's owner-occupied record, a licence's address of record apart from the practice's, and
a registry mirror writing out the registry's residential mailing address.
"""

from __future__ import annotations

import re

from footprint.assess.detectors.base import Context, street_key
from footprint.assess.detectors.streets import WORKPLACE, has_house_number
from footprint.identity import fold, house_key, without_unit
from footprint.models import Address, Identity, Match, PageKind

# A page titled with a street address: "77 Peninsula Point Rd, Glasgow, KY 42141 | For sale by owner".
_STREET_TITLE = re.compile(
    r"^(\d+[A-Za-z]? (?:[NSEW]\.? )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4} (?:Rd|Road|St|Street|Ave|Avenue|Dr|Drive|Ln"
    r"|Lane|Ct|Court|Way|Blvd|Boulevard|Trace|Trce|Pl|Place|Cir|Circle|Ter|Terrace|Pkwy|Parkway|Hwy|Pike|Run|Trail|Trl)\b"
    r"\.?)(?:,|\s|$)"
)
# The longer label first: "Owner of record: Jane Roe" is no "Owner" followed by "of record".
_OWNER = re.compile(r"\b(?:property owners?|owners? of record|owner(?:\(s\)|s)?|owned by|taxpayer)\s*:?\s*", re.I)


def owned_property(m: Match) -> tuple[str, str] | None:
    """(street, sentence) when the page is about a property by its street address (a for-sale-by-owner
    listing, a county parcel) and names the matched person as its owner."""
    person = m.person
    # The street opens the title, or one of its parts: "Property Card U07-0009 – 9 Elm Shore Rd | Assessing".
    parts = re.split(r"\s+[|–—-]\s+", " ".join(m.page.title.split()))
    street = next((s for s in (_STREET_TITLE.match(p) for p in parts) if s is not None), None)
    if person is None or not person.name or street is None:
        return None
    name = fold(person.name)
    text = " ".join(m.page.text.split())
    if "record:property owner" in person.read_from[:1]:  # an assessor's card: the owner in deed order
        return street.group(1), f"{street.group(1)}: {person.context.split(' [page: ')[0][:160]}"
    for said in _OWNER.finditer(text):
        after = text[said.end() : said.end() + 80]
        if fold(after).startswith(name):
            return street.group(1), f"{street.group(1)}: {text[said.start() : said.end() + len(person.name) + 20]}"
    return None


def owner_occupied(m: Match) -> list[Address]:
    """The house the chosen person owns and lives in, as a property or deed record gives it: the owner's
    record (``record:property owner``) whose property and mailing address are one street. A property owned
    elsewhere (a rental, a lot) is an asset, not the home."""
    person = m.person
    if person is None or "record:property owner" not in person.read_from[:1]:
        return []
    return [a for a in person.addresses if a.purpose == "home" and has_house_number(a)]


# A licensing board's field for the licensee's own address, and the field it keeps apart for the practice's.
_RECORD_ADDRESS = re.compile(r"\baddress of record\s*:?\s*(\d{1,6}\s[^:]{3,80}?\b[A-Z]{2},?\s+\d{5})", re.I)
_PRACTICE_FIELD = re.compile(r"\b(?:primary |main )?practice (?:address|location)\b", re.I)


def record_home(identity: Identity, m: Match) -> list[tuple[Address, str]]:
    """A board's record of one licensee that gives both an "Address of Record" and a practice address, the two
    different (Florida's licence verification): the address of record is where the licensee gets their mail,
    the home. On a record giving only an address of record it may well be the office."""
    from footprint.extract.entities import parse_address

    if m.page.kind != PageKind.OFFICIAL_RECORD or m.result.person is None:
        return []
    if len({fold(p.name) for p in m.page.people if p.name}) > 1:
        return []
    text = " ".join(m.page.text.split())
    said = _RECORD_ADDRESS.search(text)
    if said is None or not _PRACTICE_FIELD.search(text):
        return []
    address = parse_address(said.group(1))
    # The record's own address fields are read as the page's practice streets: the registry's locations and
    # the practice field's address say which street is the office.
    record = identity.npi_record
    offices = {street_key(a) for a in (record.addresses if record else ()) if a.purpose.upper() != "MAILING"}
    practice = _PRACTICE_FIELD.search(text)
    shown = re.match(r"\s*:?\s*(\d{1,6}\s+\S+)", text[practice.end() :]) if practice else None
    offices |= {house_key(shown.group(1))} if shown else set()
    if not has_house_number(address) or street_key(address) in offices or WORKPLACE.search(said.group(1)):
        return []
    return [(address, text[max(0, said.start() - 40) : said.end() + 20])]


def registry_home(ctx: Context, m: Match) -> list[tuple[Address, str]]:
    """The registry's residential mailing addresses the page's text writes out, with the words around."""
    text = " ".join(m.page.text.split())
    found = []
    for address in ctx.registry_homes:
        # The registry writes the flat on the street's line ("1142 W ARGYLE BEND ST APT 3"); a page writes it
        # after a comma, on a line of its own or not at all: the street before it is what the page shows.
        street = without_unit(address.street)
        if not has_house_number(address) or len(street) < 8:
            continue
        at = text.lower().find(street.lower())
        if at >= 0:
            found.append((address, text[max(0, at - 60) : at + len(street) + 60]))
    return found


# A state's business-entity record: its registered agent, by name, at an address ("Registered Agent JANE Q ROE, 61
# ELM ST, FORT COLLINS, CO 80526"), and the company's principal office.
_AGENT = re.compile(
    r"\bregistered agent(?:\s+name)?\s*:?\s*(?P<name>[A-Za-z][\w .'-]{3,60}?),\s*"
    r"(?P<address>\d{1,6}\s[^:]{3,80}?\b[A-Z]{2},?\s+\d{5})",
    re.I,
)
_PRINCIPAL = re.compile(r"\bprincipal office(?:\s+street)?(?:\s+address)?\s*:?\s*(\d{1,6}\s+\S+)", re.I)


def agent_home(identity: Identity, m: Match) -> list[tuple[Address, str]]:
    """A business registry's record whose registered agent is the subject at an address that is neither the
    company's principal office nor the practice's: a physician forming their own practice's company names
    themself as its agent at home, and the state publishes it."""
    from footprint.extract.entities import parse_address

    text = " ".join(m.page.text.split())
    said = _AGENT.search(text)
    family = fold(identity.subject.family_name or "")
    if said is None or not family or family not in fold(said["name"]).split():
        return []
    address = parse_address(said["address"])
    record = identity.npi_record
    offices = {street_key(a) for a in (record.addresses if record else ()) if a.purpose.upper() != "MAILING"}
    principal = _PRINCIPAL.search(text)
    offices |= {house_key(principal.group(1))} if principal else set()
    if not has_house_number(address) or street_key(address) in offices or WORKPLACE.search(said["address"]):
        return []
    return [(address, text[max(0, said.start() - 40) : said.end() + 20])]


# A permit record's work site ("Work Location 4417 E 97th Crest Pl", "Site Address 2217 N Quail Hollow Ct", "Job
# Address ..."), and what says the permit is for a home: a residential permit type, or the applicant's home phone.
_SITE = re.compile(
    r"\b(?:work location|site address|job(?: site)? address|project address|property address|work site)\s*:?\s*"
    r"(\d{1,6}[A-Za-z]?\s+[^\W\d_][\w.'-]*(?:\s+[\w.'-]+){0,4}),",
    re.I,
)
_RESIDENTIAL = re.compile(r"\bresidential\b|\bsingle[- ]family\b|\bhome phone\b", re.I)
_PERMIT = re.compile(r"\bpermits?\b", re.I)


def permit_home(identity: Identity, m: Match) -> list[tuple[Address, str]]:
    """A city's or a county's residential permit (a pool, a reroof, an addition) whose applicant or owner is the
    subject, their name followed by the street of the work site: the house is theirs, and the permit publishes it.
    A permit for an office names a business or the practice's street, and a commercial permit says no home."""
    subject = identity.subject
    given, family = subject.given_name or "", subject.family_name or ""
    text = " ".join(m.page.text.split())
    site = _SITE.search(text)
    if site is None or not family or not given or not _RESIDENTIAL.search(text):
        return []
    if not _PERMIT.search(f"{m.page.title} {text[:300]}"):
        return []  # an assessor's parcel card: its owner's home is read from its fields (owner_occupied)
    number = house_key(site.group(1)).split()[0]
    # "Applicant Jane Roe 4417 E 97th ...", an owner in deed order "ROE JANE A & SAM 4417 E 97TH ...".
    name = rf"(?:{re.escape(given)}\s+(?:[A-Z]\.?\s+)?{re.escape(family)}|{re.escape(family)},?\s+{re.escape(given)})"
    for named in re.finditer(rf"\b{name}\b(?P<rest>[^\d]{{0,40}}?)\b{re.escape(number)}\s", text, re.I):
        street = text[named.end() - len(number) - 1 :][: len(site.group(1)) + 8]
        if house_key(street) == house_key(site.group(1)) and not WORKPLACE.search(site.group(1)):
            return [(Address(street=site.group(1)), f"{site.group()} … {text[named.start() : named.end() + 40]}")]
    return []
