"""Another profession on the record: the namesake nurse, dentist, realtor or charter captain.

A name, a town and even a field can agree with the subject's while the page says its person
practises another calling: a specialty or credential of another profession, an encyclopedia's
disambiguation ("(cyclist)"), a role in apposition ("Jane Roe, a realtor at ..."), a title before
the name in a headline ("Birthing-center nurse Jane Roe"), or a business named after the family
("Roe Plumbing"). Such a record is the subject's namesake, unless the page also calls its person a
physician or holds a fact only the subject has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from footprint.identity import fold
from footprint.match.fields import spoken
from footprint.match.strength import (
    LIKELY,
    MEDICAL_SHORT,
    MEDICAL_WORDS,
    NAME_ONLY_CAP,
    OTHER_PROFESSION,
    presented_as_physician,
)
from footprint.models import Decision, MatchResult, PersonRecord
from footprint.specialties import groups_of

# Another profession's words: a namesake nurse, dentist or veterinarian with the subject's field and city.
_OTHER_PROFESSION = re.compile(
    r"\b(?:nurse|rn|lpn|lvn|cna|dentist|dental|dentistry|orthodontist|orthodontics|dds|dmd"
    r"|veterinarian|veterinary|dvm|vmd|animal|pharmacist|pharmd|chiropractor|chiropractic|optometrist"
    r"|physical therapist|physiotherapist|dpt|physician assistant|pa c|nurse practitioner|np|aprn|midwife|doula"
    r"|psychologist|clinical psychologist|psyd|psychological services|social worker|lcsw|lmft"
    r"|realtor|real estate|attorney|lawyer|massage therapist|cpa|accountant|accounting|financial advisor"
    r"|financial planner|insurance agent|mortgage"
    # Allied health beside a physician's field: a children's hospital's respiratory therapist, a stroke unit's
    # speech-language pathologist, the paramedic who shares the ER doctor's name.
    r"|respiratory therapist|rrt|occupational therapist|otr|speech language pathologist|speech therapist|slp"
    r"|paramedic|emt|sonographer|radiologic technologist|radiation therapist|dietitian|audiologist|perfusionist"
    r"|medical assistant|nursing assistant|surgical technologist|pharmacy technician)\b"
)
# "Robert Kowalczyk (cyclist) - Wikipedia", "Evgeny Sokolov (chess player)": an encyclopedia's or a
# directory's lower-case disambiguation after the name says what its person is. "(Gene)" is a nickname.
_DISAMBIGUATION = re.compile(r"\(\s*([a-z][a-z ,'-]{2,40}?)\s*(?:,[^)]*)?\)")
_PHYSICIAN_SAID = re.compile(r"\b(?:md|m d|do|mbbs|physician|surgeon|doctor of medicine)\b")


def another_profession(person: PersonRecord, title: str = "") -> str:
    """The other profession a record gives its person ("Pediatric Nurse", "DVM", "pediatric dentist"), or
    "" when it gives none or also calls them a physician. Only the record's own fields count, and the page
    title for the page's own person (a headline or markup record), not a mention in running text."""
    said = [*person.specialties, person.occupation, *person.credentials, person.name]
    if person.read_from and not person.read_from[0].startswith(("name:text", "name:card", "name:comment")):
        said.append(title)
    text = fold(" ".join(said))
    found = _OTHER_PROFESSION.search(text)
    if found is not None and not _PHYSICIAN_SAID.search(_OTHER_PROFESSION.sub(" ", text)):
        return found.group(0)
    return (
        _disambiguated(person, title) or _role(person) or _after_name_in_title(person, title) or _titled_other(person)
    )


# A title of another calling the name carries ("Captain Matt Roe has fished Cook Inlet for 22 years", "Judge Ann Roe",
# "Officer Roe", "Pastor Ann Roe"): a charter captain, a judge, a police officer, a minister. Not "Coach" (a parent
# who coaches), "Professor" (a physician who teaches) nor an elected office (physicians serve as legislators), and
# not for a person the page also presents as a physician ("Capt. Ann Roe, MD", "Captain Roe, the ship's surgeon").
_OTHER_TITLE = re.compile(
    r"^(?:captain|capt|chef|judge|justice|officer|deputy|sheriff|trooper|sergeant|sgt|detective|firefighter"
    r"|pastor|reverend|rev|rabbi|imam)\b"
)


