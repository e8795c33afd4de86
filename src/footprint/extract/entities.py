"""Entities in visible text: phones, e-mail and street addresses, ages, birth dates, relatives, employers.

Phone numbers are found and normalised with ``phonenumbers`` (US region),
so "(503) 555-0142" and "503.555.0142" compare equal. Street addresses are
spotted by their shape (a house number ... a state and ZIP code) and split
into parts with ``usaddress``. Relatives, employers and birth dates are read
from the phrases people-search and profile pages use for them ("Relatives:",
"Related to", "Born", "Works at", "Practices at").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import phonenumbers

from footprint.identity import UNIT_WORDS
from footprint.models import Address

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b")
AGE = re.compile(r"\b(?:Age:?\s*(\d{2,3})|(\d{2,3})\s*(?:years|yrs)\.?\s*old)\b", re.I)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
# A house number, up to ten words, then "ST 12345": the shape of a US street address in running text. A house
# number may be a hyphenated pair (Queens "79-01 Broadway", a block and a two-digit lot; Hawaii "94-1234 Farrington
# Hwy", a two-digit zone and a lot), never a phone's last digits ("555-0188"); a number hyphened to a letter or a
# digit before it is a unit's or a phone's ("Clinic, D-3 Elmhurst"), no house's; a number right before another is
# the field before the address (a card's age: "Female, 52 8901 Indian Hills Dr"), the second the house's.
# Not the last digits of a phone number written before it ("(406) 555-0188 2840 Rimrock Ledge Rd ...").
# A post-office box is read whole ("PO BOX 40118 PORTLAND, OR 97240"): its number is no house number.
# A street's words are any letters: US street and city names carry accents and the Hawaiian okina ("Ave Ponce
# de León", "Bayamón", "Kalākaua Ave"); an ASCII-only word would stop at them and start the address again at
# the suite number after them ("604 San Juan, PR").
STREET_ADDRESS = re.compile(
    r"(?<!\w[-.])(?<!/)(?:(?i:\bP\.?\s?O\.?\s+Box\s+#?)\d{1,6},?"
    r"|\b(?:\d{1,3}-\d\d|\d\d-\d{3,4}|\d{1,6}(?:\s+[1-3]/[2-4])?)\b(?!\s+\d+\s))"  # "123 1/2 Main St" whole
    r"(?:\s+(?:[^\W_]|[.#'’-])+,?){1,10}?\s+(?:" + _STATES + r")\.?,?\s+\d{5}(?:-\d{4})?\b"
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = (
    rf"(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|(?:{MONTHS})\s+\d{{4}})"
)
BIRTH = re.compile(rf"\b(?:born(?: on)?|birth ?date|date of birth|DOB|b\.)\s*:?\s*({_DATE})", re.I)
_ONE_NAME = r"[A-Z][a-zA-Z.'-]+(?:\s+[A-Z][a-zA-Z.'-]*){0,3}"
_NAME_LIST = rf"((?:{_ONE_NAME})(?:\s*(?:,|;|\band\b|&)\s*{_ONE_NAME})*)"
# A people-search record's label, written as one: capitalised ("Related to", "May be related to", "RELATIVES")
# or with its colon. Running text is not a relatives block: "not related to", "visiting relatives in Ohio".
_KIN_LABELS = r"possible relatives|relatives|(?:may be |possibly )?related to|family members|associated persons"
RELATIVES = re.compile(rf"\b(?:(?=[A-Z])(?i:{_KIN_LABELS})\s*:?|(?i:{_KIN_LABELS})\s*:)\s*" + _NAME_LIST)
# An honorific before a relative's name is no name: "her son, Dr. Alan Hollis", "mother of Rev. Paul" name Alan, Paul.
_HONORIFICS = r"Dr|Dra|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Rev|Capt|Col|Sgt|Lt|Maj|Gen|Hon|Judge|Pastor|Fr"
_HONORIFIC = rf"(?:(?:{_HONORIFICS})\.?\s+)?"
_KIN_NAME = rf"(?!(?:{_HONORIFICS})\b)"
KIN = re.compile(
    r"\b(?i:his|her|their)\s+(?i:wife|husband|spouse|partner|son|daughter|father|mother|brother|sister)"
    r",?\s+" + _HONORIFIC + _KIN_NAME + r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
)
# "mom of Lars (7) & Ingrid (4)", "mother of Lars in 2nd grade and Ingrid", "her kids Lars and Ingrid"
_ONE_GIVEN = _HONORIFIC + _KIN_NAME + r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
PARENT_OF = re.compile(
    r"\b(?i:mom|mum|mother|dad|father|parent|proud (?:mom|mum|dad|parent))s?\s+(?i:of|to)\s+"
    + _ONE_GIVEN
    + r"(?:[^!?\n]{0,60}?\s(?:and|&)\s+"
    + _ONE_GIVEN
    + r")?"
    r"|\b(?i:his|her|their|our|my)\s+(?i:children|kids|boys|girls|twins|sons|daughters),?\s+"
    + _ONE_GIVEN
    + r"(?:,?\s+(?:and|&)\s+"
    + _ONE_GIVEN
    + r")?"
)
EMPLOYER = re.compile(
    r"\b(?i:works at|working at|employed (?:at|by)|practices at|practicing at|affiliated with|employer:|"
    r"practice:|hospital affiliations?:?)\s*((?:[A-Z0-9][\w&.'-]*\s*){1,8})"
)


def normalise_phone(text: str) -> str | None:
    """E.164 form of a US phone number in ``text`` ("+15035550142"), or None."""
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _written_as_nanp(raw: str) -> bool:
    """A number written as North American numbers are: the area code is a group of three digits ("(503)
    555-0142", "503.555.0142", "+1 503 555 0142") or the number one run of digits ("5035550142"). A first
    group of four ("2006 - 06/2010", "2006-06-2010") is a date range, not a phone (ITU-T E.123; NANPA's
    3-3-4 form)."""
    groups = re.findall(r"\d+", raw)
    if len(groups) > 1 and groups[0] == "1":
        groups = groups[1:]  # the country code
    return bool(groups) and (len(groups[0]) == 3 or len(groups[0]) >= 7)


def phones_in(text: str) -> tuple[str, ...]:
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE):
        if sum(c.isdigit() for c in match.raw_string) < 10:
            continue  # "OR 97210 4.0 (5 reviews)" is a ZIP code and a rating, not a seven-digit phone
        if str(match.number.national_number)[:1] in "01":
            continue  # no North American area code starts with 0 or 1: "1309471625" is an NPI, not a phone
        if not _written_as_nanp(match.raw_string):
            continue  # "07/2006 - 06/2010" (a residency's dates) reads as (200) 606-2010
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in found:
            found.append(e164)
    return tuple(found)


def emails_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group().lower() for m in EMAIL.finditer(text)))


def age_in(text: str) -> int | None:
    m = AGE.search(text)
    return int(m.group(1) or m.group(2)) if m else None


# The words before an age in its sentence that make it the writer's own: "I'm 44 years old", "I turned 52".
_FIRST_PERSON_AGE = re.compile(r"\b(?:I\s*(?:'|’)?\s*m|I\s+am|I\s+(?:just\s+)?turn(?:ed|s)?)\s+(?:now\s+)?$")
# A profile card's fields before an age: "Male, age 61", "Female · 44 years old", "Urology | age 61".
_CARD_FIELD_BEFORE = re.compile(r"(?:\b(?:male|female|man|woman|nonbinary)\s*[,·|•]?|[·|•])\s*$", re.I)


def page_age_in(text: str, name: str = "") -> int | None:
    """The age a page's running text gives its one person, ``name``: a field ("Age: 44", "Age 44"), the
    writer's own ("I'm 44 years old"), a card's ("Male, age 61", a result's "F 46 · Billings, MT") or one
    said of their name ("Dr. Church is 66 years old", "Jane Roe, 44 years old"). A sentence's age is whoever
    the sentence is about: "81 years old." in a doctor's post about a patient who died, or "Mrs. Berg, age
    67", is not the doctor's."""
    parts = [re.escape(w) for w in re.findall(r"[^\W\d_]{2,}", name)]
    named = re.compile(rf"\b(?:{'|'.join(parts)})\s*(?:,\s*|\s(?:is|was|turned|turns|aged?)\s+)$") if parts else None
    for m in AGE.finditer(text):
        if m.group(1) and m.group().startswith("Age"):
            return int(m.group(1))
        before = text[max(0, m.start() - 40) : m.start()]
        if _FIRST_PERSON_AGE.search(before) or _CARD_FIELD_BEFORE.search(before) or (named and named.search(before)):
            return int(m.group(1) or m.group(2))
    return _sex_and_age(text, parts[-1] if parts else "")


# A result's or a roster's card gives the person's sex and age as one field, as timers print them: "F 46 ·
# Billings, MT · Bib 1187", "M44 | Denver". Only as a field of its own, after the name, a line's start or a
# separator, and before a separator: "Suite M 12" or "Form F 1040" are not.
_SEX_AGE = r"[ \t]*[FM][ \t]?(\d{2})[ \t]*(?:[·|•,]|$)"


def _sex_and_age(text: str, family: str) -> int | None:
    after = rf"|\b{family}\b" if family else ""
    found = re.search(rf"(?:^|[·|•]{after}){_SEX_AGE}", text, re.M)
    return int(found.group(1)) if found else None


# A house number opening a street line: digits, or a hyphenated pair as Queens and Hawaii write them ("79-01",
# "94-1234"), then a street word.
_HOUSE_FIRST = re.compile(r"\d{1,6}(?:-\d{1,5})?[A-Za-z]?\s+[^\W\d_]")


def parse_address(text: str) -> Address:
    """One written US address split into street, city, state and ZIP with ``usaddress``."""
    import usaddress  # loads its tagger model (tens of ms): only a page with a street address pays for it

    clean = re.sub(r"\s+", " ", text).strip(" ,")
    try:
        parts, _kind = usaddress.tag(clean)
    except usaddress.RepeatedLabelError:
        return Address(street=clean)
    # A "recipient" that opens the text with a house number is the street line the tagger lost: it reads
    # "79-01 Pellan Broadway Geriatrics Clinic, D-3" (a building's name and a unit after the street) as a
    # name, and the unit as the house number. It stays in the street, in its place.
    kept = {"Recipient"} if _HOUSE_FIRST.match(parts.get("Recipient", "")) else set()
    dropped = {"PlaceName", "StateName", "ZipCode", "CountryName", "Recipient"} - kept
    street_labels = [k for k in parts if k not in dropped]
    street = " ".join(parts[k] for k in street_labels).strip(" ,")
    # A comma ends the street: no US town's name has one. What the tagger put before it in the town is the
    # street's, a type word it does not know in front of the name ("1840 Via Firenze, Henderson" read with
    # "Firenze, Henderson" as the town).
    street_end, _, city = parts.get("PlaceName", "").strip(" ,").rpartition(",")
    street = " ".join(p for p in (street, street_end.strip()) if p)
    return Address(
        street=street,
        city=city.strip(),
        state=parts.get("StateName", "").strip(" ,.").upper()[:2] if len(parts.get("StateName", "")) <= 3 else "",
        postal_code=parts.get("ZipCode", "")[:5],
    )


def addresses_in(text: str) -> tuple[Address, ...]:
    """Street addresses written out in running text ("4417 SE Larkspur Ct, Portland, OR 97202")."""
    found = []
    at = 0
    while (m := STREET_ADDRESS.search(text, at)) is not None:
        at = m.end()
        if _range_not_house(text, m) or _count_not_house(m):
            at = m.start() + len(m.group().split()[0])  # the address may start after the range or the count
            continue
        if not _age_then_place(text, m) and not _UNIT_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            found.append(parse_address(m.group()))
    return tuple(dict.fromkeys(a for a in found if a.street and a.postal_code))


# A hyphenated pair that is a range, not a Queens or Hawaii house number: an age band ("Age 45-49 Dayton, OH"), or
# hours and days before the real house number ("8-17 Mon-Fri 123 Main St").
# A month before the pair makes it days ("June 12-14 at the Sheraton, New York, NY").
_RANGE_BEFORE = re.compile(
    r"\b(?:ages?|aged|hours|hrs|open|closed|between|grades?|rooms?|pages?|pp|nos?"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|" + MONTHS.lower() + r")\.?\s*:?\s*$",
    re.I,
)
_LATER_HOUSE = re.compile(r"\s\d{1,6}\s+[^\W\d_]")
# Only Queens (New York) and Hawaii number houses with a hyphenated pair. Anywhere else the pair is a range a page
# writes before a town: a conference's dates before its hotel ("October 12-14, Hilton Garden Inn, Portland, OR"), a
# race's age group ("M 40-49 Dartmouth, MA"), a score, grades or hours.
_HYPHENATED_STATES = re.compile(r"\b(?:NY|HI)\.?,?\s+\d{5}(?:-\d{4})?$")


