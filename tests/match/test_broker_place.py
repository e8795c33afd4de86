"""A people-search record whose only agreement beyond the name is its city is one of the city's people of that
name: "possible" until a second fact agrees (the registry's middle initial, the practice's phone, a relative a
page of hers names, her maiden name among her relatives). Pages written for these tests, as brokers lay them out."""

from __future__ import annotations

from dataclasses import replace

from footprint.extract import extract
from footprint.identity import make_subject
from footprint.match import match, with_kin
from footprint.models import (
    Address,
    Decision,
    Extracted,
    Identity,
    Match,
    NpiRecord,
    Page,
    PageKind,
    PersonRecord,
    Probe,
    ProbePurpose,
    ProbeSource,
)

OFFICE = Address("410 Crest Lake Blvd Ste 2", "Duluth", "MN", "55805", "LOCATION")
RECORD = NpiRecord(
    "1234567893",
    "WILLA",
    "HARROWGATE",
    "JUNE",
    "MD",
    ("Nephrology",),
    (OFFICE,),
    ("218-555-0147",),
    enumerated="2009-07-01",
)
# The registry lists a second clinician of her name (a nurse practitioner in Rochester): the name is shared.
NAMESAKE = NpiRecord("1588776655", "WILLA", "HARROWGATE", "ROSE", "NP", ("Nurse Practitioner",))
WILLA = Identity(
    make_subject("Dr. Willa Harrowgate", specialty="Nephrology", city="Duluth", state="MN"),
    (),
    RECORD,
    npi_candidates=2,
    registry_others=(NAMESAKE,),
)


def _page(body: str, url: str = "https://people.example/name/willa-harrowgate/duluth-mn") -> Extracted:
    probe = Probe("people.example", url, ProbePurpose.PROFILE, ProbeSource.SEARCH_RESULT, PageKind.PEOPLE_SEARCH)
    return extract(Page(probe, 200, body, "text/html", url), None)


def _record(name: str, age: int, *lines: str) -> str:
    rows = "".join(f"<div>{line}</div>" for line in lines)
    return f"<div><h2>{name}, {age}</h2><div>Lives in Duluth, MN 55811</div>{rows}</div>"


def _body(*records: str) -> str:
    return f"<html><head><title>Willa Harrowgate in Duluth, MN</title></head><body>{''.join(records)}</body></html>"


def test_a_stranger_of_her_name_in_her_city_at_an_age_that_fits_is_only_possible() -> None:
    stranger = _record("Willa Harrowgate", 47, "Related to Dale Harrowgate, Kim Harrowgate", "Phone: (218) 555-0199")
    result = match(WILLA, _page(_body(stranger)))
    assert result.decision == Decision.POSSIBLE, result.reasons
    assert any("only by its place" in r for r in result.reasons)


def test_a_name_the_registry_gives_her_alone_is_told_apart_by_her_city_on_a_page_of_one_record() -> None:
    rare = replace(WILLA, npi_candidates=1, registry_others=())
    record = _record("Willa Harrowgate", 47, "Related to Dale Harrowgate")
    assert match(rare, _page(_body(record))).decision.is_match
    # A page listing another record of the name, or a relative of it, shows the name shared all the same.
    two = _body(record, _record("Willa Harrowgate", 71, "Related to Ron Harrowgate"))
    assert match(rare, _page(two)).decision == Decision.POSSIBLE
    mother = _record("Willa Harrowgate", 47, "Related to Willa Harrowgate, Dale Harrowgate")
    assert not match(rare, _page(_body(mother))).decision.is_match


def test_her_own_record_with_the_registrys_middle_initial_and_the_practice_phone_is_her() -> None:
    hers = _record("Willa J Harrowgate", 47, "Related to Dale Harrowgate", "Phone: (218) 555-0147")
    assert match(WILLA, _page(_body(hers))).decision.is_match
    # Either fact alone is a second agreement beside the city.
    initial = _record("Willa J Harrowgate", 47, "Related to Dale Harrowgate")
    assert match(WILLA, _page(_body(initial))).decision.is_match
    phone = _record("Willa Harrowgate", 47, "Phone: (218) 555-0147")
    assert match(WILLA, _page(_body(phone))).decision.is_match