def _titled_other(person: PersonRecord) -> str:
    """The other calling a title before the person's name says ("Captain", "Judge"), in the name as read or right
    before it in the person's own sentence, or ""."""
    said = fold(person.name)
    if _PHYSICIAN_SAID.search(said) or presented_as_physician(person):
        return ""
    found = _OTHER_TITLE.match(said)
    if found is not None:
        return found.group(0)
    own = person.context.split(" [page: ")[0]
    for m in _full_name_in(person.name, own):
        # The title itself, then the name: not a label ("Captain: Pippa Roe", a walk team's captain).
        titled = _TITLE_RIGHT_BEFORE.search(own[max(0, m.start() - 20) : m.start()])
        if titled is not None and _OTHER_TITLE.fullmatch(fold(titled.group(1))):
            return fold(titled.group(1))
    return ""


_TITLE_RIGHT_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z]+)\.?\s+$")


def _after_name_in_title(person: PersonRecord, title: str) -> str:
    """Another profession the page's title writes right after the person's full name ("About Marisol Reyes,
    Realtor | Tucson Homes"), whichever part of the page the person was read from; "" otherwise."""
    if not title or len(person.name.split(",")[0].split()) < 2:
        return ""
    for m in _full_name_in(person.name, title):
        after = re.match(r"\s*,\s*([^,|·•()]{2,40})", title[m.end() :])
        said = fold(after.group(1)) if after else ""
        found = _OTHER_PROFESSION.match(said) or _NON_CLINICAL.match(said)
        if found is not None and not _PHYSICIAN_SAID.search(said) and not MEDICAL_WORDS.search(said):
            return found.group(0)
    return ""


# Another profession as the page about its one person writes it, where nothing on the page is medical: an attorney's
# bio on the firm's site ("J.D., School of Law", "a member of the State Bar", "Of Counsel"), a realtor's or a
# professor's page. Only professions no physician's page names for its own person.
_PAGE_PROFESSION = re.compile(
    r"\b(?:attorney|attorneys|lawyer|j d|juris doctor|esq|state bar|bar association|law school|school of law"
    r"|of counsel|law firm|realtor|real estate|professor|cpa|accountant|financial advisor|insurance agent"
    r"|veterinarian|dentist|chiropractor)\b"
)


# A trade's own site: a roofer's, a plumber's, an electrician's ("Wroblewski Roofing", "Licensed and insured in
# Nebraska and Iowa. Free estimates"), named after the family that runs it.
_TRADE = re.compile(
    r"\b(?:roofing|roofer|roofers|roofed|plumbing|plumber|plumbers|hvac|heating and cooling|heating and air"
    r"|electrician|electricians|electrical contractor|landscaping|lawn care|remodeling|remodelling|general contractor"
    r"|handyman|free estimates?|licensed and insured|licensed bonded and insured|auto repair|collision repair"
    r"|body shop|towing)\b"
)


_TRADE_EMERGENCY = re.compile(
    r"(?i)\b(?:24[- /]?(?:hour|hr|7)\s+)?emergenc(?:y|ies)\s+(?:service|services|line|calls?|repairs?|plumbing|heating"
    r"|hvac|towing|lockouts?|dispatch)\b|\b24[- /]?(?:hour|hr|7)\s+emergenc(?:y|ies)\b"
)


