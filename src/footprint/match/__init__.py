"""Is this page about the subject? A score from 0 to 1, a decision and the reasons.

The name is compared part by part (``namematch``): 60% of a perfect name is
where the score starts. Then evidence moves it. An equal NPI decides for, a
different NPI decides against; a known handle counts strongly; credential,
specialty (taxonomy-aware), city (or a neighbouring one: same 3-digit ZIP
prefix), state, practice or its street address, the NPI record's phone and
the URL slug's name count for; another state, another specialty, DO against
MD count against. Every step that moved the score is a reason.

A page that lists several people is judged person by person: each listed
record is scored on its own fields only, and the page takes the best.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from footprint.extract.social import normalise_handle
from footprint.identity import fold, split_credentials
from footprint.match import (
    abroad,
    broker_place,
    conflicts,
    directory,
    fields,
    initials,
    lifetime,
    places,
    practice,
    provenance,
    rarity,
    same_age,
    slugs,
    strength,
    text_evidence,
    titled,
    workplace,
)
from footprint.match.corroborate import with_kin as with_kin
from footprint.match.name_fit import (
    EVERYDAY_FIRST,
    ROMANISED_LISTING,
    by_first_family_name,
    by_former,
    by_registry_name,
    by_shared_middle,
    kin_of_another_name,
    name_fit,
    only_by_other_name,
    romanised_listing,
    with_both_names,
)
from footprint.match.name_fit import subject_names as subject_names
from footprint.match.pinning import by_own_pages as by_own_pages
from footprint.match.provenance import same_page as same_page
from footprint.match.strength import Tally
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
    ProbeSource,
    Subject,
)
from footprint.namematch import (
    NameFit,
    NameParts,
    SubjectNames,
    fit,
    parse_name,
)
from footprint.specialties import different_specialty, groups_of, same_specialty

CONFIRMED, LIKELY, POSSIBLE = 0.85, 0.70, 0.45
NAME_WEIGHT = 0.6
# Clinical degrees: two that differ are two people (an MD is not the DVM or the RN of the same name).
DEGREES = {"MD", "DO", "MBBS", "NP", "PA", "PA-C", "DDS", "DMD", "DPM", "OD", "DVM", "VMD", "RN", "LPN", "PHARMD",
           "PSYD", "DPT", "CRNA", "DNP", "APRN", "CRNP"}  # fmt: skip
# Registry hits for the name from which a namesake is likely: (hits, penalty), largest first.
COMMON_NAME = ((10, 0.2), (3, 0.1))
YOUNGEST_PHYSICIAN = 25  # nobody younger practises: medical school ends at 25 at the earliest
PHYSICIAN_DEGREES = frozenset({"MD", "DO", "MBBS"})
CONFLICT_CAP = 0.6  # another city of the state, a middle name written elsewhere: "possible" without decisive evidence
# A broker's record whose middle name or generation is not the one the subject's NPI record gives ("Alexandra P.
# Ruehl" for ALEXANDRA MARIT): another person of the name, rejected unless a fact only the subject has agrees.
ANOTHER_NAME = 0.4
MIDDLE_AS_FIRST = "the middle name as the given one"
# Reasons that name a fact only the subject has, on the person's own record.
SUBJECT_ONLY_FACTS = (
    text_evidence.KIN,
    "same phone as the NPI record",
    "same phone as the subject's record on another page",
    "same practice address as the NPI record",
    "the NPI record's licence number",
    "known by both the subject's names",
    same_age.FACT,
)
HEADLINE_LAYERS = frozenset({("name:h1",), ("name:h2",), ("name:title",), ("name:og:title",)})


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


def match(identity: Identity, page: Extracted, *, where: str = "") -> MatchResult:
    """Judge one page; for a page listing several people, each on its own, and the best of them.

    The result names the person it chose (``MatchResult.person``): assessment reads that one.
    """
    handles = known_handles(identity)
    given = provenance.given_by_user(identity, page, handles)
    if given is not None:
        at = provenance.handle_in_url(page.url, handles) if given.reasons[0].startswith("your handle") else ""
        other = _held_elsewhere(identity, page, at, handles, where) if at else None
        return other or _chosen(page, given, handles)
    judged = _judged(identity, page, handles)
    if page.source == ProbeSource.HANDLE and judged.person is None:
        judged = _chosen(page, judged, handles)
    if page.source == ProbeSource.HANDLE and not page.handle:
        # A page fetched for a handle the user gave, that does not say which: the one on it, else theirs.
        on_page = [normalise_handle(p.handle) for p in page.people if p.handle]
        mine = next((h for h in on_page if h in handles), sorted(handles)[0] if handles else "")
        page = replace(page, handle=mine)
    if page.source == ProbeSource.HANDLE and (page.posts or page.photos):
        other = _held_elsewhere(identity, page, normalise_handle(page.handle), handles, where)
        if other is not None:
            return other
    learned = provenance.by_learned(identity, page, judged, where)  # a handle the subject's confirmed page gives
    if learned is not None:
        return learned
    # ``where``: the site's name, for the reasons; the given name: "Dr. Seun" at the handle is no stranger
    return provenance.by_source(
        page, judged, where, identity.subject.given_name or "", _family_initials(identity.subject)
    )


def _family_initials(subject: Subject) -> str:
    """The first letters of the subject's family names, each part and former ones included ("Maya T.")."""
    names = subject_names(subject)
    return "".join(sorted({w[:1] for f in (names.own, *names.former) for w in f.family if w}))


