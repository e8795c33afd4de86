"""On a broker's page listing several records of a name, each record is judged on what it carries itself: a
relative the page lists under another record does not make a record without one the subject's."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Extracted, Identity, NpiRecord, PageKind, PersonRecord

OFFICE = Address("9 Crest Main St", "Springfield", "MA", "01103", "LOCATION")
RECORD = NpiRecord("1234567893", "ANNIKA", "QUILLBRAY", "", "M.D.", ("Urology",), (OFFICE,))
WHO = replace(Identity(make_subject("Annika Quillbray", state="MA"), (), RECORD), relatives=("Marcus Quillbray",))


def test_a_relative_listed_under_another_record_lends_nothing() -> None:
    bare = PersonRecord("Annika Quillbray", age=58, context="Annika Quillbray, 58", read_from=("record:labelled text",))
    other = PersonRecord("Theo Brandt", age=70, relatives=("Marcus Quillbray",), read_from=("record:labelled text",),
                         context="Theo Brandt, 70 · Related to Marcus Quillbray")  # fmt: skip
    text = "Annika Quillbray, 58 · Theo Brandt, 70 · Related to Marcus Quillbray"
    page = Extracted("https://people.example/quillbray", "people", PageKind.PEOPLE_SEARCH, text=text,
                     people=(bare, other))  # fmt: skip
    result = match(WHO, page)
    assert not result.decision.is_match, result.reasons
    assert not any("listed as the subject's relative" in r for r in result.reasons)
    own = replace(bare, relatives=("Marcus Quillbray",), context="Annika Quillbray, 58 · Related to Marcus Quillbray")
    assert match(WHO, replace(page, people=(own, other))).decision.is_match
