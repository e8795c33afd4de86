"""What the user's answers to "Is this you?" change in a scan.

A page answered ``mine`` is scanned as a known URL (confirmed, so assessed),
and a social account answered ``mine`` also as a known handle (its posts are
then the subject's). A page answered ``not me`` is set aside: judged
rejected with that reason, and so is the rest of the same account on that
site. The answers themselves live in the history database
(:mod:`footprint.history.answers`); this module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from footprint.models import Answer, Decision, Identity, Match, MatchResult, Subject

NOT_ME_REASON = "you said this page is not about you (footprint review)"


def with_answers(subject: Subject, given: Iterable[tuple[str, Answer, str]]) -> Subject:
    """``subject`` with its answers applied: (url, answer, account handle) each."""
    known, handles, not_me = list(subject.known_urls), list(subject.handles), []
    for url, answer, handle in given:
        if answer == Answer.MINE:
            # Imported here, not above: with no answers (the usual scan) the matching stage and the page
            # readers it imports load on the side thread while the first requests wait, not before them.
            from footprint.match import same_page

            if not same_page(url, tuple(known)):
                known.append(url)
            if handle and not any(h.lstrip("@").lower() == handle.lstrip("@").lower() for h in handles):
                handles.append(f"@{handle.lstrip('@')}")
        elif answer == Answer.NOT_ME:
            not_me.append(url)
    return replace(subject, known_urls=tuple(known), handles=tuple(handles), not_me_urls=tuple(not_me))


def set_aside(who: Identity, matches: Sequence[Match]) -> tuple[Match, ...]:
    """The matches with every page the user said is not them (and the rest of that account) rejected."""
    from footprint.match import same_page

    refused = who.subject.not_me_urls
    if not refused:
        return tuple(matches)
    accounts = {
        (m.page.site_id, m.page.person.handle)
        for m in matches
        if m.page.person is not None and m.page.person.handle and same_page(m.page.url, refused)
    }
    out = []
    for m in matches:
        person = m.page.person
        mine = same_page(m.page.url, who.subject.known_urls)
        account = (m.page.site_id, person.handle) if person is not None and person.handle else None
        if not mine and (same_page(m.page.url, refused) or account in accounts):
            m = Match(m.page, MatchResult(0.0, Decision.REJECTED, (NOT_ME_REASON,)))
        out.append(m)
    return tuple(out)