def _held_elsewhere(identity: Identity, page: Extracted, at: str, handles: set[str], where: str) -> MatchResult | None:
    """POSSIBLE when the account at the user's handle ``at`` says of itself that it is another person's (another
    full name, a school class): judged without its posts and photos, which are signed with that handle by the
    address alone and so cannot vouch for whose the account is. None when it does not."""
    own = _judged(identity, replace(page, posts=(), photos=()), handles)
    first, initials = identity.subject.given_name or "", _family_initials(identity.subject)
    return provenance.held_by_another(page, own, at, where, first, initials) or provenance.still_at_school(
        page, own, at, where
    )


def _judged(identity: Identity, page: Extracted, handles: set[str]) -> MatchResult:
    """What the page's own content says: the best of its people, or a post or photo by a known handle."""
    if page.posts or page.photos:
        social = _match_social(page, handles)
        if social is not None:
            return _chosen(page, social, handles)
    named = [p for p in page.people if p.name.strip()] or list(page.people)
    # On a page about one person, the whole text is that person's context (a place, a field): a register's or
    # directory's page whose only person is its headline's ("MCALLISTER, HAMILTON DOUGLAS JR." over a table) too.
    # Only where the page's nature makes it one person's record: an article's headline person may share it.
    headline = bool(named) and named[0].read_from[:1] in HEADLINE_LAYERS and page.kind in strength.MEDICAL_KINDS
    alone = len(named) == 1 and (not named[0].context or headline) and page.text
    judged = [replace(named[0], context=_with_text(named[0].context, page.text))] if alone else named
    if page.kind == PageKind.PEOPLE_SEARCH:
        judged = [_at_home(p) for p in judged]
    unit = directory.unit(page.text) if len(judged) > 1 else ""
    if unit:  # a department's or division's own staff list: its field is every listed doctor's
        judged = [p if p.specialties else replace(p, context=directory.with_unit(p.context, unit)) for p in judged]
    titled = [p for p in judged if "name:text" not in p.read_from or p.credentials or "Dr." in p.context]
    # A URL footprint built from the name (a site's search, a guessed handle) echoes the name: not evidence.
    url = "" if page.source in (ProbeSource.SITE_SEARCH, ProbeSource.DERIVED_HANDLE) else page.url
    # A broker's list of several records of the name: each record carries its own evidence (its relatives, its
    # employer, its street), never what the page writes for the others (a namesake's list naming her relatives).
    text = "" if page.kind == PageKind.PEOPLE_SEARCH and len(judged) > 1 else page.text
    results = [
        match_person(
            identity,
            person,
            handles,
            url=url,
            page_text=text if person in titled else "",
            mention_text="" if person in titled else text,
            kind=page.kind,
            others=tuple(p.name for p in judged if p is not person),
            site=page.url,
            title=page.title if person.read_from[:1] in HEADLINE_LAYERS else "",
        )
        for person in judged
    ]
    business = practice.practice_page(identity, page)
    if business is not None and all(r.score < business.score for r in results):
        return business  # a page about the subject's practice: no person on it is the decision
    if not results:
        return MatchResult(0.0, Decision.REJECTED, ("no person named on the page",))
    best = max(range(len(results)), key=lambda i: results[i].score)
    result = results[best]
    person = named[best]
    index = page.people.index(person)
    # A fact only the subject has (her children named, the registry's phone or street, her licence) makes the
    # record hers whatever the page calls her: a property, business-filing or club page never says "doctor".
    own_fact = any(fact in r for r in result.reasons for fact in SUBJECT_ONLY_FACTS)
    if profession := strength.another_profession(person, page.title) or strength.page_profession(
        person, page.title, page.text
    ):
        result = strength.other_profession(result, profession, own_fact=own_fact)
    elif strength.needs_presenting(page.kind, person, page.title) and not own_fact:
        result = strength.not_presented(result)
    reasons = result.reasons
    other = strength.tied(results, judged, best)
    if other is not None:
        why = f"{named[other].name} on the same page fits as well: the page does not say which is the subject"
        result = MatchResult(strength.NAME_ONLY_CAP, Decision.POSSIBLE, (*reasons, why))
        reasons = result.reasons
    if len(named) > 1:
        reasons = (*reasons, f"page lists {len(named)} people; judged on {person.name}'s own entry")
    return MatchResult(result.score, result.decision, reasons, person, index)


