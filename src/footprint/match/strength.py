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
MEDICAL_WORDS = re.compile(
    r"\b(?:dr|dra|doctor|doctora|physician|physicians|m d|surgeon|attending|clinic|hospital|medical|medicine"
    r"|patients?|board certified|residency|fellowship|practice|practiced|practises|practices)\b"
)
MEDICAL_SHORT = re.compile(r"\b(?:ER|ED|OB|GYN|OB-GYN|ICU)\b|\bM\.D\.|\bD\.O\.")


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
    return bool(MEDICAL_WORDS.search(fold(said)) or MEDICAL_SHORT.search(said) or groups_of(said) or spoken(said))


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
            and not _listed_twice(people[best], people[i])
        ),
        None,
    )


def _listed_twice(one: PersonRecord, other: PersonRecord) -> bool:
    """Two rows of one list under the same name with the same phone or e-mail (an on-call rota's weeks, "Dec 1-7 ·
    Dr. P. van der Berg · cell (641) 555-0188" and again for Dec 15-21): one person listed twice, not two."""
    from footprint.identity import fold

    if fold(one.name) != fold(other.name):
        return False
    return bool(
        set(one.phones) & set(other.phones) or {e.lower() for e in one.emails} & {e.lower() for e in other.emails}
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
