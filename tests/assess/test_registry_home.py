"""The registry's mailing address is often the physician's house: a broker listing it shows the home."""

from __future__ import annotations

from dataclasses import replace

from footprint.match.person import decide
from footprint.models import Address, Extracted, Match, MatchResult, PageKind, PersonRecord
from tests.assess_cases import DEFAULT_NPI, Case, _identity, findings_for

LOCATION = Address("1200 Olentangy River Rd Suite 310", "Columbus", "OH", "43212", "LOCATION")


def _broker_case(mailing: Address) -> Case:
    record = replace(DEFAULT_NPI, addresses=(LOCATION, mailing), phones=("614-555-0130", "614-555-0177"))
    identity = replace(_identity({}), npi_record=record)
    person = PersonRecord(
        name="Daniel K Ashworth",
        addresses=(Address(mailing.street, "Columbus", "OH", "43214"),),
        phones=("+16145550177",),
        age=52,
    )
    page = Extracted(
        url="https://broker.example/daniel-ashworth",
        site_id="broker",
        kind=PageKind.PEOPLE_SEARCH,
        title="",
        people=(person,),
    )
    return Case(
        "broker",
        "-",
        frozenset(),
        frozenset(),
        identity,
        (Match(page, MatchResult(0.95, decide(0.95), ("labelled",))),),
    )


def _categories(case: Case) -> set[str]:
    return {f.category for f in findings_for(case)}


def test_a_residential_mailing_address_and_its_phone_on_a_broker_are_the_home() -> None:
    found = _categories(_broker_case(Address("418 Chestnut Ridge Trace", "Columbus", "OH", "43214", "MAILING")))
    assert {"home_address", "personal_phone"} <= found


def test_a_mailing_address_at_a_suite_or_box_stays_the_office() -> None:
    for street in ("900 High St Suite 12", "PO Box 8812"):
        found = _categories(_broker_case(Address(street, "Columbus", "OH", "43214", "MAILING")))
        assert not {"home_address", "personal_phone"} & found, street


def _mirror_case(text: str) -> Case:
    mailing = Address("418 Chestnut Ridge Trace", "Columbus", "OH", "43214", "MAILING")
    record = replace(DEFAULT_NPI, addresses=(LOCATION, mailing), phones=("614-555-0130", "614-555-0177"))
    identity = replace(_identity({}), npi_record=record)
    person = PersonRecord(name="Daniel K Ashworth", credentials=("MD",), specialties=("Internal Medicine",))
    page = Extracted(
        url="https://npi-mirror.example/1518293764",
        site_id="mirror",
        kind=PageKind.OTHER,
        title="",
        people=(person,),
        text=text,
    )
    return Case(
        "mirror",
        "-",
        frozenset(),
        frozenset(),
        identity,
        (Match(page, MatchResult(0.95, decide(0.95), ("labelled",))),),
    )


def test_a_registry_mirror_republishing_the_residential_mailing_address_shows_the_home() -> None:
    text = (
        "Practice Location Address 1200 OLENTANGY RIVER RD SUITE 310 COLUMBUS, OH 43212 Practice Phone (614) 555-0130 "
        "Mailing Address 418 CHESTNUT RIDGE TRACE COLUMBUS, OH 43214 Mailing Phone (614) 555-0177"
    )
    assert {"home_address", "personal_phone"} <= _categories(_mirror_case(text))


def test_a_registry_mirror_showing_only_the_practice_shows_no_home() -> None:
    text = (
        "Practice Location Address 1200 OLENTANGY RIVER RD SUITE 310 COLUMBUS, OH 43212 Practice Phone (614) 555-0130"
    )
    assert not {"home_address", "personal_phone"} & _categories(_mirror_case(text))


def test_a_directory_copy_listing_the_mailing_address_does_not_make_the_house_a_practice() -> None:
    """An NPI mirror read as a directory listing gives every address it copies, the residential mailing one
    too; taken as a practice street, it hid the same house on a people-search page."""
    mailing = Address("418 Chestnut Ridge Trace", "Columbus", "OH", "43214", "MAILING")
    case = _broker_case(mailing)
    directory = PersonRecord(
        name="Daniel K Ashworth",
        addresses=(LOCATION, Address(mailing.street, "Columbus", "OH", "43214")),
        phones=("+16145550130", "+16145550177"),
    )
    copy = Extracted(
        url="https://npi-copy.example/npi/1518293764",
        site_id="copy",
        kind=PageKind.DIRECTORY_LISTING,
        title="",
        people=(directory,),
    )
    case = replace(case, matches=(*case.matches, Match(copy, MatchResult(0.95, decide(0.95), ("same NPI",)))))
    broker = {f.category for f in findings_for(case) if f.url == "https://broker.example/daniel-ashworth"}
    assert {"home_address", "personal_phone"} <= broker
