"""A patient's "an appointment on Larkspur Street in Flagstaff, and the doctor there, Dr. Ruelas": the street the NPI
record gives for the subject's practice, written without its number beside a title and one name, in the subject's
town (``match.practice_street``). Hand-made records: Tova Ruelas, a general surgeon at 410 N Larkspur St, Flagstaff."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1245319599", "Tova", "Ruelas", credential="MD", taxonomies=("Surgery",),
    addresses=(Address("410 N LARKSPUR ST SUITE 200", "Flagstaff", "AZ", "86001", "LOCATION"),),
)  # fmt: skip
SUBJECT = make_subject("Tova Ruelas", state="AZ", practice="Juniper Mesa Surgical Associates")
WHO = Identity(SUBJECT, (), RECORD, 1, workplaces=("Juniper Mesa Surgical Associates",))


def _post(sentence: str, who: str = "Dr. Ruelas", title: str = "Gallbladder, gone", tail: str = "") -> Decision:
    text = f"{title}. Two months of heartburn, then four little incisions. {sentence} {tail}".strip()
    doctor = PersonRecord(who, read_from=("name:text",), context=f"{sentence} [page: {title}]")
    writer = PersonRecord("Jenna Orr", read_from=("name:author",), context=f"{sentence} · by Jenna Orr")
    page = Extracted("https://mamablog.example/2026/09/gone", "mamablog", PageKind.NEWS, title=title, text=text,
                     people=(doctor, writer))  # fmt: skip
    return match(WHO, page).decision


def test_the_practice_street_without_its_number_and_the_town_make_the_titled_name_hers() -> None:
    """ "An appointment on Larkspur Street, and the doctor there, Dr. Ruelas": the NPI record's practice street."""
    said = "Sent home with an appointment on Larkspur Street in Flagstaff, and the doctor there, Dr. Ruelas, was kind."
    assert _post(said) == Decision.LIKELY
    assert _post(said.replace("Larkspur Street", "Larkspur St")) == Decision.LIKELY


def test_the_street_without_the_town_or_another_street_leaves_it_for_the_user() -> None:
    said = "He walked out with an appointment on Larkspur Street, and the doctor there, Dr. Ruelas, was kind."
    assert _post(said) != Decision.LIKELY  # a Larkspur Street of another town
    other = "Sent home with an appointment on Aspen Street in Flagstaff, and the doctor there, Dr. Ruelas, was kind."
    assert _post(other) != Decision.LIKELY
