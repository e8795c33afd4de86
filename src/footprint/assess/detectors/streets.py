"""Which street is a home: a street address in a sentence that names the subject or their household ("a
meal train for the Pruitts. Please drop meals at 1408 Bramblecrest Dr"; "Owner MCALLISTER H DOUGLAS JR …
Property Address 1120 Sequoyah Bluff Rd") is their home, unless the sentence is about a workplace, the street
is the practice's or a letterhead's, or it has no house number.
"""

from __future__ import annotations

import re

from footprint.assess.detectors import year_headings
from footprint.assess.detectors.base import Context, stem, street_key
from footprint.assess.detectors.records import sentences
from footprint.assess.detectors.subject_text import OTHERS_FAMILY, names_subject, plain
from footprint.models import Address, Match, PageKind

# Pages where a street beside the subject's name is their home: not news (a story names the clinic's
# street), not a board's record (its address of record is the practice's).
HOME_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})
# A house number, then the street's words: named ("Larkspur") or numbered ("E 97th", "W 5th").
# A house number starts the street; a number that is the end of another (a time "2:14:07", "4,210"), the next cell
# after a time ("5:58:31 17 Dana Whitlow St Paul ...") or a bib, ticket or list number ("Bib 2045", "#12", "No. 40")
# is none. A number after a year is a street's again ("Listed June 2021 88 Elm Hollow Rd": lines run together).
# A race's distance and event is none either, whatever column heading follows it on a results page ("Boys 100
# Butterfly Place Name Age", "400 Meter Relay Place").
_RACE_EVENT = (
    r"(?!(?:[A-Za-z'-]+\s+){0,2}(?:butterfly|freestyle|backstroke|breaststroke|medley|relay|hurdles|meters?|metres?"
    r"|steeplechase)\b)"
)
# The type word after a street's name ("Elm Hollow Rd", "Lakeview Terrace"); a numbered street may be a highway too.
_TYPE_WORDS = (
    r"St|Street|Rd|Road|Dr|Drive|Ave|Avenue|Ln|Lane|Ct|Court|Way|Blvd|Boulevard|Pl|Place|Cir|Circle|Ter|Terrace"
    r"|Pkwy|Parkway|Trl|Trail|Row|Loop|Run|Pass|Cove"
)
STREET = re.compile(
    r"(?<![\d][:,./])(?<!:\d\d )(?<!bib )(?<!bib# )(?<!#)(?<!# )(?<!no\. )(?<!no )"
    r"\b\d{2,6}\s+" + _RACE_EVENT + r"(?:[NSEW]\.?\s+)?(?:(?:[A-Za-z][A-Za-z'-]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
    r"(?:" + _TYPE_WORDS + r"|Hwy|Highway)\b\.?"
    # A street whose type comes first, as the Southwest and Puerto Rico name them: "4411 N Camino Real", "12 Calle
    # del Sol".
    r"|(?<![\d][:,./])(?<!#)(?<!no\. )\b\d{2,6}\s+(?:[NSEW]\.?\s+)?(?-i:Camino|Calle|Avenida|Paseo|Placita)\s+"
    r"(?:(?-i:de|del|la|las|los|el)\s+)?(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\b",
    re.I,
)
_HOUSE_STREET = re.compile(STREET.pattern.replace(r"\b\d{2,6}\s+", r"\b\d{1,6}\s+", 1), re.I)
WORKPLACE = re.compile(
    r"\b(?:clinic|hospital|practice|office|suite|ste|medical|health|center|centre|pharmacy|address of record"
    r"|pavilion|institute|associates|physicians|providers|find a doctor)\b",
    re.I,
)


