"""The user's handle held by a namesake: an account at it that shows the subject's own given and family name
and says on its own page that it is another person of that name.

A handle built from a name ("pembads", "annlee", "drkim") is taken on each network by whoever came first,
and on a network the subject never joined that is often a namesake: the same given and family name, another
life ("Pemba Dawa Sherpa · trekking guide"). Where the names differ ``provenance.held_by_another`` already
holds the account at "possible"; where they agree, only what the account says about its own person tells
them apart: a middle name or generation the subject's registry record does not have ("Pemba Dawa Sherpa"
for PEMBA DORJE SHERPA), a middle name other than the one the user typed, or another profession ("Anna
Lee, RN"), or a trade and a place that are not the subject's ("Florist in Bandung, West Java": ``handle_trade``,
whatever name the account shows). Each holds the account at "possible" for the user to answer ('Is this you?');
the user's word still stands against everything else (a bio naming nobody, a nickname, a hobby).
"""

from __future__ import annotations

from footprint.match import conflicts, handle_business, handle_trade, profession
from footprint.match.name_fit import subject_names
from footprint.models import Decision, Extracted, Identity, MatchResult, PersonRecord

NAMESAKE = 0.55  # the user's handle, a namesake's own account by its page: for the user to answer


def held(identity: Identity, page: Extracted, markup: MatchResult, handle: str, where: str = "") -> MatchResult | None:
    """POSSIBLE when the account at the user's handle ``handle`` names its person by the subject's name and its page
    says that person is another of the name (``markup``: what the page's own content says); None otherwise."""
    person = markup.person or (page.people[0] if page.people else None)
    if person is not None and _mentioned(person):
        # The subject's name in the bio's running text ("Kevin Tran Eyes @kevintraneyes ..."): the account's own
        # person is the one its headline or markup names.
        person = next((p for p in page.people if p.name.strip() and not _mentioned(p)), None)
    if person is None or not person.name.strip():
        return None
    said = _another(identity, person, page, markup)
    if not said:
        return None
    why = (
        f"@{handle.lstrip('@')} on {where or page.site_id} is your handle, but the page names {person.name}: {said}; "
        "on this network the handle may be a namesake's (answer 'Is this you?')"
    )
    return MatchResult(NAMESAKE, Decision.POSSIBLE, (why,), markup.person, markup.person_index)


def _mentioned(person: PersonRecord) -> bool:
    """A name only the page's running text holds (a phrase, someone thanked): not the account's own person."""
    return bool(person.read_from) and all(r.startswith("name:text") for r in person.read_from)


def _another(identity: Identity, person: PersonRecord, page: Extracted, markup: MatchResult) -> str:
    """What on the account's page says its person is not the subject, or ""."""
    names = subject_names(identity.subject)
    record = identity.npi_record
    said = [
        *conflicts.registry_name(record, names, person.name),
        *conflicts.registry_generation(record, names, person.name),
        *(r for r in markup.reasons if r.startswith("middle name differs")),
    ]
    if said:
        return said[0]
    other = profession.another_profession(person, page.title)
    if other:
        return f"the page gives this person another profession ({other})"
    return handle_trade.trade_elsewhere(identity, person, page) or handle_business.sells_elsewhere(
        identity, person, page
    )
