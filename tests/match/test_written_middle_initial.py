"""A page that presents "Dr. Talia Brennick" in its headline but writes her "Dr. Talia R. Brennick" in its own
bio is R.'s page: when the subject's registry record gives another middle name (SOFIA), the page is a namesake's
at most "possible", however well the city agrees. A page that also writes the record's initial, or a broker's
page (whose text holds other records of the name), is not held back so."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.models import Address, Decision, Extracted, Identity, NpiRecord, PageKind, PersonRecord

HERS = NpiRecord(
    "1245319599", "Talia", "Brennick", "Sofia", "MD", ("Pediatrics",),
    (Address("100 Main St", "Hartford", "CT", "06103", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Talia Brennick"), (), HERS)
BIO = "About Dr. Talia Brennick · Dr. Talia Brennick · Dr. Talia R. Brennick has seen adults in Hartford for years."
PAGE = Extracted(
    "https://brennick-practice.example/about",
    "",
    PageKind.PERSONAL_SITE,
    title="About Dr. Talia Brennick | Hartford",
    text=BIO,
    people=(
        PersonRecord(
            "Talia Brennick", addresses=(Address(city="Hartford", state="CT"),), context=BIO,
            read_from=("name:title", "name:h1"),
        ),
        PersonRecord("Hartford Hospital", context=BIO, read_from=("name:text",)),
    ),
)  # fmt: skip


def test_another_initial_in_the_pages_own_words_holds_it_at_possible() -> None:
    result = match(WHO, PAGE)
    assert result.decision == Decision.POSSIBLE
    assert any("the page also writes the name with R, but" in r for r in result.reasons)


def test_the_records_own_initial_on_the_page_keeps_it_the_subjects() -> None:
    text = f"{BIO} Dr. Talia S. Brennick joined in 2004."
    page = replace(PAGE, text=text, people=tuple(replace(p, context=text) for p in PAGE.people))
    result = match(WHO, page)
    assert result.decision.is_match
    assert not any("also writes the name" in r for r in result.reasons)


def test_without_the_other_initial_the_page_is_hers() -> None:
    text = BIO.replace("Talia R. Brennick", "Talia Brennick")
    page = replace(PAGE, text=text, people=tuple(replace(p, context=text) for p in PAGE.people))
    assert match(WHO, page).decision.is_match


def test_a_psychologists_practice_is_another_profession() -> None:
    page = replace(PAGE, title="About Dr. Talia Brennick | Brennick Psychological Services | Hartford")
    text = BIO.replace("Talia R. Brennick", "Talia Brennick")
    page = replace(page, text=text, people=tuple(replace(p, context=text) for p in PAGE.people))
    result = match(WHO, page)
    assert result.decision == Decision.REJECTED
    assert any("another profession" in r for r in result.reasons)