def page_profession(person: PersonRecord, title: str, text: str) -> str:
    """The other profession the page gives its headline person (``text``: the page's text), or anyone whose family
    name the title gives (a business named after its owner, "Wroblewski Roofing"), when the page writes nothing
    medical, no field of medicine and no physician's degree; "" otherwise or for anyone else on it."""
    headline = bool(person.read_from) and person.read_from[0] in ("name:h1", "name:title", "name:og:title", "name:h2")
    family = fold(person.name.split(",")[0]).split()[-1:] if person.name.strip() else []
    # The business the title names after the person's family ("Wroblewski Roofing", "Kowalski & Sons Plumbing"), not
    # a title that names them beside one ("Crest Roofing LLC vs Zukauskas": a roofer's suit against a client).
    named = (
        bool(family)
        and len(family[0]) > 2
        and bool(re.search(rf"\b{re.escape(family[0])}(?: \w+){{0,2}} (?:{_TRADE.pattern})", fold(title)))
    )
    if not headline and not named:
        return ""
    # A trade's "24-hour emergency service" or "emergency line" is no emergency medicine.
    said = _TRADE_EMERGENCY.sub(" ", f"{title} {text[:3000]}")
    folded = fold(said)
    if MEDICAL_WORDS.search(folded) or MEDICAL_SHORT.search(said) or _PHYSICIAN_SAID.search(folded):
        return ""
    found = _PAGE_PROFESSION.search(folded) or _TRADE.search(folded)
    if found is None or groups_of(said) or spoken(said):
        return ""
    return found.group(0)


def _disambiguated(person: PersonRecord, title: str) -> str:
    """The disambiguation the title gives right after this person's name ("(chess player)"), when it is
    not a physician's; "" when there is none, or when the name it follows is not this person's."""
    family = person.name.split(",")[0].split()[-1:] if person.name.strip() else []
    found = _DISAMBIGUATION.search(title)
    if not family or found is None or fold(family[0]) not in fold(title[: found.start()]).split()[-3:]:
        return ""
    what = found.group(1).strip()
    said = fold(what)
    if _PHYSICIAN_SAID.search(said) or MEDICAL_WORDS.search(said) or groups_of(what):
        return ""
    own = {w for w in fold(person.name.split(",")[0]).split() if len(w) > 2}
    if " " not in what and any(w in said for w in own):
        return ""  # "Caroline Pruitt (carolinepruittmd)": the account's handle, not what she is
    return what


# "Zora Quillfeather, a professor of chemistry at ...": the role a sentence gives the person it names, after the
# degrees written with the name ("Alexandra Roe, RN, a labor and delivery nurse at ...").
# The age newspapers write between the name and the role ("Peggy Roe, 81, a retired teacher") is skipped.
_AGE = r"(?:\d{1,3},\s+)?"
_BARE_ROLE = re.compile(rf"^[^,]{{0,80}}?,\s+{_AGE}(?:an?|the|who is an?)\s+([^,.;:()]{{3,60}})")
_ROLE = re.compile(
    rf"^[^,]{{0,80}}?,\s+{_AGE}(?:[A-Z][A-Za-z.-]{{1,9}},\s+)*(?:an?|the|our|their|who is an?)\s+([^,.;:()]{{3,60}})"
)
# A degree right after the name ("Bart Roe, RRT, has spent 30 years ..."), and the role's head noun phrase, before
# where and since when ("labor and delivery nurse" of "labor and delivery nurse at Mercy Medical Center").
_DEGREE = re.compile(r"^[^\W\d_]+,\s+([A-Z][A-Za-z.-]{1,9})(?=[,;)\s]|$)")
_ROLE_END = re.compile(r"\b(?:at|in|of|for|with|from|on|who|whose|since|to|and has|and was)\b")
_NON_CLINICAL = re.compile(
    r"\b(?:professor|teacher|chemist|chemistry|physicist|engineer|attorney|lawyer|realtor|baker|student|accountant"
    r"|scientist|pastor|farmer"
    # The trades: "his grandson Gus Roe, a licensed P-1 plumber since 2014".
    r"|plumber|electrician|roofer|carpenter|mechanic|welder|contractor|landscaper|locksmith|hvac technician)\b"
)


