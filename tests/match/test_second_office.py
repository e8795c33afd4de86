"""A patient's "Dr. R at Juniper Mesa Surgical on Larkspur St. She also does clinic in Tuba City": the town a doctor
also works in is a second office, not a namesake's town (``match.second_office``). Hand-made records: Tova Ruelas, a
general surgeon in Flagstaff, AZ."""

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


def test_a_town_she_also_does_clinic_in_is_her_second_office_not_a_namesakes() -> None:
    """ "Dr. R at Juniper Mesa Surgical on Larkspur St. She also does clinic in Tuba City": a patient in
    Flagstaff naming the surgeon's outreach town; the town is no conflict."""
    said = "Dr. R at Juniper Mesa Surgical on Larkspur St. Young surgeon. She also does clinic in Tuba City."
    assert _post(said, who="Dr. R", tail="Location: Flagstaff") == Decision.LIKELY
    moved = said.replace("She also does clinic in", "She now works in")
    assert _post(moved, who="Dr. R", tail="Location: Flagstaff") != Decision.LIKELY


def test_another_town_said_of_the_doctor_still_holds_the_titled_name() -> None:
    from footprint.match.second_office import also_there

    said = "My sister also saw a Dr. Ruelas in Tuba City."
    assert not also_there(said, said.rfind(" in "))
    said = "Dr. Ruelas moved her practice to Tuba City."
    assert not also_there(said, said.rfind(" to "))
    said = "Dr. Ruelas runs an outreach clinic in Tuba City."
    assert also_there(said, said.rfind(" in "))
