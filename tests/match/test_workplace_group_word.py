"""A patient's "Dr. Ruelas at Juniper Mesa Surgical": the practice the user named, Juniper Mesa Surgical Associates,
written without the partnership word patients leave off, though its other words are English words and "Mesa" a
town's name (``workplace.shortened``). Hand-made records: Tova Ruelas, a general surgeon in Flagstaff, AZ."""

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


def test_the_practice_named_without_its_partnership_word_is_her_workplace() -> None:
    """ "Dr. Ruelas at Juniper Mesa Surgical": patients leave "Associates" off, though "Juniper Mesa" alone is a
    place's name and its words are English words."""
    assert _post("Dr. Ruelas at Juniper Mesa Surgical. She was great, fast and funny.") == Decision.LIKELY


def test_the_place_alone_or_another_practice_is_no_workplace() -> None:
    assert _post("Dr. Ruelas at Juniper Mesa. She was great.") != Decision.LIKELY
    assert _post("Dr. Ruelas at Juniper Mesa Dental. She was great.") != Decision.LIKELY
    assert _post("Dr. Ruelas at Flagstaff Surgical. She was great.") != Decision.LIKELY