def _with_text(context: str, text: str) -> str:
    if not context or context[:200] in text:
        return text[:3000]
    return f"{context} · {text[:3000]}"


def _at_home(person: PersonRecord) -> PersonRecord:
    """A people-search record's addresses are where the person lives, never another office."""
    homes = tuple(replace(a, purpose=a.purpose or "home") for a in person.addresses)
    return replace(person, addresses=homes)


def _chosen(page: Extracted, result: MatchResult, handles: set[str]) -> MatchResult:
    """``result`` with the page's own person: the one with a known handle, else the first."""
    if not page.people:
        return result
    index = next((i for i, p in enumerate(page.people) if p.handle and normalise_handle(p.handle) in handles), 0)
    person = page.people[index]
    # "yousefrads.bsky.social" on bsky.app is the account "yousefrads", as the user wrote it.
    short = provenance.on_networks_domain(person.handle, page.url) if person.handle else ""
    if short and short in handles:
        person = replace(person, handle=short)
    return replace(result, person=person, person_index=index)


def _match_social(page: Extracted, handles: set[str]) -> MatchResult | None:
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
    """How well ``name`` fits the subject's names, 0..1, and the main reason."""
    result = fit(subject_names(identity.subject), name)
    return result.score, "; ".join(result.reasons)


def match_person(
    identity: Identity,
    person: PersonRecord,
    handles: set[str] | None = None,
    *,
    url: str = "",
    page_text: str = "",
    mention_text: str = "",
    kind: PageKind | None = None,
    others: tuple[str, ...] = (),
    site: str = "",
    title: str = "",
) -> MatchResult:
    """Judge one person record against the subject, on that record's own fields (``kind``: the page's).

    ``page_text``: the page's text, for a person the page presents (a card, a title, "Dr."); ``mention_text``:
    the page's text for a person only mentioned in it, read only for facts only the subject has (the workplace,
    the phone or a relative by full name that confirmed pages gave) and only under the subject's full name: a
    story quoting "Colleen Farrelly, a resident" under a headline that names her hospital, a bulletin giving
    "Oksana Hrytsenko on her cell, 412-555-0181". ``others``: the other names on the page (``initials.signed``).
    ``site``: the page's address, whatever found it: a site of another country's own domain (``abroad``).
    ``title``: the page's title, for the person its headline names (an obituary's life span, ``lifetime``)."""
    subject = identity.subject
    record = identity.npi_record
    name = own = name_fit(subject, person)
    if name.score < 0.5:
        name = by_registry_name(record, subject, person.name) or by_shared_middle(identity, person.name) or name
    if name.score < 0.5:
        ours = subject.credentials or ((record.credential,) if record and record.credential else ())
        name = initials.signed(record, set(split_credentials(ours)) & DEGREES, person, others) or name
    slug = slugs.parts(url, subject_names(subject)) if url else None
    if not person.name.strip() and slug is not None and slug.name:
        # A page with no name in its markup (rendered by JavaScript): its URL may still name someone.
        found = fit(subject_names(subject), slug.name)
        name = NameFit(round(found.score * 0.9, 3), (f"name from the page's URL: {slug.name}", *found.reasons[1:]))
        if slug.place is not None and not person.addresses:
            person = replace(person, addresses=(slug.place,))
    tally = Tally(name.score * NAME_WEIGHT, list(name.reasons))
    if any(EVERYDAY_FIRST in r for r in name.reasons):
        # A son or brother named after the subject's middle name, until a fact only the subject has says otherwise.
        tally.conflicts.append(f"{MIDDLE_AS_FIRST}, where the subject goes by the first")
    if name.score < 0.5:
        return MatchResult(round(min(tally.score, 0.3), 3), Decision.REJECTED, tuple(tally.reasons))
    npi = subject.npi or (record.number if record else None)
    if npi and person.npi:
        if person.npi == npi:
            return MatchResult(1.0, Decision.CONFIRMED, (*tally.reasons, f"same NPI {npi}"))
        return MatchResult(0.02, Decision.REJECTED, (*tally.reasons, f"different NPI {person.npi} (subject {npi})"))
    known_handle = bool(handles and person.handle and person.handle in handles)
    if known_handle:
        tally.add(0.4, f"known handle @{person.handle}", decisive=True)
    _commonness(identity, tally)
    _age_and_relatives(identity, person, tally)
    died = lifetime.life_span(person, title)
    if person.age is None:
        _written_age(identity, person, tally)
    ours = subject.credentials or ((record.credential,) if record and record.credential else ())
    other_profession = _credentials(ours, person, tally)
    _specialty(_subject_specialties(identity), person, tally)
    if not places.place(identity, person, tally, earlier=_earlier_career(identity, own, tally)):
        said = text_evidence.place(identity.subject, places.subject_places(identity), person, page_text)
        for seen in said:
            tally.add(seen.delta, seen.why, strong=seen.strong)
            if seen.conflict:
                tally.conflicts.append(seen.conflict)
        elsewhere = (
            ""
            if any(seen.strong for seen in said)
            else text_evidence.another_city(places.subject_places(identity), person)
        )
        if elsewhere:
            tally.add(-0.15, f"another city named near the name: {elsewhere}")
            tally.conflicts.append(f"another city ({elsewhere}), beyond commuting distance")
    there = abroad.abroad(site, places.subject_places(identity), person, page_text or mention_text)
    if there:
        tally.add(-0.45, f"a site of {there}, naming no US place of the subject's: a namesake practising there")
        tally.conflicts.append(f"a site of {there}")
    for job in text_evidence.occupation(_subject_specialties(identity), person):
        tally.add(job.delta, job.why, strong=job.strong)
    places.practice_evidence(identity, person, tally)
    places.phone_evidence(identity, person, tally)
    if initial := conflicts.registry_initial(record, identity.registry_others, subject_names(subject), person.name):
        tally.add(0.1, initial, strong=True)
        if any(r.startswith("same specialty") for r in tally.strong):
            # The registry's middle initial and the subject's field: every clinician of the name the registry has
            # in the state is told apart, and a physician practising there is in it. Another city of the state
            # is the subject's other or former office (an outreach clinic, a listing never updated).
            tally.conflicts[:] = [c for c in tally.conflicts if not c.startswith(places.OTHER_CITY)]
    if not tally.strong and not only_by_other_name(subject, person) and not by_first_family_name(own):
        sole = rarity.sole_physician(identity, person, own.score, broker=kind == PageKind.PEOPLE_SEARCH)
        if sole:
            tally.add(0.05, sole, strong=True)
    if not tally.strong:
        for delta, why in text_evidence.practice_on_page(identity.npi_record, page_text):
            tally.add(delta, why, decisive=True)
    full = own.score >= rarity.FULL_NAME and not own.conflict
    mentioned = mention_text if full else ""  # the page around a mention, under the subject's full name only
    broker = kind == PageKind.PEOPLE_SEARCH
    kin = kin_of_another_name(identity)
    # The other people the page names are on it too, where its text may not hold them: a post's author above the
    # post ("Sam Roe" congratulating "Dr. Jane Roe", whom a broker lists with Samuel Roe), in an API answer with no
    # text. Only there: a page with text holds every name it shows, and its markup's people may be no one it shows.
    named_here = " ; ".join(others) if full and not (page_text or mention_text) and not broker else ""
    twin = conflicts.generation_twin(record, identity.registry_others, person.name)
    for delta, why in text_evidence.kin(kin, person, f"{page_text or mentioned} ; {named_here}", broker=broker):
        if twin:  # the father's relatives are the son's: they tell neither from the other
            tally.add(delta, f"{why} (and of the registry's {twin}: the family is both's)")
        else:
            tally.add(delta, why, decisive=True)
    if not any(r.startswith(text_evidence.PHONE) for r in tally.reasons):
        # The subject's own number written anywhere on a page presenting them under their full name too: "text
        # Addy at (304) 555-0133" a line below "Dr. Addy Vorderbrook" in a bulletin. Not on a broker's page, whose
        # text holds every record's numbers: there only the record's own phones count (``_phone``).
        written = (page_text or mention_text) if full and not broker else mentioned
        for delta, why in text_evidence.phone_on_page(identity.phones, written):
            tally.add(delta, why, decisive=True)
    # The record's own sentence counts too: a video's or post's description ("Dr. Wren Halloway of Ridgeline
    # Occupational Health talks...") is often all a page rendered by script gives, and is not in its text.
    own_words = person.context.split(" [page: ")[0] if person.context else ""
    for delta, why in workplace.on_page(identity.workplaces, f"{page_text or mentioned} {own_words}"):
        tally.add(delta, why, decisive=True)
    for delta, why in text_evidence.licence(identity.npi_record, person):
        tally.add(delta, why, decisive=True)
    if full and (why := same_age.agrees(identity.ages, person)):
        tally.add(0.15, why, strong=True)
    with_both_names(subject, person, tally)
    _slug(subject, url, tally)
    named_another = [
        *conflicts.registry_name(identity.npi_record, subject_names(subject), person.name),
        *conflicts.registry_generation(identity.npi_record, subject_names(subject), person.name),
    ]
    # The record's own middle name or generation is not the person's; or the person goes by the subject's middle
    # name where the subject goes by an everyday form of the first ("Reid Thackeray" for Bart, BARTHOLOMEW REID):
    # a son or brother named after it.
    # Only a broker's record is rejected for another middle name: elsewhere the page (a namesake relative's obituary)
    # may name the subject's household, which the household rule (``match.rejudge``) reads from "possible".
    by_registry = (named_another[:1] if broker else []) or [
        c for c in tally.conflicts if c.startswith(MIDDLE_AS_FIRST)
    ][:1]
    if not named_another and not broker:  # a broker's page holds other records of the name: not this one's words
        named_another += conflicts.written_middle(identity.npi_record, subject_names(subject), person.name, page_text)
        # The page's words about a person it only mentions count too: the story's "Marisol Quiñones Rivera".
        named_another += conflicts.another_second_family(subject_names(subject), person.name, page_text or mention_text)
    tally.conflicts.extend(named_another)
    if romanised_listing(own, kind):
        named_another.append(ROMANISED_LISTING)
        tally.conflicts.append(ROMANISED_LISTING)
    if any(r.startswith("different credential") for r in tally.reasons) and only_by_other_name(subject, person):
        # "Dr. James Marchbanks, MD" for Wendell (JAMES WENDELL, DO): his father, a namesake by the legal name.
        tally.conflicts.append("another credential under a name the subject does not go by")
    score = titled.hold(name, tally, tally.capped(max(0.0, min(1.0, tally.score))))
    score = initials.hold(name, tally, score)
    if strength.presented_as_physician(person):
        score = initials.family_initial(name, tally, score, LIKELY)
    # Relatives are a family's, shared by the namesakes in it (a mother-in-law, a father "Sr."), and a hospital
    # is its staff's (a father and son on one staff, two doctors of one name at a large hospital): they do not
    # tell the subject from a person whose own name the registry says is another.
    shared = (text_evidence.KIN, workplace.WORKS)
    decisive = [d for d in tally.decisive if not named_another or not any(w in d for w in shared)]
    if by_registry and not decisive and score > ANOTHER_NAME:
        score = ANOTHER_NAME
        tally.reasons.append(f"{by_registry[0]}, and nothing only the subject has agrees: another person of the name")
    elif tally.conflicts and not decisive and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append(f"{tally.conflicts[0]}, and nothing only the subject has agrees: at most possible")
    elif name.conflict and not known_handle and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append("the name itself points to another person: at most possible")
    elif other_profession and not known_handle and score > CONFLICT_CAP:
        score = CONFLICT_CAP
        tally.reasons.append("the page gives another profession's degree: a namesake, at most possible")
    if broker:  # a record whose place is all that agrees beyond the name: one of the city's people of the name
        score = broker_place.hold(tally, name, identity, person, score, others)
    if died is not None and not known_handle:
        # At most possible, not rejected: a namesake relative's obituary may name the subject's household (a
        # mother-in-law's), which the household rule (``match.rejudge``) then reads as the subject's family.
        score = min(score, CONFLICT_CAP)
        tally.reasons.append(f"the page gives this person's life span, {died[0]}-{died[1]}: a namesake who has died")
    return MatchResult(round(score, 3), decide(score), tuple(tally.reasons))