def _count_not_house(found: re.Match[str]) -> bool:
    """A number before a lower-case word, with a house number later in the match, counts something ("Based on 2
    reviews Location Casco Bay Dermatology 75 Fore River Pkwy"): a street's name is written with capitals, so the
    street starts at the later number."""
    return bool(re.match(r"\d+\s+[a-z]", found.group())) and bool(_LATER_HOUSE.search(found.group()))


def _range_not_house(text: str, found: re.Match[str]) -> bool:
    first = found.group().split()[0]
    if not re.fullmatch(r"\d+-\d+", first):
        return False
    if not _HYPHENATED_STATES.search(found.group()):
        return True
    rest = found.group()[len(first) :]
    return bool(_RANGE_BEFORE.search(text[max(0, found.start() - 12) : found.start()]) or _LATER_HOUSE.search(rest))


# A secondary unit designator (USPS Publication 28, appendix C2: APT, BLDG, DEPT, FL, OFC, RM, SPC, STE, UNIT,
# "#" ...): the number after it is a suite's, so what follows it is the rest of an address, not one of its own
# ("... Suite 604 · San Juan, PR 00909" is no "604 San" street in the city of "Juan").
_UNIT_BEFORE = re.compile(rf"\b(?:{UNIT_WORDS})\.?\s*#?\s*$|#\s*$", re.I)


