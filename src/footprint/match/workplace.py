"""The subject's workplace, as the pages already confirmed name it, read on the pages left "possible" (``rejudge``).

A news story, a community page or a foreign-language article quotes "Dr. Gene Sokolov, her
oncologist" and names the hospital a few sentences on; the subject's own profile (or the
hospital's page the user gave) names that hospital too. Two independent pages agreeing on a
doctor's name and workplace are what a careful reader goes by: the workplace is a fact only the
subject has among their namesakes. A page never corroborates itself.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from footprint.identity import US_STATES, fold
from footprint.match.other_life import OTHER_TRADES
from footprint.models import Decision, Identity, Match, ProbeSource
from footprint.practice_names import OWN_SITE_KINDS

MIN_NAME = 8  # letters in a workplace's name (run together) for it to tell anything: not "Clinic", "ENT"
_GENERIC = frozenset({"medical", "medicine", "health", "hospital", "clinic", "center", "centre", "group", "care",
                      "the", "of", "and", "associates", "physicians", "practice", "family", "children",
                      "childrens"})  # fmt: skip


def workplaces(identity: Identity, matches: tuple[Match, ...]) -> dict[str, str]:
    """Workplace name → the URL of the confirmed page that names it ("" for the practice the user named)."""
    from footprint.nameforms import NameForms

    families = NameForms.of(identity).families()
    found: dict[str, str] = {}
    if identity.subject.practice:
        found[identity.subject.practice] = ""
    from footprint.match.trainee import teaching_site

    for place in teaching_site(identity):
        found.setdefault(place, REGISTRY)
    for m in matches:
        if m.result.decision != Decision.CONFIRMED:
            continue
        person = m.result.person
        if person is not None and person.practice.strip():
            found.setdefault(person.practice.strip(), m.page.url)
        for named in _titled(m, families):
            found.setdefault(named, m.page.url)
        if m.page.source == ProbeSource.KNOWN_URL and m.page.kind in OWN_SITE_KINDS:
            # The site of a page the user gave as theirs, outside any catalog: their practice's or hospital's.
            label = (urlsplit(m.page.url).hostname or "").removeprefix("www.").split(".")[0]
            found.setdefault(label, m.page.url)
    field = _field_words(identity)
    return {k: v for k, v in found.items() if len(name_key(k)) >= MIN_NAME and (not v or not _a_title(k, field))}


def _field_words(identity: Identity) -> set[str]:
    """The words of the subject's field, as typed and as the registry's taxonomies write it."""
    named = [identity.subject.specialty or "", *(identity.npi_record.taxonomies if identity.npi_record else ())]
    return {w for n in named for w in fold(n).split()}


def _a_title(name: str, field: set[str]) -> bool:
    """A practitioner's title ("Vascular Surgeon") or the subject's field itself ("Sleep Medicine" on a
    confirmed page's title, for a sleep physician): every namesake in the field's, no workplace."""
    words = set(fold(name).split()) - _GENERIC
    return a_role(name) or (bool(words) and words <= field)


# A practitioner's title, not a place: a profile's "practice" field that reads "Vascular Surgeon" or
# "Interventional Cardiologist" is every namesake in the field's. A plural ("Tidewater Surgeons") is a group.
_ROLE = re.compile(
    r"(?:surgeon|physician|doctor|specialist|practitioner|internist|pediatrician|hospitalist|intensivist|nurse|"
    r"resident|fellow|attending|consultant|[a-z]+ologist|[a-z]+iatrist|[a-z]+atrician)"
)


def a_role(name: str) -> bool:
    """True when ``name`` is a practitioner's title (its last word names the practitioner), not a workplace."""
    words = fold(name).split()
    return bool(words) and _ROLE.fullmatch(words[-1]) is not None


REGISTRY = "the NPI record"  # where a workplace learned from the registry's own address came from


def _titled(m: Match, families: set[str]) -> list[str]:
    """The organisation a confirmed page's title names as its own site or beside the subject's name
    ("Current Residents | Riverfront University Hospital", "Oksana Hrytsenko | Allegheny Ridge Medical Center"),
    as the second discovery pass learns it (``footprint.practice_names``)."""
    from footprint import practice_names as names

    own = names.own_site_name(m.page.url, m.page.site_id, m.page.title) if m.page.kind in OWN_SITE_KINDS else ""
    beside = names.workplace_in_title(m.page.title, m.page.site_id, families)
    return [p for p in (own, beside) if p and names.is_practice(p, families)]


def name_key(name: str) -> str:
    words = [w for w in fold(name).split() if w not in ("the", "llc", "pllc", "pc", "inc")]
    if not [w for w in words if w not in _GENERIC]:
        return ""  # "Family Medicine Clinic" names no one place
    return "".join(words)


def on_page(places: tuple[str, ...], page_text: str) -> list[tuple[float, str]]:
    """The subject's workplace (from another, confirmed page) named on this page, in full or by the institution
    it is the medical centre or school of ("Chesapeake University" for Chesapeake University Medical Center)."""
    folded = fold(page_text[:20_000])
    joined = folded.replace(" ", "")
    for place in places:
        university = institution(place)
        head = first_of_pair(place)
        for key, written in ((name_key(place), ""), (name_key(university), university), (name_key(head), head)):
            if key and len(key) >= MIN_NAME and key in joined:
                return [(0.15, _said(place) + (f" (written {written})" if written else ""))]
    words = folded.split()
    for place in places:
        short = shortened(place, words)
        if short and (len(short.split()) > 1 or alone(short, place, page_text[:20_000])):
            return [(0.15, _said(place) + f" (written {short})")]
    for place in places:
        if _CHILDRENS_HOSPITAL.search(fold(place)) and _AT_CHILDRENS.search(page_text[:20_000]):
            return [(0.15, _said(place) + " (written Children's)")]
    return []


# A children's hospital as its town calls it, "Children's" alone: "I spend my days at Children's with kids who ...".
# Not the first word of another name ("at Children's Mercy": a full name the rules above read).
_CHILDRENS_HOSPITAL = re.compile(r"\bchildren s (?:hospital|medical center|health|medical)\b")
_AT_CHILDRENS = re.compile(r"\b(?:at|from|to)\s+Children['’]s\b(?!\s+[A-Z])")


_STATE_CODES = frozenset(code.lower() for code in US_STATES)
# The capitalised words right after a word: the rest of the name it opens, when it opens one.
_NAME_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w'’&.-]*|&))+")


def alone(word: str, place: str, text: str) -> bool:
    """Somewhere the page writes the workplace's one word as its name, not as the first word of another
    organisation's ("Larkspire Anchorage Daily", "Wyndcrest Riverbank Run", "Mercy Academy" open with the word of
    "Larkspire Alaska Arthritis", "Wyndcrest Spine", "Mercy Hospital"): the capitalised words after it, if any, are
    the workplace's own or a town's ("PET scan at Brackenfield Wilmington", its Wilmington office)."""
    from footprint.match.geo import a_place_name

    own = set(fold(place).split())
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I):
        after = _NAME_AFTER.match(text, found.end())
        rest = fold(after.group()).split() if after else []
        i, other = 0, False
        while i < len(rest) and not other:
            if rest[i] in own or len(rest[i]) == 1:
                i += 1
            elif i + 1 < len(rest) and a_place_name(f"{rest[i]} {rest[i + 1]}"):
                i += 2
            elif a_place_name(rest[i]) or rest[i] in _STATE_CODES:
                i += 1
            else:
                other = True
        if not other:
            return True
    return False


