"""Which words name a practice or a hospital: the organisation a page's own site or its title names.

A practice page's title says whose site it is ("Our Providers | Lake Champlain Allergy & Asthma | South
Burlington, VT" at lakechamplainallergy.com), and a confirmed page's title may name the subject's workplace beside
their name. Discovery learns practices from these (``learned``) and matching reads a workplace from them
(``match.workplace``); both ask here what counts as an organisation's name and not a role, a field, a board or a
page's heading.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.identity import fold
from footprint.models import PageKind

# A practice name is a name: at least two words, and not the page's boilerplate.
_PRACTICE_WORDS = re.compile(r"[^\W\d_]{2,}")
_CONNECTOR = r"(?:of|and|the|for|at|in|on|de|del|la|le|du|y)"
_ORGANISATION = re.compile(
    rf"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9&][\w'’.&-]*|{_CONNECTOR}))+"
)  # every word capitalised but the small ones: a name, not a sentence or a tagline
_NOT_A_PRACTICE = {"private practice", "self employed", "retired", "not listed", "none"}
# The parts of a page title: "Our Providers | Lake Champlain Allergy & Asthma | South Burlington, VT".
_TITLE_PARTS = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*")
# Pages whose site may be the subject's practice: not a ratings site, a broker or a network (their names are
# nobody's workplace), whatever the catalog knows of them.
OWN_SITE_KINDS = frozenset({PageKind.OTHER, PageKind.PERSONAL_SITE})
CARE_WORDS = frozenset({
    "health", "healthcare", "care", "medical", "medicine", "clinic", "clinics", "hospital", "hospitals", "physicians",
    "doctors", "practice", "rehab", "rehabilitation", "therapy", "surgery", "surgical", "surgeons", "pediatrics",
    "wellness", "specialists", "specialty", "associates", "md", "mds", "center", "centre",
    # What a clinic treats, as its name says it ("Gulf Coast Spine & Pain", "Bayview Eye & Vision", "Vein & Vascular
    # Institute"): the body part or the complaint, where the field's own name ("pain medicine") is not written.
    "spine", "pain", "sleep", "vein", "veins", "eye", "eyes", "vision", "skin", "heart", "joint", "joints", "bone",
    "bones", "kidney", "foot", "ankle", "women", "womens", "fertility", "maternal", "fetal", "digestive",
})  # fmt: skip
# Words of a title part that say what someone is, not which organisation: "Board Certified ... Physician".
_TITLE_WORDS = frozenset({
    "the", "and", "for", "board", "certified", "physician", "physicians", "doctor", "doctors", "disease", "diseases",
    "infectious", "specialist", "consultant", "attending", "resident", "fellow", "professor", "assistant", "associate",
    "chief", "director", "department", "division", "our", "team", "profile", "reviews", "ratings",
})  # fmt: skip
# A page's heading, not an organisation's name: a number, the registry's words, a directory or search page.
_PAGE_WORDS = re.compile(r"\d{4,}|\b(?:npi|near|promoted)\b|\b(?:directory|search|results|lookup|listings?|profiles?)$")
# A role ends in one practitioner ("Vascular Surgeon", "Pediatric Cardiologist", "Nurse Practitioner"); an
# organisation may end in several ("Savannah Surgeons", "Triangle Family Physicians").
_ROLE_END = re.compile(r"surgeon|physician|doctor|practitioner|nurse|provider|\w+(?:ologist|iatrist|ician)")
# The last word of a licensing board's, a society's or a foundation's name: a page about the subject names it (a
# board's order, a society's faculty list), but no patient is seen there.
_NOT_WORKPLACE_END = frozenset({"board", "boards", "society", "association", "academy", "foundation", "council"})


def own_site_name(url: str, site_id: str, title: str) -> str:
    """The organisation a page outside the catalog names as its own site in its title ("Our Providers |
    Lake Champlain Allergy & Asthma | South Burlington, VT" at lakechamplainallergy.com): the title part
    the host name spells, run together. "" on a catalog site or when no part is spelled by the host."""
    if "." not in site_id and site_id != "web":
        return ""  # a catalog site (Healthgrades) is about many doctors: its name is nobody's practice
    label = (urlsplit(url).hostname or "").lower().removeprefix("www.").split(".")[0]
    if len(label) < 6:
        return ""
    for part in _TITLE_PARTS.split(title or ""):
        part = _without_town(part)
        joined = fold(part).replace(" ", "")
        # The host spells most of it: "lakechamplainallergy" for "Lake Champlain Allergy & Asthma", not
        # "snapchat" for "Snapchat Stories, Spotlight & Lenses"; or all of the name before the words every
        # hospital has: "kapiolani" for "Kapiolani Medical Center for Women & Children"; or its first words, the
        # last cut short, as hospitals shorten their host: "yellowstonerehab" for "Yellowstone Rehabilitation Hospital".
        spelled = len(label) >= 0.6 * len(joined) or len(label) >= len(_own_head(part)) >= 6
        prefix = len(joined) >= 6 and joined.startswith(label[: len(joined)]) and spelled
        if prefix or _first_words_spelled(label, fold(part).split()):
            return part.strip() if _says_care(part) else ""
    return ""


def _first_words_spelled(label: str, words: list[str]) -> bool:
    """``label`` spells two or more of ``words`` from the first, whole, the last of them perhaps cut to four letters
    or more ("yellowstonerehab": Yellowstone Rehab-ilitation), and nothing else; it may leave out a word every
    institution has ("foggybottomhospital" for Foggy Bottom University Hospital), never the first."""
    at = covered = 0
    for i, word in enumerate(words):
        rest = label[at:]
        if not rest:
            break
        if rest.startswith(word):
            at, covered = at + len(word), covered + 1
        elif len(rest) >= 4 and word.startswith(rest):
            at, covered = len(label), covered + 1
        elif not (i and word in _LEFT_OUT):
            return False
    return at == len(label) and covered >= 2


# The words a hospital's host name leaves out of its name.
_LEFT_OUT = frozenset({"university", "medical", "center", "centre", "health", "the", "of", "and", "regional"})


def _without_town(part: str) -> str:
    """A title part without the town written after its comma ("Wabash Orthopaedics, Lafayette", "..., Tucson AZ"):
    one to three capitalised words that say no care are a place, not the organisation's name."""
    name, comma, after = part.rpartition(",")
    words = after.split()
    if not comma or not name.strip() or not 1 <= len(words) <= 3 or _says_care(after):
        return part
    return name if all(w[:1].isupper() for w in words) else part


def _own_head(name: str) -> str:
    """The organisation's own words run together, before the first word that says care or a field ("kapiolani" for
    "Kapiolani Medical Center", "wabash" for "Wabash Orthopaedics")."""
    from footprint.specialties import field_words

    fields = field_words()
    head = []
    for word in fold(name).split():
        if word in CARE_WORDS or word in fields or word in _TITLE_WORDS:
            break
        head.append(word)
    return "".join(head)


def workplace_in_title(title: str, site_id: str, families: set[str]) -> str:
    """The organisation a confirmed page's title names beside the subject's name ("Oksana Hrytsenko |
    Allegheny Ridge Medical Center" on a research profile): a title part that says care and has a word of its
    own (not "Infectious Disease Physician"), when another part names the subject's family name, and that is
    not the site's own name ("Rheumatology on US News Doctors"). "" when there is none or more than one."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title or "") if p.strip()]
    if not any(any(f" {f} " in f" {fold(p)} " for f in families) for p in parts):
        return ""
    site = fold(site_id.split(".")[0]).replace(" ", "")
    found = [
        p
        for p in parts
        if _says_care(p) and is_practice(p, families) and _own_word(p) and site not in fold(p).replace(" ", "")
    ]
    return found[0] if len(found) == 1 else ""


def publisher_in_title(title: str, families: set[str]) -> str:
    """The organisation a community page's title names as its site, after the page's own heading ("February 2026
    Newsletter | St Andrew's Society of Columbia", "Bulletin – May 3 | Grace Methodist Church"): the last title part,
    when it reads as an organisation's name (two to eight capitalised words, one of its own, no date or page word)
    and is not the subject's own family's (``_family_group``). "" for a title of one part."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title or "") if p.strip()]
    if len(parts) < 2:
        return ""
    name = parts[-1]
    folded = fold(name)
    if not _ORGANISATION.fullmatch(name) or not 2 <= len(_PRACTICE_WORDS.findall(name)) <= 8:
        return ""
    if _PAGE_WORDS.search(folded) or re.search(r"\d", name) or not _own_word(name):
        return ""
    return "" if _family_group(folded, families) else name


def _family_group(folded: str, families: set[str]) -> bool:
    """A name that is the subject's family name and at most one word more ("Halvorsen Cousins", "The Cruz Familia"):
    the household's own group. A family name with two or more words of its own besides names a community's or a
    clan's organisation, as peoples and clans name theirs ("Sherpa Kyidug New York", "Wong Family Benevolent
    Association", "Clan Donald Society of Texas"), whose pages and videos name its members, the subject among them."""
    words = [w for w in folded.split() if len(w) > 2 and w not in _SMALL_WORDS]
    named = [f for f in families if f" {f} " in f" {folded} "]
    if not named:
        return False
    rest = [w for w in words if not any(w in f.split() for f in named)]
    return len(rest) < 2


# Words a name may have that are no word of its own: "the", "of", and a clan's "clan".
_SMALL_WORDS = frozenset({"the", "and", "for", "clan"})


def _own_word(name: str) -> bool:
    """A word that is not a care word, a specialty or a small word: "Allegheny" in "Allegheny Ridge Medical
    Center"; none in "Infectious Disease Physician" or "Board Certified Internal Medicine"."""
    from footprint.specialties import field_words

    common = CARE_WORDS | field_words() | _TITLE_WORDS
    return any(len(w) > 2 and w not in common for w in fold(name).split())


def _says_care(name: str) -> bool:
    """A practice's or hospital's name says what it does ("Oak City Women's Care", "Willamette Bridge
    Psychiatry", "Crescent Spine & Sports Rehab"); a directory's or a broker's does not ("Castle Connolly")."""
    from footprint.specialties import groups_of

    return bool(groups_of(name)) or bool(set(fold(name).split()) & CARE_WORDS)


def is_practice(practice: str, families: set[str]) -> bool:
    """A name an organisation goes by: two to eight capitalised words ("Crescent Spine & Sports Rehab",
    "Touro Crescent Hospital"), not a bio's line or a site's tagline, and not named after the subject."""
    if not _ORGANISATION.fullmatch(practice) or len(practice.split()) > 8:
        return False
    if _ROLE_END.fullmatch(fold(practice).split()[-1]):
        return False  # what someone is ("Vascular Surgeon"), not where they work
    if fold(practice).split()[-1] in _NOT_WORKPLACE_END:
        return False  # who licenses or gathers doctors ("Arizona Medical Board", "Glaucoma Society"), not a workplace
    if not _own_word(practice):
        return False  # a field or a kind of place ("Sleep Medicine", "Medical Center"), not one organisation
    if _PAGE_WORDS.search(fold(practice)):
        return False  # a page's heading: "Aloha Health Plan Provider Directory", "... NPI 1206960993 Office"
    folded = fold(practice)
    if len(_PRACTICE_WORDS.findall(practice)) < 2 or folded in _NOT_A_PRACTICE:
        return False
    # A practice named after the doctor ("Osei Gastroenterology") is found by the name queries already.
    return not any(f" {f} " in f" {folded} " for f in families)
