"""The hand-made subject three matching test modules share: Tova Ruelas, a general surgeon at 410 N Larkspur St,
Flagstaff, AZ, of Juniper Mesa Surgical Associates, and a patient's blog post naming her in one sentence."""

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


def post(sentence: str, who: str = "Dr. Ruelas", title: str = "Gallbladder, gone", tail: str = "") -> Decision:
    """A patient's post whose ``sentence`` names the doctor as ``who``, judged for her."""
    text = f"{title}. Two months of heartburn, then four little incisions. {sentence} {tail}".strip()
    doctor = PersonRecord(who, read_from=("name:text",), context=f"{sentence} [page: {title}]")
    writer = PersonRecord("Jenna Orr", read_from=("name:author",), context=f"{sentence} · by Jenna Orr")
    page = Extracted("https://mamablog.example/2026/09/gone", "mamablog", PageKind.NEWS, title=title, text=text,
                     people=(doctor, writer))  # fmt: skip
    return match(WHO, page).decision
