"""A doctor known by an everyday form of the middle name ("Ned" for ANSELM OSWALD VORDERBROOK III) is written
by pages in every form of the registry's full name: 'A. Edward "Ned" Vorderbrook III', "A. Edward Vorderbrook",
"Anselm O. Vorderbrook III". Once the registry record is the subject's (here chosen by what the pages of the
name agree on), each form names the subject; the father of the same name ("Jr.") and his own pages stay out."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match
from footprint.match.consensus import by_the_web
from footprint.models import Address, Extracted, Identity, Match, NpiRecord, PageKind, PersonRecord
from footprint.namematch import SubjectNames, fit

SON = NpiRecord(
    "1245319599", "Anselm", "Vorderbrook", "Edward", "MD", ("Thoracic Surgery (Cardiothoracic Vascular Surgery)",),
    (Address("40 Mill Rd", "Salina", "KS", "67401", "LOCATION"),), suffix="III",
)  # fmt: skip
FATHER = NpiRecord(
    "1234567893", "Anselm", "Vorderbrook", "Edward", "MD", ("Family Medicine",),
    (Address("9 Oak Ave", "Hays", "KS", "67601", "LOCATION"),), suffix="Jr.",
)  # fmt: skip
WHO = Identity(make_subject("Dr. Ned Vorderbrook", state="KS"), (), None, 2, (SON, FATHER))
NAMES = SubjectNames.of(WHO.subject)


def _page(url: str, person: PersonRecord, kind: PageKind = PageKind.OTHER) -> Extracted:
    return Extracted(url, url.split("/")[2], kind, people=(person,))


def test_the_name_set_off_in_quotes_is_the_one_the_person_goes_by() -> None:
    found = fit(NAMES, 'A. Edward "Ned" Vorderbrook III, MD')
    assert found.score == 1.0 and any("known as Ned" in r for r in found.reasons)


def test_the_middle_name_of_the_everyday_name_after_an_initial_fits_like_a_nickname() -> None:
    assert fit(NAMES, "A. Edward Vorderbrook").score >= 0.85
    assert fit(NAMES, "A. Lowell Vorderbrook").score < 0.5  # another middle name is another man
    assert fit(NAMES, "Anselm Vorderbrook").score < 0.5  # the legal first name alone: not before a record is his


BIO = _page(
    "https://heartsurgeons.example/ossie",
    PersonRecord('A. Edward Vorderbrook III, MD', aliases=("Ned Vorderbrook III",), credentials=("MD",),
                 specialties=("Cardiothoracic Surgery",)),
)  # fmt: skip
STORY = _page(
    "https://news.example/valve",
    PersonRecord("A. Edward Vorderbrook", context="Dr. A. Edward Vorderbrook, a heart surgeon in Salina, Kansas",
                 addresses=(Address("", "Salina", "KS"),)),
    PageKind.NEWS,
)  # fmt: skip
COURT = _page(
    "https://court.example/case",
    PersonRecord("Anselm O. Vorderbrook III", credentials=("MD",), addresses=(Address("", "Salina", "KS"),)),
    PageKind.OFFICIAL_RECORD,
)
FATHERS = _page(
    "https://ratings.example/father",
    PersonRecord("Dr. Anselm O. Vorderbrook Jr., MD", credentials=("MD",), specialties=("Family Medicine",),
                 addresses=(Address("9 Oak Ave", "Hays", "KS"),)),
    PageKind.RATINGS_PROFILE,
)  # fmt: skip


def _judged(pages: list[Extracted]) -> tuple[Identity, tuple[Match, ...]]:
    first = tuple(Match(p, match(WHO, p)) for p in pages)
    return by_the_web(WHO, first, lambda who, page: match(who, page))


def test_the_generation_the_pages_write_tells_the_son_from_the_father_of_one_name_and_middle_initial() -> None:
    who, _ = _judged([BIO, STORY, COURT, FATHERS])
    assert who.npi_record == SON


def test_once_the_record_is_chosen_its_full_name_names_the_subject_and_the_fathers_page_stays_out() -> None:
    who, judged = _judged([BIO, STORY, COURT, FATHERS])
    assert "Anselm Edward Vorderbrook" in who.subject.also_known_as and who.subject.name.endswith("III")
    bio, story, court, father = judged
    assert bio.result.decision.is_match and story.result.decision.is_match
    assert court.result.decision.is_match  # "Anselm O. Vorderbrook III": the legal name, the son's generation
    assert not father.result.decision.is_match


def test_a_relative_of_the_subjects_own_name_corroborates_nothing() -> None:
    # The son's people-search record lists his own son "Anselm E Vorderbrook IV"; the grandfather's listing,
    # which gives no generation, names "Anselm" too, and is not lifted by it.
    who, _ = _judged([BIO, STORY, COURT])
    kin = replace(who, relatives=("Anselm E Vorderbrook IV",))
    listing = _page(
        "https://ratings.example/grandfather",
        PersonRecord("Dr. Anselm E. Vorderbrook, MD", credentials=("MD",), context="Dr. Anselm E. Vorderbrook · 81"),
        PageKind.RATINGS_PROFILE,
    )
    judged = match(kin, listing)
    assert not judged.decision.is_match
    assert not any("relative" in r for r in judged.reasons)
