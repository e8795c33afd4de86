"""Personal details on people-search sites and public profiles.

home_address, personal_phone, personal_email, family_information and
birth_date. The practice's published address, phone and e-mail domain (from
the NPI record and confirmed listings) are professional and never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from footprint.assess.detectors.base import Context, dialable, emit, hit, own_posts, post_item, site_name, street_key
from footprint.assess.detectors.community import (
    WORKPLACE,
    after_the_name,
    birthday_sentence,
    home_in_text,
    kin_in_another_language,
    kin_sentence,
    own_kin,
)
from footprint.assess.detectors.nearby import (
    TEXT_KINDS,
    age_in_text,
    emails_in_text,
    labelled_contacts,
    own_contacts,
    phones_in_text,
    workplace_title,
)
from footprint.assess.detectors.own_words import contacts_in_posts, homes_in_posts, own_article
from footprint.assess.detectors.records import sentences
from footprint.extract.entities import display_phone, emails_in, normalise_phone
from footprint.identity import fold, house_key, without_unit
from footprint.models import LISTING_KINDS, Address, Extracted, Finding, Match, PageKind, PersonRecord

# Where a person's private details are published: brokers, and profiles the person runs.
PERSONAL_KINDS = frozenset({PageKind.PEOPLE_SEARCH, PageKind.SOCIAL_PROFILE, PageKind.PERSONAL_SITE})
# Address purposes that name a workplace (NPPES "LOCATION"/"MAILING", listings' "practice").
WORK_PURPOSES = frozenset({"location", "mailing", "practice", "office", "work", "business", "clinic"})

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
BIRTH = re.compile(
    r"\b(?:born(?: on| in)?|birthday(?: is)?|b-?day|d\.?o\.?b\.?|date of birth|birth ?date)\s*:?\s*"
    rf"((?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)|(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)|(?:(?:19|20)\d\d-\d\d-\d\d))",
    re.I,
)
# The person's own words giving their age or their birthday: "I just turned 40", "my 50th birthday", "happy
# birthday to me" (the post's date is the day), "today is my birthday". First person only: "the practice turned
# 25" and "our son turned 10" are not the subject's age.
OWN_BIRTHDAY = re.compile(
    r"\b(?:I(?:'m| am|’m)?(?:\s+just|\s+officially)?\s+turn(?:ed|ing)\s+(\d{2})\b"
    r"|my\s+(\d{2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)"
    r"|happy\s+(?:\d{2}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\s+to\s+me"
    r"|(?:it'?s|it’s|today is)\s+my\s+(?:\d{2}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day))",
    re.I,
)
# A year alone is a birth date only after "born" or "DOB" ("born in 1971"; "birthday 2025 trip" is not).
BORN_YEAR = re.compile(r"\b(?:born(?: in)?|d\.?o\.?b\.?|year of birth|birth year)\s*:?\s*((?:19|20)\d\d)\b", re.I)


def subject_record(ctx: Context, page: Extracted) -> PersonRecord | None:
    """The record on the page that is the subject (brokers list several people of one name)."""
    from footprint.match import match_person

    scored = [(match_person(ctx.identity, p, set(ctx.handles)).score, p) for p in page.people if p.name]
    if not scored:
        return page.person if page.kind != PageKind.PEOPLE_SEARCH else None
    return max(scored, key=lambda sp: sp[0])[1]


def _personal_page(ctx: Context, m: Match) -> PersonRecord | None:
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
    person = _personal_page(ctx, m)
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


def has_house_number(address: Address) -> bool:
    """A street with its house number ("77 Brevoort Rd", "N1234 County Rd K") finds a home; a town
    ("Lives in: Perrysburg, OH", read into the street) or a bare street name does not."""
    first = address.street.split()[:1]
    return bool(first) and any(c.isdigit() for c in first[0])


def is_work_address(ctx: Context, address: Address) -> bool:
    return address.purpose.lower() in WORK_PURPOSES or street_key(address) in ctx.practice_streets


def home_address(ctx: Context, m: Match) -> Iterator[Finding]:
    person = _contact_page(ctx, m)
    where = site_name(ctx, m.page.site_id)
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
        for address, said in _address_of_record(ctx, m):
            title = f"Home address (the licence's address of record) on {where}"
            yield emit(ctx, m, "home_address", address.street, title, said, key=page_key(m, address.street))
        # A registry mirror republishing the registry's residential mailing address shows the home.
        for address, said in _registry_home(ctx, m):
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
    is the practice (the broker took the office for the home), a past address in another state is where the
    subject lived before they came (a training-years apartment), not a home today."""
    person = m.person
    if person is None or address.purpose.lower() != "previous":
        return False
    current = [a for a in person.addresses if has_house_number(a) and a.purpose.lower() != "previous"]
    if not current or not all(is_work_address(ctx, a) for a in current):
        return False
    here = {s.upper() for s in (ctx.identity.subject.state, *(a.state for a in current)) if s}
    return bool(address.state) and address.state.upper() not in here


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


