"""Is this page about the subject? A score from 0 to 1, a decision and the reasons.

The name is scored with ``rapidfuzz``; then evidence moves the score: an
equal NPI decides for, a different NPI decides against; a known handle or
URL counts strongly; credential, specialty (taxonomy-aware), state, city and
the practice's phone count for; another state, another specialty or DO
against MD count against. Every step that moved the score is a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from footprint.extract.entities import normalise_phone
from footprint.extract.social import normalise_handle
from footprint.identity import fold, given_name_forms, split_credentials
from footprint.models import Decision, Extracted, Identity, MatchResult, PersonRecord
from footprint.specialties import different_specialty, same_specialty

CONFIRMED, LIKELY, POSSIBLE = 0.85, 0.70, 0.45


@dataclass
class _Tally:
    score: float
    reasons: list[str] = field(default_factory=list)

    def add(self, delta: float, reason: str) -> None:
        self.score += delta
        self.reasons.append(reason)


def decide(score: float) -> Decision:
    if score >= CONFIRMED:
        return Decision.CONFIRMED
    if score >= LIKELY:
        return Decision.LIKELY
    if score >= POSSIBLE:
        return Decision.POSSIBLE
    return Decision.REJECTED


def known_handles(identity: Identity) -> set[str]:
    return {normalise_handle(h) for h in identity.subject.handles}


def match(identity: Identity, page: Extracted) -> MatchResult:
    """Judge one page; for a page listing several people, the best of them."""
    handles = known_handles(identity)
    if page.url in identity.subject.known_urls:
        return MatchResult(0.99, Decision.CONFIRMED, (f"known URL {page.url}",))
    if page.posts or page.photos:
        social = _match_social(identity, page, handles)
        if social is not None:
            return social
    best: MatchResult | None = None
    for person in page.people:
        result = match_person(identity, person, handles)
        if best is None or result.score > best.score:
            best = result
    if best is None:
        return MatchResult(0.0, Decision.REJECTED, ("no person named on the page",))
    return best


def _match_social(identity: Identity, page: Extracted, handles: set[str]) -> MatchResult | None:
    authored = [p for p in page.posts if p.author in handles]
    tagged = [p for p in page.photos if handles & set(p.tagged)]
    mentioned = [p for p in page.posts if handles & set(p.mentions)]
    if authored:
        return MatchResult(0.97, Decision.CONFIRMED, (f"posted by known handle @{authored[0].author}",))
    if tagged:
        return MatchResult(
            0.92, Decision.CONFIRMED, (f"tags known handle @{sorted(handles & set(tagged[0].tagged))[0]}",)
        )
    if mentioned:
        return MatchResult(
            0.9, Decision.CONFIRMED, (f"mentions known handle @{sorted(handles & set(mentioned[0].mentions))[0]}",)
        )
    return None


def name_score(identity: Identity, name: str) -> tuple[float, str]:
    """How well ``name`` fits the subject's names, 0..1, and why."""
    subject = identity.subject
    words = [w for w in fold(name).split() if w.upper() not in _CRED_WORDS and w not in ("dr", "doctor")]
    if not words:
        return 0.0, "no name"
    family = fold(subject.family_name or "")
    given_forms = given_name_forms(subject.given_name or "")
    aliases = [fold(a) for a in subject.also_known_as]
    candidate = " ".join(words)
    for alias in aliases:
        if fuzz.token_sort_ratio(alias, candidate) >= 92:
            return 0.9, f"name matches former or other name {alias.title()}"
    family_hit = family and (family in candidate or fuzz.partial_ratio(family, candidate) >= 90)
    if not family_hit:
        return 0.1, f"family name differs: {name}"
    first = words[0]
    if first == fold(subject.given_name or ""):
        base = fuzz.token_sort_ratio(fold(f"{subject.given_name} {subject.family_name}"), candidate) / 100
        return max(base, 0.8), f"name matches: {name}"
    if first in given_forms:
        return 0.72, f"name matches via nickname {first.title()}→{(subject.given_name or '').title()}"
    if len(first) == 1 and (subject.given_name or "").lower().startswith(first):
        return 0.6, f"initial {first.upper()}. fits {subject.given_name}"
    return 0.25, f"given name differs: {name}"


