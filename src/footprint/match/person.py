"""One person record against the subject: the name's fit, then every fact of the record's own that moves
the score (``match_person``); the score's decision (``decide``)."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import split_credentials
from footprint.match import (
    abroad,
    broker_place,
    caps,
    condition_field,
    conflicts,
    facts_on_page,
    family_field,
    initials,
    later_field,
    lifetime,
    places,
    practice_street,
    rarity,
    record_facts,
    same_age,
    slugs,
    street_region,
    strength,
    text_evidence,
    titled,
    workplace,
    writer_town,
)
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
    subject_names,
    with_both_names,
)
from footprint.match.strength import Tally
from footprint.match.titled import FIELD, single_name, titled_whole
from footprint.models import Decision, Identity, MatchResult, PageKind, PersonRecord
from footprint.namematch import NameFit, fit

CONFIRMED, LIKELY, POSSIBLE = 0.85, 0.70, 0.45
NAME_WEIGHT = 0.6
MIDDLE_AS_FIRST = "the middle name as the given one"


def decide(score: float) -> Decision:
    if score >= CONFIRMED:
        return Decision.CONFIRMED
    if score >= LIKELY:
        return Decision.LIKELY
    if score >= POSSIBLE:
        return Decision.POSSIBLE
    return Decision.REJECTED


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
    if one_part or titled_whole(person, name.reasons):  # "keynote speaker Dr. Faith Summers" at a lupus gala
        condition_field.story(record_facts.subject_specialties(identity), person, page_text, tally, strong=FIELD)
    full = own.score >= rarity.FULL_NAME and not own.conflict
    # The sentences calling them again by one name: "Arman Petrosyan ... Arman, a lung doctor after all", "Jo, who
    # spends her weekdays at Larkspire Foggy Bottom" before "me, Dana and Jo Ravensworth".
    again = later_field.named_again(person, page_text or mention_text, others) if full else []
    later_field.later_mention(record_facts.subject_specialties(identity), person, again, tally, strong=FIELD)
    if apart := rarity.sole_in_field(identity, own.score if not own.conflict else 0.0, tally, FIELD):
        tally.add(0.1, apart, strong=True)  # "pain specialist" where the name's other physicians are not
    if not places.place(identity, person, tally, earlier=record_facts.earlier_career(identity, own, tally)):
        said = text_evidence.place(identity.subject, places.subject_places(identity), person, page_text)
        if not said and not page_text and full:
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
    other_name = only_by_other_name(subject, person)
    if not tally.strong and not other_name and not by_first_family_name(own):
        sole = rarity.sole_physician(identity, person, own.score, broker=kind == PageKind.PEOPLE_SEARCH)
        if sole:
            tally.add(0.05, sole, strong=True)
    elif not other_name and (nation := rarity.sole_in_country(identity, person, own.score, tally)):
        tally.add(0.05, nation, strong=True)
    # The whole name and the subject's town written on the page, where the registry's namesakes practise elsewhere.
    by_name = not other_name and not by_first_family_name(own)
    if by_name and (town := rarity.sole_in_town(identity, own.score, tally, page_text or mention_text, person.name)):
        tally.add(0.0 if tally.strong else 0.05, town, strong=True)
    if not tally.strong:
        for delta, why in facts_on_page.practice_on_page(identity.npi_record, page_text):
            tally.add(delta, why, decisive=True)
    if one_part and (sole := titled.sole_in_field(identity, name, tally, person, others)):
        tally.add(0.05, sole, strong=True)
    elif one_part and (far := writer_town.near_on_page(identity, name, tally, person, others, page_text)):
        tally.add(0.05, far, strong=True)
    elif one_part and (alone := family_field.sole_of_family(identity, name, tally, person, others)):
        tally.add(0.05, alone, strong=True)
    elif not one_part and (whole := family_field.whole_of_family(identity, own, tally, person, others)):
        tally.add(0.05, whole, strong=True)  # "Meg Tillinghast, MD ... #MFM": the one Tillinghast of the field
    if not one_part and (sole_initial := initials.sole_initial_in_field(identity, name, tally, person, others)):
        tally.add(0.05, sole_initial, strong=True)  # "Clem A., neurologist in Cheyenne": the one of that initial
    elif not one_part and (sole_family := initials.sole_family_in_field(identity, name, tally, person)):
        tally.add(0.1, sole_family, strong=True)  # "Dr. P. van der Berg" on Pella's cardiology rota
    mentioned = mention_text if full else ""  # the page around a mention, under the subject's full name only
    broker = kind == PageKind.PEOPLE_SEARCH
    kin = kin_of_another_name(identity)
    # The other people the page names are on it too, where its text may not hold them: a post's author above the
    # post ("Sam Roe" congratulating "Dr. Jane Roe", whom a broker lists with Samuel Roe), in an API answer with no
    # text. Only there: a page with text holds every name it shows, and its markup's people may be no one it shows.
    named_here = " ; ".join(others) if full and not (page_text or mention_text) and not broker else ""
    twin = conflicts.generation_twin(record, identity.registry_others, person.name)
    for delta, why in facts_on_page.kin(kin, person, f"{page_text or mentioned} ; {named_here}", broker=broker):
        if twin:  # the father's relatives are the son's: they tell neither from the other
            tally.add(delta, f"{why} (and of the registry's {twin}: the family is both's)")
        else:
            tally.add(delta, why, decisive=True)
    if not any(r.startswith(facts_on_page.PHONE) for r in tally.reasons):
        # The subject's own number written anywhere on a page presenting them under their full name too: "text
        # Addy at (304) 555-0133" a line below "Dr. Addy Vorderbrook" in a bulletin. Not on a broker's page, whose
        # text holds every record's numbers: there only the record's own phones count (``_phone``).
        written = (page_text or mention_text) if full and not broker else mentioned
        for delta, why in facts_on_page.phone_on_page(identity.phones, written):
            tally.add(delta, why, decisive=True)
    # The record's own sentence counts too: a video's or post's description ("Dr. Wren Halloway of Ridgeline
    # Occupational Health talks...") is often all a page rendered by script gives, and is not in its text.
    own_words = person.context.split(" [page: ")[0] if person.context else ""
    channel = " ; ".join(publishers) if full and not broker else ""
    said_again = " ; ".join(again) if not page_text else ""  # the whole page is read where it has its text
    around = f"{page_text or mentioned} {own_words} ; {channel} ; {said_again}"
    for delta, why in workplace.on_page(identity.workplaces, around):
        tally.add(delta, why, decisive=True)
    alone_on = "" if others or broker else page_text or mention_text  # a lookup's page of this one licensee
    for delta, why in facts_on_page.licence(identity.npi_record, person, alone_on):
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
    elif one_part and (street := street_region.beside(record, own_words, page_text, (*others, person.name))):
        tally.add(0.1, street, strong=True)  # "Dr. Carver on Campbell Lane" on a blog of "south-central Kentucky"
    beside = street or (own_words and (workplace.on_page(at_work, own_words) or workplace.named_at(at_work, own_words)))
    # "Dr. Ewan" on a page naming the subject's workplace anywhere ("The Long Way Home · Granite Path Recovery ... Our
    # medical director Dr. Ewan"; a practice's "Patient Corner" post by "Dr. Roz"): a given name is fewer doctors' than
    # a family name, and the workplace's doctors of that given name are one.
    on_site = one_part and titled.GIVEN_WHY in name.reasons[0] and any(workplace.WORKS in r for r in tally.decisive)
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
        beside=bool(beside) or on_site,
        others=others,
    )
    return MatchResult(round(score, 3), decide(score), tuple(tally.reasons))
