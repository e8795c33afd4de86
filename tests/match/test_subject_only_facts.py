"""A page that never says "doctor" (a property record, a business filing, a club roster) is the
subject's when her own record there carries a fact only she has: the NPI record's phone or
practice street, her licence. The name and her city alone, or a namesake's phone, stay possible."""

from __future__ import annotations

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Identity, NpiRecord, Page, PageKind, Probe, ProbePurpose, ProbeSource

RECORD = NpiRecord(
    "1234567893", "ZORA", "QUILLFEATHER", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),), phones=("701-555-0142",),
)  # fmt: skip
ZORA = Identity(make_subject("Dr. Zora Quillfeather", state="ND"), (), RECORD)


def _judge(owner_line: str) -> Decision:
    body = f"""<html><head><title>Parcel 0912-44 | Cass County property records</title></head><body><main>
    <h1>Parcel 0912-44</h1><p>Site address: 88 Birch Hollow Ln, Fargo, ND 58104</p>
    <h2>Owner</h2><p>{owner_line}</p><p>Assessed value: $412,300</p></main></body></html>"""
    url = "https://records.example/parcel/0912-44"
    probe = Probe("records.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.OTHER)
    return match(ZORA, extract(Page(probe, 200, body, "text/html", url), None)).decision


def test_the_registry_phone_on_a_record_that_never_says_doctor_makes_it_hers() -> None:
    assert _judge("Zora Quillfeather, Fargo, ND. Phone (701) 555-0142").is_match


def test_the_name_and_her_city_alone_stay_possible() -> None:
    assert _judge("Zora Quillfeather, Fargo, ND") in (Decision.POSSIBLE, Decision.REJECTED)


def test_a_namesakes_own_phone_does_not_make_it_hers() -> None:
    assert _judge("Zora Quillfeather, Fargo, ND. Phone (701) 555-0199") in (Decision.POSSIBLE, Decision.REJECTED)