# A street's type word ("Dr", "Street", "Trace"): what a house number is followed by, sooner or later.
_STREET_TYPE = re.compile(
    r"\b(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|blvd|boulevard|way|pl|place|cir|circle|ter"
    r"|terrace|trl|trail|trace|pkwy|parkway|hwy|highway|sq|square|loop|run|row|pike|alley|aly|path|walk|cv|cove"
    r"|xing|crossing|pt|point|bnd|bend|ridge|holw|hollow|pass|plz|plaza|box|suite|ste|unit|apt|#)\b\.?",
    re.I,
)


def _age_then_place(text: str, found: re.Match[str]) -> bool:
    """ "Colette R Abernathy, 29 · Mount Pleasant, SC 29464": a name, its age, then where the person lives.
    The number after a name's comma is an age, not a house number, when no street's type word follows it."""
    before = text[max(0, found.start() - 3) : found.start()]
    number = re.match(r"\d+", found.group())
    if not re.search(r"[A-Za-z.],\s*$", before) or number is None or int(number.group()) > 120:
        return False
    street = found.group()[number.end() :].split(",")[0]
    return not _STREET_TYPE.search(street)


_DATE_FORMATS = ("%B %d %Y", "%b %d %Y", "%m/%d/%Y", "%Y-%m-%d", "%B %Y", "%b %Y")
_ANY_DATE = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|(?:{MONTHS}|[A-Z][a-z]{{2}})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}"
)


