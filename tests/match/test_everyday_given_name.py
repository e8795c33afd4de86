"""An everyday given name the subject's own confirmed page writes beside the registered one ("Mei-Hua (Grace)
Tseng, MD") is read as the subject's name on the other pages, which still need a town, field or workplace. A page
of that name elsewhere (a namesake physician of that name in another city) is not lifted."""

from __future__ import annotations

from dataclasses import replace

from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.match.everyday import taught
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    MatchResult,
    NpiRecord,
    PageKind,
    PersonRecord,
)

RECORD = NpiRecord(
    "1245319599", "Mei-Hua", "Tseng", credential="MD", taxonomies=("Sports Medicine",),
    addresses=(Address("5 River Rd", "Eugene", "OR", "97401", "LOCATION"),),
)  # fmt: skip
WHO = Identity(make_subject("Dr. Mei-Hua Tseng", state="OR"), (), RECORD, 2)
BIO = PersonRecord("Mei-Hua Tseng", credentials=("MD",), context="Mei-Hua (Grace) Tseng, MD · Sports Medicine")
OWN = Extracted(
    "https://clinic.example/tseng", "clinic", PageKind.OTHER, title="Mei-Hua (Grace) Tseng, MD | Sports Medicine",
    people=(BIO,),
)  # fmt: skip
CONFIRMED = Match(OWN, MatchResult(1.0, Decision.CONFIRMED, ("x",), BIO, 0))


def _page(url: str, person: PersonRecord) -> Match:
    page = Extracted(url, url.split("/")[2], PageKind.DIRECTORY_LISTING, people=(person,))
    return Match(page, match(WHO, page))


def test_her_own_page_teaches_the_name_in_parentheses() -> None:
    assert taught(WHO, (CONFIRMED,)) == {OWN.url: ("Grace Tseng",)}


def test_a_page_of_the_everyday_name_in_her_town_and_field_is_lifted_and_says_which_page_taught_it() -> None:
    staff = _page("https://team.example/staff", PersonRecord("Grace Tseng, MD", specialties=("Sports Medicine",),
                                                             addresses=(Address("", "Eugene", "OR"),)))  # fmt: skip
    assert staff.result.decision == Decision.REJECTED  # "Grace" is no form of Mei-Hua
    _, lifted = with_kin(WHO, (CONFIRMED, staff))
    assert lifted.result.decision.is_match
    assert any("everyday name" in r and r.endswith(f"taught by {OWN.url}") for r in lifted.result.reasons)


def test_a_physician_of_the_everyday_name_in_another_city_and_field_stays_rejected() -> None:
    other = _page("https://ratings.example/grace", PersonRecord("Dr. Grace Tseng, DO", credentials=("DO",),
                  specialties=("Family Medicine",), addresses=(Address("", "Medford", "OR"),)))  # fmt: skip
    _, kept = with_kin(WHO, (CONFIRMED, other))
    assert kept.result == other.result


def test_a_brokers_record_teaches_nothing() -> None:
    broker = Extracted("https://people.example/t", "people", PageKind.PEOPLE_SEARCH,
                       title="Mei-Hua (Grace) Tseng", people=(BIO,))  # fmt: skip
    assert taught(WHO, (Match(broker, CONFIRMED.result),)) == {}


def test_her_confirmed_listing_under_the_adopted_name_and_her_initials_teaches_the_adopted_name() -> None:
    listing = PersonRecord("Dr. Grace M.H. Tseng, MD", credentials=("MD",), context="Sports Medicine · Eugene, OR")
    page = Extracted("https://ratings.example/tseng", "ratings", PageKind.RATINGS_PROFILE, people=(listing,))
    confirmed = Match(page, MatchResult(1.0, Decision.CONFIRMED, ("x",), listing, 0))
    assert taught(WHO, (confirmed,)) == {page.url: ("Grace Tseng",)}


def test_the_adopted_name_with_another_initial_teaches_nothing() -> None:
    listing = PersonRecord("Dr. Grace K. Tseng, MD", credentials=("MD",), context="Sports Medicine · Eugene, OR")
    page = Extracted("https://ratings.example/tseng", "ratings", PageKind.RATINGS_PROFILE, people=(listing,))
    confirmed = Match(page, MatchResult(1.0, Decision.CONFIRMED, ("x",), listing, 0))
    assert taught(WHO, (confirmed,)) == {}


def test_the_titled_nickname_quoted_after_the_family_name_is_taught() -> None:
    bio = PersonRecord(
        "Mei-Hua Tseng", credentials=("MD",), context='Dr. Tseng ("Dr. Mo" to her patients) trained here'
    )
    own = Match(
        replace(OWN, title="Mei-Hua Tseng, MD", people=(bio,)), MatchResult(1.0, Decision.CONFIRMED, ("x",), bio, 0)
    )
    assert taught(WHO, (own,)) == {OWN.url: ("Mo Tseng",)}
    other = replace(bio, context='Dr. Tseng and Dr. Lin ("Dr. Mo") share the clinic')
    assert not taught(WHO, (replace(own, result=replace(own.result, person=other)),))  # the quote is Dr. Lin's


def test_her_own_page_writing_the_typed_everyday_name_inside_the_registered_one_teaches_the_registered_one() -> None:
    """The user typed "Dr. Grace Tseng"; her practice's page writes 'Mei-Hua "Grace" Tseng, MD': a ratings page of
    Mei-Hua Tseng in her town and field is hers."""
    who = Identity(make_subject("Dr. Grace Tseng", specialty="Sports Medicine", city="Eugene", state="OR"), ())
    bio = PersonRecord('Mei-Hua "Grace" Tseng, MD', credentials=("MD",), context='Mei-Hua "Grace" Tseng, MD · Eugene')
    own = Extracted("https://clinic.example/tseng", "clinic", PageKind.OTHER, title="Dr. Grace Tseng", people=(bio,))
    confirmed = Match(own, MatchResult(1.0, Decision.CONFIRMED, ("known URL",), bio, 0))
    assert taught(who, (confirmed,)) == {own.url: ("Mei-Hua Tseng",)}
    ratings = Extracted(
        "https://ratings.example/mei-hua-tseng",
        "ratings",
        PageKind.RATINGS_PROFILE,
        people=(
            PersonRecord(
                "Dr. Mei-Hua Tseng, MD",
                credentials=("MD",),
                specialties=("Sports Medicine",),
                addresses=(Address("", "Eugene", "OR"),),
            ),
        ),
    )
    first = Match(ratings, match(who, ratings))
    assert first.result.decision == Decision.REJECTED  # "Mei-Hua" is no form of Grace
    _, lifted = with_kin(who, (confirmed, first))
    assert lifted.result.decision.is_match
