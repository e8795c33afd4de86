"""What pages already judged say about the others: the subject's relatives and age.

A people-search record confirmed by strong evidence lists the subject's relatives and age. A page
left "possible" that names the same husband or child (a school newsletter, a personal account) is
judged again knowing them. A broker record that fits by name and city but gives another age than the
subject's best-established record cannot be the same person: it is held at "possible".
"""

from __future__ import annotations

import re

from footprint.match import broker_place, lifted_household, namesakes, rejudge
from footprint.models import Decision, Identity, Match, MatchResult, PageKind, PersonRecord

AGE_SLACK = 3  # brokers round and lag: ages this close are the same person's
AGE_CAP = 0.6


def with_kin(identity: Identity, matches: tuple[Match, ...], judge: rejudge.Judge | None = None) -> tuple[Match, ...]:
    """Pages left "possible" judged once again knowing what the pages judged the subject's taught (``rejudge``:
    workplaces, relatives, phones, age and town); then broker records whose age contradicts the subject's
    best-established age held at "possible".

    A page left "possible" that presents a doctor of the subject's name ("Dr. Ana Ruiz, mom of Mateo")
    lends its relatives too: a broker's record of the name listing the same children is the subject.
    A page never corroborates itself: two independent pages agreeing on a doctor's name and family is
    what a careful reader goes by.
    """
    # A broker's record or a page that agrees with a namesake's broker record, not the subject's, is the namesake's:
    # held before it teaches.
    matches = namesakes.held(identity, matches)
    once = rejudge.knowing(identity, matches, judge)
    # A broker's record held at "possible" by its place alone teaches nothing until a fact only the subject has
    # lifts it (the workplace a confirmed profile gives, written on the record): then it teaches, as a record
    # confirmed at once would have, and the pages left "possible" are read once more knowing what it lists.
    lifted = {
        i
        for i, (m, again) in enumerate(zip(matches, once, strict=True))
        if broker_place.held_by_place(m)
        and again.result.decision.is_match
        and again.result.person_index == m.result.person_index  # the record held, not another of the page's
    }
    if lifted:
        view = tuple(once[i] if i in lifted else m for i, m in enumerate(matches))
        once = rejudge.knowing(identity, view, judge)
    once = lifted_household.relatives_pages(identity, matches, once)  # a broker record confirmed just now
    return namesakes.held(identity, with_ages(once))  # and once more: a page held here is not lifted back


def kin(matches: tuple[Match, ...], *, presented: bool) -> dict[str, tuple[str, ...]]:
    """Page URL → the subject's relatives it lists: pages judged the subject's (confirmed or likely: they are
    assessed as hers) and, with ``presented``, possible pages presenting a doctor of the subject's name."""
    return {
        m.page.url: m.result.person.relatives
        for m in matches
        if m.result.person is not None
        and m.result.person.relatives
        and (
            m.result.decision.is_match
            or (presented and m.result.decision == Decision.POSSIBLE and _a_doctor(m.result.person))
        )
    }


def _a_doctor(person: PersonRecord) -> bool:
    """The page calls this person a doctor: a credential after the name or "Dr." before it."""
    written = re.escape(person.name.split(",")[0].strip())
    return bool(person.credentials) or bool(written and re.search(rf"\b(?:Dr|Doctor)\.?\s+{written}", person.context))


def phones(matches: tuple[Match, ...]) -> dict[str, tuple[str, ...]]:
    """Page URL → the phones a broker's record judged the subject's lists (a phone number is one person's)."""
    return {
        m.page.url: m.result.person.phones
        for m in matches
        if m.page.kind == PageKind.PEOPLE_SEARCH
        and m.result.decision.is_match
        and m.result.person is not None
        and m.result.person.phones
    }


LIVED = "where the subject lived"  # the words of a former-town reason


def towns(matches: tuple[Match, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Page URL → the towns ((city, state)) a broker's record confirmed as the subject's lists, past ones too:
    a doctor's listings outlive a move (a ratings profile left at the group in the town they left)."""
    out = {}
    for m in matches:
        person = m.result.person
        if m.page.kind != PageKind.PEOPLE_SEARCH or m.result.decision != Decision.CONFIRMED or person is None:
            continue
        lived = tuple(dict.fromkeys((a.city.title(), a.state) for a in person.addresses if a.city and a.state))
        if lived:
            out[m.page.url] = lived
    return out


def with_ages(matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """A broker's record of the subject's name and city whose age is not the age of the subject's surest
    record (the confirmed one with the highest score) is another person's."""
    aged = [
        m
        for m in matches
        if m.page.kind == PageKind.PEOPLE_SEARCH
        and m.result.decision.is_match
        and m.result.person is not None
        and m.result.person.age is not None
    ]
    surest = max(
        (m for m in aged if m.result.decision == Decision.CONFIRMED), key=lambda m: m.result.score, default=None
    )
    if surest is None or surest.result.person is None or surest.result.person.age is None:
        return matches
    age = surest.result.person.age
    out = []
    for m in matches:
        theirs = m.result.person.age if m in aged and m.result.person is not None else None
        if theirs is None or m is surest or abs(theirs - age) <= AGE_SLACK or m.result.score > surest.result.score:
            out.append(m)
            continue
        why = f"age {theirs}, but the subject is {age} on {surest.page.url}: another person of the name"
        held = MatchResult(AGE_CAP, Decision.POSSIBLE, (*m.result.reasons, why), m.result.person, m.result.person_index)
        out.append(Match(m.page, held))
    return tuple(out)
