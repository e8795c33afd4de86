"""Matching decisions on the cases the demo depends on, with their reasons."""

from __future__ import annotations

from footprint.identity import make_subject
from footprint.match.person import match_person
from footprint.models import Address, Decision, Identity, NpiRecord, PageKind, PersonRecord

SUBJECT = make_subject("Dr. Robert A. Lindqvist, MD", specialty="Cardiology", city="Bend", state="OR")
RECORD = NpiRecord(
    "1234567893",
    "Robert",
    "Lindqvist",
    credential="MD",
    taxonomies=("Cardiovascular Disease",),
    addresses=(Address("10 Main St", "Bend", "OR", "97701", "LOCATION"),),
    phones=("541-555-0100",),
)
IDENTITY = Identity(SUBJECT, ("Robert Lindqvist",), RECORD)


def test_same_npi_decides_for_and_different_npi_decides_against() -> None:
    same = match_person(IDENTITY, PersonRecord("Dr. Robert Lindqvist", npi="1234567893"))
    other = match_person(IDENTITY, PersonRecord("Dr. Robert Lindqvist", npi="1386209476"))
    assert same.decision == Decision.CONFIRMED and "same NPI 1234567893" in same.reasons
    assert other.decision == Decision.REJECTED and any("different NPI" in r for r in other.reasons)


def test_taxonomy_aware_specialty_and_place_confirm() -> None:
    page = PersonRecord(
        "Dr. Robert Lindqvist, MD", specialties=("Cardiology",), addresses=(Address("10 Main St", "Bend", "OR"),)
    )
    result = match_person(IDENTITY, page)
    assert result.decision == Decision.CONFIRMED
    assert "same specialty: Cardiology" in result.reasons


def test_nickname_matches_with_a_reason() -> None:
    result = match_person(IDENTITY, PersonRecord("Bob Lindqvist", addresses=(Address("", "Bend", "OR"),)))
    assert any("nickname Bob→Robert" in r for r in result.reasons)
    assert result.decision != Decision.REJECTED


def test_another_state_specialty_and_degree_reject() -> None:
    result = match_person(
        IDENTITY,
        PersonRecord(
            "Robert Lindqvist, DO", specialties=("Pediatrics",), addresses=(Address("1 Elm", "Austin", "TX"),)
        ),
    )
    assert result.decision == Decision.REJECTED
    assert "different state: TX vs OR" in result.reasons


def test_another_family_name_is_rejected() -> None:
    assert match_person(IDENTITY, PersonRecord("Robert Lindgren")).decision == Decision.REJECTED


def _who(name: str, **kw: object) -> Identity:
    subject = make_subject(name, **kw)  # type: ignore[arg-type]
    return Identity(subject, (subject.name,))


def test_hyphenated_surname_matches_either_part_with_a_reason() -> None:
    who = _who("Dr. Claire Dubois-Hartmann, MD", specialty="Ophthalmology", city="Minneapolis", state="MN")
    page = PersonRecord(
        "Claire Hartmann, MD", specialties=("Ophthalmology",), addresses=(Address("", "Minneapolis", "MN"),)
    )
    result = match_person(who, page)
    assert result.decision.is_match
    assert any("Hartmann is one part of Dubois-Hartmann" in r for r in result.reasons)


def test_maiden_name_from_also_known_as() -> None:
    who = _who("Priya Holloway, MD", also_known_as=["Priya Subramanian"], city="Raleigh", state="NC")
    result = match_person(who, PersonRecord("Priya Subramanian, MD", addresses=(Address("", "Raleigh", "NC"),)))
    assert result.decision.is_match and "former or other name Subramanian" in result.reasons


def test_accents_and_transliteration_fold_to_the_same_person() -> None:
    who = _who("Dr. Aleksandr Kuznetsov, MD", city="Chicago", state="IL")
    result = match_person(who, PersonRecord("Alexander Kuznetsov, MD", addresses=(Address("", "Chicago", "IL"),)))
    assert result.decision.is_match
    female = match_person(who, PersonRecord("Alexandra Kuznetsova, MD", addresses=(Address("", "Chicago", "IL"),)))
    assert female.decision == Decision.REJECTED