def home_in_text(ctx: Context, m: Match) -> list[tuple[Address, str]]:
    """(street, sentence) for each street written in a sentence about the subject's household. In a news story
    (a community paper, a bulletin read as news) only in a sentence that says it is a house, in any language
    ("the pickup is at their house, 34 Elm Crest Rd"): a story's other streets are the clinic's."""
    news = m.page.kind == PageKind.NEWS
    if m.page.kind not in HOME_KINDS and not news:
        return []
    found: list[tuple[Address, str]] = []
    previous = False
    for sentence in sentences(m.page.text):
        about = names_subject(ctx, sentence, household=True)
        at_work = bool(WORKPLACE.search(sentence))
        streets = [
            s
            for s in STREET.finditer(sentence)
            if not _letterhead(m.page.title, sentence[: s.start()]) and not _VENUE_BEFORE.search(sentence[: s.start()])
        ]
        # Minutes, a blotter or a tour list give a resident's street after their name, a one-digit house number
        # too: "Lot 14, Paul and Dr. Jane Roe, 7 Elm Crest Ln: rear fence".
        named = [s for s in _HOUSE_STREET.finditer(sentence) if after_the_name(ctx, sentence[: s.start()])]
        streets += [s for s in named if s.group() not in {t.group() for t in streets}]
        if news and not stem("house", sentence):
            streets = named  # any other street in a story is the clinic's
        seen = {t.group() for t in streets}
        streets += [s for s in HOME_ON_STREET.finditer(sentence) if s.group("street") not in seen]
        house = numbered_house(ctx, sentence, m.page.title) if about and not at_work else None
        if house is not None:
            found.append((house, sentence))
        if news and not streets:
            previous = about and not at_work
            continue
        if (about or previous) and not at_work and not OTHERS_FAMILY.search(sentence):
            found += [(Address(street=_written(s)), sentence) for s in streets if _proper(_written(s))]
        elif at_work and not OTHERS_FAMILY.search(sentence):
            found += [
                (Address(street=_written(s)), sentence) for s in named if _employer_column(m.page.text, sentence, s)
            ]
        previous = about and not at_work  # the sentence after one about their clinic is about the clinic
    return found


# A register with a column for the employer after the address (a campaign-finance report's contributors, a lobbying
# filing's donors): "Contributor · Address · Employer / Occupation".
_EMPLOYER_HEADING = re.compile(r"\b(?:Employer|Occupation)\b")
_TOWN_AFTER = re.compile(r"^,?\s*(?:[A-Z][\w'’.-]*\s+){1,3}?,?\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?")


def _employer_column(text: str, sentence: str, street: re.Match[str]) -> bool:
    """A street right after the name on a register whose later column gives the employer ("Roe, Jane 61 Elm St,
    Madison WI 53715 Lakeview Clinic / Physician"): the workplace is the employer column's, the street the
    contributor's own. Not when a workplace word comes before the street or within its address ("Suite 200")."""
    at = max(0, text.find(sentence))
    if not _EMPLOYER_HEADING.search(text[:at] + " " + sentence[: street.start()]):
        return False
    rest = sentence[street.end() :]
    town = _TOWN_AFTER.match(rest)
    address = sentence[: street.end() + (town.end() if town else 0)]
    return town is not None and not WORKPLACE.search(address) and _proper(_written(street))


_TYPE = rf"(?:{_TYPE_WORDS})"  # a street's type word, a highway aside
# A street named without a number ("the Lakeview Terrace block party", "Elm Street Neighbors").
# A numbered street too: "77th Street Block Association".
_BARE_STREET = re.compile(rf"(?<!\d )(?<!\d)\b(?:(?!The\b)(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,2}}{_TYPE}\b")


def numbered_house(ctx: Context, sentence: str, title: str) -> Address | None:
    """The household's house number as a street's minutes write it, beside their names ("Jane and Sam Roe (no.
    3117)", "Jane and Sam Roe (34-18, Apt 4B)", "in front of no. 58 (Jane Roe and Sam Roe hosting)"), on the
    street the sentence or the association's name gives ("the Lakeview Terrace block party", "Elm Avenue
    Neighbors", "77th Street Block Association"): their home."""
    subject = ctx.identity.subject
    family = re.escape(subject.family_name or "")
    if not family:
        return None
    number = re.search(
        rf"\b{family}s?\s*\(\s*(?:no\.\s*(\d{{1,5}})|{_BRACKETED})\s*\)"
        rf"|\bno\.\s*(\d{{1,5}})\s*\([^()]*\b{family}\b[^()]*\)",
        sentence,
    )
    if number is None:
        return None
    street = _BARE_STREET.search(sentence) or _BARE_STREET.search(title)
    if street is None:
        return None
    return Address(street=f"{next(g for g in number.groups() if g)} {street.group()}")


# A house number in brackets without "no.": one a name's age could not be, a Queens or Hawaii hyphenated number
# ("34-18"), or a number with the flat after it ("34-18, Apt 4B", "12, Unit 3"). "Sam Roe (7)" is a child's age.
_FLAT = r"\s*,\s*(?:(?i:apt|unit|flat)\.?|#)\s*"
_BRACKETED = rf"(\d{{1,3}}-\d{{1,4}}[A-Z]?(?=\s*[),])|\d{{1,5}}[A-Z]?(?={_FLAT}))(?:{_FLAT}[\w-]+)?"


def _written(street: re.Match[str]) -> str:
    """The street a match found: the named street of a house told without its number, else the whole match
    without a sentence's full stop."""
    return street["street"] if "street" in street.groupdict() else street.group().rstrip(".")


