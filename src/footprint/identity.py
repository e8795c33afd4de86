"""Who the subject is: parsed names, name variants and nicknames (the NPI record: ``footprint.registry``).

Names are parsed with ``nameparser``; nicknames come from the maintained
``nicknames`` dataset. The NPI check digit is the Luhn digit over the number
prefixed with 80840, as the NPPES standard defines it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

import yaml
from nameparser import HumanName

from footprint.errors import SubjectError
from footprint.generation_words import FAMILY_WORDS
from footprint.models import (
    UNDECOMPOSED,
    Page,
    Probe,
    Skipped,
    Subject,
)

FetchFn = Callable[[Probe], Page | Skipped]

CREDENTIALS = {
    "MD", "DO", "MBBS", "PHD", "NP", "PA", "PA-C", "DDS", "DMD", "DPM", "OD", "RN", "FACP", "FACS",
    "FAAP", "FACC", "MPH", "MS", "MSC", "FRCPC", "DNP", "APRN", "CRNP", "MBA", "FAAFP",
}  # fmt: skip

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands",
}  # fmt: skip
_STATE_BY_NAME = {v.lower(): k for k, v in US_STATES.items()}


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Cyrillic in Latin letters, as BGN/PCGN romanises Russian (with the Ukrainian letters): a Russian- or
# Ukrainian-language article writes "Евгений Соколов" for Evgeny Sokolov. Hard and soft signs are dropped.
_CYRILLIC = str.maketrans(
    {**dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
     "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
     "ъ": "", "ь": "", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
     # Kazakh's own letters as Kazakh names are romanised in English (Жақсылықова: Zhaksylykova, Нұрлан: Nurlan).
     "қ": "k", "ғ": "g", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ә": "a"}
)  # fmt: skip
_HAS_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Armenian in Latin letters, as BGN/PCGN (1981) and the Library of Congress romanise Eastern Armenian: "Սարգսյան" is
# Sargsyan, "Անահիտ" Anahit (an Armenian-language paper writes its diaspora doctor so). "ու" is u; "ե" and "ո" opening
# a word are "ye" and "vo" ("Երևան" Yerevan); "և" is "ev". A word's closing "ը" is the definite article
# ("Սարգսյանը", "the Sargsyan", as running text writes a person's name) and is dropped.
_ARMENIAN = str.maketrans(
    {**dict(zip("աբգդեզէթիլկհմյնոպռսվտրփքօֆ", "abgdezetilkhmynoprsvtrpkof", strict=True)),
     "ժ": "zh", "խ": "kh", "ծ": "ts", "ձ": "dz", "ղ": "gh", "ճ": "ch", "շ": "sh", "չ": "ch", "ջ": "j", "ց": "ts",
     "ը": "y", "ւ": "v", "և": "ev"}
)  # fmt: skip
_ARMENIAN_WORD_OPENING = re.compile(r"(?<![\u0561-\u0587])([եո])")
_ARMENIAN_ARTICLE = re.compile(r"(?<=[\u0561-\u0587]{2})ը(?![\u0561-\u0587])")
_HAS_ARMENIAN = re.compile("[\u0531-\u0587]")
# Georgian (Mkhedruli, one case) in Latin letters by the national system of 2002, which BGN/PCGN adopted in 2009,
# without its ejective apostrophes: "გელაშვილი" is Gelashvili, "ნინო" Nino.
_GEORGIAN = str.maketrans(
    {**dict(zip("აბგდევზთიკლმნოპრსტუფქყჰ", "abgdevztiklmnoprstupkqh", strict=True)),
     "ჟ": "zh", "ღ": "gh", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j"}
)  # fmt: skip
_HAS_GEORGIAN = re.compile("[\u10d0-\u10ff]")


def fold(text: str) -> str:
    """Lower-case, accents removed, Cyrillic romanised, punctuation to spaces: for comparing names."""
    if not text.isascii():  # ASCII has no accents to remove; most names are ASCII, and a roster folds each
        if _HAS_CYRILLIC.search(text):
            text = text.lower().translate(_CYRILLIC)
        if _HAS_ARMENIAN.search(text):
            text = _ARMENIAN_ARTICLE.sub("", text.lower()).replace("ու", "u")
            text = _ARMENIAN_WORD_OPENING.sub(lambda m: {"ե": "yե", "ո": "vո"}[m.group(1)], text)
            text = text.translate(_ARMENIAN)
        if _HAS_GEORGIAN.search(text):
            text = text.translate(_GEORGIAN)
        decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


def house_key(street: str) -> str:
    """The house number and the first street word, folded ("2250 NW Flanders St" -> "2250 nw"): the part two
    spellings of one address share ("714 Westover Crest Rd" and "714 Westover Crest Road")."""
    return " ".join(fold(street).split()[:2])


# Secondary unit designators (USPS Publication 28, appendix C2: APT, BLDG, DEPT, FL, OFC, RM, SPC, STE, UNIT, and
# "#") as street lines write them, abbreviated or whole: the flat or suite after the street.
UNIT_WORDS = r"suite|ste|apartment|apt|unit|building|bldg|department|dept|floor|fl|office|ofc|room|rm|space|spc|lot"
# A unit at the end of a street line ("Apt 1412", "STE 200", "# 3", ", Unit 4-B", "No. 7"): its designator and
# an identifier with a digit or a single letter, so a street named with such a word ("12 Lot St") stays whole.
_TRAILING_UNIT = re.compile(
    rf"\s*,?\s*(?:\b(?:{UNIT_WORDS})\b\.?\s*#?|\bno\.|#)\s*(?:[\w-]*\d[\w-]*|[A-Za-z])\s*$", re.I
)


def without_unit(street: str) -> str:
    """The street line without the unit(s) it ends with: "1142 W ARGYLE BEND ST APT 3" -> "1142 W ARGYLE BEND ST",
    as a page that writes the flat on a line of its own, or not at all, shows the street."""
    line = " ".join(street.split())
    while (cut := _TRAILING_UNIT.sub("", line).strip(" ,")) != line:
        line = cut
    return line


def normalise_state(value: str | None) -> str | None:
    """A two-letter state code from a code or a full name; SubjectError when unknown."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.upper() in US_STATES:
        return text.upper()
    code = _STATE_BY_NAME.get(text.lower())
    if code:
        return code
    raise SubjectError(f"unknown US state: {value!r}", "use a two-letter code such as OR or TX")


