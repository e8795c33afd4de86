"""A relative's own page about the subject (a sister's family blog, a grandmother's post) ties the doctor to family
members by name in public, as a broker's "Relatives" list does, though none of its sentences says "his wife": it is
reported as family_information. Hand-made records: the Tulsa surgeon Orson Pellworth, whose people-search record
lists Wren, Milo and Ada Pellworth."""

from __future__ import annotations

from footprint.assess import assess
from footprint.match import household, kin_page, match
from footprint.models import Decision, Extracted, Match, MatchResult, PageKind, PersonRecord
from tests.match._orson import WHO, broker

BROKER = broker("Wren Pellworth", "Milo Pellworth", "Ada Pellworth")
BLOG = (
    "Thanksgiving at the farmhouse. Posted by Wren Pellworth. Orson carved the turkey again, Milo burned the rolls "
    "and Ada beat everyone at cards."
)


def _family(text: str, *, as_matched: bool = True) -> set[str]:
    writer = PersonRecord("Wren Pellworth", read_from=("name:byline",))
    page = Extracted("https://wrensfarmhouse.example/thanksgiving", "wrensfarmhouse", PageKind.OTHER,
                     title="Thanksgiving at the farmhouse", text=text, people=(writer,))  # fmt: skip
    record = Match(BROKER, match(WHO, BROKER))
    assert record.result.decision == Decision.CONFIRMED
    why = kin_page.by_relative(WHO, page, household.of(WHO, (record,))) if as_matched else ""
    reasons = (why,) if why else ("name matches: Orson",)
    found = assess(WHO, [Match(page, MatchResult(0.7, Decision.LIKELY, reasons, writer, 0))], {})
    return {f.highlight for f in found if f.category == "family_information"}


def test_a_sisters_blog_naming_him_with_the_relatives_his_record_lists_exposes_his_family() -> None:
    found = _family(BLOG)
    assert len(found) == 1
    assert "Milo" in next(iter(found)) and "Orson" in next(iter(found))


def test_a_page_not_matched_as_a_relatives_page_reports_no_family() -> None:
    assert _family(BLOG, as_matched=False) == set()
