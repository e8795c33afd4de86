"""A page of the subject's name that agrees with a namesake's record, not the subject's: the namesake's page.

People-search sites list every adult of a name, each record with its age, town and relatives. Once one record
is confirmed as the subject's, the others of the subject's whole name beside it on that page, and the records a
broker's page gave that were rejected (another middle initial, another age), are the same-city namesakes. A page
matched on the name and the town only ("Aroha Roe, 41, who opened a salon ... she and her husband, Hemi") that
gives its person a relative one of those namesake records lists and no record of the subject's does, or the age a
namesake record gives where the subject's records give another, is the namesake's page, however rare the name:
held at "possible". A page that presents a physician, or that holds a fact only the subject has (the subject's
phone, relatives, licence), is not held: the namesake's records never say that.

A broker's record of the name matched on its place alone is held too where both its age and its relatives disagree
with every record of the subject's that a second fact anchors (``broker_apart``). Both run before the pages left
"possible" are judged again (``match.rejudge``), so a namesake's record or page teaches nothing, and once more
after it, so that none is lifted back.
"""

from __future__ import annotations

from dataclasses import dataclass

from footprint.identity import fold
from footprint.match import lifetime
from footprint.match.name_fit import subject_names
from footprint.match.strength import NAME_ONLY_CAP, presented_as_physician
from footprint.models import Decision, Identity, Match, MatchResult, PageKind, PersonRecord
from footprint.namematch import fit

SLACK = 1  # a year: one person's ages on two pages are a birthday apart
APART = 2  # years between an age and every age the subject's records give: another person's


@dataclass(frozen=True)
class Record:
    """A people-search record of the subject's whole name: its name, age, relatives and the page giving it."""

    name: str
    age: int | None
    relatives: tuple[str, ...]
    url: str


