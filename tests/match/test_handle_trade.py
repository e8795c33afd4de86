"""The user's handle on a network where a stranger holds it and says so by trade and place, as shops and
freelancers introduce themselves ("Florist in Pokhara, Nepal"): for the user to answer, whatever name the account
shows (the handle's own letters split into a name too). A hobby, the subject's field or the subject's own town
leave the account the user's. Hand-written pages."""

from __future__ import annotations

import pytest

from footprint.models import Address, Decision, ProbeSource
from tests.match._handle_page import decided

OFFICE = Address("12 Clinic Way", "Denver", "CO", "80203", "LOCATION")


def _decided(shown: str, bio: str, source: ProbeSource = ProbeSource.SEARCH_RESULT) -> tuple[Decision, str]:
    return decided("Nima Lamaputra", "nimala", OFFICE, "Family Medicine", shown, bio, source)


@pytest.mark.parametrize("source", [ProbeSource.HANDLE, ProbeSource.SEARCH_RESULT])
@pytest.mark.parametrize(
    "bio",
    [
        "Florist in Pokhara, Nepal. Weddings and temple garlands.",
        "Wedding photographer based in Kathmandu · 2,100 followers",
        "Architect in Lalitpur. Courtyards and brick.",
    ],
)
def test_a_trade_practised_elsewhere_is_for_the_user_to_answer(bio: str, source: ProbeSource) -> None:
    decision, why = _decided("Nima La", bio, source)
    assert decision == Decision.POSSIBLE
    assert "the account's bio says its person is" in why and "Is this you?" in why


@pytest.mark.parametrize(
    "bio",
    [
        "Amateur florist. Garlands, dal bhat and cricket.",  # a pastime
        "Family doctor in Denver. Weekend photographer.",  # the subject's field
        "Florals, momos and mountains.",  # no trade
        "Garden photographer in Denver, CO",  # the subject's own town
    ],
)
def test_a_hobby_the_subjects_field_or_town_leave_the_account_the_users(bio: str) -> None:
    assert _decided("Nima La", bio)[0] == Decision.CONFIRMED
