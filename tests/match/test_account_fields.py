"""The field an account's own title names in everyday words picks the one registry record of the name in that
field: "Dr. Leo | headache doc on TikTok" (LEOPOLD, neurology), "kid kidneys" (pediatric nephrology)."""

from __future__ import annotations

from footprint.match.pinning import field_in_title
from footprint.models import Address, NpiRecord
from footprint.specialties import groups_of

RECORD = NpiRecord(
    "1234567893", "Orrin", "Quillfeather", "M", "MD", ("Psychiatry & Neurology, Neurology",),
    (Address("400 Hawthorne Ln", "Charlotte", "NC", "28204", "LOCATION"),),
)  # fmt: skip
KIDNEYS = NpiRecord("1447208020", "Orrin", "Quillfeather", taxonomies=("Pediatrics, Pediatric Nephrology",))
SKIN = NpiRecord("1245319599", "Orrin", "Quillfeather", taxonomies=("Dermatology",))


def test_an_accounts_everyday_word_for_its_field_picks_the_record_in_that_field() -> None:
    """ "Dr. Orrin | headache doc on TikTok": the record of the name in neurology, not the namesake dermatologist."""
    assert groups_of("headache doc") == {"neurology"} and groups_of("your friendly eye doctor") == {"ophthalmology"}
    assert groups_of("cancer gala") == frozenset() and groups_of("a poem about my eye") == frozenset()
    skin = NpiRecord("1245319599", "Orrin", "Quillfeather", taxonomies=("Dermatology",))
    assert field_in_title((RECORD, skin), ["Dr. Orrin | headache doc on TikTok"]) == [RECORD]
    assert field_in_title((RECORD, skin), ["Dr. Orrin | doc on TikTok"]) == []


def test_an_accounts_title_names_its_field_by_organ_and_patients() -> None:
    assert field_in_title((KIDNEYS, SKIN), ["Dr. Orrin | kid kidneys on TikTok"]) == [KIDNEYS]
    assert field_in_title((KIDNEYS, SKIN), ["Dr. Orrin | skin stuff"]) == [SKIN]
    assert field_in_title((KIDNEYS, SKIN), ["Dr. Orrin | kids, coffee and hiking"]) == []  # patients alone: no field
    assert groups_of("her kidneys were failing") == frozenset()  # running text names no field
