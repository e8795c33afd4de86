"""How strong the evidence is: weak hints never make a namesake "likely" on their own.

A name is shared by namesakes, and so are many hints: a credential (most physicians are MDs),
the state, the subject's city written somewhere on the page, "listed as a physician", a URL
that spells the name (footprint often built it from the name). Such hints move a score, but a
page reaches "likely" only with at least one fact that tells this physician from a namesake:
the city or ZIP area at the person's own entry, the specialty, the practice, its street or
phone, the user's handle. A person the page never presents as a physician (a realtor, an
obituary, a news story about someone else) stays at most "possible" outside people-search
pages and medical directories. When two people on one page fit equally well, the page cannot
say which of them is the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from footprint.identity import fold
from footprint.match.fields import spoken
from footprint.models import Decision, MatchResult, PageKind, PersonRecord
from footprint.specialties import groups_of

NAME_ONLY_CAP = 0.65  # the name and weak hints only: "possible", for a human to review
OTHER_PROFESSION = 0.4  # a record of another profession (a nurse, a realtor of the name): below "possible"
LIKELY = 0.70
TIE = 0.05  # two people on a page this close in score are not told apart

# Kinds whose pages are about physicians by the site's nature: a ratings site, a medical directory, a registry.
MEDICAL_KINDS = frozenset({PageKind.RATINGS_PROFILE, PageKind.DIRECTORY_LISTING, PageKind.OFFICIAL_RECORD})
# Kinds where a person's own record decides by name, place and age: nobody there is presented as a physician.
PERSONAL_RECORD_KINDS = frozenset({PageKind.PEOPLE_SEARCH})
_MEDICAL_WORDS = re.compile(
    r"\b(?:dr|dra|doctor|doctora|physician|physicians|m d|surgeon|attending|clinic|hospital|medical|medicine"
    r"|patients?|board certified|residency|fellowship|practice|practiced|practises|practices)\b"
)
_MEDICAL_SHORT = re.compile(r"\b(?:ER|ED|OB|GYN|OB-GYN|ICU)\b|\bM\.D\.|\bD\.O\.")


@dataclass
class Tally:
    """A running score with its reasons, and which reasons tell this physician from a namesake."""

    score: float
    reasons: list[str] = field(default_factory=list)
    strong: list[str] = field(default_factory=list)
    # Facts only the subject has (their handle, phone, practice street, relatives, licence): these outweigh
    # a conflict. A specialty or a city is strong but shared by a namesake of the same field or town.
    decisive: list[str] = field(default_factory=list)
    # What says "another person" although the name fits (another city of the state, another middle name).
    conflicts: list[str] = field(default_factory=list)

    def add(self, delta: float, reason: str, *, strong: bool = False, decisive: bool = False) -> None:
        self.score += delta
        self.reasons.append(reason)
        if (strong or decisive) and delta > 0:
            self.strong.append(reason)
        if decisive and delta > 0:
            self.decisive.append(reason)

    def capped(self, score: float) -> float:
        """``score``, held at "possible" when nothing but the name and weak hints agree."""
        if score >= LIKELY and not self.strong:
            self.reasons.append("only the name and weak hints agree (no place, specialty, practice): at most possible")
            return NAME_ONLY_CAP
        return score


def presented_as_physician(person: PersonRecord, title: str = "") -> bool:
    """True when the record itself says its person is a clinician: a title, a credential, a
    specialty, an NPI, or medical words in their own sentence, card, bio or occupation; for the
    page's one person (a headline, a profile's markup), its title counts too."""
    if person.credentials or person.specialties or person.npi:
        return True
    own = person.context.split(" [page: ")[0]
    if not person.read_from or not person.read_from[0].startswith(("name:text", "name:card")):
        own = f"{own} {title}"
    # A title the name carries ("Dr. Ewan P.", a member's screen name read as its name) says it too, and so does
    # the field in everyday words ("Addiction doc here").
    title_word = person.name.split()[0] if person.name.startswith(("Dr.", "Dr ", "Dra.", "Dra ")) else ""
    said = " ".join((title_word, own, person.practice, person.occupation, *person.aliases))
    return bool(_MEDICAL_WORDS.search(fold(said)) or _MEDICAL_SHORT.search(said) or groups_of(said) or spoken(said))


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
        if found is not None and not _PHYSICIAN_SAID.search(said) and not _MEDICAL_WORDS.search(said):
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
    said = f"{title} {text[:3000]}"
    folded = fold(said)
    if _MEDICAL_WORDS.search(folded) or _MEDICAL_SHORT.search(said) or _PHYSICIAN_SAID.search(folded):
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
    if _PHYSICIAN_SAID.search(said) or _MEDICAL_WORDS.search(said) or groups_of(what):
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
    rf"^[^,]{{0,80}}?,\s+{_AGE}(?:[A-Z][A-Za-z.-]{{1,9}},\s+)*(?:an?|the|who is an?)\s+([^,.;:()]{{3,60}})"
)
# A degree right after the name ("Bart Roe, RRT, has spent 30 years ..."), and the role's head noun phrase, before
# where and since when ("labor and delivery nurse" of "labor and delivery nurse at Mercy Medical Center").
_DEGREE = re.compile(r"^[^\W\d_]+,\s+([A-Z][A-Za-z.-]{1,9})(?=[,;)\s]|$)")
_ROLE_END = re.compile(r"\b(?:at|in|of|for|with|from|on|who|whose|since|to|and has|and was)\b")
_NON_CLINICAL = re.compile(
    r"\b(?:professor|teacher|chemist|chemistry|physicist|engineer|attorney|lawyer|realtor|baker|student|accountant"
    r"|scientist|pastor|farmer)\b"
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
            if _PHYSICIAN_SAID.search(role) or _MEDICAL_WORDS.search(head):
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
    if _PHYSICIAN_SAID.search(role) or _MEDICAL_WORDS.search(role):
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


# Layers that read a personal record (a property's owner): decided by name, place and kin, as a broker's record.
PERSONAL_RECORD_LAYERS = frozenset({"record:property owner"})
# A court's case record lists each party in its own block with the role and the address the court has for them
# ("LEE, ANN E. · D-01 Defendant · 61 ELM RD, SPRINGFIELD"): a personal record of the party, like a deed's owner.
_PARTY = re.compile(r"\b(?:plaintiff|defendant|petitioner|respondent|appellant|appellee|debtor|claimant)s?\b", re.I)


def personal_record(person: PersonRecord) -> bool:
    """True when the record is a person's own entry in a register that names no profession (a deed's owner, a
    court case's party): decided by name, place and kin as a broker's record is; its address is where the register
    reached them (a home, or the office a physician is served at), never "another office" of theirs."""
    layer = person.read_from[0] if person.read_from else ""
    if layer in PERSONAL_RECORD_LAYERS:
        return True
    own = person.context.split(" [page: ")[0]
    return layer.startswith(("name:card", "record:")) and bool(person.addresses) and bool(_PARTY.search(own[:300]))


def needs_presenting(kind: PageKind, person: PersonRecord, title: str = "") -> bool:
    """True when neither the page's nature nor the record makes its person a physician."""
    if personal_record(person):
        return False
    return kind not in MEDICAL_KINDS | PERSONAL_RECORD_KINDS and not presented_as_physician(person, title)


