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

The steps live beside this module: ``person`` (one record against the subject, and the decision),
``record_facts`` (ages, listed relatives, credential, field, how common the name is), ``places`` and
``text_evidence`` (where, and what the page's words say), ``slugs`` (the URL's name), ``conflicts``
(another middle name or generation), ``caps`` (what holds a score down once all is in).
"""

from __future__ import annotations

import re
from dataclasses import replace

from footprint.extract.social import normalise_handle
from footprint.identity import fold
from footprint.match import (
    directory,
    facts_on_page,
    handle_namesake,
    later_field,
    other_life,
    passing,
    practice,
    profession,
    provenance,
    rarity,
    same_age,
    second_reference,
    strength,
)
from footprint.match.corroborate import with_kin as with_kin
from footprint.match.name_fit import subject_names as subject_names
from footprint.match.person import match_person
from footprint.match.pinning import by_own_pages as by_own_pages
from footprint.match.pinning import by_own_town as by_own_town
from footprint.match.provenance import same_account as same_account
from footprint.match.provenance import same_page as same_page
from footprint.match.slugs import slug_name as slug_name
from footprint.match.slugs import slug_words as slug_words
from footprint.match.titled import single_name
from footprint.models import Decision, Extracted, Identity, MatchResult, PageKind, PersonRecord, ProbeSource

# Reasons that name a fact only the subject has, on the person's own record.
SUBJECT_ONLY_FACTS = (
    facts_on_page.KIN,
    "same phone as the NPI record",
    "same phone as the subject's record on another page",
    "same practice address as the NPI record",
    "the NPI record's licence number",
    "known by both the subject's names",
    same_age.FACT,
)
HEADLINE_LAYERS = frozenset({("name:h1",), ("name:h2",), ("name:title",), ("name:og:title",)})


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


_ACCOUNT_KINDS = frozenset({PageKind.SOCIAL_PROFILE, PageKind.SOCIAL_POST})


def _with_own_words(page: Extracted, named: list[PersonRecord]) -> Extracted:
    """An account's page read from its API answer (a Mastodon status, a Bluesky post) has no page text: the words are
    in its posts. Its one member's own posts are then its text, as the page a person opens shows them ("Fourth
    endocarditis admission this month ... a line cook from Pooler"): the place and the field they write are theirs."""
    if page.text or len(named) != 1 or not named[0].handle or page.kind not in _ACCOUNT_KINDS:
        return page
    own = [p.text for p in page.posts if p.author == named[0].handle and p.text and not p.on_post_by]
    return replace(page, text=" ".join(own)) if own else page


def _judged(identity: Identity, page: Extracted, handles: set[str]) -> MatchResult:
    """What the page's own content says: the best of its people, or a post or photo by a known handle."""
    if page.posts or page.photos:
        social = _match_social(page, handles)
        if social is not None:
            return _chosen(page, social, handles)
    named = [p for p in page.people if p.name.strip()] or list(page.people)
    page = _with_own_words(page, named)
    # On a page about one person, the whole text is that person's context (a place, a field): a register's or
    # directory's page whose only person is its headline's ("MCALLISTER, HAMILTON DOUGLAS JR." over a table) too.
    # Only where the page's nature makes it one person's record: an article's headline person may share it.
    # A social profile is its one member's page: its bio ("About me: surgeon, mother of two") is theirs too.
    own_page = page.kind in strength.MEDICAL_KINDS or page.kind == PageKind.SOCIAL_PROFILE
    headline = bool(named) and named[0].read_from[:1] in HEADLINE_LAYERS and own_page
    alone = len(named) == 1 and (not named[0].context or headline) and page.text
    judged = [replace(named[0], context=_with_text(named[0].context, page.text))] if alone else named
    if not alone and named and page.text and _titled_by_name(page.title, named[0]):
        # A page titled with its person's name and nothing else ("Stavropoulos, Eleni (Warwick, Rhode Island) - Ocean
        # State Lookup", a people finder written as a paragraph): its text is that person's, "Works in rheumatology"
        # with its subject left out included; the others it names keep their own sentences.
        judged = [replace(named[0], context=_with_text(named[0].context, page.text)), *named[1:]]
    if page.kind == PageKind.PEOPLE_SEARCH:
        judged = [_at_home(p) for p in judged]
    unit = (directory.unit(page.text) or directory.titled_unit(page.title)) if len(judged) > 1 else ""
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
        return MatchResult(0.0, Decision.REJECTED, (provenance.NO_PERSON,))
    best = max(range(len(results)), key=lambda i: results[i].score)
    result = results[best]
    person = named[best]
    index = page.people.index(person)
    # A fact only the subject has (her children named, the registry's phone or street, her licence) makes the
    # record hers whatever the page calls her: a property, business-filing or club page never says "doctor".
    own_fact = any(fact in r for r in result.reasons for fact in SUBJECT_ONLY_FACTS)
    others = tuple(p.name for p in named if p is not person)
    if calling := (
        profession.another_profession(person, page.title)
        or profession.page_profession(person, page.title, page.text)
        or (second_reference.later_role(person, page.text, others) if page.kind not in strength.MEDICAL_KINDS else "")
        or (
            other_life.other_life(person.name, page.text)
            if page.kind not in strength.MEDICAL_KINDS and not strength.presented_as_physician(person, page.title)
            else ""
        )
    ):
        result = profession.other_profession(result, calling, own_fact=own_fact)
    elif (
        strength.needs_presenting(page.kind, judged[best], page.title)
        and not own_fact
        and not any(r.startswith(later_field.WHY) for r in result.reasons)  # "Arman ... he's a lung doctor"
        and not (_sole_in_town(result) and not second_reference.post(person, page.text))
    ):
        result = strength.not_presented(result)
    reasons = result.reasons
    other = strength.tied(results, judged, best)
    if other is not None and single_name(results[other].reasons) and single_name(results[best].reasons):
        other = None  # "Dr. T at the practice" and "Dr. Rosie T." in one thread: one doctor named two ways
    if other is not None:
        why = f"{named[other].name} on the same page fits as well: the page does not say which is the subject"
        result = MatchResult(strength.NAME_ONLY_CAP, Decision.POSSIBLE, (*reasons, why))
        reasons = result.reasons
    if page.kind == PageKind.NEWS and result.decision.is_match and (why := passing.in_passing(person, page)):
        result = MatchResult(min(result.score, strength.NAME_ONLY_CAP), Decision.POSSIBLE, (*reasons, why))
        reasons = result.reasons
    if len(named) > 1:
        reasons = (*reasons, f"page lists {len(named)} people; judged on {person.name}'s own entry")
    return MatchResult(result.score, result.decision, reasons, person, index)


def _sole_in_town(result: MatchResult) -> bool:
    """True when the person's whole name is the registry's one clinician's and the page names the subject's town."""
    return any(r.startswith(rarity.ONLY_ONE) for r in result.reasons)


# The site's name after the last dash or bar of a title, and what brackets add (a place, a credential).
_TITLE_SITE = re.compile(r"\s+[-|–—·:]\s+[^-|–—·:]*$")
_BRACKETED = re.compile(r"\([^)]*\)")


def _titled_by_name(title: str, person: PersonRecord) -> bool:
    """The page's title is the headline person's name alone, in either order, with at most a bracketed place and the
    site's name: the page is that person's record, not a story with a headline."""
    if person.read_from[:1] not in HEADLINE_LAYERS or not title:
        return False
    head = _BRACKETED.sub(" ", _TITLE_SITE.sub("", title.strip()))
    words, name = fold(head).split(), fold(person.name).split()
    return len(name) >= 2 and sorted(words) == sorted(name)


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