# The household's house told by its street alone, no number: "hosting 140 Rotarians at their place on Longleaf Crest
# Dr", "the party is at her house on Elm Crest Lane".
HOME_ON_STREET = re.compile(
    r"\b(?:their|her|his|our)\s+(?:place|house|home|farm|cabin|backyard|yard)\s+on\s+(?P<street>(?:[A-Z][\w'’-]+\s+){1,3}"
    rf"(?:{_TYPE_WORDS})\b\.?)"
)


# A place named before the street: "Services at Elm Hollow Ward, 2850 E Elm Hollow Ln", "meet at Lakeside Park Pavilion,
# 12 Shore Dr", "volunteers needed at the parish hall, 45 Elm St". The street is that place's, not the household's.
_COMMON_VENUE = (
    r"(?:hall|church|chapel|temple|mosque|synagogue|library|school|gym|gymnasium|park|pavilion|field|lodge|"
    r"clubhouse|community (?:center|centre|room)|center|centre|rectory|parish office|fire station|firehouse)"
)
_VENUE_BEFORE = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w.&-]*[a-z.]"
    rf"|(?:[a-z][\w'’-]*\s+){{0,2}}{_COMMON_VENUE}),\s*$"
)


def after_the_name(ctx: Context, before: str) -> bool:
    """``before`` (a sentence up to a street) ends with the subject's family name and a comma, alone or as the
    second of a couple ("Dr. Jane Roe, ", "Sam and Dr. Jane Roe, ", "Dr. Jane Roe and Sam Poe, "), or as a register
    writes a row: family name, comma, given name ("ROE, JANE ")."""
    subject = ctx.identity.subject
    families = [subject.family_name or "", *(n.split()[-1] for n in subject.also_known_as if n.split())]
    given = subject.given_name or ""
    for family in {f for f in families if len(f) > 1}:
        couple = r"(?:\s+(?:and|&)\s+(?:Dr\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})?"
        # Minutes put the house in brackets after the name, the household's names joined by a slash: "Jane Roe
        # (61 Elm St)", "Lot 14 (Roe/Poe, 61 Elm St)".
        if re.search(rf"\b{re.escape(family)}(?:/[A-Z][\w'’-]+)*{couple}(?:,|\s*\()\s*$", before):
            return True
        # A register's row, family name first and often in capitals: "ROE, JANE 61 ELM ST", "Roe, Jane M., 61 Elm St".
        if given and re.search(
            rf"\b{re.escape(family)},\s+{re.escape(given)}(?:\s+[A-Z][\w'’-]*\.?)?,?\s*$", before, re.I
        ):
            return True
    return False


_SEPARATOR = re.compile(r"[\s|·•,:–—-]*$")


def _proper(street: str) -> bool:
    """A street's name is a proper name, written capitalised on a page someone edited (a bulletin, a club's
    site): "34 Elm Crest Rd", "118 W LARCH RUN CT". A number then common words then "Dr" is a count or a year
    before a doctor's title ("the 2025 guests Dr. Roe and Dr. Poe", "3 talks Dr Poe gave"), not a drive. (A
    person's own quick post may write a street in lower case: :func:`own_words.homes_in_posts` does not ask
    this.)"""
    words = street.split()[1:-1]
    if year_headings.year_heading(street):  # "2026 Sponsors Home Run": a sponsor page's heading and first tier
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _letterhead(title: str, before: str) -> bool:
    """The street comes right after a name the page's title gives, as a letterhead or a footer writes the
    organisation's own address ("Roe-Poe Funeral Home · 200 S Main St" on the page titled "Our Staff | Roe-Poe
    Funeral Home"): the business's address, not the household's, whoever's family name the business bears."""
    head = plain(_SEPARATOR.sub("", before))
    segments = [plain(x) for x in re.split(r"\s+[|·•–—-]\s+", title)]
    return any(len(seg.split()) >= 2 and head.endswith(seg) and "family" not in seg for seg in segments)


# Address purposes that name a workplace (NPPES "LOCATION"/"MAILING", listings' "practice").
WORK_PURPOSES = frozenset({"location", "mailing", "practice", "office", "work", "business", "clinic"})


def has_house_number(address: Address) -> bool:
    """A street with its house number ("77 Brevoort Rd", "N1234 County Rd K") finds a home; a town
    ("Lives in: Perrysburg, OH", read into the street) or a bare street name does not."""
    first = address.street.split()[:1]
    return bool(first) and any(c.isdigit() for c in first[0])


def is_work_address(ctx: Context, address: Address) -> bool:
    return address.purpose.lower() in WORK_PURPOSES or street_key(address) in ctx.practice_streets