def shortened(place: str, words: list[str]) -> str:
    """The workplace as patients and neighbours write it short, found among the page's folded ``words``: a run of
    its words that leaves off the words before or after it, its last word perhaps clipped ("Wabash Ortho" for
    Lakeside Wabash Orthopaedics, "Kapiolani" for Kapiolani Medical Center for Women & Children), when the run
    still names one organisation (``_telling``). Only for a name an organisation goes by, not a profile's sentence
    read as its practice. "" when the page writes none."""
    from footprint.practice_names import is_practice

    own = fold(place).split()
    if len(own) < 2 or not is_practice(place, set()):
        return ""
    found = ""
    for i in range(len(own)):
        for j in range(i + 1, len(own) + 1):
            run = own[i:j]
            if not (_telling(run) or _brand_dropped(own, i, j) or _group_dropped(own, i, j)):
                continue
            written = _written(run, words)
            if written and len(written) > len(found):
                found = written
    return found


def _telling(run: list[str]) -> bool:
    """The run names one organisation: at least ``MIN_NAME`` letters, and a proper name of its own (a word English
    writes in lower case is no name: "Aviation"), or two words of its own that are neither a field's nor a place's
    ("Saguaro Pelvic"). One word alone must be a proper name and no town's or state's ("Wabash" is a town, "Wabash
    Ortho" a practice)."""
    from footprint.extract.personhood import common_word
    from footprint.match.geo import a_place_name
    from footprint.practice_names import CARE_WORDS
    from footprint.specialties import field_words

    if len("".join(run)) < MIN_NAME or run[0] in _SMALL or run[-1] in _SMALL:
        return False
    if len(run) > 1 and a_place_name(" ".join(run)):  # "Sioux Falls" of "Prairie Health Sioux Falls Hospital": a town
        return False
    own = [w for w in run if len(w) > 2 and w not in _GENERIC | CARE_WORDS | _SMALL and w not in field_words()]
    proper = [w for w in own if not common_word(w) and (len(run) > 1 or not a_place_name(w))]
    plain = [w for w in own if not a_place_name(w)]
    return bool(proper) or (len(run) > 1 and len(plain) >= 2)


