"""The user's handle on a network where a shop holds it: a bio that takes orders and says where, in a place that
is not the subject's ("Cake shop in Vientiane. Orders by WhatsApp.", "Ankara designs, Ikeja, Lagos. DM for custom
orders."): for the user to answer, whatever name the account shows. A side shop in the subject's own town, a bio
that says anything medical, or a place with no orders leave the account the user's. Hand-written pages."""

from __future__ import annotations

import pytest

from footprint.models import Address, Decision, ProbeSource
from tests.match._handle_page import decided

OFFICE = Address("40 Bayou Rd", "Baton Rouge", "LA", "70801", "LOCATION")


def _decided(shown: str, bio: str, source: ProbeSource = ProbeSource.SEARCH_RESULT) -> tuple[Decision, str]:
    return decided("Adaeze Nwachukwu", "adaeze.nwa", OFFICE, "Pediatrics", shown, bio, source)


@pytest.mark.parametrize("source", [ProbeSource.HANDLE, ProbeSource.SEARCH_RESULT])
@pytest.mark.parametrize(
    ("shown", "bio"),
    [
        ("Adaeze Nwachukwu", "Aso ebi and Ankara designs, Ikeja, Lagos. DM for custom orders."),
        ("Adaeze Nwachukwu", "Cake shop in Enugu. Small chops and wedding cakes. Orders via WhatsApp."),
        ("Adaeze Nwachukwu", "Handmade beads · based in Accra · message us for prices"),
    ],
)
def test_a_shop_taking_orders_elsewhere_is_for_the_user_to_answer(shown: str, bio: str, source: ProbeSource) -> None:
    decision, why = _decided(shown, bio, source)
    assert decision == Decision.POSSIBLE
    assert "takes orders" in why and "Is this you?" in why


@pytest.mark.parametrize(
    "bio",
    [
        "Ankara designs, Baton Rouge, Louisiana. DM for custom orders.",  # the subject's own town
        "Pediatrician in Lagos for a month of clinics. DM for orders of my book.",  # the subject's field
        "Ankara designs and jollof. Lekki, Lagos memories.",  # a place, no orders
        "Custom orders of knitted hats for the NICU, Baton Rouge.",  # orders in the subject's town
    ],
)
def test_a_side_shop_at_home_the_subjects_field_or_no_orders_leave_the_account_the_users(bio: str) -> None:
    assert _decided("Adaeze Nwachukwu", bio)[0] == Decision.CONFIRMED


@pytest.mark.parametrize(
    "bio",
    ["Skin and laser studio in Coral Gables. Call to book.", "We deliver at Mercy Westside, Omaha."],
)
def test_bookings_and_deliveries_are_no_shop_orders(bio: str) -> None:
    assert _decided("Adaeze Nwachukwu", bio)[0] == Decision.CONFIRMED