def _written_age(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    """The age the page writes after the person's name ("Aung Roe, 34, a Meridian engineer"), against the least age
    the subject's NPI allows and the age the subject's confirmed record gives."""
    age = lifetime.written_age(person)
    if age is None:
        return
    youngest = _youngest(identity.npi_record)
    if age < YOUNGEST_PHYSICIAN:
        tally.add(-0.4, f"age {age}, written with the name: too young to be a practising physician")
    elif youngest is not None and age < youngest:
        year = identity.npi_record.enumerated[:4] if identity.npi_record else ""
        tally.add(-0.4, f"age {age}, written with the name: too young to have held the subject's NPI since {year}")
    elif identity.ages and all(abs(age - known) > lifetime.AGE_GAP for known, _, _ in identity.ages):
        known = identity.ages[0][0]
        tally.add(-0.4, f"age {age}, written with the name, but the subject is {known} on a confirmed record")


def _commonness(identity: Identity, tally: Tally) -> None:
    hits = identity.npi_candidates
    for at, penalty in COMMON_NAME:
        if hits >= at:
            tally.add(-penalty, f"common name: {hits} physicians in the NPI registry share it")
            return


def _age_and_relatives(identity: Identity, person: PersonRecord, tally: Tally) -> None:
    subject = identity.subject
    youngest = _youngest(identity.npi_record)
    if person.age is not None and person.age < YOUNGEST_PHYSICIAN:
        tally.add(-0.4, f"age {person.age}: too young to be a practising physician")
    elif person.age is not None and youngest is not None and person.age < youngest:
        year = identity.npi_record.enumerated[:4] if identity.npi_record else ""
        tally.add(-0.4, f"age {person.age}: too young to have held the subject's NPI since {year}")
    names = subject_names(subject)
    for relative in person.relatives:
        kin = fit(names, relative)
        # "Elizabeth J Tollefsen" among the relatives of Elizabeth A., whom the registry lists as ANN: a relative
        # of the subject's own name (a mother-in-law, a father "Sr."), not the subject.
        namesake = conflicts.registry_name(identity.npi_record, names, relative) or conflicts.registry_generation(
            identity.npi_record, names, relative
        )
        if (
            kin.score >= 0.85
            and not kin.conflict
            and not namesake
            and not _two_of_one_name(names, identity.npi_record, person.name, relative)
        ):
            tally.add(-0.5, f"lists {relative} as a relative: this record is a relative of the subject")
            return


def _two_of_one_name(names: SubjectNames, record: NpiRecord | None, own: str, relative: str) -> bool:
    """True when a record and the relative it lists are two people of one name that the subject's own name does
    not tell apart: "Thaddeus K Osei Sr" listing "Thaddeus K Osei Jr", "Ann Lee" listing "Ann M Lee". Families
    pass names down and brokers list the namesake constantly; only a generation or middle name the subject
    gives, or the registry's record does ("Thomas Okafor Jr.", ELIZABETH ANN), says the relative, not the
    record, is the subject."""
    mine, theirs, kin = names.own, parse_name(own), parse_name(relative)
    if theirs is None or kin is None:
        return False
    generation = mine.generation or fold(record.suffix if record else "").replace(" ", "").strip(".")
    if generation and kin.generation == generation != theirs.generation:
        return False  # the subject is the relative's generation: the record is the other one
    initial = _initial(mine) or fold(record.middle_name if record else "")[:1]
    if initial and _initial(kin) == initial != _initial(theirs):
        return False  # the subject's middle initial is the relative's, not the record's
    return theirs.generation != kin.generation or _initial(theirs) != _initial(kin)


def _initial(name: NameParts) -> str:
    return name.middles[0][:1] if name.middles else ""


def _youngest(record: NpiRecord | None) -> int | None:
    """The least age the subject can be: a physician gets an NPI at 25 at the earliest (two years of slack:
    a broker's age is often a year or two old)."""
    if record is None or not record.enumerated[:4].isdigit():
        return None
    from datetime import date

    return YOUNGEST_PHYSICIAN + date.today().year - int(record.enumerated[:4]) - 2


def _subject_specialties(identity: Identity) -> tuple[str, ...]:
    mine = [identity.subject.specialty] if identity.subject.specialty else []
    if identity.npi_record:
        mine.extend(identity.npi_record.taxonomies)
    return tuple(mine)


def _credentials(mine: tuple[str, ...], person: PersonRecord, tally: Tally) -> bool:
    """Credential evidence; True when the record's degrees are another profession's (a nurse, a dentist, a
    physician assistant where the subject is a physician): then the record is someone else's namesake."""
    after_comma = person.name.split(",", 1)[1] if "," in person.name else ""
    theirs = set(split_credentials([*person.credentials, after_comma])) & DEGREES
    ours = set(split_credentials(mine)) & DEGREES
    if ours & theirs:
        tally.add(0.05, f"same credential {sorted(ours & theirs)[0]}")
    elif ours and theirs:
        tally.add(-0.25, f"different credential: {'/'.join(sorted(theirs))} vs {'/'.join(sorted(ours))}")
        return bool(ours & PHYSICIAN_DEGREES) and not theirs & PHYSICIAN_DEGREES
    return False


def _specialty(mine: tuple[str, ...], person: PersonRecord, tally: Tally) -> None:
    if mine and not person.specialties:
        # A bio or a card that says the field in words ("Pediatrician by day"): only agreement counts.
        said = f"{person.practice} {person.context.split(' [page: ')[0]}"
        ours = frozenset().union(*(groups_of(m) for m in mine))
        shared = sorted((groups_of(said) | fields.spoken(said)) & ours)
        if shared:
            tally.add(0.1, f"the subject's field in its own words: {shared[0].replace('_', ' ')}", strong=True)
        return
    if not mine or not person.specialties:
        return
    same = next((s for s in person.specialties for m in mine if same_specialty(m, s)), None)
    if same:
        tally.add(0.15, f"same specialty: {same}", strong=True)
    elif "name:text" in person.read_from:
        return  # words near a mention may be about someone else: only agreement counts
    elif all(different_specialty(m, s) for s in person.specialties for m in mine):
        tally.add(-0.3, f"different specialty: {person.specialties[0]} vs {mine[0]}")


def _earlier_career(identity: Identity, own: NameFit, tally: Tally) -> str:
    """The former name the NPI registry keeps for the subject, when the record is named by it alone and gives
    the subject's specialty: a listing from before the name changed (a fellowship in another state, a residency
    in another city of hers) is the subject's earlier career. "" otherwise: the subject's current name in
    another state or city is a namesake's."""
    record = identity.npi_record
    if record is None or not record.former_names or not by_former(own) or own.conflict:
        return ""
    if not any(r.startswith("same specialty") for r in tally.reasons):
        return ""
    said = " ".join(own.reasons)
    return next((n for n in record.former_names if fold(n).split()[-1] in fold(said).split()), "")


def slug_words(url: str) -> list[str]:
    """The words of a URL's last path segment: ".../dr-imogen-castellwright-3bq7t" → [dr, imogen, ...]."""
    path = unquote(urlsplit(url).path).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.[a-z]{2,5}$", "", last)
    return fold(last).split()


def slug_name(url: str, subject: Subject | None = None) -> str:
    """A person's name spelled by a profile URL's slug ("dr-robert-lindqvist-md-12345" → "Robert Lindqvist").

    The place and id a slug also holds are split off ("Dr-Ann-Lee-Austin-TX" → "Ann Lee").
    """
    found = slugs.parts(url, subject_names(subject) if subject else None)
    return found.name if found else ""


def _slug(subject: Subject, url: str, tally: Tally) -> None:
    words = set(slug_words(url)) if url else set()
    names = subject_names(subject)
    family = "".join(names.own.family)
    if (
        words
        and (set(names.own.family) <= words or family in words)
        and words & (names.given_forms | {names.own.given})
    ):
        tally.add(0.05, "the page's URL names the subject")


def same_account(matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """A post under a matched account's address (".../profile/x/post/1" under ".../profile/x") is that
    account's: it takes the account's decision, since a post rarely repeats who wrote it."""
    accounts = [
        m for m in matches if m.result.decision.is_match and m.page.kind == PageKind.SOCIAL_PROFILE and m.page.url
    ]
    out = []
    for m in matches:
        owner = next((a for a in accounts if a is not m and m.page.url.startswith(a.page.url.rstrip("/") + "/")), None)
        if owner is None or m.result.decision.is_match or m.result.decision == Decision.REJECTED:
            out.append(m)
            continue
        why = f"posted on the account {owner.page.url}, which is the subject's"
        result = MatchResult(owner.result.score, owner.result.decision, (*m.result.reasons, why), m.result.person,
                             m.result.person_index)  # fmt: skip
        out.append(Match(m.page, result))
    return tuple(out)
