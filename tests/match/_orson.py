"""The hand-made subject two matching test modules share: a vascular surgeon practising in Tulsa, OK, with his
registry record, and the broker page listing his Tulsa home with the relatives a module gives it."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

RECORD = NpiRecord(
    "1245319599", "ORSON", "PELLWORTH", "QUILL", "MD", ("Vascular Surgery",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0140",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Orson Pellworth"), (), RECORD)


def broker(*relatives: str) -> Extracted:
    """His people-search record: the home at 118 Birch Ln, Tulsa, his number, and ``relatives``."""
    home = Address("118 Birch Ln", "Tulsa", "OK", "74105", "home")
    record = PersonRecord("Orson Quill Pellworth", addresses=(home,), phones=("918-555-0140",), relatives=relatives)
    return Extracted("https://people.example/orson-pellworth", "people", PageKind.PEOPLE_SEARCH, people=(record,))
