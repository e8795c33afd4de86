"""Whether a name-shaped phrase is a person: "Oral Step-Down Therapy", "Ocean State Bookshelf" and "Omni
Dallas Hotel" are capitalised words in a row, as "Seoyeon Park" is, and are a study, a shop and a hotel.

A person's name opens with a given name. The evidence, in order: an initial or a given name the
``nicknames`` dataset or ``given_names.yaml`` holds, anywhere before the last word, says person. A common
word is one Webster's list (``english-words``) gives in lower case and never capitalised ("therapy", not
"marsh", which is also "Marsh"). A common opening word before a common last word says the title-cased words
of a heading, a study, a shop or a specialty ("Oral Step-Down Therapy", "Infectious Disease", "Vintage Tulsa
Wine Gala"), as does a longer phrase ending in a common word of five letters or more ("Omni Dallas Hotel").
A family name in no word list ("Trip McAllister") or a short one, as many East Asian family names are and
some word lists hold ("Young Kim", "Seo Yeon Park"), keeps the phrase a name; so does a given name in
neither list ("Seoyeon", "Oluwaseun"), so a rare given name is never lost. Titles and credentials ("Dr.",
", MD") are evidence the caller weighs before asking.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from itertools import pairwise

from footprint.extract.holidays import a_holiday
from footprint.givennames import groups
from footprint.identity import fold


@cache
def _given_names() -> frozenset[str]:
    text = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    found = {fold(row[0]) for row in csv.reader(text.splitlines()[1:]) if row}
    found |= {fold(row[2]) for row in csv.reader(text.splitlines()[1:]) if len(row) > 2}
    for group in groups():
        found |= {*group.romanised, *group.english}
    return frozenset(found)


@cache
def _common_words() -> frozenset[str]:
    """Words Webster's lists in lower case and never capitalised: common words, not names ("marsh" and "Marsh",
    "kim" and "Kim" are both, so neither is only a word)."""
    from english_words import get_english_words_set

    listed = get_english_words_set(["web2"], lower=False)
    return frozenset(w for w in listed if w.islower() and w.capitalize() not in listed)


def given_name(word: str) -> bool:
    """A known given name or nickname ("Colleen", "Libby", "Yevgeny")."""
    return fold(word.strip(".,")) in _given_names()


def common_word(word: str, plural: bool = False) -> bool:
    """A word English writes in lower case ("therapy", "bookshelf"), each part of a hyphenated one too; with
    ``plural``, the plural of one too ("diseases", "cellars", "therapies": Webster's lists the singular)."""
    parts = [p for p in word.strip(".,'’").lower().split("-") if p]
    return bool(parts) and all(p in _common_words() or (plural and _plural_of_common(p)) for p in parts)


def _plural_of_common(word: str) -> bool:
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = [word[:-1]]
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    if word.endswith("es"):
        singulars.append(word[:-2])
    return any(s in _common_words() for s in singulars)


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})  # fmt: skip


def not_a_person(name: str) -> bool:
    """True when the words of ``name`` say a heading, an organisation or a thing rather than a person."""
    words = [w for w in name.split() if w.strip(".")]
    if len(words) < 2:
        return False
    if any(w.endswith(("'s", "’s")) and len(w) > 3 for w in words[:-1]):
        return True  # "Bukky's Kitchen", "Joe's Garage": whose place or channel, never a person's name
    if _a_place(words) or _a_town(words):
        return True  # "Columbus Ohio glaucoma surgeon?": a thread's title names a town, not a person
    if words[-1].strip(".,").lower() in _STREET_LAST:
        return True  # "Front porch on Virginia St": a street written without its number
    if chrome(words) or _organisation(words):
        return True  # "Strava Log In Sign Up", "Boletim Paroquial", "Classical High": a site's menu, a paper, a school
    if _park_or_holiday(words) or a_holiday(words):
        return True  # "Colt State Park", "Labor Day", "Pchum Ben", "Lebaran di Fontana": a place or a day to go
    first = words[0]
    if any(len(w.rstrip(".")) == 1 or w.endswith(".") or given_name(w) for w in words[:-1]):
        return False  # an initial or a given name anywhere before the last word: "Seo Y Park", "Farrelly Mary C"
    last = words[-1].strip(".,")
    if len(words) == 2 and common_word(first) and last.lower() in _MONTHS:
        return True  # "Every March", "Last May", "Since June": a time, the first word no given name
    # The last word may be a plural ("Infectious Diseases", "Prairie Sky Cellars"); the first must be a common
    # word as written, so a name of two plural-looking words stays a name ("Brooks Wells").
    if not common_word(last, plural=True):
        return False  # "Trip McAllister": a family name in no word list
    # "Oral Therapy", "Vintage Tulsa Wine Gala", "Omni Dallas Hotel"; a short family name some word lists hold
    # keeps the phrase a name ("Young Kim", "Sun Park", "Seo Yeon Park")
    if len(words) >= 3:  # a long common last word alone says a venue ("Omni Dallas Hotel"), not its plural
        return common_word(first) or (len(last) > 4 and common_word(last))
    return common_word(first) and len(last) > 4