def npi_check_digit_ok(npi: str) -> bool:
    """True when ``npi`` is ten digits whose last is the Luhn digit over 80840 + the first nine."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(c) for c in "80840" + npi[:9]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(npi[9])


def validate_npi(value: str | None) -> str | None:
    """The NPI as ten digits; spaces and hyphens between digits ("1234-567-893") and a spreadsheet's
    trailing ".0" are accepted, so that one NPI written two ways is one NPI."""
    if value is None or not str(value).strip():
        return None
    npi = re.sub(r"\.0+$", "", str(value).strip())
    if re.fullmatch(r"\d[\d\s-]*\d", npi):
        npi = re.sub(r"[\s-]", "", npi)
    if not re.fullmatch(r"\d{10}", npi):
        raise SubjectError(f"NPI must be ten digits: {value!r}")
    if not npi_check_digit_ok(npi):
        raise SubjectError(f"NPI {npi} fails its check digit", "check for a mistyped digit")
    return npi


def split_credentials(tokens: Iterable[str]) -> tuple[str, ...]:
    out = []
    for token in tokens:
        for part in re.split(r"[,\s]+", token):
            clean = part.replace(".", "").upper().strip()
            if clean in CREDENTIALS and clean not in out:
                out.append(clean)
    return tuple(out)


def make_subject(
    name: str,
    *,
    specialty: str | None = None,
    city: str | None = None,
    state: str | None = None,
    npi: str | None = None,
    handles: Iterable[str] = (),
    known_urls: Iterable[str] = (),
    also_known_as: Iterable[str] = (),
    email: str | None = None,
    practice: str | None = None,
) -> Subject:
    """Parse and validate what a user typed into a Subject; SubjectError on bad input."""
    if not name or not name.strip():
        raise SubjectError("the subject needs a name")
    urls = tuple(u.strip() for u in known_urls if u.strip())
    for url in urls:
        if not re.match(r"^https?://[^\s/]+", url, re.I):
            raise SubjectError(f"not an http(s) URL: {url!r}")
    first, middle, last, suffix = parse_name(name.strip())
    middle, last = _generation_in_family(middle, last)
    after_comma = name.split(",", 1)[1] if "," in name else ""
    credentials = split_credentials([suffix, after_comma])
    if not first or not last:
        raise SubjectError(f"cannot tell a given and a family name in {name!r}", 'write it as "First Last"')
    return Subject(
        name=name.strip(),
        given_name=first,
        middle_name=middle or None,
        family_name=last,
        credentials=credentials,
        specialty=specialty.strip() if specialty and specialty.strip() else None,
        city=city.strip() if city and city.strip() else None,
        state=normalise_state(state),
        npi=validate_npi(npi),
        handles=_handles(handles),
        known_urls=urls,
        also_known_as=tuple(a.strip() for a in also_known_as if a.strip()),
        email=email.strip() if email and email.strip() else None,
        practice=practice.strip() if practice and practice.strip() else None,
    )


def _generation_in_family(middle: str, last: str) -> tuple[str, str]:
    """(middle, family) with a generation word written as the last family name ("Ricardo Nunes Filho", "José
    Silva Neto") joined to the family name before it: the parser reads NUNES as a middle name, and the person
    goes by Nunes ("Dr. Nunes"), which a middle name is never searched nor matched as (``generation_words``)."""
    words = middle.split()
    if not words or fold(last) not in FAMILY_WORDS or len(words[-1].strip(".")) < 2:
        return middle, last
    return " ".join(words[:-1]), f"{words[-1]} {last}"


# A plain name: "Dr." at most, two or three capitalised words (the middle one may be an initial),
# and after a comma only credentials. nameparser takes 0.2 ms a name, 20 s for a 100,000-row roster;
# names of this shape it splits as first, middle, last, which this does in microseconds.
_PLAIN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*\Z")  # Latin-1 letters
_INITIAL = re.compile(r"[A-Z]\.?\Z")


def parse_name(text: str) -> tuple[str, str, str, str]:
    """(given, middle, family, suffix) of a name, as nameparser reads it; plain names take a fast path."""
    return _plain_name(text) or _human_name(text)


def _human_name(text: str) -> tuple[str, str, str, str]:
    parsed = HumanName(text)
    return parsed.first, parsed.middle, parsed.last, parsed.suffix


def _plain_name(text: str) -> tuple[str, str, str, str] | None:
    head, comma, tail = text.partition(",")
    words = head.split()
    if words and words[0] in ("Dr.", "Dr"):
        words = words[1:]
    if len(words) not in (2, 3) or not all(_PLAIN_WORD.match(w) for w in (words[0], words[-1])):
        return None
    if len(words) == 3 and not (_PLAIN_WORD.match(words[1]) or _INITIAL.match(words[1])):
        return None
    reserved = _reserved_words()
    if any(w.lower().rstrip(".") in reserved for w in words):
        return None
    suffix = ""
    if comma:
        parts = [p.strip() for p in tail.split(",")]
        if not all(p and p.lower().replace(".", "") in _suffixes() for p in parts):
            return None  # "Last, First", or something nameparser must judge
        suffix = ", ".join(parts)
    return words[0], words[1] if len(words) == 3 else "", words[-1], suffix


@cache
def _reserved_words() -> frozenset[str]:
    """Words that change how nameparser splits a name: titles, suffixes, prefixes, conjunctions."""
    from nameparser.config import CONSTANTS

    groups = (CONSTANTS.titles, CONSTANTS.prefixes, CONSTANTS.conjunctions, CONSTANTS.first_name_titles)
    return frozenset(w.lower() for group in groups for w in group) | _suffixes()


@cache
def _suffixes() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(w.lower() for g in (CONSTANTS.suffix_acronyms, CONSTANTS.suffix_not_acronyms) for w in g)


def _handles(given: Iterable[str]) -> tuple[str, ...]:
    """Handles as typed, trimmed; an empty or symbol-only one is an error (it would check nothing)."""
    handles = []
    for raw in given:
        handle = raw.strip()
        if not any(c.isalnum() for c in handle):
            what = "an empty handle" if not handle else f"handle {handle!r} has no letters or digits"
            raise SubjectError(what, "give a username such as @janedoe, or @janedoe@mastodon.social")
        handles.append(handle)
    return tuple(handles)


@cache
def _nicknamer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()


def known_given(given: str) -> bool:
    """True when the nickname table knows ``given`` as a formal name with pet forms or as a pet form of some name."""
    key = fold(given)
    return bool(_nicknamer().nicknames_of(key) or _nicknamer().canonicals_of(key))


def pet_form_of_some_name(given: str) -> bool:
    """True when the nickname table gives ``given`` as the pet form of some name ("cal": Calvin, Caleb)."""
    return bool(_nicknamer().canonicals_of(fold(given)))


def given_name_forms(given: str) -> frozenset[str]:
    """The given name, its nicknames and its canonical forms, folded (Robert: bob, rob, ...), and the
    other romanisations and English forms of ``given_names.yaml`` (Evgeny: yevgeny, eugene, gene), and the
    community's own form of a registered name (Ignacio: inaki)."""
    from footprint.givennames import equivalents, native_forms

    key = fold(given)
    if not key:
        return frozenset()
    namer = _nicknamer()
    forms = {key} | {fold(n) for n in namer.nicknames_of(key)} | {fold(n) for n in namer.canonicals_of(key)}
    from footprint.spellings import table_spellings

    for spelled in table_spellings(key):  # Katharine: Katherine's Kit, Kate, Kathy
        forms |= {spelled} | {fold(n) for n in namer.nicknames_of(spelled)}
    return frozenset(forms | equivalents(key) | native_forms(key))


def name_variants(subject: Subject) -> tuple[str, ...]:
    """Spellings a page or a search might use for the subject, most specific first."""
    first, middle, last = subject.given_name or "", subject.middle_name or "", subject.family_name or ""
    variants: list[str] = []

    def add(text: str) -> None:
        clean = re.sub(r"\s+", " ", text).strip()
        if clean and clean not in variants:
            variants.append(clean)

    cred = subject.credentials[0] if subject.credentials else ""
    add(f"{first} {middle} {last}")
    add(f"{first} {middle[:1]} {last}" if middle else "")
    add(f"{first} {last}")
    add(f"Dr. {first} {last}")
    add(f"{first} {last}, {cred}" if cred else "")
    add(f"{first[:1]}. {last}")
    if middle:
        add(f"{first[:1]}. {middle[:1]}. {last}")
        add(f"{middle} {last}" if len(middle.strip(".")) > 1 else "")
    for other in subject.also_known_as:
        add(other)
    # Either part of a hyphenated or double surname may appear alone; a generation word ("Filho") is no name alone.
    parts = [p for p in re.split(r"[-\s]+", last) if len(p) > 1]
    for part in parts if len(parts) > 1 else []:
        if fold(part) not in FAMILY_WORDS:
            add(f"{first} {part}")
    for nickname in _closest_nicknames(first):
        add(f"{nickname.title()} {last}")
    folded = [plain(v) for v in variants]
    for text in folded:
        add(text)
    return tuple(variants)


NICKNAME_VARIANTS = 4  # nicknames to spell out; matching knows them all, searches need few


def _closest_nicknames(first: str) -> list[str]:
    """The nicknames people are most often called by (``nickname_order.yaml``: Meg, Maggie, Peggy for Margaret), then
    those that look most like the name first (Rob, Robbie before Bill for Robert)."""
    from rapidfuzz import fuzz

    from footprint.spellings import table_spellings

    key = fold(first)
    spelled = table_spellings(key)  # Katharine's everyday forms are Katherine's
    ranked = commonest_nicknames().get(key, ()) or next((commonest_nicknames()[s] for s in spelled if s in
                                                         commonest_nicknames()), ())  # fmt: skip
    names = sorted(
        {n for k in (key, *spelled) for n in _nicknamer().nicknames_of(k)},
        key=lambda n: (ranked.index(fold(n)) if fold(n) in ranked else len(ranked), -fuzz.ratio(key, fold(n)), n),
    )
    return names[:NICKNAME_VARIANTS]


@cache
def commonest_nicknames() -> dict[str, tuple[str, ...]]:
    """Formal given name (folded) -> its everyday forms, commonest first (``nickname_order.yaml``)."""
    text = resources.files("footprint").joinpath("nickname_order.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return {fold(k): tuple(fold(n) for n in v or ()) for k, v in (raw.get("order") or {}).items()}


def plain(text: str) -> str:
    """Accents removed, case and punctuation kept: "José Peña" as "Jose Pena"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