def iso_date(text: str) -> str:
    """The first date in ``text`` as YYYY-MM-DD (YYYY-MM for a month), else ``text`` unchanged."""
    m = _ANY_DATE.search(text)
    if not m:
        return text.strip()
    raw = re.sub(r"[.,]", "", m.group())
    for fmt in _DATE_FORMATS:
        try:
            when = datetime.strptime(raw, fmt)
        except ValueError:
            continue
        return when.strftime("%Y-%m" if fmt in ("%B %Y", "%b %Y") else "%Y-%m-%d")
    return text.strip()


def birth_date_in(text: str) -> str:
    m = BIRTH.search(text)
    return m.group(1) if m else ""


def _names(text: str) -> list[str]:
    # A sentence ends the list: "Owen Roe. Phones ..." (but not an initial: "Thomas A. Okafor").
    text = re.split(r"(?<=[a-z]{2})\.(?:\s|$)", text)[0]
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", text)
    return [p.strip() for p in parts if p.strip()[:1].isupper()]


# The list went on without a separator after the longest name it reads: its names ran together.
_RUN_ON = re.compile(r"[ \t]+[A-Z]")


def relatives_in(text: str) -> tuple[str, ...]:
    """Names given as relatives ("Relatives: Ann Roe, Bo Roe", "her husband, Mark")."""
    found: list[str] = []
    for m in RELATIVES.finditer(text):
        names = _names(m.group(1))
        if names and m.group(1).endswith(names[-1]) and _RUN_ON.match(text, m.end()):
            # "Possible Relatives Wade A Stalnaker Norma J Carrico ...": links shown on lines of their own ran
            # together in the text, so where one name ends is unknowable; the run-on words are no person.
            names = names[:-1]
        found.extend(names)
    found.extend(m.group(1) for m in KIN.finditer(text))
    found.extend(name for m in PARENT_OF.finditer(text) for name in m.groups() if name)
    return tuple(dict.fromkeys(found))


def employers_in(text: str) -> tuple[str, ...]:
    """Employers, practices and hospitals named after "works at", "practices at", "affiliated with"..."""
    out = []
    for m in EMPLOYER.finditer(text):
        name = re.split(r"\s+(?:in|since|as|where|and|for|on)\s+|[.;,]\s", m.group(1).strip())[0].strip(" .,;")
        if len(name) > 2:
            out.append(name)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class TextEntities:
    """Everything ``entities_in`` found in a page's visible text."""

    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    age: int | None = None
    birth_date: str = ""
    relatives: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()


def entities_in(text: str) -> TextEntities:
    return TextEntities(
        phones=phones_in(text),
        emails=emails_in(text),
        addresses=addresses_in(text),
        age=age_in(text),
        birth_date=birth_date_in(text),
        relatives=relatives_in(text),
        employers=employers_in(text),
    )


def display_phone(e164: str) -> str:
    """ "+15035550142" as "(503) 555-0142"."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, "US"), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return e164