# A site's own links, which a page's header runs into the words before and after them ("Strava Log In Sign Up").
_CHROME_PAIRS = frozenset({("log", "in"), ("log", "out"), ("sign", "in"), ("sign", "up"), ("sign", "out"),
                           ("log", "on"), ("sign", "on")})  # fmt: skip
# A blog's entry meta run into the post's heading ("Croquetas for San Inazio Posted on July 28, 2026 by ...").
_CHROME_WORDS = frozenset({"login", "logout", "signin", "signup", "posted"})


def chrome(words: list[str]) -> bool:
    """The words hold a site's log-in or sign-up link: the page's chrome, never a person's name."""
    folded = [fold(w.strip(".,:|")) for w in words]
    return any(w in _CHROME_WORDS for w in folded) or any(pair in _CHROME_PAIRS for pair in pairwise(folded))


# The words of a community's papers and institutions, in the languages its pages are written in (English, Spanish,
# Portuguese, French, Basque, Icelandic): a parish bulletin ("Boletim Paroquial"), a newsletter, a school ("Classical
# High", "Phelps Montessori", "Escola", "Ikastola", "Skóli"), a boosters' club, an association ("Elkartea", "Félag").
# No person's name holds one; a given name before "High" ("Ann High") keeps that one a name.
_ORGANISATION_WORDS = frozenset({
    "bulletin", "boletim", "boletin", "newsletter", "gazette", "gazeta", "gaceta", "frettabref", "aldizkaria",
    "paroquial", "parroquial", "paroissial", "parochial", "paroquia", "parroquia", "kirkja", "eliza",
    "school", "schools", "preschool", "escola", "escuela", "ecole", "ikastola", "eskola", "skoli", "academy",
    "academia", "montessori", "kindergarten", "elementary", "boosters", "association", "associacao", "asociacion",
    "elkartea", "felag", "hoa",
    # A family's own name for itself and its land ("Fitzmaurice Clan", "Haddix Homeplace", "Tollefsen Farm"), as
    # its blog, reunion page or farm stand is titled: a family, a place, no one person.
    "clan", "homestead", "homeplace", "farm", "farms", "ranch", "family", "families",
    # The word "family" in the languages a community's bulletin is written in, before or after the family name:
    # Tongan "Fāmili Fifita", Spanish and Portuguese "Familia Reyes", Italian "Famiglia Russo", French "Famille
    # Roux", German and Dutch "Familie Vos", Hawaiian "Ohana", Maori "Whānau".
    "famili", "familia", "famiglia", "famille", "familie", "ohana", "whanau",
    # A sports club's: "South Crest Little League", "Valley Youth Soccer".
    "league",
    # A congregation's and its hall's ("Mason Methodist Fellowship Hall", "Gurdwara Sahib", "Grace Lutheran"), and a
    # children's hospital's ("Narrows Children's"). Not "Church", "Temple", "Chapel", "Parish" or "Baptist": family
    # names too.
    "methodist", "lutheran", "presbyterian", "episcopal", "pentecostal", "fellowship", "congregation",
    "synagogue", "mosque", "masjid", "gurdwara", "ministries", "cathedral", "children",
    # A pronoun is no part of anyone's name: a page's headings and thanks ("Thank You to Our Sponsors", "Meet Our
    # Team", "Your Care Team").
    "you", "your", "our", "we", "us", "my",
    # A brewery's, a distillery's and an airline's ("Scott's Addition Brewing", "Arctic Airways").
    "brewing", "brewery", "brewpub", "taproom", "distillery", "airlines", "airways",
})  # fmt: skip
_STREET_LAST = frozenset({"st", "ave", "blvd", "rd", "ln", "hwy", "pkwy"})  # a street's abbreviated type
_SCHOOL_LAST = frozenset({"high", "middle"})  # "Classical High", "Hope Middle": a school's short name


def _organisation(words: list[str]) -> bool:
    folded = [fold(w.strip(".,:'’s")) if w.endswith(("'s", "’s")) else fold(w.strip(".,:")) for w in words]
    if any(w in _ORGANISATION_WORDS for w in folded):
        return True
    return folded[-1] in _SCHOOL_LAST and not given_name(words[0])


