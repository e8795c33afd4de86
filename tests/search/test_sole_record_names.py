"""The legal first name of the registry's only physician of the typed name, asked before any page pins the record.

A user types "Leo Fairclough"; the registry's only physician of the name is LEOPOLD MARTIN FAIRCLOUGH. Hospital
directories and boards list "Leopold M. Fairclough, MD", which no query for "Leo" finds; the first pass asks the
legal name as it asks the record's place and field, and asks no guessed formal name ("Leonard") beside it."""

from __future__ import annotations

from footprint.identity import make_subject, name_variants
from footprint.models import Address, Identity, NpiRecord
from footprint.search_queries import queries

RECORD = NpiRecord(
    "1234567893", "LEOPOLD", "FAIRCLOUGH", "MARTIN", taxonomies=("Neurology",),
    addresses=(Address(street="1 Main St", city="Charlotte", state="NC", postal_code="28207"),),
)  # fmt: skip


def _who(*namesakes: NpiRecord) -> Identity:
    subject = make_subject("Dr. Leo Fairclough")
    return Identity(subject, name_variants(subject), npi_namesakes=namesakes)


def test_the_only_records_legal_name_is_asked_as_directories_list_it() -> None:
    made = queries(_who(RECORD), 19)
    assert '"Leopold Fairclough" Charlotte' in made
    assert '"Leopold M. Fairclough" Neurology' in made
    assert not any("Leonard" in q for q in made)  # the record says which formal name: no guess


def test_with_several_records_no_legal_name_is_taken() -> None:
    other = NpiRecord("1234567894", "LEONARD", "FAIRCLOUGH", "R", addresses=RECORD.addresses)
    made = queries(_who(RECORD, other), 19)
    assert not any("Leopold" in q for q in made)
