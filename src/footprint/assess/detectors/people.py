"""Personal contact details on people-search sites, public profiles and community pages.

home_address, personal_phone and personal_email (family_information and birth_date are in :mod:`family` and
:mod:`birthdays`). The practice's published address, phone and e-mail domain (from the NPI record and
confirmed listings) are professional and never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.base import Context, dialable, emit, hit, post_item, site_name
from footprint.assess.detectors.nearby import (
    TEXT_KINDS,
    emails_in_text,
    labelled_contacts,
    named_mailboxes,
    own_contacts,
    phones_in_text,
    workplace_title,
)
from footprint.assess.detectors.own_words import contacts_in_posts, homes_in_posts
from footprint.assess.detectors.property_records import (
    agent_home,
    owned_property,
    owner_occupied,
    permit_home,
    record_home,
    registry_home,
)
from footprint.assess.detectors.streets import after_the_name, has_house_number, home_in_text, is_work_address
from footprint.extract.entities import display_phone, emails_in, normalise_phone
from footprint.models import Address, Extracted, Finding, Match, PageKind, PersonRecord

# Where a person's private details are published: brokers, and profiles the person runs.
PERSONAL_KINDS = frozenset({PageKind.PEOPLE_SEARCH, PageKind.SOCIAL_PROFILE, PageKind.PERSONAL_SITE})


def subject_record(ctx: Context, page: Extracted) -> PersonRecord | None:
    """The record on the page that is the subject (brokers list several people of one name)."""
    from footprint.match.person import match_person

    scored = [(match_person(ctx.identity, p, set(ctx.handles)).score, p) for p in page.people if p.name]
    if not scored:
        return page.person if page.kind != PageKind.PEOPLE_SEARCH else None
    return max(scored, key=lambda sp: sp[0])[1]


def personal_page(ctx: Context, m: Match) -> PersonRecord | None:
    """The person the match chose on a personal page (brokers, profiles); scored again only for old matches."""
    if m.page.kind not in PERSONAL_KINDS:
        return None
    return m.result.person if m.result.person is not None else subject_record(ctx, m.page)


def page_key(m: Match, exposed: str) -> str:
    """What a personal detail's finding id fingerprints. A broker shows one record at several addresses
    (a results list and the record's own page), each found by search and each to be checked after an
    opt-out: each page is its own finding. Elsewhere the detail itself, once per site."""
    if m.page.kind != PageKind.PEOPLE_SEARCH:
        return exposed
    parts = urlsplit(m.page.url)
    return f"{exposed} @ {(parts.hostname or '').lower()}{parts.path.rstrip('/').lower()}?{parts.query}"


def _contact_page(ctx: Context, m: Match) -> PersonRecord | None:
    """The person whose phones and addresses are personal on this page: on a broker, the record; on any
    other page, none when it lists the person as a physician (a credential or specialty by the name, or a
    rating): a hospital's or practice's profile of the doctor, whatever kind of page it was read as, shows
    the office's line and address."""
    person = personal_page(ctx, m)
    if person is None or m.page.kind == PageKind.PEOPLE_SEARCH:
        return person
    return None if _listed_as_physician(m) else person


def _listed_as_physician(m: Match) -> bool:
    """The page lists the person the match chose as a physician: a credential or specialty by the name, or
    a rating."""
    person = m.person
    return m.page.rating is not None or (person is not None and bool(person.credentials or person.specialties))


def _listed_with_credential(m: Match) -> bool:
    """The page lists the person the match chose with a credential by the name, or a rating: a directory."""
    person = m.person
    return m.page.rating is not None or (person is not None and bool(person.credentials))


# Words that make a sentence about a house: the one a class note or a bulletin says the subject lives in.
HOUSEHOLD = re.compile(
    r"\b(?:home|house|cottage|bungalow|condo|apartment|townhouse|farmhouse|cabin|lives|living|moved|moving"
    r"|porch|yard|driveway|neighbou?rs?)\b",
    re.I,
)


def home_address(ctx: Context, m: Match) -> Iterator[Finding]:
    from footprint.assess.detectors.broker_told import house_told
    from footprint.assess.detectors.corner_house import corner_house
    from footprint.assess.detectors.home_street import numbered_on_the_street
    from footprint.assess.detectors.photos import house_number, pointed_out

    person = _contact_page(ctx, m)
    where = site_name(ctx, m.page.site_id)
    for _pointer, post in pointed_out(ctx, m):  # a neighbour: "the transplant doctor at 1712, just knock"
        number = house_number(post.text)
        if number:
            item = post_item(m, post)
            title = f"A post on {where} gives your house number"
            yield emit(ctx, m, "home_address", number, title, post.text, url=post.url, key=item, item=item)
    street, said = numbered_on_the_street(ctx, m)  # "the vascular surgeon at number 41" on "Fern Street Notes"
    if street and not is_work_address(ctx, Address(street=street)):
        title = f"A page on {where} gives your house number on its street"
        yield emit(ctx, m, "home_address", street, title, said, key=page_key(m, street))
    corner, told = corner_house(ctx, m)  # "the yellow house on the corner of 44th ... belongs to Jo Roe"
    if corner:
        title = f"A page on {where} says which house on its street is your home"
        yield emit(ctx, m, "home_address", corner, title, told, key=page_key(m, corner))
    house, told = house_told(ctx, m)  # "in front of number 18" on "Kells Avenue", the home a broker lists
    if house and not corner and not street:
        title = f"A page on {where} gives your house number and street"
        yield emit(ctx, m, "home_address", house, title, told, key=page_key(m, house))
    for address, sentence, post in homes_in_posts(ctx, m):  # a yard sale, a lost dog, "our new place at ..."
        if not is_work_address(ctx, address):
            item = post_item(m, post)
            title = f"Home address in your post on {where}"
            yield emit(ctx, m, "home_address", address.street, title, sentence, url=post.url, key=item, item=item)
    if person is None:
        owned = owned_property(m)  # a property listing or parcel record titled with the street, naming the owner
        if owned and not is_work_address(ctx, Address(street=owned[0])):
            title = f"Home address (a property you own) on {where}"
            yield emit(ctx, m, "home_address", owned[0], title, owned[1], key=page_key(m, owned[0]))
        for address in owner_occupied(m):  # a county parcel record: the owner's house, where they live
            if not is_work_address(ctx, address):
                line = address.one_line()
                title = f"Home address (a house you own and live in) on {where}"
                yield emit(
                    ctx,
                    m,
                    "home_address",
                    line,
                    title,
                    f"{m.person.name if m.person else ''}: {line}",
                    key=page_key(m, line),
                )
        # A licence record giving an address of record apart from the practice's address shows the home.
        for address, said in record_home(ctx.identity, m):
            title = f"Home address (the licence's address of record) on {where}"
            yield emit(ctx, m, "home_address", address.street, title, said, key=page_key(m, address.street))
        # A business registry naming the subject its registered agent at an address apart from the company's office.
        for address, said in agent_home(ctx.identity, m):
            title = f"Home address (a company's registered agent) on {where}"
            yield emit(ctx, m, "home_address", address.street, title, said, key=page_key(m, address.street))
        # A residential permit naming the subject as applicant or owner at the work site's street.
        for address, said in permit_home(ctx.identity, m) if not owner_occupied(m) else ():
            if not is_work_address(ctx, address):
                title = f"Home address (a permit for your house) on {where}"
                yield emit(ctx, m, "home_address", address.street, title, said, key=page_key(m, address.street))
        # A registry mirror republishing the registry's residential mailing address shows the home.
        for address, said in registry_home(ctx, m):
            title = f"Home address (the registry's mailing address) written on {where}"
            yield emit(ctx, m, "home_address", address.street, title, said, key=page_key(m, address.street))
        if _listed_with_credential(m):
            return  # a staff directory: the street beside "Caroline Pruitt, MD" is the hospital's
        # A specialty read from prose ("cutting back to two clinic days at Lowcountry Neurology") is a life
        # story's, not a directory's: there a street counts in a sentence about the house.
        in_a_story = _listed_as_physician(m)
        for address, sentence in home_in_text(ctx, m):  # a parish's meal train, a county's parcel record
            # A street right after the name ("Dr. Jane Roe, 61 Elm St – a pollinator meadow") is where they live.
            named = after_the_name(ctx, sentence[: max(0, sentence.find(address.street))])
            if not is_work_address(ctx, address) and (not in_a_story or named or HOUSEHOLD.search(sentence)):
                title = f"Home address written on {where}"
                yield emit(ctx, m, "home_address", address.street, title, sentence, key=page_key(m, address.street))
        return
    for address in person.addresses:
        if has_house_number(address) and not is_work_address(ctx, address) and not _former_elsewhere(ctx, m, address):
            line = address.one_line()
            title = f"Home address listed on {where}"
            yield emit(ctx, m, "home_address", line, title, f"{person.name}: {line}", key=page_key(m, line))


def _former_elsewhere(ctx: Context, m: Match, address: Address) -> bool:
    """A broker lists the address it believes current first and the past ones after it. When the current one
    is the practice (the broker took the office for the home), a past address in another state, or across the
    state beyond commuting distance, is where the subject lived before they came (a training-years apartment in
    the medical-center city), not a home today. A site that does not mark which addresses are past ones lists
    them after the current one."""
    from footprint.match.geo import COMMUTE_KM, distance_km

    person = m.person
    if person is None:
        return False
    listed = [a for a in person.addresses if has_house_number(a)]
    if any(a.purpose.lower() == "previous" for a in listed):
        past = address.purpose.lower() == "previous"
        current = [a for a in listed if a.purpose.lower() != "previous"]
    else:
        past = m.page.kind == PageKind.PEOPLE_SEARCH and address in listed[1:]
        current = listed[:1]
    if not past or not current or not all(is_work_address(ctx, a) for a in current):
        return False
    here = {s.upper() for s in (ctx.identity.subject.state, *(a.state for a in current)) if s}
    if not address.state:
        return False
    if address.state.upper() not in here:
        return True
    far = [distance_km(address.city, address.state, a.city, a.state) for a in current if a.city and a.state]
    return bool(far) and all(d is not None and d > COMMUTE_KM for d in far)


def _broker_phones(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone, the words around it) for each phone a confirmed people-search record of the subject lists that
    a page no workplace runs writes out (a club's carpool sheet, a sign-up): their own line, shown again. On a
    workplace's listing (a business directory's page of the practice) only a number the listing labels a mobile
    ("Extra Phones  Mobile: (503) 555-0163"): the doctor's own cell filed with the practice, where the rest of
    the listing's numbers are the office's."""
    if m.page.kind not in TEXT_KINDS:
        return []
    at_work = bool(workplace_title(m.page.title))
    # A business's page gives the business's line: a broker lists an old office's number among a person's too.
    business = m.page.business
    listed = {normalise_phone(p) for p in business.phones} if business is not None else set()
    text = " ".join(m.page.text.split())
    out = []
    for phone in sorted(ctx.broker_phones - listed):
        digits = phone.removeprefix("+1")
        if len(digits) != 10 or not dialable(phone):
            continue
        found = re.search(rf"(?<!\d)\(?{digits[:3]}\)?[\s.-]*{digits[3:6]}[\s.-]*{digits[6:]}(?!\d)", text)
        if found and at_work and not _CELL_LABEL.search(text[max(0, found.start() - 24) : found.start()]):
            continue
        if found:
            out.append((phone, text[max(0, found.start() - 80) : found.end() + 20]))
    return out


# A listing's label for a mobile number, just before it: "Mobile: ", "Cell ", "Cell phone - ".
_CELL_LABEL = re.compile(r"\b(?:mobile|cell(?:ular)?)(?:\s+(?:phone|number|no\.?))?\s*[:#-]?\s*$", re.I)


def _registry_phones(ctx: Context, m: Match) -> list[str]:
    """The registry's phone for a residential mailing address, written on the page."""
    out = []
    for phone in sorted(ctx.registry_home_phones):
        digits = phone.removeprefix("+1")
        if len(digits) != 10:
            continue
        pattern = rf"(?<!\d)\(?{digits[:3]}\)?[\s.-]*{digits[3:6]}[\s.-]*{digits[6:]}(?!\d)"
        if re.search(pattern, m.page.text):
            out.append(phone)
    return out


def personal_phone(ctx: Context, m: Match) -> Iterator[Finding]:
    person = _contact_page(ctx, m)
    where = site_name(ctx, m.page.site_id)
    for phone, sentence, post in contacts_in_posts(ctx, m):  # "text me at ...", "my cell is ..."
        if "@" not in phone and dialable(phone):
            item, shown = post_item(m, post), display_phone(phone)
            title = f"Personal phone number in your post on {where}"
            yield emit(ctx, m, "personal_phone", shown, title, sentence, url=post.url, key=item, item=item)
    if person is not None and m.page.kind != PageKind.PEOPLE_SEARCH:
        for phone, said in labelled_contacts(ctx, m):  # "(his cell, please be kind)" under a talk's video
            if "@" not in phone and dialable(phone):
                shown = display_phone(phone)
                title = f"Personal phone number written on {where}"
                yield emit(ctx, m, "personal_phone", shown, title, said, key=page_key(m, shown))
    if person is None:
        written = phones_in_text(ctx, m) if personal_page(ctx, m) is None else []
        mine = [(c, said) for c, said in [*own_contacts(ctx, m), *labelled_contacts(ctx, m)] if "@" not in c]
        mine += [(p, f"{display_phone(p)} (the registry's mailing phone)") for p in _registry_phones(ctx, m)]
        mine += [(p, said) for p, said in _broker_phones(ctx, m)]
        for phone, said in dict(written + mine).items():
            shown = display_phone(phone)
            title = f"Personal phone number written on {where}"
            yield emit(ctx, m, "personal_phone", shown, title, said, key=page_key(m, shown))
        return
    for phone in person.phones:
        if phone not in ctx.practice_phones and dialable(phone):
            shown = display_phone(phone)
            title = f"Personal phone number listed on {where}"
            yield emit(ctx, m, "personal_phone", shown, title, f"{person.name}: phone {shown}", key=page_key(m, shown))


def is_personal_email(ctx: Context, email: str, broker: bool) -> bool:
    """Role addresses and the practice's domain are professional; free mail is personal.

    On a broker page any other address is personal too: brokers collect home accounts.
    """
    local, _, domain = email.lower().partition("@")
    if domain in ctx.practice_domains or hit("role_mailbox", local.replace(".", " ")):
        return False
    return broker or bool(hit("free_mail", domain))


# A domain an institution runs (a university, a government, a hospital or a practice): a work address.
_INSTITUTION_DOMAIN = re.compile(
    r"\.(?:edu|gov|mil|nhs\.uk)$|(?:health|hospital|clinic|medical|medicine|physicians|healthcare|univ)", re.I
)


def _institutional(email: str) -> bool:
    return bool(_INSTITUTION_DOMAIN.search(email.rpartition("@")[2]))


def personal_email(ctx: Context, m: Match) -> Iterator[Finding]:
    for email, sentence, post in contacts_in_posts(ctx, m):  # "email me at jane.roe@..." in the subject's post
        # The address they give a stranger in their own words is theirs, unless an institution runs its domain.
        if "@" in email and is_personal_email(ctx, email, broker=not _institutional(email)):
            item = post_item(m, post)
            title = f"Personal e-mail address in your post on {site_name(ctx, m.page.site_id)}"
            yield emit(ctx, m, "personal_email", email, title, sentence, url=post.url, key=item, item=item)
    person = personal_page(ctx, m)
    if person is None:
        # An event or fundraiser the subject runs, giving their own address: "write to me at jane.roe@...".
        # ... or an address written right after their name on a club's roster.
        written = [*own_contacts(ctx, m), *emails_in_text(ctx, m), *labelled_contacts(ctx, m), *named_mailboxes(ctx, m)]
        for email, said in dict(written).items():
            if "@" in email and is_personal_email(ctx, email, broker=True):
                title = f"Personal e-mail address written on {site_name(ctx, m.page.site_id)}"
                yield emit(ctx, m, "personal_email", email, title, said, key=page_key(m, email))
        return
    broker = m.page.kind == PageKind.PEOPLE_SEARCH
    found = list(person.emails) + ([] if broker else list(emails_in(person.practice)))
    where = site_name(ctx, m.page.site_id)
    for email in dict.fromkeys(e.lower() for e in found):
        if is_personal_email(ctx, email, broker):
            title = f"Personal e-mail address listed on {where}"
            yield emit(ctx, m, "personal_email", email, title, f"{person.name}: e-mail {email}", key=page_key(m, email))