# A public park's or forest's kind, after the word that says whose it is ("Colt State Park", "Gallatin National
# Forest", "Riverside County Park"), and the last word of a holiday's or a town's festival's name ("Labor Day",
# "Frontier Days").
_PARK_KINDS = frozenset({"state", "national", "county", "city", "regional", "provincial", "memorial", "municipal"})
_PARK_LAST = frozenset({"park", "parks", "forest", "beach", "preserve", "recreation", "seashore", "monument"})
# "Khmer New Year", "Lunar New Year": a year is named as a day is.
_HOLIDAY_LAST = frozenset({"day", "days", "year"})
# The last word of an event's name ("Loch Norman Highland Games", "Sweet Corn Festival", "Cody Stampede Rodeo").
_EVENT_LAST = frozenset({"games", "festival", "fest", "fair", "gala", "regatta", "rodeo", "stampede", "powwow",
                         "marathon", "tournament", "jamboree", "carnival", "parade", "expo", "fiesta", "feis",
                         "ceilidh", "homecoming", "reunion", "potluck", "fundraiser", "recital"})  # fmt: skip
_NO_FAMILY_EVENT = (_EVENT_LAST | {"days"}) - {"fair", "games", "gala", "parade"}  # Fair, Games, Gala: also names
_WATER_LAST = frozenset(
    {"lake", "river", "creek", "reservoir", "pond", "falls", "bay", "island", "canyon", "cove", "lagoon", "inlet"}
)


def _park_or_holiday(words: list[str]) -> bool:
    """A park named for its keeper ("Colt State Park"), a lake or a river ("Summersville Lake"), an event named by
    a word that is no given name ("Loch Norman Highland Games"; "Mary Ann Fair" stays a person), or a day named by a
    common word that is no given name ("Labor Day", "Frontier Days"; "Doris Day" stays a person)."""
    folded = [fold(w.strip(".,:'’")) for w in words]
    if len(folded) >= 2 and folded[-1] in _PARK_LAST and folded[-2] in _PARK_KINDS:
        return True
    if folded[-1] in _WATER_LAST and not given_name(words[0]):
        return True  # "Summersville Lake", "Gauley River": a place to go; "Ricki Lake" opens with a given name
    opener = words[-2].strip(".,:")
    # An event or a day is named by a common word before its kind ("Highland Games", "County Fair", "Labor Day"); a
    # given name, an initial or a name in no word list there keeps a person ("Mary Ann Fair", "Jane Q. Fair").
    if folded[-1] in _HOLIDAY_LAST | _EVENT_LAST and common_word(opener) and not given_name(opener):
        return True
    # A kind no family name is ("Polynesian Days", "Greek Festival", "Shoshone Powwow") after words that are no given
    # name nor initial: a people's or a town's festival, whatever word names it.
    return folded[-1] in _NO_FAMILY_EVENT and not any(given_name(w) or len(w.strip(".")) == 1 for w in words[:-1])


def _a_place(words: list[str]) -> bool:
    """A US town and its state's full name ("Columbus Ohio", "Lafayette Indiana", "Albany New York"), as forum
    threads and headlines write where to find a doctor: many towns are given names too ("Austin", "Madison")."""
    from footprint.extract.states import state_code
    from footprint.match import geo

    for size in (2, 1):  # two-word states first: "New York", "North Carolina"
        if len(words) <= size:
            continue
        state = " ".join(words[-size:]).strip(".,")
        if len(state) > 2 and (code := state_code(state)) and geo.known(" ".join(words[:-size]).strip(","), code):
            return True
    return False


def _a_town(words: list[str]) -> bool:
    """A US town's whole name of two or more words whose first word is no given name ("a welder from Breaux Bridge",
    "Council Bluffs", "Cedar Rapids"): a place, where a town that opens with a given name ("Warren Park", "Beverly
    Hills") may be a person's name too."""
    from footprint.match import geo

    return len(words) >= 2 and not given_name(words[0]) and geo.a_place_name(fold(" ".join(words)))


def name_words(words: list[str], titled: bool = False) -> list[str]:
    """``words`` without a tail of two or more common words that name a medical field, as a display name adds
    one ("Dr Oksana Infectious Disease" is Dr Oksana), when the name is titled or opens with a given name (an
    organisation's words keep theirs: "Cardio-oncology Meijer Heart Pavilion"); a one-word tail is the family
    name, however common ("Miriam Church"), and common words that name no field are a name's ("Rosa Quint
    Minot")."""
    from footprint.specialties import groups_of

    if not words or not (titled or given_name(words[0])):
        return words
    for i in range(len(words) - 2, 0, -1):
        tail = words[i:]
        if all(common_word(w) and not given_name(w) for w in tail) and groups_of(" ".join(tail)):
            return words[:i]
    return words
