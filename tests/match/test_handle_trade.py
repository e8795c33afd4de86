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
        "Lash + brow artist, Garden Grove CA. Bridal eye looks, cut creases.",  # a place after a comma, with its state
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
        "Nail artist, Boulder, Colorado",  # the subject's own state, after a comma
        "Writer, Mother of two, Lover of dal bhat",  # capitals after a comma that name no place
    ],
)
def test_a_hobby_the_subjects_field_or_town_leave_the_account_the_users(bio: str) -> None:
    assert _decided("Nima La", bio)[0] == Decision.CONFIRMED


def test_the_accounts_own_person_is_judged_when_the_bio_also_writes_the_subjects_name() -> None:
    """ "Nima La Makeup @nimala · Nima Lamaputra's bridal looks": the bio's running text names the subject, but the
    account's own person is its headline's, a makeup artist in Pokhara."""
    from footprint.identity import make_subject, name_variants
    from footprint.match import match
    from footprint.models import Extracted, Identity, NpiRecord, PageKind, PersonRecord

    record = NpiRecord("1234567893", "Nima", "Lamaputra", credential="MD", taxonomies=("Family Medicine",),
                       addresses=(OFFICE,))  # fmt: skip
    subject = make_subject("Nima Lamaputra", handles=("@nimala",))
    bio = "Makeup artist in Pokhara, Nepal. Bridal looks."
    people = (
        PersonRecord(name="Nima La Makeup", context=bio, read_from=("name:og:title", "name:h1")),
        PersonRecord(name="Nima Lamaputra", context=f"Nima Lamaputra bridal looks. {bio}", read_from=("name:text",)),
    )
    page = Extracted(url="https://pins.example/nimala/", site_id="pins", kind=PageKind.OTHER, people=people,
                     text=f"Nima La Makeup @nimala {bio} Nima Lamaputra bridal looks.")  # fmt: skip
    result = match(Identity(subject, name_variants(subject), record), page)
    assert result.decision == Decision.POSSIBLE, result.reasons