def not_presented(result: MatchResult) -> MatchResult:
    """``result`` held at "possible": the page never says this person is a physician."""
    if result.score < LIKELY:
        return result
    why = "the page never presents this person as a physician: at most possible"
    return MatchResult(NAME_ONLY_CAP, Decision.POSSIBLE, (*result.reasons, why), result.person, result.person_index)


def tied(results: list[MatchResult], people: list[PersonRecord], best: int) -> int | None:
    """The index of another person on the page who fits as well as the best one, if any.

    Only entries of one reading layer are two people (two cards, two records of one list); the
    same person read from the headline and from the markup is one person written twice.
    """
    top = results[best].score
    if top < LIKELY:
        return None
    layer = people[best].read_from[:1]
    script = _script(people[best].name)
    return next(
        (
            i
            for i, r in enumerate(results)
            if i != best
            and r.score >= LIKELY
            and top - r.score < TIE
            and people[i].read_from[:1] == layer
            and _script(people[i].name) == script  # "Оксана Гриценко" beside "Oksana Hrytsenko": one person
            and not _written_twice(people[best], people[i])
        ),
        None,
    )


def _written_twice(one: PersonRecord, other: PersonRecord) -> bool:
    """Two names the running text reads in one sentence, each fitting the subject ("Team manager: Lexi Ruehl (our
    team doc, Dr. Alex Ruehl)"): one person written under two forms of the name, not two who fit as well."""
    mentioned = "name:text" in one.read_from and "name:text" in other.read_from
    return mentioned and bool(one.context) and one.context == other.context and one.name != other.name


def _script(name: str) -> bool:
    """True when ``name`` is written in Latin letters (accents included): a bilingual page writes its person
    in both scripts, and the two spellings are one person, not two who fit as well."""
    return all(ord(c) < 0x250 for c in name if c.isalpha())
