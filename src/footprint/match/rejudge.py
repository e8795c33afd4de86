"""One re-judging step: what the pages judged the subject's taught, read once on every page left "possible".

The first judgement reads each page alone. Some pages the subject's own teach facts only the subject has: a
confirmed profile names their workplace, a broker's record judged theirs lists their relatives and phones, a
confirmed people-search record gives their age and town. A page left "possible" that names the same hospital,
the same husband, the same cell number, or the same age in the same town is theirs, as a careful reader
would say after reading both. Here those facts are gathered once (``lessons``), then every page left
"possible" is judged once against all of them, never against its own (a page never corroborates itself), and
the reasons of a page lifted say which page taught what.

Only the first judgement teaches: a page lifted here does not teach the others in the same step, so a fact
is never carried from a page that was itself only corroborated. One exception is deliberate: a page left
"possible" that presents a doctor of the subject's name lends the relatives it names ("Dr. Ana Ruiz, mom of
Mateo"), so that a broker's record of the name listing the same children is lifted; the doctor's page is
not lifted back by that record in the same step, since the record's children are the page's own word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from footprint.extract.entities import normalise_phone
from footprint.identity import fold
from footprint.match import household, taught_names
from footprint.match.conflicts import registry_name
from footprint.models import Decision, Extracted, Identity, Match, MatchResult
from footprint.namematch import EQUIVALENT, fit
from footprint.nameparse import NameParts, parse_name

T = TypeVar("T")
Judge = Callable[[Identity, Extracted], MatchResult]


@dataclass(frozen=True)
class Lessons:
    """Facts only the subject has, each with the URL of the page that taught it ("" for the user's word,
    ``workplace.REGISTRY`` for the registry's)."""

    workplaces: tuple[tuple[str, str], ...] = ()
    relatives: tuple[tuple[str, str], ...] = ()
    phones: tuple[tuple[str, str], ...] = ()
    ages: tuple[tuple[tuple[int, str, str], str], ...] = ()
    # The everyday name a confirmed page writes beside the subject's ("Grace Tseng": ``match.everyday``).
    everyday: tuple[tuple[str, str], ...] = ()
    # The towns the subject's confirmed people-search record lists, past ones included ((city, state), url).
    towns: tuple[tuple[tuple[str, str], str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.workplaces or self.relatives or self.phones or self.ages or self.everyday or self.towns)

    def for_page(self, identity: Identity, url: str) -> Identity:
        """``identity`` knowing every fact taught by a page other than ``url``."""
        places = _others(self.workplaces, url) if self.workplaces else identity.workplaces
        everyday = tuple(n for n in _others(self.everyday, url) if n not in identity.subject.also_known_as)
        subject = identity.subject
        if everyday:
            subject = replace(subject, also_known_as=(*subject.also_known_as, *everyday))
        return replace(
            identity,
            subject=subject,
            workplaces=places,
            relatives=_others(self.relatives, url),
            phones=_others(self.phones, url),
            ages=_others(self.ages, url),
            towns=_others(self.towns, url),
        )


def _others(facts: tuple[tuple[T, str], ...], url: str) -> tuple[T, ...]:
    """The facts taught by pages other than ``url``, once each."""
    return tuple(dict.fromkeys(f for f, by in facts if by != url))


def lessons(identity: Identity, matches: tuple[Match, ...]) -> Lessons:
    """What the first judgement's pages teach about the subject."""
    from footprint.match import corroborate, everyday, same_age, workplace

    places = () if identity.workplaces else tuple(workplace.workplaces(identity, matches).items())
    kin = corroborate.kin(matches, presented=not _physicians_of_the_name(identity))
    return Lessons(
        workplaces=tuple((place, url) for place, url in places),
        relatives=tuple((r, url) for url, rs in kin.items() for r in rs),
        phones=tuple((p, url) for url, ps in corroborate.phones(matches).items() for p in ps),
        ages=tuple((age, url) for url, age in same_age.of_subject(matches).items()),
        everyday=tuple((n, url) for url, ns in everyday.taught(identity, matches).items() for n in ns),
        towns=tuple((town, url) for url, ts in corroborate.towns(matches).items() for town in ts),
    )


def _physicians_of_the_name(identity: Identity) -> bool:
    """True when the registry lists two physicians of the subject's name: a father and his son "Jr.", two doctors
    nothing typed told apart. A page left "possible" that presents "Dr." of that name may be either's, and the
    wife it names may be the other's (the father's, who is the son's mother too): it lends no relatives."""
    from footprint.registry import is_physician

    record = identity.npi_record
    if record is None:
        return sum(is_physician(r) is not False for r in identity.npi_namesakes) >= 2
    same = [
        r
        for r in identity.registry_others
        if fold(r.first_name) == fold(record.first_name) and fold(r.last_name) == fold(record.last_name)
    ]
    return any(is_physician(r) is not False for r in same)


def knowing(identity: Identity, matches: tuple[Match, ...], judge: Judge | None = None) -> tuple[Match, ...]:
    """Every page left "possible" (or "likely") judged once again knowing what the other pages taught; a page is
    lifted only when that judgement makes it the subject's (a likely one, confirmed), else it keeps its first
    judgement. When a page lifted so teaches a name of the subject's the first pages did not (a broker's record
    under her married name, "Aigerim Holt"), the pages are judged once more knowing it: her answer signed with
    that name is hers."""
    from footprint.match import match

    judge = judge or (lambda known, page: match(known, page))
    taught = lessons(identity, matches)
    first = _knowing(identity, matches, judge, taught)
    if first == matches:
        return first
    again = lessons(identity, first)
    if {n for n, _ in again.everyday} - {n for n, _ in taught.everyday}:
        return _knowing(identity, first, judge, again)
    return first


def _knowing(identity: Identity, matches: tuple[Match, ...], judge: Judge, taught: Lessons) -> tuple[Match, ...]:
    if not taught:
        return matches
    home = household.of(identity, matches)
    out = []
    for m in matches:
        # A page rejected because its given name is none of the subject's is read again under the everyday name
        # a confirmed page taught ("Grace Tseng"); other rejected pages said no for reasons no lesson changes.
        # A page rejected for its town is read again knowing the towns the subject lived in (a listing left behind).
        elsewhere = taught.towns and _another_town(m.result)
        weak = taught.workplaces and _titled_only(m.result)
        # A page that writes the titled name a confirmed page taught ("Dr. Ro"), which reading took for no person.
        said = taught.everyday and not m.result.decision.is_match and _writes_taught(taught, identity, m.page)
        if m.result.decision == Decision.LIKELY:
            # A likely page lifted by what the other pages taught (the relatives a broker lists, the workplace):
            # confirmed, so what it lists is learned in turn, as it was when the page was first left possible.
            again = judge(taught.for_page(identity, m.page.url), m.page)
            if again.decision == Decision.CONFIRMED:
                m = Match(m.page, taught_by(again, taught))
        elif (
            m.result.decision == Decision.POSSIBLE
            or (taught.everyday and _another_given(m.result))
            or elsewhere
            or weak
            or said
        ):
            known = taught.for_page(identity, m.page.url)
            page = taught_names.with_mentions(known, m.page) if said else m.page
            again = judge(known, page)
            if again.decision.is_match:
                m = Match(page, taught_by(again, taught))
            elif (m.result.decision == Decision.POSSIBLE or home) and (why := _at_home(known, m.page, again, home)):
                # Under the everyday name a confirmed page taught too ("Raff & Siobhan Dunleavy (Maeve #12)").
                # A page rejected for the weakness of its name ("Lucy" for Lucilia) may still be the household's.
                m = Match(m.page, lifted(again, why))
        elif m.result.decision == Decision.REJECTED and home and (why := _at_home(identity, m.page, m.result, home)):
            # Rejected for weakness alone (the name and a name shared by a few physicians): a rodeo's caption "Ted
            # Vaccaro of Fairhope and son Luca" never says "doctor", and the household is what tells him apart.
            m = Match(m.page, lifted(m.result, why))
        if not m.result.decision.is_match and home and (why := relatives_page(identity, taught, m, home)):
            m = Match(m.page, lifted(m.result, why))
        out.append(m)
    return tuple(out)


def _writes_taught(taught: Lessons, identity: Identity, page: Extracted) -> bool:
    return taught_names.writes_taught(taught.for_page(identity, page.url), page)


def relatives_page(identity: Identity, taught: Lessons, m: Match, home: household.Household) -> str:
    """Why a page not judged the subject's is a relative's page about them, or a profile signed with their given name
    and initial beside their household (``kin_page``), or "": not when something on the page is against the person
    judged (another profession, a death)."""
    from footprint.match import kin_page
    from footprint.match.name_fit import subject_names

    if identity.npi_candidates >= COMMON:
        return ""  # a name many physicians share is many households' too: a given name and a town tell none apart
    if any(w in r for r in m.result.reasons for w in ("another profession", "not a physician", "died")):
        return ""
    known = taught.for_page(identity, m.page.url)
    person = m.result.person
    signed = kin_page.by_initial(known, m.page, person, home)
    if signed or (person is not None and fit(subject_names(known.subject), person.name).score >= kin_page.NAMED):
        # Judged on a person of the subject's name ("Sophomore Leopold Ashgrove, 16"): that judgement stands.
        return signed
    return kin_page.by_relative(known, m.page, home)


def _titled_only(result: MatchResult) -> bool:
    """A page rejected for the weakness of a titled single name alone ("Dr. Keala", "Dr. Kahananui"), nothing on it
    against the subject: the workplace a confirmed page taught may be written beside it."""
    from footprint.match.titled import single_name

    reasons = result.reasons
    # "Roz is another romanisation or the English form of Rosalind" says how the name is written, nothing against it.
    against = [r for r in reasons if EQUIVALENT not in r]
    return (
        result.decision == Decision.REJECTED
        and single_name(reasons)
        and not any(w in r for r in against for w in _HELD)
    )


HOME_SCORE = 0.8
# What holds a page at "possible" that no household tie answers: another middle name, city, profession or credential,
# another person on the page who fits as well, a name the registry gives to another, a record listing the subject as
# its relative. The caps a household tie does answer are the page that never says "doctor", the page where nothing
# but the name agreed, and a name a few physicians share (they live in other households); a name shared by many
# (``COMMON``) is shared by many households too, so a relative's given name and a town no longer tell them apart.
_HELD = (
    "different", "differs", "other city", "another", "conflict", "too young", "fits as well", "not a physician",
    "as a relative",
)  # fmt: skip
_TAUGHT = " on another page"  # what a page taught, cited in a reason for the subject
COMMON = 10  # physicians of the name in the registry from which a household tie tells nobody apart
CLIPPED = 0.75  # a clipped given name or its initial with the family name ("Rosie" for Rosalie): the home street tells


def lifted(result: MatchResult, why: str) -> MatchResult:
    return replace(result, score=HOME_SCORE, decision=Decision.LIKELY, reasons=(*result.reasons, why))


def _at_home(identity: Identity, page: Extracted, result: MatchResult, home: household.Household) -> str:
    """Why a page left "possible" is the subject's by their household (``match.household``): its person named by the
    subject's full name (a nickname of it too), nothing on it against them. "" when not."""
    from footprint.match.name_fit import subject_names
    from footprint.match.profession import another_profession
    from footprint.match.rarity import FULL_NAME

    person = result.person
    if person is None or identity.npi_candidates >= COMMON:
        return ""
    names = subject_names(identity.subject)
    name = fit(names, person.name)
    if name.score < CLIPPED or name.conflict or _another_generation(identity, names.own, person.name):
        return ""
    if registry_name(identity.npi_record, names, person.name):
        return ""  # "Anthony P. Russo" for ANTHONY JOSEPH RUSSO: a cousin of the name shares the household's names
    # The name's own reasons say how it fits ("Yousef is another romanisation of Youssef"), not who else it is; an
    # office street that differs from the registry's is no other person when it is the household's own home street.
    own = set(name.reasons)
    streets = {key for key, _, _ in home.streets}
    # "names Khaled M Alkhatib, listed as the subject's relative on another page" is a fact for them, not against.
    against = [r.replace(_TAUGHT, "") for r in result.reasons if r not in own and not _home_street(r, streets)]
    if any(w in r for r in against for w in _HELD) or another_profession(person, page.title):
        return ""  # a realtor of the name whose listing names his wife is still the realtor
    why = household.tie(home, page, person)
    if name.score >= FULL_NAME or not why:
        return why
    # A clipped given name or its initial ("Luc and Rosie Pellow (12 Birch Ln)", "R. Pellow, 12 Birch Ln"): the home's
    # street is one household's, and the subject is the one at home it fits, unless a relative there fits it too.
    # Or two relatives written whole with the town ("Lucy Tavares (mom of Inês Lopes)", "Treasurer: Paulo Lopes").
    at_home = household.at_the_home_street(why) or household.by_relatives(why)
    if not at_home or household.another_member(home, person.name):
        return ""
    return why


def _another_generation(identity: Identity, mine: NameParts, written: str) -> bool:
    """True when the name carries a generation the subject's does not ("Ted Pellworth Jr."): the father or son of the
    same name, who shares the household, its town and its relatives."""
    from footprint.match.consensus import record_generation

    theirs = parse_name(written)
    record = identity.npi_record
    own = mine.generation or (record_generation(record) if record else "")
    return theirs is not None and bool(theirs.generation) and theirs.generation != own


def _home_street(reason: str, streets: set[str]) -> bool:
    """True for "street address differs from the NPI record: 2207 Kestrel Ct" where that street is the home's."""
    from footprint.match.places import OTHER_STREET
    from footprint.match.practice import street_key

    return reason.startswith(OTHER_STREET) and street_key(reason.removeprefix(OTHER_STREET)) in streets


def _another_town(result: MatchResult) -> bool:
    return result.decision == Decision.REJECTED and any(
        r.startswith("different state") or (r.startswith("same state") and "other city" in r) for r in result.reasons
    )


def _another_given(result: MatchResult) -> bool:
    """Rejected for a given name, or a family name, that is none of the subject's: an everyday name a confirmed page
    taught ("Grace Tseng", the married "Aigerim Holt") may be it."""
    return result.decision == Decision.REJECTED and any(
        r.startswith(("given name differs", "family name differs")) for r in result.reasons
    )


def taught_by(result: MatchResult, taught: Lessons) -> MatchResult:
    """``result`` whose reasons say which page taught each learned fact they cite."""
    from footprint.match import corroborate, facts_on_page, same_age, workplace
    from footprint.match.titled import GIVEN_WHY

    reasons = []
    for why in result.reasons:
        by: list[str] = []
        if facts_on_page.KIN in why:
            by = [
                url
                for name, url in taught.relatives
                if f"names {name}," in why or f"{facts_on_page.KIN} {name} " in why
            ]
        elif why.startswith(facts_on_page.PHONE):
            number = why.removeprefix(facts_on_page.PHONE).lstrip(": ").split(",")[0]
            by = [url for p, url in taught.phones if normalise_phone(p) == normalise_phone(number)]
        elif same_age.FACT in why:
            by = [
                url for (age, city, state), url in taught.ages if f"is {age} there" in why and f"{city}, {state}" in why
            ]
        if corroborate.LIVED in why:
            by = [url for (city, state), url in taught.towns if f"{city}, {state}, {corroborate.LIVED}" in why]
        why = workplace.taught(why, dict(taught.workplaces))
        if not by and why.startswith("name matches:"):
            said = fold(why)
            by = [url for name, url in taught.everyday if f" {fold(name)}" in f" {said}"]
            why = f"{why} (the everyday name a confirmed page writes for the subject)" if by else why
        elif not by and why.endswith(GIVEN_WHY):  # "Dr. Ro: the given name ... with the title"
            word = fold(why.split(":")[0]).split()[-1:]
            by = [url for name, url in taught.everyday if fold(name).split()[:1] == word]
            why = f"{why} (the everyday name a confirmed page writes for the subject)" if by else why
        if by:
            why = f"{why}; taught by {by[0]}"
        reasons.append(why)
    return replace(result, reasons=tuple(reasons))
