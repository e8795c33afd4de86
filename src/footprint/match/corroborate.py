"""What pages already judged say about the others: the subject's relatives and age.

A people-search record confirmed by strong evidence lists the subject's relatives and age. A page
left "possible" that names the same husband or child (a school newsletter, a personal account) is
judged again knowing them. A broker record that fits by name and city but gives another age than the
subject's best-established record cannot be the same person: it is held at "possible".
"""

from __future__ import annotations

from dataclasses import replace

from footprint.models import Decision, Identity, Match, MatchResult, PageKind

AGE_SLACK = 3  # brokers round and lag: ages this close are the same person's
AGE_CAP = 0.6


def with_kin(identity: Identity, matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """Pages left "possible" judged again knowing the subject's relatives from confirmed pages; then broker
    records whose age contradicts the subject's best-established age held at "possible"."""
    from footprint.match import match

    kin = tuple(
        dict.fromkeys(
            r
            for m in matches
            if m.result.decision == Decision.CONFIRMED and m.result.person is not None
            for r in m.result.person.relatives
        )
    )
    if kin:
        knowing = replace(identity, relatives=kin)
        matches = tuple(
            Match(m.page, match(knowing, m.page)) if m.result.decision == Decision.POSSIBLE else m for m in matches
        )
    return with_ages(matches)


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