def _brand_dropped(own: list[str], i: int, j: int) -> bool:
    """The run is the whole name but its first word, three words or more that end as a care place's name does
    ("Prairie Breast Center" for Sable Prairie Breast Center, "Presbyterian Medical Center" for Novant Health
    Presbyterian Medical Center): how patients write a place whose system's or owner's name opens its own."""
    run = own[i:j]
    return (
        i == 1
        and j == len(own)
        and len(run) >= 3
        and run[-1] in _CARE_ENDS
        and len("".join(run)) >= MIN_NAME
        and any(w not in _GENERIC and w not in _SMALL for w in run[:-1])
    )


# The words a practice's legal name ends with that say it is a partnership, not what it does: patients leave them off
# ("Canyon Country Surgical" for Canyon Country Surgical Associates).
_GROUP_ENDS = frozenset({"associates", "group", "partners", "specialists", "physicians", "pllc", "llc", "pc", "pa",
                         "inc", "ltd"})  # fmt: skip


def _group_dropped(own: list[str], i: int, j: int) -> bool:
    """The run is the whole name but its last word, a partnership's word (``_GROUP_ENDS``), and perhaps its first
    (a system's or owner's name), two words or more (three when the first is left off too) ending with a word that
    says care or a field ("Canyon Country Surgical" for Canyon Country Surgical Associates): what the practice
    does with the words that tell it apart, though those are a town's or English words ("Canyon Country" is a
    town), as a patient says it. Not a town's name as a whole."""
    from footprint.match.geo import a_place_name
    from footprint.practice_names import CARE_WORDS
    from footprint.specialties import field_words

    run = own[i:j]
    care = CARE_WORDS | field_words()
    return (
        j == len(own) - 1
        and own[-1] in _GROUP_ENDS
        and len(run) >= 2 + i
        and i <= 1
        and run[-1] in care
        and run[-1] not in _GROUP_ENDS
        and len("".join(run)) >= MIN_NAME
        and any(w not in care and w not in _GENERIC and w not in _SMALL for w in run[:-1])
        and not a_place_name(" ".join(run))
    )


_SMALL = frozenset({"the", "of", "and", "for", "at", "in", "on", "de", "del", "la", "le", "du", "y"})
_CLIPPED = 4  # letters a clipped last word keeps at least: "Ortho", "Pedi", not "Or"


def _written(run: list[str], words: list[str]) -> str:
    """The page's words for ``run``, its last word whole or clipped; "" when the page does not write it."""
    from footprint.match.household import street_kind

    n = len(run)
    for k in range(len(words) - n + 1):
        if words[k : k + n - 1] != run[:-1]:
            continue
        if n == 1 and any(street_kind(w) for w in words[k + 1 : k + 3]):
            continue  # "Thistlewick Coulee Drive", "Kapiolani Blvd": a street named like the practice, not the practice
        if n == 1 and any(w in OTHER_TRADES for w in words[k + 1 : k + 3]):
            continue  # "Thornwick Nail Bar", "Thornwick Yoga": another business named with the practice's word
        last = words[k + n - 1]
        if last == run[-1] or (len(last) >= _CLIPPED and run[-1].startswith(last) and len(run) > 1):
            return " ".join(words[k : k + n]).title()
    return ""


def first_of_pair(place: str) -> str:
    """The organisation's name before the field it adds with "&" or "and" ("Gauley Hospice & Palliative
    Care": Gauley Hospice), as a story or a podcast's notes write it, when that part is a name of its own: two
    words or more, ending with a word that says care (hospice, clinic, hospital...), one of them its own. ""
    otherwise: "Smith & Jones Pediatrics" is not "Smith"."""
    from footprint.practice_names import is_practice

    head = re.split(r"\s+(?:&|and)\s+", place.strip(), maxsplit=1)[0].strip(" ,-")
    words = fold(head).split()
    if head == place.strip() or len(words) < 2 or words[-1] not in _CARE_ENDS:
        return ""
    return head if is_practice(head, set()) and [w for w in words if w not in _GENERIC] else ""