def test_another_middle_initial_in_her_city_is_still_another_woman() -> None:
    other = _record("Willa K Harrowgate", 47, "Related to Dale Harrowgate")
    assert not match(WILLA, _page(_body(other))).decision.is_match


def test_on_a_list_only_the_record_carrying_a_second_fact_is_her() -> None:
    body = _body(
        _record("Willa Harrowgate", 52, "Related to Ron Harrowgate"),
        _record("Willa J Harrowgate", 45, "Related to Dale Harrowgate"),
        _record("Willa Harrowgate", 29),
    )
    result = match(WILLA, _page(body))
    assert result.decision.is_match, result.reasons
    assert result.person is not None and result.person.name == "Willa J Harrowgate" and result.person.age == 45


def test_her_maiden_name_among_her_relatives_is_a_second_fact() -> None:
    married = replace(
        WILLA,
        subject=make_subject("Dr. Willa Harrowgate", city="Duluth", state="MN", also_known_as=["Willa Stenberg"]),
        npi_record=replace(RECORD, middle_name=""),
    )
    parents = _record("Willa Harrowgate", 47, "Related to Arne Stenberg, Ingrid Stenberg, Dale Harrowgate")
    assert match(married, _page(_body(parents))).decision.is_match
    one = _record("Willa Harrowgate", 47, "Related to Ingrid Stenberg, Dale Harrowgate")
    assert match(married, _page(_body(one))).decision == Decision.POSSIBLE


def test_a_record_held_by_its_city_and_lifted_by_her_workplace_teaches_the_other_pages() -> None:
    # The record names her clinic; the clinic is hers by her confirmed profile. Once lifted, its relatives and
    # phone are hers: a second broker's record of her name listing the same husband is her too.
    who = replace(WILLA, npi_record=replace(RECORD, middle_name=""))
    profile = Extracted(
        "https://ratings.example/dr-willa-harrowgate",
        "Dr. Willa Harrowgate, MD",
        PageKind.RATINGS_PROFILE,
        people=(
            PersonRecord(
                "Willa Harrowgate",
                credentials=("MD",),
                specialties=("Nephrology",),
                practice="Lakeside Kidney Associates",
                addresses=(OFFICE,),
                read_from=("record:schema.org",),
            ),
        ),
    )
    first = _page(
        _body(_record("Willa Harrowgate", 47, "Related to Dale Okafor", "Works at Lakeside Kidney Associates")),
        "https://people.example/willa-harrowgate/1",
    )
    second = _page(
        _body(_record("Willa Harrowgate", 47, "Related to Dale Okafor")), "https://other-people.example/p/willa-h"
    )
    judged = tuple(Match(p, match(who, p)) for p in (profile, first, second))
    assert judged[0].result.decision.is_match
    assert judged[1].result.decision == Decision.POSSIBLE and judged[2].result.decision == Decision.POSSIBLE
    after = with_kin(who, judged)
    assert after[1].result.decision.is_match, after[1].result.reasons
    assert after[2].result.decision.is_match, after[2].result.reasons


def test_on_a_list_of_her_name_in_a_suburb_the_registrys_middle_initial_picks_her_record() -> None:
    """A list of three records of her name living in the next town: the one with the registry's middle initial,
    which none of the others has, is hers (likely); alone on its page the initial tells nothing from anybody."""
    typed = replace(WILLA, subject=replace(WILLA.subject, npi="1234567893"), npi_candidates=1, registry_others=())

    def suburb(name: str, age: int, kin: str) -> str:
        return f"<div><h2>{name}, {age}</h2><div>Lives in Hermantown, MN</div><div>Related to {kin}</div></div>"

    body = _body(
        suburb("Willa K Harrowgate", 49, "Ron Harrowgate"),
        suburb("Willa Harrowgate", 24, "Kim Harrowgate"),
        suburb("Willa J Harrowgate", 51, "Dale Harrowgate"),
    )
    result = match(typed, _page(body))
    assert result.decision == Decision.LIKELY, result.reasons
    assert result.person is not None and result.person.name == "Willa J Harrowgate"
    assert any("which none of the list's other records of the name" in r for r in result.reasons)
    alone = match(typed, _page(_body(suburb("Willa J Harrowgate", 51, "Dale Harrowgate"))))
    assert not any("which none of the list's other records" in r for r in alone.reasons)
