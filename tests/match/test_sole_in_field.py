"""A name three physicians share is common, but where the registry lists the other two in other fields, a page giving
the subject's field under the subject's whole name tells them apart ("Dr Ted Roe, pain specialist" where the other Ted
Roes are a dermatologist and a radiologist). Not when one of them shares the field, nor when the registry's count is
not all listed."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject, name_variants
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, MatchResult, NpiRecord, PageKind, PersonRecord

MOBILE = Address("1 Airport Blvd", "Mobile", "AL", "36608", "LOCATION")
MINE = NpiRecord("1245319621", "Theodore", "Quillhaven", credential="MD", addresses=(MOBILE,),
                 taxonomies=("Anesthesiology, Pain Medicine",))  # fmt: skip
SKIN = NpiRecord("1245319622", "Theodore", "Quillhaven", credential="MD", taxonomies=("Dermatology",),
                 addresses=(Address("2 Main St", "Birmingham", "AL", "35203", "LOCATION"),))  # fmt: skip
SCANS = NpiRecord("1245319623", "Theodore", "Quillhaven", credential="MD", taxonomies=("Diagnostic Radiology",),
                  addresses=(Address("3 Main St", "Scranton", "PA", "18503", "LOCATION"),))  # fmt: skip
SUBJECT = make_subject("Dr. Theodore Quillhaven")
WHO = Identity(SUBJECT, name_variants(SUBJECT), MINE, 3, registry_others=(SKIN, SCANS))


def _account(who: Identity) -> MatchResult:
    me = PersonRecord("Dr Theodore Quillhaven", context="Pain specialist. Nerve blocks, no more pills.",
                      read_from=("name:og:title",))  # fmt: skip
    page = Extracted("https://short.example/@dr.ted.quillhaven", "short.example", PageKind.SOCIAL_PROFILE,
                     title="Dr Theodore Quillhaven (@dr.ted.quillhaven)", people=(me,), text=me.context)  # fmt: skip
    return match(who, page)


def test_the_field_tells_her_from_namesakes_of_other_fields() -> None:
    result = _account(WHO)
    assert any("practise other fields" in r for r in result.reasons), result.reasons
    assert result.decision == Decision.LIKELY


def test_not_when_a_namesake_shares_the_field_or_the_count_is_not_all_listed() -> None:
    pain = replace(SCANS, taxonomies=("Anesthesiology, Pain Medicine",))
    assert not any("practise other fields" in r for r in _account(replace(WHO, registry_others=(SKIN, pain))).reasons)
    assert not any("practise other fields" in r for r in _account(replace(WHO, npi_candidates=5)).reasons)