def test_father_and_son_are_told_apart_by_suffix_and_relatives() -> None:
    who = _who("Dr. Thomas Okafor Jr., MD", city="Houston", state="TX")
    father = match_person(who, PersonRecord("Thomas Okafor Sr., MD", addresses=(Address("", "Houston", "TX"),)))
    assert not father.decision.is_match and any("different generation" in r for r in father.reasons)
    broker = PersonRecord("Thomas Okafor", addresses=(Address("", "Houston", "TX"),), relatives=("Thomas Okafor Jr",))
    result = match_person(who, broker)
    assert not result.decision.is_match and any("as a relative" in r for r in result.reasons)


def test_neighbouring_city_counts_through_the_zip_prefix() -> None:
    near = match_person(
        IDENTITY, PersonRecord("Robert Lindqvist, MD", addresses=(Address("", "Redmond", "OR", "97756"),))
    )
    far = match_person(
        IDENTITY, PersonRecord("Robert Lindqvist, MD", addresses=(Address("", "Portland", "OR", "97210"),))
    )
    assert any("nearby: Redmond" in r for r in near.reasons)
    assert near.score > far.score


def test_a_directory_page_is_judged_per_person() -> None:
    from footprint.match import match
    from footprint.models import Extracted

    # The subject's brother shares the practice, city and specialty: his fields must not confirm Robert.
    page = Extracted(
        url="https://example.org/bend-heart",
        site_id="x",
        kind=PageKind.DIRECTORY_LISTING,
        people=(
            PersonRecord("Erik Lindqvist, MD", specialties=("Cardiology",), addresses=(Address("", "Bend", "OR"),)),
            PersonRecord("Robert Lindqvist", specialties=("Pediatrics",), addresses=(Address("", "Austin", "TX"),)),
        ),
    )
    result = match(IDENTITY, page)
    assert result.decision == Decision.REJECTED
    assert any("page lists 2 people" in r for r in result.reasons)


def test_a_known_url_matches_whatever_its_scheme_or_trailing_slash() -> None:
    from footprint.match import same_page

    assert same_page("https://www.example.org/dr-doe", ("http://example.org/dr-doe/",))
    assert not same_page("https://www.example.org/dr-doe-2", ("http://example.org/dr-doe/",))


def test_a_page_without_a_name_in_its_markup_is_named_by_its_url() -> None:
    from footprint.match import match, slug_name
    from footprint.models import Extracted

    assert slug_name("https://www.zocdoc.com/doctor/robert-lindqvist-md-12345") == "Robert Lindqvist"
    page = Extracted(
        "https://doctor.webmd.com/doctor/robert-lindqvist-8c1f2e-overview",
        "webmd",
        "ratings_profile",
        people=(PersonRecord("", phones=("+15415550100",), addresses=(Address("", "Bend", "OR"),)),),
    )
    result = match(IDENTITY, page)
    assert result.decision.is_match and any("name from the page's URL" in r for r in result.reasons)
    other = Extracted(
        "https://doctor.webmd.com/doctor/jane-marsh-8c1f2e-overview",
        "webmd",
        "ratings_profile",
        people=(PersonRecord(""),),
    )
    assert match(IDENTITY, other).decision == Decision.REJECTED


def test_a_long_given_name_cut_short_is_the_same_name_but_not_a_shorter_name_of_its_own() -> None:
    from footprint.namematch import SubjectNames, fit

    seun = SubjectNames.of(make_subject("Oluwaseun Adeyemi"))
    assert fit(seun, "Seun Adeyemi").score >= 0.8
    josefina = SubjectNames.of(make_subject("Josefina Pena"))
    assert fit(josefina, "Jose Pena").score < 0.5
    meiling = SubjectNames.of(make_subject("Mei-Ling Chen"))
    assert fit(meiling, "Ling Chen").score < 0.5


def test_a_first_initial_before_the_name_the_subject_goes_by_is_the_subject() -> None:
    from footprint.namematch import SubjectNames, fit

    quill = SubjectNames.of(make_subject("Dr. Quill Marrowby"))
    assert fit(quill, "Dr. A. Quill Marrowby Jr., MD").score == 1.0
    assert fit(quill, "Ansel Quill Marrowby").score >= 0.8
    assert fit(quill, "Ansel Marrowby").score < 0.5  # the initial's name alone is another person
    assert fit(quill, "A. Marrowby").score < 0.5