_CARE_ENDS = frozenset({"hospice", "clinic", "clinics", "hospital", "hospitals", "health", "medical", "medicine",
                        "pediatrics", "surgery", "surgeons", "physicians", "center", "centre"})  # fmt: skip


# What an institution adds to its name for its hospital, health system or school ("... Medical Center", "...
# School of Medicine"): pages write "Chesapeake University" and "Chesapeake University Medical Center" alike.
_INSTITUTION_SUFFIX = re.compile(
    r"\s+(?:(?:academic\s+)?medical\s+(?:center|centre|campus)|hospitals?(?:\s+(?:and|&)\s+clinics?)?|"
    r"health(?:\s+(?:system|sciences?|care))?|(?:school|college)\s+of\s+(?:medicine|medical\s+sciences))\s*$",
    re.IGNORECASE,
)


def institution(place: str) -> str:
    """The university a workplace is the medical centre, hospital or medical school of ("Chesapeake University
    Medical Center": Chesapeake University), or "" when the rest is not a university's name of two words or
    more: "Mercy Hospital" without "Hospital" is a word anyone's practice may carry."""
    rest = _INSTITUTION_SUFFIX.sub("", place.strip()).strip(" ,-")
    words = fold(rest).split()
    if rest == place.strip() or len(words) < 2 or not {"university", "universidad", "college"} & set(words):
        return ""
    return rest


def taught(why: str, places: dict[str, str]) -> str:
    """``why`` naming the page that taught the workplace it cites (or that the user named it)."""
    place = next((k for k in places if why == _said(k) or why.startswith(f"{_said(k)} (written ")), None)
    if place is None:
        return why
    url = places[place]
    said = {"": "as you named it", REGISTRY: "as the NPI record's address says (a trainee's programme)"}
    return why.replace(SAYS, said.get(url, f"as {url} says"))


SAYS = "as a confirmed page says"
WORKS = "where the subject works"  # the words of a workplace reason


def _said(place: str) -> str:
    return f"names {place}, {WORKS} {SAYS}"


MIN_AT = 6  # letters of a workplace's word that a patient names it by after "at": "Heartland", not "Care"
_AT = re.compile(r"\bat\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


def named_at(places: tuple[str, ...], own_words: str) -> str:
    """The workplace a mention names by its own words after "at" ("Ask for Dr. D at Heartland", "Dr. Q at
    the Treasure Valley center", "Dr. Baek and the nurses at Pine Country"), as a patient names the clinic they go
    to; "" when none. One word of the organisation's name that says no care or field ("Clinic", "Heart") and names
    no town ("at Omaha" is a town's), or a run of its words in its order (``_run_at``): read beside a titled name
    alone (``titled.pinned``), never as the workplace's evidence on a page."""
    from footprint.match.geo import a_place_name
    from footprint.practice_names import CARE_WORDS, is_practice
    from footprint.specialties import field_words

    written = [fold(m.group(1)).split() for m in _AT.finditer(own_words)]
    if not written:
        return ""
    said = {w[0] for w in written}
    common = _GENERIC | _SMALL | CARE_WORDS | field_words()
    for place in places:
        if not is_practice(place, set()):
            continue  # a profile's sentence read as its practice ("Mayo man · sea kayak") names no organisation
        own = fold(place).split()
        for word in own:
            if len(word) >= MIN_AT and word not in common and word in said and not a_place_name(word):
                return f"{word.title()} ({place})"
        for words in written:
            if run := _run_at(own, words, common):
                return f"{run.title()} ({place})"
    return ""


def _run_at(own: list[str], words: list[str], common: frozenset[str] | set[str]) -> str:
    """The longest run of two or more of the workplace's words, in its order, that the words after "at" open with
    ("Pine Country" of Pine Country Fertility), when it has ``MIN_NAME`` letters, one word that is neither a care,
    field nor town word, and is no town's name as a whole ("Sioux Falls"); "" otherwise."""
    from footprint.match.geo import a_place_name

    for n in range(len(words), 1, -1):
        run = words[:n]
        if not any(own[i : i + n] == run for i in range(len(own) - n + 1)):
            continue
        if len("".join(run)) < MIN_NAME or a_place_name(" ".join(run)):
            return ""
        if any(w not in common and not a_place_name(w) for w in run):
            return " ".join(run)
        return ""
    return ""