def _address_of_record(ctx: Context, m: Match) -> list[tuple[Address, str]]:
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
    record = ctx.identity.npi_record
    offices = {street_key(a) for a in (record.addresses if record else ()) if a.purpose.upper() != "MAILING"}
    practice = _PRACTICE_FIELD.search(text)
    shown = re.match(r"\s*:?\s*(\d{1,6}\s+\S+)", text[practice.end() :]) if practice else None
    offices |= {house_key(shown.group(1))} if shown else set()
    if not has_house_number(address) or street_key(address) in offices or WORKPLACE.search(said.group(1)):
        return []
    return [(address, text[max(0, said.start() - 40) : said.end() + 20])]


def _registry_home(ctx: Context, m: Match) -> list[tuple[Address, str]]:
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


def _broker_phones(ctx: Context, m: Match) -> list[tuple[str, str]]:
    """(phone, the words around it) for each phone a confirmed people-search record of the subject lists that
    a page no workplace runs writes out (a club's carpool sheet, a sign-up): their own line, shown again."""
    if m.page.kind not in TEXT_KINDS or workplace_title(m.page.title):
        return []
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
        if found:
            out.append((phone, text[max(0, found.start() - 80) : found.end() + 20]))
    return out


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
        written = phones_in_text(ctx, m) if _personal_page(ctx, m) is None else []
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


def personal_email(ctx: Context, m: Match) -> Iterator[Finding]:
    for email, sentence, post in contacts_in_posts(ctx, m):  # "email me at jane.roe@..." in the subject's post
        if "@" in email and is_personal_email(ctx, email, broker=False):
            item = post_item(m, post)
            title = f"Personal e-mail address in your post on {site_name(ctx, m.page.site_id)}"
            yield emit(ctx, m, "personal_email", email, title, sentence, url=post.url, key=item, item=item)
    person = _personal_page(ctx, m)
    if person is None:
        # An event or fundraiser the subject runs, giving their own address: "write to me at jane.roe@...".
        # ... or an address written right after their name on a club's roster.
        for email, said in [*own_contacts(ctx, m), *emails_in_text(ctx, m), *labelled_contacts(ctx, m)]:
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


# Pages of a community (a school newsletter, a club, a parish bulletin): their words about the subject's
# family ("mom of Lars and Ingrid", "her husband Erik") are as exposed as a broker's list.
COMMUNITY_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})


def family_information(ctx: Context, m: Match) -> Iterator[Finding]:
    person = _personal_page(ctx, m)
    if person is None and m.page.kind in COMMUNITY_KINDS and m.result.person is not None:
        person = m.result.person
    title = f"Relatives named on {site_name(ctx, m.page.site_id)}"
    if person is None or not person.relatives or _read_from_prose(m, person):
        relation, sentence = kin_sentence(ctx, m)  # a wedding announcement, an obituary, a bulletin
        if not relation:  # a community paper in the family's language: "con gái ông Nguyễn Văn Lộc"
            relation, sentence = kin_in_another_language(ctx, m)
        if relation:
            yield emit(ctx, m, "family_information", relation, title, sentence, key=f"{m.page.url} {relation}")
            return
        for post in own_posts(ctx, m):  # "Happy anniversary to my husband Erik!" on the subject's account
            relation = own_kin(post.text)
            if relation:
                item = post_item(m, post)
                yield emit(ctx, m, "family_information", relation, title, post.text, url=post.url, key=item, item=item)
        article = own_article(ctx, m)  # their newsletter: "when my own daughter Josie was born"
        for sentence in sentences(article.text) if article is not None else ():
            relation = own_kin(sentence)
            if relation:
                yield emit(ctx, m, "family_information", relation, title, sentence, key=f"{m.page.url} {relation}")
                break
        return
    names = ", ".join(person.relatives)
    yield emit(ctx, m, "family_information", names, title, f"{person.name}, relatives: {names}", key=page_key(m, names))


def _read_from_prose(m: Match, person: PersonRecord) -> bool:
    """Relatives read from running text on a community page: whose relatives a sentence names is for the
    sentence's grammar to say ("Dr. Roe thanked Dr. Poe and his wife Mary": Mary is not Roe's)."""
    read = person.read_from
    return m.page.kind in COMMUNITY_KINDS and "name:text" in read and not any(r.startswith("record:") for r in read)


