"""A hospital's rota of one field, titled so ("Cardiology On-Call – December 2026 | Pella Regional"), lists its doctors
by title, initial and family name, each week on a row of its own with the same cell number. The title's field is each
listed doctor's; one doctor on two rows is one person; and where the registry's clinicians of that field in the
subject's town hold no other of the family name, "Dr. P. van der Berg" there is the subject. Not without the
registry's answer, nor with another cardiologist of that family name in town."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.match.directory import titled_unit
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

PELLA = Address("404 Jefferson St", "Pella", "IA", "50219", "LOCATION")
RECORD = NpiRecord("1245319641", "Pieter", "van der Berg", credential="MD", addresses=(PELLA,),
                   taxonomies=("Internal Medicine, Cardiovascular Disease",))  # fmt: skip
SUBJECT = make_subject("Pieter van der Berg", state="IA")
WHO = Identity(SUBJECT, name_variants(SUBJECT), RECORD, 1, field_peers=(RECORD,))
TITLE = "Cardiology On-Call – December 2026 | Pella Regional Health"


def _rota(who: Identity = WHO, title: str = TITLE) -> Decision:
    rows = [
        PersonRecord("P. van der Berg", phones=("(641) 555-0188",), read_from=("record:labelled text",),
                     context=f"{week} · Dr. P. van der Berg · cell (641) 555-0188")
        for week in ("Dec 1-7", "Dec 15-21")
    ]  # fmt: skip
    other = PersonRecord("C. Ruiz", read_from=("name:card",), context="Dec 8-14 · Dr. C. Ruiz (Des Moines cover)")
    text = (
        f"{TITLE} Pella Regional Health – Staff. Dec 1-7 Dr. P. van der Berg cell (641) 555-0188 Dec 8-14 Dr. C. Ruiz"
    )
    page = Extracted("https://www.pellaregional.example.org/staff/oncall/cardiology-december-2026", "web",
                     PageKind.OTHER, title=title, people=(*rows, other), text=text)  # fmt: skip
    return match(who, page).decision


def test_the_one_cardiologist_of_the_name_in_town_on_its_cardiology_rota_is_him() -> None:
    assert _rota() == Decision.LIKELY


def test_without_the_registrys_answer_or_with_a_namesake_in_the_field_it_stays_possible() -> None:
    assert _rota(replace(WHO, field_peers=None)) == Decision.POSSIBLE
    namesake = replace(RECORD, number="1245319642", first_name="Paul")
    assert _rota(replace(WHO, field_peers=(RECORD, namesake))) == Decision.POSSIBLE
    assert _rota(title="On-Call – December 2026 | Pella Regional Health") == Decision.POSSIBLE


def test_a_title_names_one_field_for_its_list() -> None:
    assert titled_unit("Cardiology On-Call – December 2026 | Pella") == "Cardiology"
    assert titled_unit("Our Dermatology Physicians") == "Dermatology"
    assert titled_unit("Medical Staff") == ""
    assert titled_unit("Cardiology and Pulmonology Staff") == ""
