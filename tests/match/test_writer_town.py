"""A patient's post names the doctor by the title and family name in the writer's words of the field ("My
psychiatrist, Dr. Ferris") and says where the writer lives (a byline, a profile line), a town of the doctor's metro
area, not the doctor's city (``match.writer_town``). Hand-made records: Lena Ferris, a psychiatrist in Plano, TX."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

PLANO = Address("4100 W 15TH ST", "Plano", "TX", "75093", "LOCATION")
RECORD = NpiRecord(
    "1245319601", "Lena", "Ferris", credential="MD", addresses=(PLANO,),
    taxonomies=("Psychiatry & Neurology, Psychiatry",),
)  # fmt: skip
WHO = Identity(make_subject("Lena Ferris"), (), RECORD, 1, field_peers=(RECORD,))
MENTION = "My psychiatrist, Dr. Ferris, did not push. She said we could try it for three months."
BYLINE = "Written by Dana Lowe. Mom of two, bad at mornings. Frisco, TX."


def _post(mention: str = MENTION, byline: str = BYLINE, who: Identity = WHO) -> Decision:
    text = f"One year on medication. A year ago I could not get out of bed. {mention} Still here. {byline}"
    doctor = PersonRecord("Dr. Ferris", read_from=("name:text",), context=f"{mention} [page: One year on medication]")
    page = Extracted("https://slowlyup.example/2026/04/one-year", "slowlyup", PageKind.NEWS,
                     title="One year on medication", text=text, people=(doctor,))  # fmt: skip
    return match(who, page).decision


def test_the_writers_town_in_the_doctors_metro_with_the_field_names_her() -> None:
    assert _post() == Decision.LIKELY


def test_no_town_a_far_town_or_another_field_leaves_it_for_the_user() -> None:
    assert _post(byline="Written by Dana Lowe. Mom of two.") != Decision.LIKELY
    assert _post(byline=BYLINE + " Moving to Amarillo next year.") != Decision.LIKELY
    assert _post(mention="My neighbour, Dr. Ferris, did not push.") != Decision.LIKELY


def test_another_clinician_of_the_field_and_name_in_her_city_leaves_it_for_the_user() -> None:
    rival = NpiRecord("1245319602", "Paul", "Ferris", credential="MD", addresses=(PLANO,),
                      taxonomies=("Psychiatry & Neurology, Psychiatry",))  # fmt: skip
    assert _post(who=replace(WHO, field_peers=(RECORD, rival))) != Decision.LIKELY