def _role(person: PersonRecord) -> str:
    """The role a mention's own sentence gives its person right after the name, when it is another
    profession's ("a professor of chemistry", "a pediatric nurse"); "" when it is a physician's or none."""
    own = person.context.split(" [page: ")[0]
    family = person.name.split()[-1] if person.name.split() else ""
    if not family or "name:text" not in person.read_from:
        return ""
    if written := _before_the_name(person.name, own):
        return written
    # After the full name as written, the degrees and the role's head are this person's: "Alexandra Roe, RN, a
    # labor and delivery nurse at Mercy Medical Center". After the family name alone they may be a relative's
    # ("her granddaughter Meghan Roe, PA-C" in the obituary naming the subject): there only a bare role counts.
    for at in _at_full_name(person.name, own):
        degree = _DEGREE.match(at)
        if degree and (other := _OTHER_PROFESSION.fullmatch(fold(degree.group(1)))):
            return other.group(0)
        found = _ROLE.match(at)
        if found is not None:
            role = fold(found.group(1))
            head = role[: m.start()] if (m := _ROLE_END.search(role)) else role
            if _PHYSICIAN_SAID.search(role) or MEDICAL_WORDS.search(head):
                return ""
            if (clinical := _OTHER_PROFESSION.search(head)) is not None:
                return clinical.group(0)
    found = next((r for m in re.finditer(re.escape(family), own) if (r := _BARE_ROLE.match(own[m.start() :]))), None)
    if found is None:
        return ""
    return role_profession(fold(found.group(1)))


def role_profession(role: str) -> str:
    """The other profession a role names (``role`` folded: "assistant professor of chemistry", "a pediatric
    nurse"), or "" when the role is a physician's, medical, or names none."""
    if _PHYSICIAN_SAID.search(role) or MEDICAL_WORDS.search(role):
        return ""
    clinical = _OTHER_PROFESSION.search(role)
    if clinical is not None:
        return clinical.group(0)
    other = _NON_CLINICAL.search(role)
    return other.group(0) if other is not None and not groups_of(role) else ""


def _full_name_in(name: str, own: str) -> Iterator[re.Match[str]]:
    """Each place the person's full name (before any comma) is written in their own words, case aside."""
    full = r"\s+".join(re.escape(w) for w in name.split(",")[0].split())
    return re.finditer(rf"(?<!\w){full}(?!\w)", own, re.I)


def _at_full_name(name: str, own: str) -> list[str]:
    """The text from the family name on, at each place the full name is written in the person's own words."""
    words = name.split(",")[0].split()
    if len(words) < 2:
        return []
    return [own[m.end() - len(words[-1]) :] for m in _full_name_in(name, own)]


def _before_the_name(name: str, own: str) -> str:
    """Another profession written as a title right before the full name, as headlines and captions write it
    ("Birthing-center nurse Alexandra Roe wins ...", "respiratory therapist Bart Roe"), or ""."""
    words = fold(name).split()
    if len(words) < 2:
        return ""
    for m in _full_name_in(name, own):
        before = own[max(0, m.start() - 40) : m.start()]
        if not before[-1:].isspace() or not before.rstrip()[-1:].isalpha():
            continue  # "... as a nurse. Jane Roe later ...": another sentence's last word
        said = fold(before)
        found = _TITLE_BEFORE.search(said)
        if found is not None and not _PHYSICIAN_SAID.search(said):
            return found.group(0)
    return ""


_TITLE_BEFORE = re.compile(rf"(?:{_OTHER_PROFESSION.pattern})$")


def other_profession(result: MatchResult, what: str, *, own_fact: bool = False) -> MatchResult:
    """``result`` rejected: the record is of another profession ("nurse", "realtor", "attorney"), the subject's
    namesake, however well the name, the town or the field agree. With a fact only the subject has on the record
    (their phone, their relative), held at "possible" instead: a reader decides."""
    if own_fact:
        if result.score < LIKELY:
            return result
        why = f"the page gives this person another profession ({what}): a namesake, at most possible"
        return MatchResult(NAME_ONLY_CAP, Decision.POSSIBLE, (*result.reasons, why), result.person, result.person_index)
    if result.score < OTHER_PROFESSION:
        return result
    why = f"the page gives this person another profession ({what}): a namesake"
    return MatchResult(OTHER_PROFESSION, Decision.REJECTED, (*result.reasons, why), result.person, result.person_index)
