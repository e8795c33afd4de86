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

The steps live beside this module: ``record_facts`` (ages, listed relatives, credential, field, how common the
name is), ``places`` and ``text_evidence`` (where, and what the page's words say), ``slugs`` (the URL's name),
``conflicts`` (another middle name or generation), ``caps`` (what holds a score down once all is in).
"""

from __future__ import annotations

from dataclasses import replace

from footprint.extract.social import normalise_handle
from footprint.identity import fold, split_credentials
from footprint.match import (
    abroad,
    broker_place,
    caps,
    condition_field,
    conflicts,
    directory,
    handle_namesake,
    initials,
    lifetime,
    places,
    practice,
    practice_street,
    provenance,
    rarity,
    record_facts,
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
from footprint.match.provenance import same_account as same_account
from footprint.match.provenance import same_page as same_page
from footprint.match.slugs import slug_name as slug_name
from footprint.match.slugs import slug_words as slug_words
from footprint.match.strength import Tally
from footprint.match.titled import FIELD, single_name
from footprint.models import (
    Decision,
    Extracted,
    Identity,
    MatchResult,
    PageKind,
    PersonRecord,
    ProbeSource,
)
from footprint.namematch import NameFit, fit

CONFIRMED, LIKELY, POSSIBLE = 0.85, 0.70, 0.45
NAME_WEIGHT = 0.6
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
    if page.source == ProbeSource.HANDLE:
        # The subject's own name at the handle, and the page says it is another person of it.
        namesake = handle_namesake.held(identity, page, judged, page.handle, where)
        if namesake is not None:
            return namesake
    learned = provenance.by_learned(identity, page, judged, where)  # a handle the subject's confirmed page gives
    if learned is not None:
        return learned
    cited = provenance.cites_handle(identity, page, judged, handles)  # "Tiffany Hsieh · @dr.tiffruns" in a bio
    if cited is not None:
        return cited
    # ``where``: the site's name, for the reasons; the given name: "Dr. Seun" at the handle is no stranger
    return provenance.by_source(page, judged, where, identity.subject.given_name or "", _own_initials(identity))


def _own_initials(identity: Identity) -> str:
    """The first letters of the subject's family names, each part and former ones included ("Maya T."), and of
    their middle names, typed or the registry's: "Pemba D." for PEMBA DORJE SHERPA shortens the subject's own name
    as "Maya T." does."""
    names = subject_names(identity.subject)
    record = identity.npi_record
    middles = [*names.own.middles, *(fold(record.middle_name).split() if record is not None else ())]
    families = {w[:1] for f in (names.own, *names.former) for w in f.family if w}
    return "".join(sorted(families | {m[:1] for m in middles if m}))


def _held_elsewhere(identity: Identity, page: Extracted, at: str, handles: set[str], where: str) -> MatchResult | None:
    """POSSIBLE when the account at the user's handle ``at`` says of itself that it is another person's (another
    full name, a school class): judged without its posts and photos, which are signed with that handle by the
    address alone and so cannot vouch for whose the account is. None when it does not."""
    own = _judged(identity, replace(page, posts=(), photos=()), handles)
    first, initials = identity.subject.given_name or "", _own_initials(identity)
    return (
        provenance.held_by_another(page, own, at, where, first, initials)
        or provenance.still_at_school(page, own, at, where)
        or handle_namesake.held(identity, page, own, at, where)
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
    # A social profile is its one member's page: its bio ("About me: surgeon, mother of two") is theirs too.
    own_page = page.kind in strength.MEDICAL_KINDS or page.kind == PageKind.SOCIAL_PROFILE
    headline = bool(named) and named[0].read_from[:1] in HEADLINE_LAYERS and own_page
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
    # Who published the page, as its structured data says (a video's channel, a post's organisation author): a
    # record of a name alone, no words of its own.
    publishers = tuple(p.name for p in judged if p.read_from[:1] == ("record:schema.org",) and not p.context)
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
            publishers=tuple(n for n in publishers if n != person.name),
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
    elif strength.needs_presenting(page.kind, judged[best], page.title) and not own_fact and not _sole_in_town(result):
        result = strength.not_presented(result)
    reasons = result.reasons
    other = strength.tied(results, judged, best)
    if other is not None and single_name(results[other].reasons) and single_name(results[best].reasons):
        other = None  # "Dr. T at the practice" and "Dr. Rosie T." in one thread: one doctor named two ways
    if other is not None:
        why = f"{named[other].name} on the same page fits as well: the page does not say which is the subject"
        result = MatchResult(strength.NAME_ONLY_CAP, Decision.POSSIBLE, (*reasons, why))
        reasons = result.reasons
    if len(named) > 1:
        reasons = (*reasons, f"page lists {len(named)} people; judged on {person.name}'s own entry")
    return MatchResult(result.score, result.decision, reasons, person, index)


def _sole_in_town(result: MatchResult) -> bool:
    """True when the person's whole name is the registry's one clinician's and the page names the subject's town."""
    return any(r.startswith(rarity.ONLY_ONE) for r in result.reasons)


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
    publishers: tuple[str, ...] = (),
) -> MatchResult:
    """Judge one person record against the subject, on that record's own fields (``kind``: the page's).

    ``page_text``: the page's text, for a person the page presents (a card, a title, "Dr."); ``mention_text``:
    the page's text for a person only mentioned in it, read only for facts only the subject has (the workplace,
    the phone or a relative by full name that confirmed pages gave) and only under the subject's full name: a
    story quoting "Colleen Farrelly, a resident" under a headline that names her hospital, a bulletin giving
    "Oksana Hrytsenko on her cell, 412-555-0181". ``others``: the other names on the page (``initials.signed``).
    ``site``: the page's address, whatever found it: a site of another country's own domain (``abroad``).
    ``title``: the page's title, for the person its headline names (an obituary's life span, ``lifetime``).
    ``publishers``: who published the page (a video's channel), read with the subject's full name only: a video
    of "Dr. Bronwyn Castellane" on her hospital's channel is the hospital's word that she is its surgeon."""
    subject = identity.subject
    record = identity.npi_record
    name = own = name_fit(subject, person)
    if name.score < 0.5:
        name = by_registry_name(record, subject, person.name) or by_shared_middle(identity, person.name) or name
    if name.score < 0.5:
        ours = subject.credentials or ((record.credential,) if record and record.credential else ())
        name = initials.signed(record, set(split_credentials(ours)) & record_facts.DEGREES, person, others) or name
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
    record_facts.commonness(identity, tally)
    record_facts.age_and_relatives(identity, person, tally)
    died = lifetime.life_span(person, title)
    if person.age is None:
        record_facts.written_age(identity, person, tally)
    ours = subject.credentials or ((record.credential,) if record and record.credential else ())
    other_profession = record_facts.credentials(ours, person, tally)
    record_facts.specialty(record_facts.subject_specialties(identity), person, tally)
    one_part = single_name(name.reasons)  # "Dr. G", "Dr. Lucy": the title with one name part
    if one_part:  # "Dr. G" in a thread titled "Retina docs in Boise?"
        titled.field_in_title(record_facts.subject_specialties(identity), person, tally)
        titled.field_before(record_facts.subject_specialties(identity), person, page_text, tally)
        condition_field.story(record_facts.subject_specialties(identity), person, page_text, tally, strong=FIELD)
    if not places.place(identity, person, tally, earlier=record_facts.earlier_career(identity, own, tally)):
        said = text_evidence.place(identity.subject, places.subject_places(identity), person, page_text)
        if not said and not page_text and own.score >= rarity.FULL_NAME and not own.conflict:
            # A club's, parish's or district's page names its county once, in its name: where a member it only
            # mentions under the subject's whole name lives.
            said = text_evidence.place(identity.subject, places.subject_places(identity), person, mention_text)
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
    for job in text_evidence.occupation(record_facts.subject_specialties(identity), person):
        tally.add(job.delta, job.why, strong=job.strong)
    places.practice_evidence(identity, person, tally)
    places.phone_evidence(identity, person, tally)
    if kind == PageKind.PEOPLE_SEARCH and (among := broker_place.middle_among(identity, person, others)):
        tally.add(0.1, among, strong=True)
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
    # The whole name and the subject's town written on the page, where the registry's namesakes practise elsewhere.
    by_name = not only_by_other_name(subject, person) and not by_first_family_name(own)
    if by_name and (town := rarity.sole_in_town(identity, own.score, tally, page_text or mention_text)):
        tally.add(0.0 if tally.strong else 0.05, town, strong=True)
    if not tally.strong:
        for delta, why in text_evidence.practice_on_page(identity.npi_record, page_text):
            tally.add(delta, why, decisive=True)
    if one_part and (sole := titled.sole_in_field(identity, name, tally, person, others)):
        tally.add(0.05, sole, strong=True)
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
    channel = " ; ".join(publishers) if full and not broker else ""
    for delta, why in workplace.on_page(identity.workplaces, f"{page_text or mentioned} {own_words} ; {channel}"):
        tally.add(delta, why, decisive=True)
    alone_on = "" if others or broker else page_text or mention_text  # a lookup's page of this one licensee
    for delta, why in text_evidence.licence(identity.npi_record, person, alone_on):
        tally.add(delta, why, decisive=True)
    if full and (why := same_age.agrees(identity.ages, person)):
        tally.add(0.15, why, strong=True)
    with_both_names(subject, person, tally)
    slugs.url_names(subject, url, tally)
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
    at_work = identity.workplaces
    street = practice_street.beside(record, own_words, tally.reasons) if one_part else ""
    if street:
        tally.reasons.append(street)
    beside = street or (own_words and (workplace.on_page(at_work, own_words) or workplace.named_at(at_work, own_words)))
    score = caps.held(
        name,
        tally,
        named_another=named_another,
        by_registry=by_registry,
        known_handle=known_handle,
        other_profession=other_profession,
        died=died,
        physician=strength.presented_as_physician(person),
        likely=LIKELY,
        # a broker's record whose place is all that agrees beyond the name: one of the city's people of the name
        place_only=(lambda held: broker_place.hold(tally, name, identity, person, held, others)) if broker else None,
        beside=bool(beside),
        others=others,
    )
    return MatchResult(round(score, 3), decide(score), tuple(tally.reasons))
