"""A patient's post names the doctor by the title and family name beside the practice's street ("Dr. Linden on
Harwood Lane") and says the writer's region, the state or a town of the doctor's metro area, not the doctor's town
(``match.street_region``). Hand-made records: Ada Linden, a family physician in Lexington, KY."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord


def _who(street: str) -> Identity:
    office = Address(street, "Lexington", "KY", "40503", "LOCATION")
    record = NpiRecord("1245319603", "Ada", "Linden", credential="MD", addresses=(office,),
                       taxonomies=("Family Medicine",))  # fmt: skip
    return Identity(make_subject("Ada Linden"), (), record, 1, field_peers=(record,))


def _post(street_words: str, region: str, street: str = "450 HARWOOD LN") -> Decision:
    mention = f"We finally got in with Dr. Linden on {street_words}, who did not make me feel like a crazy mom."
    text = f"Round four of ear infections. {mention} Tubes next. Parenting and carpool {region}."
    doctor = PersonRecord("Dr. Linden", read_from=("name:text",), context=f"{mention} [page: The ear saga]")
    page = Extracted("https://minivanmom.example/2026/03/ear-saga", "minivanmom", PageKind.NEWS,
                     title="The ear saga", text=text, people=(doctor,))  # fmt: skip
    return match(_who(street), page).decision


def test_the_practice_street_and_the_state_or_a_town_of_the_metro_name_her() -> None:
    assert _post("Harwood Lane", "in central Kentucky") == Decision.LIKELY
    assert _post("5th Street", "out of Nicholasville", street="120 5TH ST") == Decision.LIKELY


def test_no_region_a_far_town_or_a_street_every_town_has_leaves_it_for_the_user() -> None:
    assert _post("Harwood Lane", "in the suburbs") != Decision.LIKELY
    assert _post("Harwood Lane", "in central Kentucky, and summers in Paducah") != Decision.LIKELY
    assert _post("5th Street", "in central Kentucky", street="120 5TH ST") != Decision.LIKELY
    assert _post("Main Street", "in central Kentucky", street="120 MAIN ST") != Decision.LIKELY
