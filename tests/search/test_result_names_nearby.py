"""A member's bio signed with the given name and the family initial ("Abdi F.") places them by a suburb of the
subject's city ("Eden Prairie" for a Minneapolis doctor): the result is worth opening, as one naming the city is.
A town beyond commuting distance, or none, leaves it closed."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.models import Address, Identity, NpiRecord, SearchResult
from footprint.result_names import plausible

RECORD = NpiRecord("1245319631", "Abdirahman", "Farah", credential="MD", taxonomies=("Infectious Disease",),
                   addresses=(Address("701 Park Ave", "Minneapolis", "MN", "55415", "LOCATION"),))  # fmt: skip
SUBJECT = make_subject("Abdirahman Farah")
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD, 1)


def _result(snippet: str) -> SearchResult:
    return SearchResult(1, "https://bsky.app/profile/abdif.bsky.social", "Abdi F. (@abdif.bsky.social) — Bluesky",
                        snippet, "test")  # fmt: skip


def test_a_suburb_of_the_subjects_city_places_a_member_signed_with_the_initial() -> None:
    assert plausible(WHO, _result("bugs at the county hospital · Eden Prairie · Loons season ticket"))


def test_a_far_town_or_none_leaves_it_closed() -> None:
    assert not plausible(WHO, _result("bugs at the county hospital · Duluth · Loons season ticket"))
    assert not plausible(WHO, _result("bugs at the county hospital · Loons season ticket"))
