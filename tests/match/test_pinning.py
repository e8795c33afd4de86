"""A page the user gave picks the subject's NPI record among namesakes, and every page is judged again."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match import by_own_pages, match
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    PageKind,
    PersonRecord,
    ProbeSource,
)

FARGO = NpiRecord(
    "1245319599", "Zora", "Quillfeather", credential="MD", taxonomies=("Pediatrics",),
    addresses=(Address("1200 Elm Prairie Rd", "Fargo", "ND", "58103", "LOCATION"),), phones=("701-555-0142",),
)  # fmt: skip
TULSA = NpiRecord(
    "1234567893", "Zora", "Quillfeather", credential="MD", taxonomies=("Anesthesiology",),
    addresses=(Address("9 Cedar Way", "Tulsa", "OK", "74103", "LOCATION"),), phones=("918-555-0100",),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Zora Quillfeather"), (), None, 2, (FARGO, TULSA))


def _page(url: str, source: ProbeSource, person: PersonRecord) -> Extracted:
    return Extracted(url, "somewhere", PageKind.DIRECTORY_LISTING, people=(person,), source=source)


def _judged(pages: list[Extracted]) -> tuple[Identity, tuple[Match, ...]]:
    first = tuple(Match(p, match(WHO, p)) for p in pages)
    return by_own_pages(WHO, first, lambda who, page: match(who, page))


def test_the_page_the_user_gave_picks_the_record_and_the_others_are_judged_knowing_it() -> None:
    own = _page(
        "https://clinic.example/zora", ProbeSource.KNOWN_URL,
        PersonRecord("Zora Quillfeather, MD", addresses=(Address("", "Fargo", "ND"),)),
    )  # fmt: skip
    other = _page(
        "https://ratings.example/zora", ProbeSource.SEARCH_RESULT,
        PersonRecord("Zora Quillfeather", specialties=("Pediatrics",), addresses=(Address("", "Fargo", "ND"),)),
    )  # fmt: skip
    assert match(WHO, other).decision == Decision.POSSIBLE  # before: which of the two is she?
    who, judged = _judged([own, other])
    assert who.npi_record == FARGO and not who.npi_namesakes
    assert judged[1].result.decision.is_match


def test_a_page_that_fits_no_record_or_a_search_result_picks_nothing() -> None:
    elsewhere = _page(
        "https://clinic.example/zora", ProbeSource.KNOWN_URL,
        PersonRecord("Zora Quillfeather, MD", addresses=(Address("", "Boise", "ID"),)),
    )  # fmt: skip
    found = _page(
        "https://ratings.example/zora", ProbeSource.SEARCH_RESULT,
        PersonRecord("Zora Quillfeather", addresses=(Address("", "Fargo", "ND"),), phones=("701-555-0142",)),
    )  # fmt: skip
    who, _ = _judged([elsewhere, found])
    assert who.npi_record is None and len(who.npi_namesakes) == 2
