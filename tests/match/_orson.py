"""The hand-made subject two matching test modules share: a vascular surgeon practising in Tulsa, OK, with his
registry record (the broker pages each module builds differ: his home, his former town)."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.models import Address, Identity, NpiRecord

RECORD = NpiRecord(
    "1245319599", "ORSON", "PELLWORTH", "QUILL", "MD", ("Vascular Surgery",),
    (Address("12 Main St", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0140",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Orson Pellworth"), (), RECORD)