# A birth date is short and holds a year, a day or a month: what a "Born" label reads otherwise is a birthplace.
_DATED = re.compile(
    r"\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)


def birth_date(ctx: Context, m: Match) -> Iterator[Finding]:
    yield from _licence_birth_year(ctx, m)
    personal = _personal_page(ctx, m)
    # A ratings or directory profile that shows the doctor's age in its own field ("Age 52" by the name, as
    # doctor-rating sites print it) publishes it like a broker does (bench/blind/README.md, "The age
    # convention": an exact age is a birth date); its running text is the site's and the reviewers' words.
    listed = m.page.kind in LISTING_KINDS and m.result.decision.is_match
    # On any other page, only an age written right after the subject's name ("Jane Roe, 41, of Fargo").
    person = personal or (m.result.person if m.page.kind in TEXT_KINDS or listed else None)
    if personal is None:
        # A news story or a bulletin about the subject: "three months after her 66th birthday on March 3".
        birthday, sentence = birthday_sentence(ctx, m) if m.result.decision.is_match else ("", "")
        if birthday:
            title = f"Age or birth date written on {site_name(ctx, m.page.site_id)}"
            yield emit(ctx, m, "birth_date", birthday, title, sentence, key=page_key(m, birthday))
            return
    if person is None:
        return
    # "Born: in Bergen, Norway, she came to Fargo ... in 2009." is a birthplace and a life story, not a date.
    born = person.birth_date if len(person.birth_date) <= 30 and _DATED.search(person.birth_date) else ""
    aged = f"Age {person.age}" if person.age and not _namesake_of_another_age(m, person) else ""
    shown = born or aged or ("" if listed else age_in_text(ctx, m))
    excerpt = f"{person.name}: {shown}"
    if not shown and personal is not None and m.page.kind != PageKind.PEOPLE_SEARCH:
        text = f"{person.practice} {m.page.text}"
        said = BIRTH.search(text) or BORN_YEAR.search(text) or OWN_BIRTHDAY.search(text) or _wished(ctx, m, text)
        if said:
            age = next((g for g in said.groups() if g), "")
            shown = age if said.re is not OWN_BIRTHDAY else (f"Age {age}" if age else said.group())
            excerpt = text[max(0, said.start() - 80) : said.end() + 80]
    if shown:
        title = f"Age or birth date listed on {site_name(ctx, m.page.site_id)}"
        # An age changes every year; the exposure (this site shows how old you are) does not.
        key = page_key(m, "age" if shown.startswith("Age ") else shown)
        yield emit(ctx, m, "birth_date", shown, title, excerpt, key=key)


# A friend's birthday wish with the age, to the subject by name: "Happy 34th to Dr. Chloe Roe", "Happy 50th
# birthday, Jane Roe!".
_WISH = re.compile(
    r"\bhappy\s+(\d{2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)?,?\s*(?:to\s+)?(?:(?:Dr|Doctor)\.?\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)",
    re.I,
)


def _wished(ctx: Context, m: Match, text: str) -> re.Match[str] | None:
    """A birthday wish giving the age, addressed to a name of the subject's."""
    subject = ctx.identity.subject
    names = {fold(n) for n in (subject.given_name or "", subject.family_name or "") if len(n) > 1}
    names |= {fold(w) for w in (m.person.name.split() if m.person is not None else []) if len(fold(w)) > 2}
    for found in _WISH.finditer(text):
        if names & set(fold(found.group("name")).split()):
            return found
    return None


def _namesake_of_another_age(m: Match, person: PersonRecord) -> bool:
    """A results table or roster (not a broker, whose records the match tells apart by their details) lists
    two people of the chosen person's name with different ages ("Rick Carmody, 69" and "Rick Carmody, 44" in
    one race): which age is the subject's is a guess."""
    if m.page.kind == PageKind.PEOPLE_SEARCH:
        return False
    name = fold(person.name)
    return any(p.age is not None and p.age != person.age and fold(p.name) == name for p in m.page.people)


# The board's own field, not prose: an order's "Patient A, born in 2015" is the patient's.
_BIRTH_FIELD = re.compile(
    r"\b(?:year of birth|birth ?year|date of birth|birth ?date|d\.?o\.?b\.?)\s*:?\s*"
    r"((?:19|20)\d\d\b|\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d\b)",
    re.I,
)


def _licence_birth_year(ctx: Context, m: Match) -> Iterator[Finding]:
    """A licensing board's page for one licensee prints their birth year or date in a field of its own ("Year of
    Birth 1980", "Birth Year 1978", "Date of Birth: 03/14/1975"), as several state boards do: public, and what
    account recovery asks for. A results page listing several licensees says nothing of whose it is."""
    if m.page.kind != PageKind.OFFICIAL_RECORD or m.result.person is None:
        return
    if len({fold(p.name) for p in m.page.people if p.name}) > 1:
        return
    text = " ".join(m.page.text.split())
    said = _BIRTH_FIELD.search(text)
    if said:
        born = said.group(1)
        title = f"Birth year or date on your licence record on {site_name(ctx, m.page.site_id)}"
        excerpt = text[max(0, said.start() - 80) : said.end() + 40]
        yield emit(ctx, m, "birth_date", born, title, excerpt, key=page_key(m, born))