_CRED_WORDS = {"MD", "DO", "MBBS", "PHD", "NP", "PA", "FACP", "FACS", "FAAP", "FACC", "MPH", "DDS", "DMD"}


def match_person(identity: Identity, person: PersonRecord, handles: set[str] | None = None) -> MatchResult:
    subject = identity.subject
    record = identity.npi_record
    base, why = name_score(identity, person.name)
    tally = _Tally(base * 0.6, [why])
    if base < 0.5:
        return MatchResult(round(min(tally.score, 0.3), 3), Decision.REJECTED, tuple(tally.reasons))
    npi = subject.npi or (record.number if record else None)
    if npi and person.npi:
        if person.npi == npi:
            return MatchResult(1.0, Decision.CONFIRMED, (*tally.reasons, f"same NPI {npi}"))
        return MatchResult(0.02, Decision.REJECTED, (*tally.reasons, f"different NPI {person.npi} (subject {npi})"))
    if handles and person.handle and person.handle in handles:
        tally.add(0.4, f"known handle @{person.handle}")
    _credentials(subject.credentials or ((record.credential,) if record and record.credential else ()), person, tally)
    _specialty(subject.specialty or (record.taxonomies[0] if record and record.taxonomies else None), person, tally)
    _place(identity, person, tally)
    _phone(identity, person, tally)
    score = max(0.0, min(1.0, tally.score))
    return MatchResult(round(score, 3), decide(score), tuple(tally.reasons))


def _credentials(mine: tuple[str, ...], person: PersonRecord, tally: _Tally) -> None:
    theirs = set(split_credentials([*person.credentials, person.name.split(",", 1)[1] if "," in person.name else ""]))
    ours = set(split_credentials(mine))
    degrees = {"MD", "DO", "MBBS", "NP", "PA", "DDS", "DMD"}
    if ours & theirs & degrees:
        tally.add(0.05, f"same credential {sorted(ours & theirs & degrees)[0]}")
    elif ours & degrees and theirs & degrees:
        tally.add(
            -0.25, f"different credential: {'/'.join(sorted(theirs & degrees))} vs {'/'.join(sorted(ours & degrees))}"
        )


def _specialty(mine: str | None, person: PersonRecord, tally: _Tally) -> None:
    if not mine or not person.specialties:
        return
    if any(same_specialty(mine, s) for s in person.specialties):
        tally.add(0.15, f"same specialty: {person.specialties[0]}")
    elif all(different_specialty(mine, s) for s in person.specialties):
        tally.add(-0.3, f"different specialty: {person.specialties[0]} vs {mine}")


def _place(identity: Identity, person: PersonRecord, tally: _Tally) -> None:
    subject = identity.subject
    states = {subject.state} if subject.state else set()
    cities = {fold(subject.city)} if subject.city else set()
    if identity.npi_record:
        states |= {a.state for a in identity.npi_record.addresses if a.state}
        cities |= {fold(a.city) for a in identity.npi_record.addresses if a.city}
    theirs = [a for a in person.addresses if a.state or a.city]
    if not theirs or not states:
        return
    if any(a.state in states for a in theirs):
        tally.add(0.15, f"same state: {next(a.state for a in theirs if a.state in states)}")
        if any(fold(a.city) in cities for a in theirs if a.city):
            tally.add(0.1, f"same city: {next(a.city for a in theirs if fold(a.city) in cities)}")
    elif all(a.state for a in theirs):
        tally.add(-0.45, f"different state: {theirs[0].state} vs {'/'.join(sorted(states))}")


def _phone(identity: Identity, person: PersonRecord, tally: _Tally) -> None:
    if not identity.npi_record or not person.phones:
        return
    official = {normalise_phone(p) for p in identity.npi_record.phones}
    shared = official & set(person.phones)
    if shared:
        tally.add(0.1, "same phone as the NPI record")