def held(identity: Identity, matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """``matches`` with the namesakes' broker records (``broker_apart``) and pages (``apart``) held at "possible"."""
    return apart(identity, broker_apart(identity, matches))


def apart(identity: Identity, matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """``matches``, with each page matched on weak evidence held at "possible" where its person agrees with a
    namesake's people-search record (a relative, an age) and not with the subject's own."""
    from footprint.match import SUBJECT_ONLY_FACTS

    mine, theirs = records(identity, matches)
    if not mine or not theirs:
        return matches
    out = []
    for m in matches:
        person = m.result.person
        if (
            person is None
            or not m.result.decision.is_match
            or any(r.url == m.page.url for r in mine)
            or any(fact in r for r in m.result.reasons for fact in SUBJECT_ONLY_FACTS)
            or presented_as_physician(person)
        ):
            out.append(m)
            continue
        why = agrees_with_namesake(person, mine, [r for r in theirs if r.url != m.page.url])
        if not why:
            out.append(m)
            continue
        out.append(_held(m, f"{why}: that namesake's page, at most possible", person))
    return tuple(out)


def records(identity: Identity, matches: tuple[Match, ...]) -> tuple[list[Record], list[Record]]:
    """The subject's own people-search records (confirmed) and the namesakes' (the other records of the subject's
    whole name on a page whose confirmed record is the subject's; the records of it a broker's page gave that were
    rejected)."""
    from footprint.match.rarity import FULL_NAME

    names = subject_names(identity.subject)
    mine: list[Record] = []
    theirs: list[Record] = []
    for m in matches:
        if m.page.kind != PageKind.PEOPLE_SEARCH:
            continue
        decision, chosen = m.result.decision, m.result.person_index
        for i, p in enumerate(m.page.people):
            if not p.name.strip() or fit(names, p.name).score < FULL_NAME:
                continue
            record = Record(p.name, p.age, p.relatives, m.page.url)
            if decision == Decision.CONFIRMED and i == chosen:
                mine.append(record)
            elif decision == Decision.CONFIRMED or decision == Decision.REJECTED:
                theirs.append(record)
    return mine, theirs


def agrees_with_namesake(person: PersonRecord, mine: list[Record], theirs: list[Record]) -> str:
    """Why ``person`` is a namesake's (a relative or the age a namesake's record gives, and no record of the
    subject's), or ""."""
    own = {_given(r) for rec in mine for r in rec.relatives}
    # A namesake of the subject's own family (a daughter, a mother of her name) shares her relatives, or is one of
    # them (the father "Ricardo A Nunes" of Ricardo A Nunes Filho, whose record lists his wife): only a record of
    # another family tells a page apart.
    kin = {fold(r) for rec in mine for r in rec.relatives} | {fold(rec.name) for rec in mine}
    theirs = [rec for rec in theirs if not own & {_given(r) for r in rec.relatives} and not _kin(rec, kin)]
    for relative in person.relatives:
        given = _given(relative)
        if not given or given in own:
            continue
        for rec in theirs:
            if any(_given(r) == given and _same_family(r, relative) for r in rec.relatives):
                return (
                    f"names {relative}, as another record of the name lists ({rec.name} on {rec.url}) and no record "
                    "of the subject's does"
                )
    age = person.age if person.age is not None else lifetime.written_age(person)
    ages = [rec.age for rec in mine if rec.age is not None]
    if age is None or not ages or any(abs(age - a) < APART for a in ages):
        return ""
    for rec in theirs:
        if rec.age is not None and abs(rec.age - age) <= SLACK:
            return (
                f"age {age}, as another record of the name gives ({rec.name}, {rec.age}, on {rec.url}); the subject is "
                f"{ages[0]}"
            )
    return ""


def _kin(record: Record, kin: set[str]) -> bool:
    """True when the record is of one of ``kin`` (the subject's records' names and relatives) or lists one."""
    return fold(record.name) in kin or bool(kin & {fold(n) for n in record.relatives})


def _same_family(one: str, other: str) -> bool:
    """False when both names write a family name and the two differ ("Mohamed Abdirahman", "Mohamed Farah")."""
    a, b = fold(one).split(), fold(other).split()
    return len(a) < 2 or len(b) < 2 or a[-1] == b[-1]


def _given(name: str) -> str:
    words = fold(name).split()
    return words[0] if words else ""


# What lets a broker's record stand as the subject's beyond its name and place: the registry's middle name, a fact
# only the subject has, the subject's occupation or field, the names the subject is known by.
ANCHORS = (
    "same middle",
    "middle initial",
    "middle name",
    "listed as a physician",
    "occupation given as",
    "same specialty",
    "the subject's field",
    "same phone",
    "practice address",
    "known by both",
    "known URL",
)


def broker_apart(identity: Identity, matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """``matches``, with each broker's record matched on its name and place alone held at "possible" where both its
    age and its relatives disagree with every record of the subject's that a second fact anchors: "Batbayar T
    Ganbold, 46, related to Sarangerel Tsend" in the subject's ZIP, where his own record says 48 and lists his wife
    and children. One person's records on two brokers share a relative or an age within a year."""
    from footprint.match import SUBJECT_ONLY_FACTS
    from footprint.match.broker_place import registry_middle

    names = subject_names(identity.subject)
    said = (*ANCHORS, *SUBJECT_ONLY_FACTS)

    def anchored(m: Match) -> bool:
        person = m.result.person
        if any(a in r for r in m.result.reasons for a in said):
            return True
        return person is not None and bool(registry_middle(identity.npi_record, names, person.name))

    brokers = {
        id(m): m
        for m in matches
        if m.page.kind == PageKind.PEOPLE_SEARCH and m.result.decision.is_match and m.result.person is not None
    }
    firm = {i for i, m in brokers.items() if anchored(m)}
    anchors = [m for i, m in brokers.items() if i in firm and m.result.decision == Decision.CONFIRMED]
    if not anchors:
        return matches
    out = []
    for m in matches:
        if id(m) not in brokers or id(m) in firm:
            out.append(m)
            continue
        why = _another_household(m, anchors)
        if not why:
            out.append(m)
            continue
        out.append(_held(m, f"{why}: another person of the name there, at most possible", m.result.person))
    return tuple(out)


def _another_household(m: Match, anchors: list[Match]) -> str:
    """Why the record's age and relatives are another person's than every anchored record of the subject's, or ""."""
    person = m.result.person
    if person is None or person.age is None or not person.relatives:
        return ""
    kin = {_given(r) for r in person.relatives}
    for a in anchors:
        theirs = a.result.person
        if theirs is None or theirs.age is None or not theirs.relatives or a.page.url == m.page.url:
            return ""
        if abs(theirs.age - person.age) <= SLACK or kin & {_given(r) for r in theirs.relatives}:
            return ""
    first = anchors[0].result.person
    assert first is not None
    return (
        f"age {person.age} and relatives {', '.join(person.relatives[:3])}, where the subject's record on "
        f"{anchors[0].page.url} gives {first.age} and {', '.join(first.relatives[:3])}"
    )


def _held(m: Match, reason: str, person: PersonRecord | None) -> Match:
    """The page held at possible (its score capped as a name alone), with the reason added."""
    score, reasons = min(m.result.score, NAME_ONLY_CAP), (*m.result.reasons, reason)
    return Match(m.page, MatchResult(score, Decision.POSSIBLE, reasons, person, m.result.person_index))
